// The JSON writer: the compact style is json_dump's text to the byte (the C ABI's JSON was
// a tree dumped before it was written), the store style the progress store's.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "codec.h"
#include "json_reader.h"
#include "json_writer.h"

namespace {

std::string compact_string(const std::string& s) {
    nq::JsonWriter w;
    w.value(s);
    return w.out;
}

std::string compact_double(double x) {
    nq::JsonWriter w;
    w.value(x);
    return w.out;
}

std::string compact_number(double x) {
    nq::JsonWriter w;
    w.number(x);
    return w.out;
}

std::string store_string(const std::string& s) {
    nq::JsonWriter w(nq::JsonStyle::store);
    w.value(s);
    return w.out;
}

std::string store_double(double x) {
    nq::JsonWriter w(nq::JsonStyle::store);
    w.value(x);
    return w.out;
}

}  // namespace

TEST_CASE("json writer") {
    SUBCASE("commas and nesting as json_dump writes them") {
        nq::JsonWriter w;
        w.begin_object();
        w.field("a", 1);
        w.key("b");
        w.begin_array();
        w.begin_object();
        w.end_object();
        w.begin_array();
        w.end_array();
        w.null();
        w.value(std::vector<std::string>{"x", "y"});
        w.end_array();
        w.null("c");
        w.field("d", "text");
        w.field("e", false);
        w.number("f", 0.5);
        w.key("g");
        w.raw(R"({"h":[1]})");
        w.end_object();
        CHECK(w.out == R"({"a":1,"b":[{},[],null,["x","y"]],"c":null,"d":"text","e":false,"f":0.5,"g":{"h":[1]}})");
        CHECK(w.size == w.out.size());
    }

    SUBCASE("a counting writer measures what it would write") {
        nq::JsonWriter w(nq::JsonStyle::store);
        w.counting = true;
        w.begin_array();
        w.value("a\nb");
        w.value(2.5);
        w.end_array();
        CHECK(w.out.empty());
        CHECK(w.size == std::string(R"(["a\u000ab",2.5])").size());
    }

    SUBCASE("compact strings are json_dump's, escapes and invalid UTF-8 included") {
        const std::vector<std::string> cases = {
            "",
            "plain",
            "quote \" backslash \\ slash /",
            std::string("\b\f\n\r\t\x01\x1f\x7f", 8),
            std::string("nul \0 inside", 12),
            "é 中 🌍 \xEF\xBF\xBD",
            "\xC3",                  // cut short at the end
            "\xE2\x82" "A",          // cut short before ASCII
            "\xE2\x82\xE2\x82\xAC",  // cut short before a whole sequence
            "\xC0\xAF",              // overlong
            "\xED\xA0\x80",          // a surrogate
            "\xF4\x90\x80\x80",      // beyond U+10FFFF
            "\x80\x80 x \xFF",       // stray continuation bytes, a byte UTF-8 never uses
        };
        for (const std::string& s : cases) {
            CAPTURE(s);
            CHECK(compact_string(s) == nq::json_dump(nq::Json(s)));
        }
        CHECK(compact_string(std::string("\n\x01\x7f", 3)) == "\"\\n\\u0001\x7f\"");
    }

    SUBCASE("compact doubles are json_dump's, numbers json_number's") {
        const std::vector<double> cases = {0.0, -0.0, 3.0, -12.0, 0.1, 0.67, 2.0 / 3, 1e-7, 123456789.125, 1e21, 1e300,
                                           9007199254740992.0, 9007199254740994.0, -9007199254740994.0,
                                           std::numeric_limits<double>::denorm_min(), std::nan(""),
                                           std::numeric_limits<double>::infinity()};
        for (double x : cases) {
            CAPTURE(x);
            CHECK(compact_double(x) == nq::json_dump(nq::Json(x)));
            CHECK(compact_number(x) == nq::json_dump(nq::json_number(x)));
        }
        CHECK(compact_double(3.0) == "3.0");
        CHECK(compact_number(3.0) == "3");
        CHECK(compact_number(9007199254740992.0) == "9007199254740992");
        CHECK(compact_number(9007199254740994.0) == "9.007199254740994e+15");
    }

    SUBCASE("compact integers of every width") {
        nq::JsonWriter w;
        w.begin_array();
        w.value(-7);
        w.value(size_t(4000000000u));
        w.value(int64_t(-9000000000000000000));
        w.value(uint64_t(18446744073709551615u));
        w.end_array();
        CHECK(w.out == "[-7,4000000000,-9000000000000000000,18446744073709551615]");
    }

    SUBCASE("store strings: every control character as \\u00xx, each invalid byte as U+FFFD") {
        CHECK(store_string(std::string("\b\n\x1f\x7f\"\\", 6)) == "\"\\u0008\\u000a\\u001f\x7f\\\"\\\\\"");
        CHECK(store_string("\xE2\x82" "A") == "\"\xEF\xBF\xBD\xEF\xBF\xBD" "A\"");
        CHECK(store_string("é🌍") == "\"é🌍\"");
    }

    SUBCASE("store doubles: whole ones as integers, others in 15 digits or 17") {
        CHECK(store_double(3.0) == "3");
        CHECK(store_double(-0.0) == "0");
        CHECK(store_double(0.67) == "0.67");
        CHECK(store_double(0.1 + 0.2) == "0.30000000000000004");
        CHECK(store_double(0.1234567890123456) == "0.12345678901234559");
        CHECK(store_double(9007199254740992.0) == "9007199254740992");
        CHECK(store_double(std::nan("")) == "0");
        nq::JsonWriter w(nq::JsonStyle::store);
        w.value(7);
        CHECK(w.out == "7");
    }
}
