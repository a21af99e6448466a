// import_support.h: helpers shared by the unit-import-* suites.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "codec.h"
#include "document.h"
#include "import.h"
#include "json-support.h"
#include "json_reader.h"

namespace test_import {

inline std::string read_fixture(const std::string& relative) {
    std::ifstream in(std::string(NQ_SOURCE_DIR) + "/tests/fixtures/import/" + relative, std::ios::binary);
    REQUIRE_MESSAGE(in, relative);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The article given in full, so that only what the input says is warned about.
inline nq::ImportOptions given_article() {
    nq::ImportOptions options;
    options.article.id = "x";
    options.article.headline = "H";
    options.article.date = "2025-01-01";
    return options;
}

inline nq::ImportResult convert(nq::ImportFormat format, const std::string& text) {
    return nq::import_quiz(format, text, given_article());
}

// "LINE:COLUMN code" per diagnostic, in order.
inline std::vector<std::string> codes(const nq::ImportResult& r) {
    std::vector<std::string> out;
    for (const nq::ImportDiagnostic& d : r.diagnostics)
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + nq::import_code_name(d.code));
    return out;
}

// The document's member at `pointer` as compact JSON ("" when there is no document).
inline std::string part(const nq::ImportResult& r, const char* pointer) {
    if (!r.ok) return "";
    nq::Json parsed;
    nq::Diagnostic error;
    REQUIRE(nq::json_parse(r.json, parsed, error));
    CHECK(nq::load_document(r.json).ok);  // whatever comes out loads
    nlohmann::ordered_json doc = nq::test::to_nlohmann(parsed);  // for its JSON pointers
    nlohmann::ordered_json::json_pointer at(pointer);
    return doc.contains(at) ? doc[at].dump() : "(none)";
}

}  // namespace test_import
