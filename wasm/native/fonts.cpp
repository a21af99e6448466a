#include "fonts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <vector>

namespace nq::native {

// [SECTION] Font files
// The bytes of a font file, read once per process.
static std::vector<char>* font_bytes(const std::string& path) {
    static std::map<std::string, std::vector<char>> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        std::ifstream in(path, std::ios::binary);
        if (!in) return nullptr;
        it = cache.emplace(path, std::vector<char>(std::istreambuf_iterator<char>(in), {})).first;
    }
    return it->second.empty() ? nullptr : &it->second;
}

// [SECTION] Colour emoji
// Noto Color Emoji holds one strike of bitmaps (109 ppem, CBDT); ImGui's FreeType loader asks
// for scalable sizes and gets none. This loader picks the strike and scales each bitmap to the
// requested size (an area average of premultiplied colour), for that one merged source.
// NOTE: it reads the process's one copy of the 10 MB file, not src->FontData: ImGui copies the
// data of every source it is given, and two copies per context made the tests slow.
struct EmojiFace {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
};

static bool emoji_src_init(ImFontAtlas*, ImFontConfig* src) {
    std::vector<char>* bytes = font_bytes(NQ_FONT_EMOJI);
    if (!bytes) return false;
    auto* e = IM_NEW(EmojiFace)();
    bool ok = FT_Init_FreeType(&e->library) == 0 &&
              FT_New_Memory_Face(e->library, reinterpret_cast<const FT_Byte*>(bytes->data()), FT_Long(bytes->size()),
                                 0, &e->face) == 0 &&
              e->face->num_fixed_sizes > 0 && FT_Select_Size(e->face, 0) == 0;
    if (!ok) {
        if (e->face) FT_Done_Face(e->face);
        if (e->library) FT_Done_FreeType(e->library);
        IM_DELETE(e);
        return false;
    }
    src->FontLoaderData = e;
    return true;
}

static void emoji_src_destroy(ImFontAtlas*, ImFontConfig* src) {
    auto* e = static_cast<EmojiFace*>(src->FontLoaderData);
    if (!e) return;
    FT_Done_Face(e->face);
    FT_Done_FreeType(e->library);
    IM_DELETE(e);
    src->FontLoaderData = nullptr;
}

static bool emoji_contains(ImFontAtlas*, ImFontConfig* src, ImWchar codepoint) {
    auto* e = static_cast<EmojiFace*>(src->FontLoaderData);
    return FT_Get_Char_Index(e->face, codepoint) != 0;
}

static bool emoji_baked_init(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) { return true; }
static void emoji_baked_destroy(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) {}

static bool emoji_load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                             ImFontGlyph* out_glyph, float* out_advance_x) {
    auto* e = static_cast<EmojiFace*>(src->FontLoaderData);
    FT_UInt index = FT_Get_Char_Index(e->face, codepoint);
    if (index == 0 || FT_Load_Glyph(e->face, index, FT_LOAD_COLOR) != 0) return false;
    const FT_Bitmap& bm = e->face->glyph->bitmap;
    if (bm.pixel_mode != FT_PIXEL_MODE_BGRA || bm.width == 0 || bm.rows == 0) return false;

    // An emoji as tall as the text's line box (ascent + descent), centred on it.
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const float line = baked->Ascent - baked->Descent;
    const float height = line > 0 ? line : baked->Size;
    const float width = height * float(bm.width) / float(bm.rows);
    const float advance = width + 1.0f;
    if (out_advance_x) {
        *out_advance_x = advance;
        return true;
    }
    const int dw = std::max(1, int(std::lround(width * density))), dh = std::max(1, int(std::lround(height * density)));
    std::vector<uint32_t> pixels(size_t(dw) * size_t(dh));
    const float sx = float(bm.width) / float(dw), sy = float(bm.rows) / float(dh);
    for (int y = 0; y < dh; ++y) {
        for (int x = 0; x < dw; ++x) {
            int x0 = int(float(x) * sx), x1 = std::max(x0 + 1, int(float(x + 1) * sx));
            int y0 = int(float(y) * sy), y1 = std::max(y0 + 1, int(float(y + 1) * sy));
            float acc[4] = {0, 0, 0, 0};
            for (int yy = y0; yy < y1 && yy < int(bm.rows); ++yy)
                for (int xx = x0; xx < x1 && xx < int(bm.width); ++xx) {
                    const uint8_t* p = bm.buffer + yy * bm.pitch + xx * 4;  // premultiplied BGRA
                    acc[0] += p[2], acc[1] += p[1], acc[2] += p[0], acc[3] += p[3];
                }
            float n = float((x1 - x0) * (y1 - y0));
            float a = acc[3] / n;
            auto straight = [&](float c) { return a > 0 ? uint32_t(std::min(255.0f, c / n * 255.0f / a + 0.5f)) : 0u; };
            pixels[size_t(y) * size_t(dw) + size_t(x)] =
                IM_COL32(straight(acc[0]), straight(acc[1]), straight(acc[2]), uint32_t(a + 0.5f));
        }
    }
    ImFontAtlasRectId pack = ImFontAtlasPackAddRect(atlas, dw, dh);
    if (pack == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack);
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = advance;
    out_glyph->X0 = 0.5f;
    out_glyph->X1 = 0.5f + float(dw) / density;
    out_glyph->Y0 = std::round((line > 0 ? line : baked->Size) * 0.5f - float(dh) / density * 0.5f);
    out_glyph->Y1 = out_glyph->Y0 + float(dh) / density;
    out_glyph->Visible = true;
    out_glyph->Colored = true;
    out_glyph->PackId = pack;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, reinterpret_cast<const unsigned char*>(pixels.data()),
                                       ImTextureFormat_RGBA32, dw * 4);
    return true;
}

