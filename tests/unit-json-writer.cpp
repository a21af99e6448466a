// The JSON writer: the compact style is nlohmann's dump to the byte (the oracle: strings with
// broken UTF-8 and doubles of every kind alike), the store style the progress store's.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "codec.h"
#include "json_reader.h"
#include "json_writer.h"

namespace {

template <typename T>
std::string nlohmann_dump(const T& value) {
    return nlohmann::ordered_json(value).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

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

    SUBCASE("containers nested to any depth (a store's question snapshot may nest 25 levels)") {
        std::string text;
        for (int i = 0; i < 200; ++i) text += i % 2 ? "{\"k\":" : "[";
        text += "1";
        for (int i = 199; i >= 0; --i) text += i % 2 ? "}" : "]";
        nq::JsonReadOptions options;
        options.max_depth = 1000;
        nq::JsonRead read = nq::json_read(text, options);
        REQUIRE(read.complete);
        CHECK(nq::json_dump(read.root) == text);
        CHECK(nq::json_dump_indented(read.root).size() > text.size());
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

    SUBCASE("compact strings are nlohmann's, escapes and invalid UTF-8 included") {
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
            CHECK(compact_string(s) == nlohmann_dump(s));
            CHECK(nq::json_dump(nq::Json(s)) == nlohmann_dump(s));
        }
        CHECK(compact_string(std::string("\n\x01\x7f", 3)) == "\"\\n\\u0001\x7f\"");
    }

    SUBCASE("compact doubles are nlohmann's, numbers json_number's") {
        const std::vector<double> cases = {0.0, -0.0, 3.0, -12.0, 0.1, 0.67, 2.0 / 3, 1e-7, 123456789.125, 1e21, 1e300,
                                           9007199254740992.0, 9007199254740994.0, -9007199254740994.0,
                                           std::numeric_limits<double>::denorm_min(), std::nan(""),
                                           std::numeric_limits<double>::infinity()};
        for (double x : cases) {
            CAPTURE(x);
            CHECK(compact_double(x) == nlohmann_dump(x));
            CHECK(compact_number(x) == nq::json_dump(nq::json_number(x)));
        }
        CHECK(compact_double(3.0) == "3.0");
        CHECK(compact_number(3.0) == "3");
        CHECK(compact_number(9007199254740992.0) == "9007199254740992");
        CHECK(compact_number(9007199254740994.0) == "9.007199254740994e+15");
        CHECK(compact_double(1e14) == "100000000000000.0");
        CHECK(compact_double(1e15) == "1e+15");
        CHECK(compact_double(0.0001) == "0.0001");
        CHECK(compact_double(0.00001) == "1e-05");
        CHECK(compact_double(-1.5e-300) == "-1.5e-300");
    }

    SUBCASE("200,000 doubles: read back exactly, as nlohmann writes them or shorter") {
        std::mt19937_64 rng(20261207);
        int shorter = 0, closer = 0, longer = 0, lost = 0;
        for (int i = 0; i < 200000; ++i) {
            double x;
            if (i % 2 == 0) {  // random bits
                uint64_t bits = rng();
                std::memcpy(&x, &bits, sizeof x);
                if (!std::isfinite(x)) continue;
            } else {  // the numbers a quiz writes: 0.67, 1234.5, 12.25
                x = double(rng() % 2000001) / std::pow(10.0, double(rng() % 8)) * (rng() % 2 ? 1 : -1);
            }
            std::string ours = compact_double(x), theirs = nlohmann_dump(x);
            if (std::strtod(ours.c_str(), nullptr) != x && ++lost <= 5) CHECK(std::strtod(ours.c_str(), nullptr) == x);
            // NOTE: nlohmann's Grisu2 is not always the shortest (1.2869949999999999 for 1.286995)
            // nor, in as many digits, the closest (-664379122205188.3 for -664379122205188.2)
            if (ours.size() < theirs.size()) ++shorter;
            else if (ours.size() > theirs.size() && ++longer <= 5) CHECK(ours == theirs);
            else if (ours != theirs) ++closer;
        }
        MESSAGE(shorter << " of 200,000 doubles written shorter than nlohmann writes them, " << closer
                        << " with another last digit");
        CHECK(lost == 0);
        CHECK(longer == 0);
        CHECK(shorter + closer < 500);  // the layout and all other digits are nlohmann's
        CHECK(compact_double(1.286995) == "1.286995");
        CHECK(nlohmann_dump(1.286995) == "1.2869949999999999");
        CHECK(compact_double(-664379122205188.2) == "-664379122205188.2");
    }

    SUBCASE("100,000 strings of random bytes, broken UTF-8 replaced as nlohmann replaces it") {
        std::mt19937 rng(20261207);
        const unsigned char kBytes[] = {0x00, 0x1F, 0x22, 0x5C, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                        0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
        int differ = 0;
        for (int i = 0; i < 100000; ++i) {
            std::string s(rng() % 8, ' ');
            for (char& c : s) c = char(kBytes[rng() % sizeof kBytes]);
            if (compact_string(s) != nlohmann_dump(s) && ++differ <= 5) CHECK(compact_string(s) == nlohmann_dump(s));
        }
        CHECK(differ == 0);
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
