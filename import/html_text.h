// html_text.h: text as Moodle and Open Trivia DB write it -> the plain text of newsquiz/1.
//
// Moodle keeps question text as HTML ("html", and "moodle" where a line break is <br>), plain
// text, or Markdown; Open Trivia DB escapes its strings as HTML entities. newsquiz shows
// plain text with line breaks, so tags go, entities are decoded, and images leave their alt
// text (or are reported as lost).
//
//   nq::PlainText t = nq::text_from(nq::TextFormat::html, "<p>Caf&eacute;<br>au lait</p>");
//   // t.text == "Café\nau lait", t.images_dropped == 0
//
// Index of this file:
// [SECTION] Formats
// [SECTION] Helpers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nq {

// [SECTION] Formats
enum class TextFormat {
    html,      // tags removed, white space collapsed, <br> and block ends are line breaks
    moodle,    // Moodle's auto-format: as html, and each line break of the source is kept
    plain,     // kept as written
    markdown,  // kept as written (the reader sees the marks)
};

struct PlainText {
    std::string text;        // trimmed; lines joined by "\n", none of them blank
    int images_dropped = 0;  // <img> without alt text
};

PlainText text_from(TextFormat format, std::string_view text);

// [SECTION] Helpers
// Decodes &name; (HTML 4's 252 names and &apos;), &#N; and &#xH; (Windows-1252 for 128..159,
// U+FFFD for what is no character). An unknown or unterminated reference stays as written.
std::string decode_entities(std::string_view text);

void append_utf8(std::string& out, uint32_t code_point);  // U+FFFD for surrogates and > U+10FFFF

// Removes white space (space, tab, line breaks) at both ends.
std::string_view trim_space(std::string_view text);

}  // namespace nq
