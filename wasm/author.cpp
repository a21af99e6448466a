// author.cpp: the C ABI of author.h. Decides nothing: it runs the validator or an importer
// and says where each problem sits in the page's text.
#include "author.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "codec.h"
#include "document.h"
#include "import.h"
#include "json_locate.h"

using nq::Json;

namespace {

// UTF-16 code units (JavaScript's string indices) in text[0, byte).
long utf16_units(std::string_view text, size_t byte) {
    long units = 0;
    for (size_t k = 0; k < byte && k < text.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

Json diagnostic_json(const char* severity, const char* code, const std::string& pointer, int line, int column,
                             long from, long to, const std::string& message) {
    return {{"severity", severity}, {"code", code}, {"pointer", pointer}, {"line", line}, {"column", column},
            {"from", from}, {"to", to}, {"message", message}};
}

// A newsquiz/1 document as `newsquiz validate` checks it; its problems placed on their values.
Json check_document(std::string_view text) {
    nq::LoadResult r = nq::load_document(text);
    std::vector<nq::TextPlace> places = nq::locate_diagnostics(text, r.diagnostics);
    Json list = Json::array();
    for (size_t k = 0; k < r.diagnostics.size(); ++k) {
        const nq::Diagnostic& d = r.diagnostics[k];
        const nq::TextPlace& p = places[k];
        list.push_back(diagnostic_json(nq::severity_name(d.severity), nq::diag_code_name(d.code), d.pointer, p.line,
                                       p.column, utf16_units(text, p.begin), utf16_units(text, p.end),
                                       d.message.empty() ? nq::diag_code_message(d.code) : d.message));
    }
    return {{"ok", r.ok}, {"document", r.ok ? Json(std::string(text)) : Json()}, {"diagnostics", list}};
}

// A quiz in another format, converted as `newsquiz convert` does; a problem with a column
// selects its character, one without selects its whole line.
Json check_import(nq::ImportFormat format, std::string_view text, const char* name) {
    nq::ImportOptions options;
    options.article.fallback_id = name;
    options.article.fallback_headline = name;
    nq::ImportResult r = nq::import_quiz(format, text, options);
    nq::JsonLocator lines(text, {});
    Json list = Json::array();
    for (const nq::ImportDiagnostic& d : r.diagnostics) {
        long from = -1, to = -1;
        if (d.line > 0) {
            size_t begin = lines.offset_of(d.line, d.column > 0 ? d.column : 1);
            size_t end = d.column > 0 ? lines.offset_of(d.line, d.column + 1) : lines.offset_of(d.line, 1 << 30);
            from = utf16_units(text, begin);
            to = utf16_units(text, end);
        }
        list.push_back(diagnostic_json(nq::severity_name(d.severity), nq::import_code_name(d.code), d.pointer, d.line,
                                       d.column, from, to,
                                       d.message.empty() ? nq::import_code_message(d.code) : d.message));
    }
    return {{"ok", r.ok}, {"document", r.ok ? Json(r.json) : Json()}, {"diagnostics", list}};
}

char* dup_text(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

}  // namespace

extern "C" char* nq_author_check(const char* format, const char* text, const char* name) {
    std::string_view source = text ? text : "";
    std::string_view kind = format ? format : "";
    nq::ImportFormat from;
    if (kind == "json") return dup_text(nq::json_dump(check_document(source)));
    if (!nq::import_format_from_name(kind, from)) {
        Json list = Json::array();
        list.push_back(diagnostic_json("error", "unknown_format", "", 0, 0, -1, -1, "is not a format the page reads"));
        Json unknown = {{"ok", false}, {"document", nullptr}, {"diagnostics", std::move(list)}};
        return dup_text(nq::json_dump(unknown));
    }
    return dup_text(nq::json_dump(check_import(from, source, name ? name : "")));
}

extern "C" void nq_author_free(void* p) { std::free(p); }
