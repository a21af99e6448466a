#include "raster.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb_image_write.h>
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#include <stb_image.h>

namespace nq::native {

// [SECTION] Images

Image image_filled(int width, int height, uint32_t rgb) {
    Image img;
    img.width = std::max(width, 0);
    img.height = std::max(height, 0);
    img.rgba.resize(size_t(img.width) * size_t(img.height) * 4);
    for (size_t i = 0; i < img.rgba.size(); i += 4) {
        img.rgba[i + 0] = uint8_t(rgb >> 16);
        img.rgba[i + 1] = uint8_t(rgb >> 8);
        img.rgba[i + 2] = uint8_t(rgb);
        img.rgba[i + 3] = 255;
    }
    return img;
}

// [SECTION] Textures and drawing

// Copies a rectangle of ImGui's pixels into our RGBA copy (Alpha8 becomes white with alpha).
static void copy_pixels(ImTextureData* tex, Image& img, int x0, int y0, int w, int h) {
    for (int y = y0; y < y0 + h; ++y) {
        for (int x = x0; x < x0 + w; ++x) {
            uint8_t* dst = &img.rgba[(size_t(y) * size_t(img.width) + size_t(x)) * 4];
            const uint8_t* src = static_cast<const uint8_t*>(tex->GetPixelsAt(x, y));
            if (tex->Format == ImTextureFormat_Alpha8) {
                dst[0] = dst[1] = dst[2] = 255;
                dst[3] = src[0];
            } else {
                std::copy(src, src + 4, dst);
            }
        }
    }
}

void raster_update_textures(Textures& textures, ImDrawData* draw_data) {
    if (!draw_data || !draw_data->Textures) return;
    for (ImTextureData* tex : *draw_data->Textures) {
        switch (tex->Status) {
            case ImTextureStatus_WantCreate: {
                Image img;
                img.width = tex->Width;
                img.height = tex->Height;
                img.rgba.assign(size_t(tex->Width) * size_t(tex->Height) * 4, 0);
                copy_pixels(tex, img, 0, 0, tex->Width, tex->Height);
                ImTextureID id = textures.next_id++;
                textures.images[id] = std::move(img);
                tex->SetTexID(id);
                tex->SetStatus(ImTextureStatus_OK);
                break;
            }
            case ImTextureStatus_WantUpdates: {
                Image& img = textures.images[tex->TexID];
                if (img.width != tex->Width || img.height != tex->Height) {  // resized: copy it whole
                    img.width = tex->Width;
                    img.height = tex->Height;
                    img.rgba.assign(size_t(tex->Width) * size_t(tex->Height) * 4, 0);
                    copy_pixels(tex, img, 0, 0, tex->Width, tex->Height);
                } else {
                    for (const ImTextureRect& r : tex->Updates) copy_pixels(tex, img, r.x, r.y, r.w, r.h);
                }
                tex->SetStatus(ImTextureStatus_OK);
                break;
            }
            case ImTextureStatus_WantDestroy:
                if (tex->UnusedFrames > 0) {
                    textures.images.erase(tex->TexID);
                    tex->SetTexID(ImTextureID_Invalid);
                    tex->SetStatus(ImTextureStatus_Destroyed);
                }
                break;
            case ImTextureStatus_OK:
            case ImTextureStatus_Destroyed: break;
        }
    }
}

void raster_release_textures(Textures& textures) {
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->RefCount != 1) continue;
        textures.images.erase(tex->TexID);
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
    textures.images.clear();
}

struct Rgba {
    float r, g, b, a;  // 0..1
};

