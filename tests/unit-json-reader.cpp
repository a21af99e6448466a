// core/json_reader.cpp's own parser, against nlohmann/json's as the oracle: over every fixture and
// seeded mutations of each, the same texts are JSON, the same trees come out (numbers of the same
// type and value, members in the order written), and a text that is not JSON fails the same way
// (a syntax error, or a number too large). Then the words and places of each kind of error.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>

#include <nlohmann/json.hpp>

#include "fixture-support.h"
#include "json-support.h"
#include "json_reader.h"
#include "json_writer.h"

using nq::DiagCode;
using Json = nlohmann::ordered_json;  // the oracle's; the core's is nq::Json

namespace {

// A tree written out with each number's type: 1 (unsigned), -1 (integer) and 1.0 (float) differ.
void typed(const Json& j, std::string& out) {
    if (j.is_object()) {
        out += '{';
        for (const auto& [name, value] : j.items()) {
            out += Json(name).dump() + ':';
            typed(value, out);
            out += ',';
        }
        out += '}';
    } else if (j.is_array()) {
        out += '[';
        for (const Json& value : j) {
            typed(value, out);
            out += ',';
        }
        out += ']';
    } else {
        out += j.dump();
        if (j.is_number_unsigned()) out += 'u';
        else if (j.is_number_integer()) out += 'i';
        else if (j.is_number_float()) out += 'f';
    }
}

// nlohmann's own tree builder, keeping the id of the error that stopped it (101: syntax, 406: a
// number too large) rather than throwing it (the tests build without exceptions).
struct Oracle : nlohmann::detail::json_sax_dom_parser<Json> {
    explicit Oracle(Json& tree) : json_sax_dom_parser(tree, false) {}
    int error = 0;
    template <class Exception>
    bool parse_error(size_t, const std::string&, const Exception& e) {
        error = e.id;
        return false;
    }
};

std::string typed(const Json& j) {
    std::string out;
    typed(j, out);
    return out;
}

// Every fixture of the repository that a reader of JSON meets: documents, stores, imports' output.
std::vector<std::string> fixture_texts() {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(NQ_SOURCE_DIR "/tests/fixtures"))
        if (entry.path().extension() == ".json") texts.push_back(nq::test::read_file(entry.path().string()));
    return texts;
}

// A few edits of the kinds that break JSON: bytes cut, tokens and stray bytes put in, the end cut.
std::string mutated(std::string t, std::mt19937& rng) {
    static const std::string kPieces[] = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD800", "\\uDC00", "\\ud83c\\udf0d", "1e999", "-", ".", "e",
        "true", "nul", "\xEF\xBB\xBF", "\xFF", "\xC3", std::string(1, '\0'), "\n", " ", "0", "01", "-0",
        "18446744073709551616", "-9223372036854775809", "1.5e3", "\x01", "\x1F", "\xED\xA0\x80", "\xF4\x90\x80\x80",
    };
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        size_t at = rng() % (t.size() + 1);
        switch (rng() % 4) {
            case 0: if (at < t.size()) t.erase(at, 1 + rng() % 3); break;
            case 1: t.insert(at, kPieces[rng() % std::size(kPieces)]); break;
            case 2: if (at < t.size()) t[at] = char(rng()); break;
            default: t.resize(at);
        }
    }
    return t;
}

nq::JsonRead read_unlimited(const std::string& text) {
    nq::JsonReadOptions options;
    options.max_bytes = size_t(1) << 30;
    options.max_depth = 100000;
    options.max_string_chars = size_t(1) << 30;
    options.last_repeat_wins = true;  // as nlohmann's own parse: the last value, in the first one's place
    return nq::json_read(text, options);
}

struct Error {
    DiagCode code;
    std::string pointer;
    int line = 0, column = 0;
    std::string message;
};

Error error_of(const std::string& text) {
    nq::JsonRead r = nq::json_read(text, {});
    REQUIRE_FALSE(r.complete);
    REQUIRE(r.findings.size() == 1);
    const nq::Diagnostic& d = r.findings[0].diagnostic;
    return {d.code, d.pointer, d.line, d.column, d.message};
}

}  // namespace

TEST_CASE("the same texts are JSON as for nlohmann/json, and give the same trees, over every fixture and 60 mutations of each") {
    std::mt19937 rng(20261206);
    int texts = 0, valid = 0, syntax = 0, overflow = 0;
    for (const std::string& fixture : fixture_texts()) {
        for (int m = 0; m < 60; ++m) {
            const std::string text = m == 0 ? fixture : mutated(fixture, rng);
            CAPTURE(Json(text).dump(-1, ' ', true, Json::error_handler_t::replace));
            ++texts;
            nq::JsonRead ours = read_unlimited(text);
            Json theirs;
            Oracle oracle(theirs);
            Json::sax_parse(text, &oracle);
            const int failed = oracle.error;
            // nlohmann ends the text at a NUL byte outside strings; json_read also wants what
            // follows to be UTF-8.
            if (!failed && nq::utf8_first_invalid(text) != std::string_view::npos) {
                CHECK_FALSE(ours.complete);
                continue;
            }
            REQUIRE(ours.complete == (failed == 0));
            if (!failed) {
                ++valid;
                CHECK(ours.findings.empty());
                CHECK(typed(nq::test::to_nlohmann(ours.root)) == typed(theirs));
                // and json_dump writes it as nlohmann does, doubles and escapes alike
                CHECK(nq::json_dump(ours.root) == theirs.dump(-1, ' ', false, Json::error_handler_t::replace));
                continue;
            }
            REQUIRE(ours.findings.size() == 1);
            DiagCode code = ours.findings[0].diagnostic.code;
            if (failed == 406) {
                ++overflow;
                CHECK(code == DiagCode::out_of_range);
            } else {
                ++syntax;
                CHECK(failed == 101);
                CHECK((code == DiagCode::json_syntax || code == DiagCode::invalid_utf8));
            }
        }
    }
    CHECK(texts > 10000);
    MESSAGE(texts << " texts: " << valid << " JSON, " << syntax << " syntax errors, " << overflow << " numbers too large");
    CHECK(valid > texts / 10);
    CHECK(syntax > texts / 2);
    CHECK(overflow > 0);
}

