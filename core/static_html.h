// static_html.h: a quiz as static HTML, for search engines and readers without JavaScript
// (`newsquiz html`). A publisher puts the fragment inside the data-newsquiz element; the widget
// replaces it once its first frame is ready.
//
//   nq::StaticHtml page = nq::static_html(json_text, {"", 1});
//   if (!page.ok) report(page.diagnostics);
//   else write(page.html);  // <div class="newsquiz-static" lang="en" dir="ltr">...</div>
//
// What it holds, all of it built from core/view.h (the words, the card, the choices as the
// widget shows them), never decided again here:
// - the article card, as the widget's first screen shows it (the folded part of the body in a
//   closed <details> "Read more"); that is what shows first, so the fragment is about as tall as
//   the widget it gives way to;
// - every question of the quiz (the whole pool: pick and shuffle_questions do not apply) with
//   its choices, items or pairs as plain lists, in a closed <details> "The N questions of this
//   quiz"; choices in the order the widget would show them for `seed`, order items in their
//   starting arrangement, a match's right column scrambled. No solution, no explanation, no
//   feedback in the visible text;
// - the actions with their links, numbered under the quiz, as the card lists them;
// - schema.org JSON-LD: a Quiz (about: the topics) whose hasPart lists each Question
//   (eduQuestionType, suggestedAnswer for choices); acceptedAnswer only when the quiz's
//   show_solutions is true.
// Every text is escaped; a link is written only when it is safe to open (core/linkify.h's
// check_link), so a hostile document can put no markup and no script into the page.
//
// Index of this file:
// [SECTION] Escaping
// [SECTION] The fragment
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace nq {

// [SECTION] Escaping
// Text for an HTML text node or a quoted attribute value: & < > " ' as character references,
// C0 control characters other than tab, line feed and carriage return as U+FFFD.
std::string html_escape(std::string_view text);

// JSON for a <script type="application/ld+json">: < > & as \u003c \u003e \u0026, so no
// "</script>" or "<!--" inside a string can end the script early. The JSON means the same.
std::string json_for_script(std::string_view json);

// [SECTION] The fragment
struct StaticHtmlOptions {
    std::string lang;   // BCP 47 of the words; "" = the document's
    uint64_t seed = 1;  // arranges shuffled choices, order items and a match's right column
};

struct StaticHtml {
    bool ok = false;  // false: the document is not valid; diagnostics say why
    std::vector<Diagnostic> diagnostics;  // every diagnostic of the document (warnings too)
    std::string html;  // the fragment, ending with a newline; "" when !ok
};

StaticHtml static_html(std::string_view json_text, const StaticHtmlOptions& options);

}  // namespace nq
