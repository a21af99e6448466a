// fuzz-import-<format>: a quiz written for another tool through its importer (import.h), as
// `newsquiz convert` and the authoring page read it. One target per format: NQ_FUZZ_FORMAT is
// the format's name as `convert --from` takes it ("gift", "aiken", "moodle-xml", "opentdb").
//
// Input: the text, as it is. Seeds: tests/fixtures/import/<format>.
// Besides memory errors and undefined behaviour it checks what every import must give: either
// an error with a message and no document, or a document that passes `newsquiz validate`:
// - ok exactly when no diagnostic is an error; no document text when not ok;
// - every diagnostic has a message, a line and column that are not negative, and a pointer
//   that is "" or starts with "/";
// - a document made loads with load_document, with no error.
#include <cstddef>
#include <cstdint>

#include "document.h"
#include "import.h"
#include "support.h"

#ifndef NQ_FUZZ_FORMAT
#error "NQ_FUZZ_FORMAT names the importer: tests/fuzz/CMakeLists.txt defines it per target"
#endif

namespace {

nq::ImportFormat fuzzed_format() {
    nq::ImportFormat format = nq::ImportFormat::gift;
    if (!nq::import_format_from_name(NQ_FUZZ_FORMAT, format)) nq::fuzz::fail("an unknown import format", NQ_FUZZ_FORMAT);
    return format;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const nq::ImportFormat format = fuzzed_format();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    nq::ImportOptions options;
    options.article.fallback_id = "fuzzed-input";
    nq::ImportResult r = nq::import_quiz(format, text, options);

    bool errors = false;
    for (const nq::ImportDiagnostic& d : r.diagnostics) {
        errors = errors || d.severity == nq::Severity::error;
        std::string said = nq::import_diagnostic_to_string(d);
        NQ_FUZZ_CHECK(!d.message.empty(), "an import diagnostic without a message", said);
        NQ_FUZZ_CHECK(d.line >= 0 && d.column >= 0, "an import diagnostic at a negative line or column", said);
        NQ_FUZZ_CHECK(d.pointer.empty() || d.pointer[0] == '/', "an import diagnostic whose pointer is not a JSON pointer",
                      said);
    }
    NQ_FUZZ_CHECK(r.ok == !errors, "ok does not match the errors found", text);
    if (!r.ok) {
        NQ_FUZZ_CHECK(r.json.empty(), "a document made despite errors", r.json);
        return 0;
    }
    nq::LoadResult loaded = nq::load_document(r.json);
    for (const nq::Diagnostic& d : loaded.diagnostics)
        NQ_FUZZ_CHECK(d.severity != nq::Severity::error, "an imported document does not validate",
                      nq::diagnostic_to_string(d) + "\n" + r.json);
    NQ_FUZZ_CHECK(loaded.ok, "an imported document does not load", r.json);
    return 0;
}