static const ImFontLoader* emoji_loader() {
    static ImFontLoader loader;
    loader.Name = "newsquiz emoji strike";
    loader.FontSrcInit = emoji_src_init;
    loader.FontSrcDestroy = emoji_src_destroy;
    loader.FontSrcContainsGlyph = emoji_contains;
    loader.FontBakedInit = emoji_baked_init;
    loader.FontBakedDestroy = emoji_baked_destroy;
    loader.FontBakedLoadGlyph = emoji_load_glyph;
    return &loader;
}

// [SECTION] Text fonts

static ImFont* add_font(ImFontAtlas* atlas, std::vector<char>& bytes, const char* name, ImFont* merge_into,
                        const ImFontLoader* loader) {
    ImFontConfig config;
    config.FontLoader = loader;
    config.FontDataOwnedByAtlas = false;  // ImGui 1.92 copies it all the same
    config.MergeMode = merge_into != nullptr;
    config.DstFont = merge_into;
    ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s", name);
    // The emoji loader reads its own copy: ImGui gets (and copies) a token of it.
    int size = loader == emoji_loader() ? std::min(256, int(bytes.size())) : int(bytes.size());  // > 100: ImGui asserts
    return atlas->AddFontFromMemoryTTF(bytes.data(), size, 17.0f, &config);
}

bool fonts_load(ui::Fonts& fonts, std::string& error) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    std::vector<char>* regular = font_bytes(NQ_FONT_REGULAR);
    std::vector<char>* bold = font_bytes(NQ_FONT_BOLD);
    std::vector<char>* emoji = font_bytes(NQ_FONT_EMOJI);
    if (!regular || !bold) {
        error = std::string("[newsquiz] cannot read ") + (regular ? NQ_FONT_BOLD : NQ_FONT_REGULAR) +
                " (install fonts-inter, or configure NQ_FONT_REGULAR / NQ_FONT_BOLD)";
        return false;
    }
    fonts.regular = add_font(atlas, *regular, "Inter Regular", nullptr, nullptr);
    if (emoji) add_font(atlas, *emoji, "Noto Color Emoji", fonts.regular, emoji_loader());
    fonts.bold = add_font(atlas, *bold, "Inter Bold", nullptr, nullptr);
    if (emoji) add_font(atlas, *emoji, "Noto Color Emoji", fonts.bold, emoji_loader());
    if (!emoji) {
        error = "[newsquiz] cannot read " NQ_FONT_EMOJI " (install fonts-noto-color-emoji); emoji will be missing";
        return false;
    }
    return fonts.regular && fonts.bold;
}

}  // namespace nq::native