static Rgba unpack(ImU32 c) {
    return {float((c >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f, float((c >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f,
            float((c >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f, float((c >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f};
}

// Bilinear, clamped to the edge, like GL_LINEAR + GL_CLAMP_TO_EDGE.
static Rgba sample(const Image& img, float u, float v) {
    float x = u * float(img.width) - 0.5f, y = v * float(img.height) - 0.5f;
    int x0 = int(std::floor(x)), y0 = int(std::floor(y));
    float fx = x - float(x0), fy = y - float(y0);
    auto texel = [&](int tx, int ty) {
        tx = std::clamp(tx, 0, img.width - 1);
        ty = std::clamp(ty, 0, img.height - 1);
        const uint8_t* p = &img.rgba[(size_t(ty) * size_t(img.width) + size_t(tx)) * 4];
        return Rgba{p[0] / 255.0f, p[1] / 255.0f, p[2] / 255.0f, p[3] / 255.0f};
    };
    Rgba a = texel(x0, y0), b = texel(x0 + 1, y0), c = texel(x0, y0 + 1), d = texel(x0 + 1, y0 + 1);
    auto lerp2 = [&](float p, float q, float r, float s) {
        return (p * (1 - fx) + q * fx) * (1 - fy) + (r * (1 - fx) + s * fx) * fy;
    };
    // Colours weighted by alpha, so transparent texels (white or black) do not tint the edges.
    float alpha = lerp2(a.a, b.a, c.a, d.a);
    if (alpha <= 0) return {0, 0, 0, 0};
    return {lerp2(a.r * a.a, b.r * b.a, c.r * c.a, d.r * d.a) / alpha,
            lerp2(a.g * a.a, b.g * b.a, c.g * c.a, d.g * d.a) / alpha,
            lerp2(a.b * a.a, b.b * b.a, c.b * c.a, d.b * d.a) / alpha, alpha};
}

struct Vertex {
    double x, y;
    float u, v;
    Rgba c;
};

static double edge(const Vertex& a, const Vertex& b, double px, double py) {
    return (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x);
}

// Top-left rule: a pixel centre exactly on an edge belongs to the triangle whose inside lies
// below a horizontal edge or right of a left edge (y grows downwards, triangle wound positive).
static bool owns_edge(const Vertex& a, const Vertex& b) {
    double dx = b.x - a.x, dy = b.y - a.y;
    return dy < 0 || (dy == 0 && dx > 0);
}

// The columns of row py that may be inside: each edge bounds x on one side (a linear
// inequality); a pixel of margin on both sides, and the exact test decides.
static bool row_span(const Vertex* e[3][2], double py, double& lo, double& hi) {
    lo = -1e30;
    hi = 1e30;
    for (int k = 0; k < 3; ++k) {
        const Vertex& a = *e[k][0];
        const Vertex& b = *e[k][1];
        double dy = b.y - a.y, c = (b.x - a.x) * (py - a.y) + dy * a.x;  // w(px) = c - dy * px
        if (dy > 0) hi = std::min(hi, c / dy);
        else if (dy < 0) lo = std::max(lo, c / dy);
        else if (c < 0) return false;
    }
    return lo <= hi + 1;
}

static inline uint8_t blend(float src, float a, uint8_t dst) { return uint8_t(src * 255.0f * a + float(dst) * (1 - a) + 0.5f); }

static void draw_triangle(Vertex p0, Vertex p1, Vertex p2, const Image* tex, const int clip[4], Image& target) {
    double area = edge(p0, p1, p2.x, p2.y);
    if (area == 0) return;
    if (area < 0) {
        std::swap(p1, p2);
        area = -area;
    }
    int x0 = std::max(clip[0], int(std::floor(std::min({p0.x, p1.x, p2.x}))));
    int y0 = std::max(clip[1], int(std::floor(std::min({p0.y, p1.y, p2.y}))));
    int x1 = std::min(clip[2], int(std::ceil(std::max({p0.x, p1.x, p2.x}))));
    int y1 = std::min(clip[3], int(std::ceil(std::max({p0.y, p1.y, p2.y}))));
    const bool own0 = owns_edge(p1, p2), own1 = owns_edge(p2, p0), own2 = owns_edge(p0, p1);
    const bool flat = p0.c.r == p1.c.r && p1.c.r == p2.c.r && p0.c.g == p1.c.g && p1.c.g == p2.c.g &&
                      p0.c.b == p1.c.b && p1.c.b == p2.c.b && p0.c.a == p1.c.a && p1.c.a == p2.c.a;
    // Shapes (not glyphs) sample one texel, the atlas's white pixel: once per triangle.
    const bool one_texel = p0.u == p1.u && p1.u == p2.u && p0.v == p1.v && p1.v == p2.v;
    Rgba texel = tex && one_texel ? sample(*tex, p0.u, p0.v) : Rgba{1, 1, 1, 1};
    const Vertex* edges[3][2] = {{&p1, &p2}, {&p2, &p0}, {&p0, &p1}};
    for (int y = y0; y < y1; ++y) {
        double py = y + 0.5, lo = 0, hi = 0;
        if (!row_span(edges, py, lo, hi)) continue;
        int xs = std::max(x0, int(std::floor(lo - 0.5)) - 1), xe = std::min(x1, int(std::ceil(hi - 0.5)) + 2);
        for (int x = xs; x < xe; ++x) {
            double px = x + 0.5;
            double w0 = edge(p1, p2, px, py), w1 = edge(p2, p0, px, py), w2 = edge(p0, p1, px, py);
            if (w0 < 0 || w1 < 0 || w2 < 0) continue;
            if ((w0 == 0 && !own0) || (w1 == 0 && !own1) || (w2 == 0 && !own2)) continue;
            float b0 = float(w0 / area), b1 = float(w1 / area), b2 = 1.0f - b0 - b1;
            Rgba c = flat ? p0.c
                          : Rgba{p0.c.r * b0 + p1.c.r * b1 + p2.c.r * b2, p0.c.g * b0 + p1.c.g * b1 + p2.c.g * b2,
                                 p0.c.b * b0 + p1.c.b * b1 + p2.c.b * b2, p0.c.a * b0 + p1.c.a * b1 + p2.c.a * b2};
            Rgba t = tex && !one_texel ? sample(*tex, p0.u * b0 + p1.u * b1 + p2.u * b2, p0.v * b0 + p1.v * b1 + p2.v * b2)
                                       : texel;
            c = {c.r * t.r, c.g * t.g, c.b * t.b, std::min(c.a * t.a, 1.0f)};
            if (c.a <= 0) continue;
            uint8_t* d = &target.rgba[(size_t(y) * size_t(target.width) + size_t(x)) * 4];
            d[0] = blend(c.r, c.a, d[0]);
            d[1] = blend(c.g, c.a, d[1]);
            d[2] = blend(c.b, c.a, d[2]);
            d[3] = blend(1.0f, c.a, d[3]);
        }
    }
}

void raster_draw(const Textures& textures, const ImDrawData* draw_data, Image& target) {
    if (!draw_data) return;
    const ImVec2 origin = draw_data->DisplayPos, scale = draw_data->FramebufferScale;
    for (const ImDrawList* list : draw_data->CmdLists) {
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;  // newsquiz draws no callbacks
            int clip[4] = {std::max(0, int(std::floor((cmd.ClipRect.x - origin.x) * scale.x))),
                           std::max(0, int(std::floor((cmd.ClipRect.y - origin.y) * scale.y))),
                           std::min(target.width, int(std::ceil((cmd.ClipRect.z - origin.x) * scale.x))),
                           std::min(target.height, int(std::ceil((cmd.ClipRect.w - origin.y) * scale.y)))};
            if (clip[0] >= clip[2] || clip[1] >= clip[3]) continue;
            auto it = textures.images.find(cmd.GetTexID());
            const Image* tex = it == textures.images.end() ? nullptr : &it->second;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                Vertex v[3];
                for (int k = 0; k < 3; ++k) {
                    const ImDrawVert& src = list->VtxBuffer[int(cmd.VtxOffset + list->IdxBuffer[int(cmd.IdxOffset + i) + k])];
                    v[k] = {double(src.pos.x - origin.x) * scale.x, double(src.pos.y - origin.y) * scale.y, src.uv.x,
                            src.uv.y, unpack(src.col)};
                }
                draw_triangle(v[0], v[1], v[2], tex, clip, target);
            }
        }
    }
}

// [SECTION] PNG files and comparison

bool png_write(const std::string& path, const Image& image, std::string& error) {
    std::vector<uint8_t> rgb(size_t(image.width) * size_t(image.height) * 3);
    for (size_t i = 0, j = 0; i < image.rgba.size(); i += 4, j += 3) std::copy(&image.rgba[i], &image.rgba[i] + 3, &rgb[j]);
    stbi_write_png_compression_level = 9;  // golden images live in the repository: small files
    if (!stbi_write_png(path.c_str(), image.width, image.height, 3, rgb.data(), image.width * 3)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

bool png_read(const std::string& path, Image& image, std::string& error) {
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!pixels) {
        error = "cannot read " + path + " as PNG";
        return false;
    }
    image.width = w;
    image.height = h;
    image.rgba.assign(pixels, pixels + size_t(w) * size_t(h) * 4);
    stbi_image_free(pixels);
    return true;
}

ImageDiff image_compare(const Image& a, const Image& b, int tolerance) {
    ImageDiff d;
    d.same_size = a.width == b.width && a.height == b.height;
    if (!d.same_size) return d;
    d.pixels = size_t(a.width) * size_t(a.height);
    for (size_t i = 0; i < a.rgba.size(); i += 4) {
        int worst = 0;
        for (size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(a.rgba[i + c]) - int(b.rgba[i + c])));
        d.max_delta = std::max(d.max_delta, worst);
        if (worst > tolerance) ++d.differing;
    }
    return d;
}

}  // namespace nq::native
