// import.cpp: the checks every input goes through, the reader of its format, and the
// core's own loader on what comes out.
#include "import.h"

#include <algorithm>
#include <tuple>

#include "document.h"
#include "draft.h"
#include "json_reader.h"

namespace nq {

// [SECTION] Diagnostics
const char* import_code_name(ImportCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case ImportCode::name: return #name;
        NQ_IMPORT_CODES(NQ_X)
#undef NQ_X
    }
    return "?";
}

const char* import_code_message(ImportCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case ImportCode::name: return text;
        NQ_IMPORT_CODES(NQ_X)
#undef NQ_X
    }
    return "?";
}

std::string import_diagnostic_to_string(const ImportDiagnostic& d) {
    std::string s;
    if (d.line > 0) s += std::to_string(d.line) + (d.column > 0 ? ":" + std::to_string(d.column) : "") + ": ";
    s += severity_name(d.severity);
    s += ": ";
    if (d.code == ImportCode::invalid_output) s += "the converted document does not load: ";
    if (!d.pointer.empty()) s += pointer_for_humans(d.pointer) + ": ";
    s += d.message.empty() ? import_code_message(d.code) : d.message;
    return s;
}

bool import_has_errors(const std::vector<ImportDiagnostic>& diagnostics) {
    for (const ImportDiagnostic& d : diagnostics)
        if (d.severity == Severity::error) return true;
    return false;
}

// [SECTION] Formats
static const char* const kFormatNames[] = {"gift", "aiken", "moodle-xml", "opentdb"};

const char* import_format_name(ImportFormat format) { return kFormatNames[int(format)]; }

bool import_format_from_name(std::string_view name, ImportFormat& out) {
    for (int i = 0; i < 4; ++i)
        if (name == kFormatNames[i]) {
            out = ImportFormat(i);
            return true;
        }
    return false;
}

// [SECTION] Importing
// Text every reader can take: within the size limit, no NUL byte, valid UTF-8.
static bool readable(std::string_view text, Drafts& d) {
    if (text.size() > kMaxDocumentBytes) {
        d.error(ImportCode::too_large, {}, "the input is larger than 2 MiB");
        return false;
    }
    SourceMap map(text);
    size_t nul = text.find('\0');
    if (nul != std::string_view::npos) {
        d.error(ImportCode::binary_input, map.place(nul), "a NUL byte: this is not a text file");
        return false;
    }
    size_t bad = utf8_first_invalid(text);
    if (bad != std::string_view::npos) {
        d.error(ImportCode::invalid_utf8, map.place(bad), "a byte that is not UTF-8: save the file as UTF-8");
        return false;
    }
    return true;
}

ImportResult import_quiz(ImportFormat format, std::string_view text, const ImportOptions& options) {
    ImportResult result;
    Drafts drafts;
    if (readable(text, drafts)) {
        switch (format) {
            case ImportFormat::gift: read_gift(text, drafts); break;
            case ImportFormat::aiken: read_aiken(text, drafts); break;
            case ImportFormat::moodle_xml: read_moodle_xml(text, drafts); break;
            case ImportFormat::opentdb: read_opentdb(text, drafts); break;
        }
        result.json = build_document(drafts, options);
    }
    // By place in the input; what concerns the input as a whole (line 0) last.
    std::stable_sort(drafts.diagnostics.begin(), drafts.diagnostics.end(), [](const ImportDiagnostic& a, const ImportDiagnostic& b) {
        return std::make_tuple(a.line == 0, a.line, a.column) < std::make_tuple(b.line == 0, b.line, b.column);
    });
    result.diagnostics = std::move(drafts.diagnostics);
    if (!result.json.empty()) {
        // NOTE: the core's loader has the last word: an importer never hands out a document it rejects.
        LoadResult loaded = load_document(result.json);
        for (const Diagnostic& d : loaded.diagnostics)
            result.diagnostics.push_back({d.severity, ImportCode::invalid_output, 0, 0, d.pointer,
                                          d.message.empty() ? diag_code_message(d.code) : d.message});
    }
    result.ok = !result.json.empty() && !import_has_errors(result.diagnostics);
    if (!result.ok) result.json.clear();
    return result;
}

}  // namespace nq
