// fonts.h: text in the browser, for Dear ImGui 1.92's dynamic font atlas.
//
// The first choice draws every glyph with the browser itself (Canvas2D measureText /
// fillText / getImageData), in the publisher's own font, with colour emoji and whatever
// scripts the system can draw. The loader (web/src/fonts.js) provides the drawing as
// Module.nqFonts; when canvas read-back is noisy or missing it fetches a subset of Inter
// from web/dist instead, which ImGui's stb_truetype rasterizes.
//
//   nq::ui::Fonts f = canvas_ok ? nq::web::fonts_add_canvas(io.Fonts)
//                               : nq::web::fonts_add_memory(io.Fonts, regular, n, bold, m);
#pragma once

#include "ui/ui.h"

struct ImFontAtlas;

namespace nq::web {

// Regular and bold faces drawn by the browser through Module.nqFonts.
ui::Fonts fonts_add_canvas(ImFontAtlas* atlas);

// Regular and bold faces from font files in memory (malloc'd; the atlas takes and frees them).
ui::Fonts fonts_add_memory(ImFontAtlas* atlas, void* regular, int regular_size, void* bold, int bold_size);

}  // namespace nq::web
