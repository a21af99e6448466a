// The browser-drawn font loader: an ImFontLoader whose glyphs come from Canvas2D.
#include "fonts.h"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>

namespace {

// [SECTION] The browser's side (web/src/fonts.js provides Module.nqFonts)
// Ascent and descent (both positive, CSS px) of the face at ImGui size `size`.
EM_JS(void, nq_js_font_metrics, (int bold, float size, float* out), {
    var m = Module['nqFonts'].metrics(bold, size);
    HEAPF32[out >> 2] = m[0];
    HEAPF32[(out >> 2) + 1] = m[1];
});

// Draws one code point at ImGui size `size` (already times the pixel density) and describes
// it in device pixels: advance, bitmap left and top relative to the pen on the baseline,
// bitmap width and height, 1 when the glyph has colours of its own (emoji).
EM_JS(void, nq_js_glyph, (int codepoint, int bold, float size, float* out), {
    var g = Module['nqFonts'].glyph(codepoint, bold, size);
    for (var i = 0; i < 6; i++) HEAPF32[(out >> 2) + i] = g[i];
});

// Copies the last drawn glyph's pixels: one alpha byte per pixel, or RGBA when coloured.
EM_JS(void, nq_js_glyph_pixels, (unsigned char* dst), { HEAPU8.set(Module['nqFonts'].pixels(), dst); });

// [SECTION] The loader
constexpr unsigned kBold = 1;  // ImFontConfig::FontLoaderFlags

bool canvas_src_init(ImFontAtlas*, ImFontConfig*) { return true; }

// The browser falls back through the system's fonts by itself: every code point has a glyph.
bool canvas_contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

bool canvas_baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
    if (src->MergeMode) return true;
    float m[2];
    nq_js_font_metrics(int(src->FontLoaderFlags & kBold), baked->Size, m);
    baked->Ascent = std::ceil(m[0]);
    baked->Descent = -std::ceil(m[1]);
    return true;
}

bool canvas_load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                       ImFontGlyph* out_glyph, float* out_advance_x) {
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    float g[6];  // advance, left, top, width, height, coloured
    nq_js_glyph(int(codepoint), int(src->FontLoaderFlags & kBold), baked->Size * density, g);
    if (out_advance_x) {
        *out_advance_x = g[0] / density;
        return true;
    }
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = g[0] / density;
    const int w = int(g[3]), h = int(g[4]);
    const bool coloured = g[5] != 0;
    if (w <= 0 || h <= 0) return true;  // white space: an advance and nothing to draw

    ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
    pixels.resize(w * h * (coloured ? 4 : 1));
    nq_js_glyph_pixels(pixels.Data);

    // Glyph corners in CSS px from the pen at the top of the line; the baseline sits at Ascent.
    const float baseline = IM_ROUND(baked->Ascent);
    out_glyph->X0 = -g[1] / density;
    out_glyph->Y0 = baseline - g[2] / density;
    out_glyph->X1 = out_glyph->X0 + float(r->w) / density;
    out_glyph->Y1 = out_glyph->Y0 + float(r->h) / density;
    out_glyph->Visible = true;
    out_glyph->Colored = coloured;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, pixels.Data,
                                       coloured ? ImTextureFormat_RGBA32 : ImTextureFormat_Alpha8, w * (coloured ? 4 : 1));
    return true;
}

const ImFontLoader* canvas_loader() {
    static ImFontLoader loader;
    loader.Name = "canvas2d";
    loader.FontSrcInit = canvas_src_init;
    loader.FontSrcContainsGlyph = canvas_contains_glyph;
    loader.FontBakedInit = canvas_baked_init;
    loader.FontBakedLoadGlyph = canvas_load_glyph;
    return &loader;
}

ImFont* add_canvas_face(ImFontAtlas* atlas, const char* name, unsigned flags) {
    ImFontConfig cfg;
    std::strncpy(cfg.Name, name, sizeof cfg.Name - 1);
    cfg.FontLoader = canvas_loader();
    cfg.FontLoaderFlags = flags;
    return atlas->AddFont(&cfg);
}

}  // namespace

namespace nq::web {

ui::Fonts fonts_add_canvas(ImFontAtlas* atlas) {
    return {add_canvas_face(atlas, "page regular", 0), add_canvas_face(atlas, "page bold", kBold)};
}

ui::Fonts fonts_add_memory(ImFontAtlas* atlas, void* regular, int regular_size, void* bold, int bold_size) {
    ImFontConfig cfg;  // FontDataOwnedByAtlas: the atlas frees the bytes
    ImFont* r = atlas->AddFontFromMemoryTTF(regular, regular_size, 0.0f, &cfg);
    ImFont* b = bold ? atlas->AddFontFromMemoryTTF(bold, bold_size, 0.0f, &cfg) : nullptr;
    return {r, b ? b : r};
}

}  // namespace nq::web
