// fonts.h: the native fonts for tests and PNGs: Debian's Inter (regular and bold) through
// ImGui's FreeType loader, with Noto Color Emoji merged in for the topic chips.
//
//   ImGui::CreateContext();
//   nq::ui::Fonts fonts;  std::string error;
//   if (!nq::native::fonts_load(fonts, error)) log(error);   // fonts stay null: ImGui's default is used
//
// The paths come from the build (NQ_FONT_REGULAR, NQ_FONT_BOLD, NQ_FONT_EMOJI); each file is
// read once per process and shared by every ImGui context.
#pragma once

#include <string>

#include "ui/ui.h"

namespace nq::native {

// Adds the fonts to the current context's atlas. False (and `error`) when a file is missing;
// without the emoji font the text fonts still load and emoji show as missing glyphs.
bool fonts_load(ui::Fonts& fonts, std::string& error);

}  // namespace nq::native
