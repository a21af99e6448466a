// fuzz-document: a document as the widget opens it (app_open: load_document, validation, the
// first attempt drawn and, as with data-start="quiz", started).
//
// Input: the document text, as it is. Seeds: assets/articles, tests/fixtures/valid and invalid.
// Besides memory errors and undefined behaviour it checks what every document must give:
// - ok exactly when no diagnostic is an error, and the error screen exactly when not ok;
// - every diagnostic has a message, and a pointer that is "" or starts with "/";
// - in a valid document, every URL kept is one that may be opened, and every action's text
//   comes back from its spans with only safe links among them.
#include <cstddef>
#include <cstdint>

#include "app.h"
#include "linkify.h"
#include "support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    nq::AppOptions options;
    options.seed = size;
    options.start = nq::StartAt::quiz;
    options.now_ms = 1.7e12;
    options.today = 20300;
    nq::App app = nq::app_open(text, options);

    const nq::LoadResult& loaded = app.loaded;
    bool errors = false;
    for (const nq::Diagnostic& d : loaded.diagnostics) {
        errors = errors || d.severity == nq::Severity::error;
        NQ_FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message", nq::diagnostic_to_string(d));
        NQ_FUZZ_CHECK(d.pointer.empty() || d.pointer[0] == '/', "a diagnostic whose pointer is not a JSON pointer",
                      nq::diagnostic_to_string(d));
    }
    NQ_FUZZ_CHECK(loaded.ok == !errors, "ok does not match the errors found", text);
    NQ_FUZZ_CHECK((app.screen == nq::Screen::error) == !loaded.ok, "the error screen does not match ok", text);
    if (!loaded.ok) return 0;

    const nq::Document& doc = loaded.doc;
    NQ_FUZZ_CHECK(doc.article.url.empty() || nq::is_web_url(doc.article.url, true), "an article url kept unsafe",
                  doc.article.url);
    for (const nq::Source& s : doc.article.sources)
        NQ_FUZZ_CHECK(s.url.empty() || nq::is_web_url(s.url, false), "a source url kept unsafe", s.url);
    for (const nq::Action& a : doc.actions) {
        NQ_FUZZ_CHECK(a.url.empty() || nq::check_link(a.url) == nq::LinkCheck::safe, "an action url kept unsafe", a.url);
        if (!a.spans.empty()) nq::fuzz::check_spans(a.text, a.spans);
    }
    return 0;
}
