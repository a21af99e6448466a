// `newsquiz html DOC [--lang L] [--seed N] [-o OUT.html]` (interfaces.md §6): the quiz as static
// HTML for crawlers and readers without JavaScript, to put inside the data-newsquiz element
// (core/static_html.h says what it holds).
#include <cstdio>

#include "cli.h"
#include "document.h"
#include "static_html.h"

namespace {

const char kDetails[] =
    "Writes a static HTML fragment of the quiz, to put inside the data-newsquiz element: search engines\n"
    "and readers without JavaScript see it, and the widget replaces it once its first frame is ready.\n\n"
    "It holds the article card as the widget shows it first; every question with its choices, in a\n"
    "closed <details> (\"The N questions of this quiz\"), with no answer in the visible text; the\n"
    "actions with their links; and schema.org JSON-LD (a Quiz whose hasPart lists each Question),\n"
    "with acceptedAnswer only when the quiz's show_solutions is true. Link web/dist/newsquiz.css to\n"
    "style it. Every text is escaped, and only https, http, mailto and tel links are written.\n\n"
    "  --lang L          the words newsquiz adds: en, es, fr, de, or a language the document's strings\n"
    "                    give words for (others show English; default: the document's lang)\n"
    "  --seed N          arranges shuffled choices, order items and a match's right column (default 1)\n"
    "  -o, --output OUT  write the fragment to OUT instead of standard output\n\n"
    "Problems with the document go to standard error as FILE: error: POINTER: message.\n"
    "Exit 0 written, 1 an invalid document (or a file that cannot be read or written), 2 usage.\n";

bool parse_seed(const std::string& s, uint64_t& out) {
    if (s.empty() || s.size() > 12) return false;
    uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + uint64_t(c - '0');
    }
    out = v;
    return true;
}

int run_html(const nq::cli::Args& args) {
    if (nq::cli::wants_help(args)) return nq::cli::print_help("html", kDetails);
    std::string doc_path, out_path;
    nq::StaticHtmlOptions options;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        if ((a == "-o" || a == "--output") && has_value) {
            out_path = args[++i];
        } else if (a == "--lang" && has_value) {
            options.lang = args[++i];
            if (!nq::is_language_tag(options.lang)) return nq::cli::usage_error("html", "--lang takes a language tag such as fr or pt-BR");
        } else if (a == "--seed" && has_value) {
            if (!parse_seed(args[++i], options.seed)) return nq::cli::usage_error("html", "--seed takes a whole number");
        } else if (a.size() > 1 && a[0] == '-') {
            return nq::cli::usage_error("html", "unknown or incomplete option '" + a + "'");
        } else if (doc_path.empty()) {
            doc_path = a;
        } else {
            return nq::cli::usage_error("html", "one DOC only");
        }
    }
    if (doc_path.empty()) return nq::cli::usage_error("html", "DOC is required");

    std::string text, error;
    if (!nq::cli::read_file(doc_path, nq::kMaxDocumentBytes, text, error)) {
        std::fprintf(stderr, "%s: error: %s\n", doc_path.c_str(), error.c_str());
        return 1;
    }
    nq::StaticHtml page = nq::static_html(text, options);
    for (const nq::Diagnostic& d : page.diagnostics)
        if (d.severity == nq::Severity::error) std::fprintf(stderr, "%s: %s\n", doc_path.c_str(), nq::diagnostic_to_string(d).c_str());
    if (!page.ok) return 1;
    return nq::cli::write_output(out_path, page.html);
}

}  // namespace

NQ_COMMAND(html, "html DOC [--lang TAG] [--seed N] [-o OUT.html]",
           "static HTML of the card and questions (no answers shown), with schema.org JSON-LD", run_html);