TEST_CASE("numbers keep nlohmann's types: unsigned, then signed, then double") {
    CHECK(typed(nq::test::to_nlohmann(read_unlimited("[0, -0, 18446744073709551615, 18446744073709551616, -9223372036854775808, "
                               "-9223372036854775809, 1.0, 1e2, 5E-1]").root)) ==
          "[0u,0i,18446744073709551615u,1.8446744073709552e+19f,-9223372036854775808i,-9.223372036854776e+18f,1.0f,"
          "100.0f,0.5f,]");
}

TEST_CASE("strings: escapes, surrogate pairs and UTF-8 as written") {
    nq::JsonRead r = read_unlimited(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u20AC\ud83c\udf0d", "é€🌍"])");
    REQUIRE(r.complete);
    CHECK(r.root[0] == "\"\\/\b\f\n\r\t");
    CHECK(r.root[1] == "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x8C\x8D");
    CHECK(r.root[2] == r.root[1]);
}

TEST_CASE("each kind of error: its code, pointer, line, column and words") {
    struct Case {
        std::string text;
        DiagCode code;
        const char* pointer;
        int line, column;
        const char* message;
    };
    const Case cases[] = {
        {"{\"a\": \"x\ny\"}", DiagCode::json_syntax, "/a", 1, 9,
         "expected the control character U+000A (LF) escaped as \\u000A or \\n, got it as is in a string"},
        {"[\"\x01\"]", DiagCode::json_syntax, "/0", 1, 3, "expected the control character U+0001 (SOH) escaped as \\u0001, got it as is in a string"},
        {"[\"a\\x\"]", DiagCode::json_syntax, "/0", 1, 5,
         "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after a backslash, got another character"},
        {"[\"\\u12G4\"]", DiagCode::json_syntax, "/0", 1, 7, "expected 4 hexadecimal digits after \\u"},
        {"[\"\\ud83c x\"]", DiagCode::json_syntax, "/0", 1, 9,
         "expected a low surrogate \\uDC00..\\uDFFF after the high surrogate, got none"},
        {"[\"\\udf0d\"]", DiagCode::json_syntax, "/0", 1, 8, "expected a high surrogate \\uD800..\\uDBFF before the low surrogate, got none"},
        {"[\"abc", DiagCode::json_syntax, "/0", 1, 6, "expected a closing quote, got the end of the text"},
        {"\xEF\xBC\x80{}", DiagCode::json_syntax, "", 1, 2, "expected the byte order mark EF BB BF or none, got other bytes"},
        {"[-]", DiagCode::json_syntax, "/0", 1, 3, "invalid number: expected digit after '-'"},
        {"[1.]", DiagCode::json_syntax, "/0", 1, 4, "invalid number: expected digit after '.'"},
        {"[1e]", DiagCode::json_syntax, "/0", 1, 4, "invalid number: expected '+', '-', or digit after exponent"},
        {"[1e+]", DiagCode::json_syntax, "/0", 1, 5, "invalid number: expected digit after exponent sign"},
        {"[tru]", DiagCode::json_syntax, "/0", 1, 5,
         "expected a value (a string in double quotes, a number, true, false, null, an object or an array)"},
        {"[1 x]", DiagCode::json_syntax, "", 1, 4, "expected ']', got text that is not JSON"},
        {"{\"a\" 1}", DiagCode::json_syntax, "/a", 1, 6, "expected ':', got a number"},
        {"{\"a\": 1 \"b\": 2}", DiagCode::json_syntax, "", 1, 11, "expected '}', got a string"},
        {"[1, ]", DiagCode::json_syntax, "/1", 1, 5, "expected a value, got ']'"},
        {std::string("[1]\0garbage\xFF", 12), DiagCode::invalid_utf8, "", 0, 0, "expected UTF-8 text"},
        {"[\"\xC3(\"]", DiagCode::invalid_utf8, "/0", 1, 3,
         "expected UTF-8 text, got a byte sequence that is not UTF-8, starting with 0xC3"},
        {"[1e400]", DiagCode::out_of_range, "/0", 1, 2, "expected a number a double can hold, got 1e400"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        Error e = error_of(c.text);
        CHECK(nq::diag_code_name(e.code) == std::string(nq::diag_code_name(c.code)));
        CHECK(e.pointer == c.pointer);
        CHECK(e.line == c.line);
        CHECK(e.column == c.column);
        CHECK(e.message == c.message);
    }
}

TEST_CASE("a NUL byte outside strings ends the text, as for nlohmann/json") {
    nq::JsonRead r = nq::json_read(std::string("{\"a\": [1]}\0 anything", 20), {});
    CHECK(r.complete);
    CHECK(nq::json_dump(r.root) == "{\"a\":[1]}");
    Error e = error_of(std::string("[1,\0]", 5));
    CHECK(e.message == "expected a value, got the end of the text");
    CHECK(e.pointer == "/1");
}
