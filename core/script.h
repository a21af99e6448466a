// script.h: which text the canvas can draw. The canvas lays glyphs out one after another, left
// to right, with no shaping: right for Latin, Greek, Cyrillic, CJK and emoji, wrong for a
// right-to-left script (Arabic, Hebrew, ...) and for scripts whose letters join, stack or
// reorder (Devanagari and the other Indic scripts, Thai, Khmer, Myanmar, Tibetan, ...). A
// document with such text is shown through the HTML version, which the browser shapes.
//
//   if (document_needs_shaping(doc)) ...           // draw it as HTML
//   text_direction("ar-EG") == std::string("rtl")  // the direction of a language's text
#pragma once

#include <string>
#include <string_view>

#include "document.h"

namespace nq {

// The first code point of utf8 that only a shaping text engine draws right, or 0 when none.
// Ill-formed UTF-8 is skipped (documents are checked before they get here).
char32_t first_shaped_code_point(std::string_view utf8);

// True when any text a reader can be shown (article, quiz, actions) has such a code point.
bool document_needs_shaping(const Document& doc);

// "rtl" for a language written right to left (ar, he, fa, ur, ...; any region), else "ltr".
const char* text_direction(const std::string& bcp47);

}  // namespace nq
