// Themes (WCAG contrast computed from the theme's own colours), and the strings table: both
// languages, dates, numbers.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "ui/ui_strings.h"
#include "ui/ui_theme.h"

using namespace nq::ui;

TEST_CASE("WCAG contrast, the exact formula") {
    SUBCASE("relative luminance of the extremes and a mid grey") {
        CHECK(relative_luminance(0x000000) == 0.0);
        CHECK(relative_luminance(0xFFFFFF) == doctest::Approx(1.0));
        CHECK(relative_luminance(0x777777) == doctest::Approx(0.184475).epsilon(1e-5));
    }
    SUBCASE("known ratios: black on white 21, #767676 on white just above 4.5, #777777 just below") {
        CHECK(contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
        CHECK(contrast_ratio(0xFFFFFF, 0x000000) == doctest::Approx(21.0));
        CHECK(contrast_ratio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.002));
        CHECK(contrast_ratio(0x777777, 0xFFFFFF) < 4.5);
        CHECK(contrast_ratio(0x123456, 0x123456) == doctest::Approx(1.0));
    }
    SUBCASE("mixing colours per channel") {
        CHECK(mix(0x000000, 0xFFFFFF, 0.5) == 0x808080);
        CHECK(mix(0x102030, 0x102030, 0.7) == 0x102030);
        CHECK(mix(0xFF0000, 0x0000FF, 1.0) == 0x0000FF);
    }
}

TEST_CASE("every text/background pair reaches AA in both themes, whatever the accent") {
    const uint32_t accents[] = {0,        kDefaultAccent, 0xFFD400 /* yellow */, 0x00FF00, 0xFFFFFF, 0x000000,
                                0xE4002B /* news red */, 0x7FDBFF, 0x6B4EFF, 0x808080, 0xFF69B4, 0x004225};
    for (bool dark : {false, true}) {
        for (uint32_t accent : accents) {
            Theme t = theme_make(dark, accent);
            for (const ColorPair& p : theme_pairs(t)) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "%06X", unsigned(accent));
                std::string what = std::string(dark ? "dark" : "light") + " accent " + hex + ": " + p.name;
                INFO(what);
                CHECK(contrast_ratio(p.fg, p.bg) >= p.min_ratio);
            }
        }
    }
}

TEST_CASE("the accent is adjusted only as far as needed") {
    SUBCASE("the default blue needs nothing in light: white text on it, itself as link colour") {
        Theme t = theme_make(false, 0);
        CHECK(t.accent == kDefaultAccent);
        CHECK(t.on_accent == 0xFFFFFF);
        CHECK(t.accent_text == kDefaultAccent);
    }
    SUBCASE("a yellow accent gets dark text on its buttons, and darker links") {
        Theme t = theme_make(false, 0xFFD400);
        CHECK(t.accent == 0xFFD400);
        CHECK(t.on_accent != 0xFFFFFF);
        CHECK(t.accent_text != 0xFFD400);
        CHECK(contrast_ratio(t.accent_text, t.background) >= 4.5);
        CHECK(contrast_ratio(t.accent_text, t.background) < 5.5);  // no darker than needed
    }
    SUBCASE("in dark, links are lightened until they read on the card") {
        Theme t = theme_make(true, kDefaultAccent);
        CHECK(t.accent_text != kDefaultAccent);
        CHECK(contrast_ratio(t.accent_text, t.surface) >= 4.5);
        CHECK(contrast_ratio(t.accent_text, t.surface) < 5.5);
    }
    SUBCASE("the two themes differ where it shows") {
        CHECK(theme_make(false, 0).background == 0xFFFFFF);
        CHECK(relative_luminance(theme_make(true, 0).background) < 0.02);
    }
}

TEST_CASE("the strings table") {
    SUBCASE("every string exists in both languages, and they differ where the words differ") {
        std::vector<Str> same;
        for (int i = 0; i < int(Str::count); ++i) {
            CHECK(std::string(str(Str(i), Lang::en)).size() > 0);
            CHECK(std::string(str(Str(i), Lang::es)).size() > 0);
            if (std::string(str(Str(i), Lang::en)) == str(Str(i), Lang::es)) same.push_back(Str(i));
        }
        // Only patterns of punctuation read the same: "{0}. {1}.", "{0}: {1} → {2}", ...
        CHECK(same == std::vector<Str>{Str::announce_answer, Str::topic_level, Str::topic_change, Str::totals,
                                       Str::topic_figure, Str::topic_level_figure});
    }
    SUBCASE("BCP 47 tags pick the language") {
        CHECK(lang_from_tag("es") == Lang::es);
        CHECK(lang_from_tag("es-MX") == Lang::es);
        CHECK(lang_from_tag("ES_es") == Lang::es);
        CHECK(lang_from_tag("en-GB") == Lang::en);
        CHECK(lang_from_tag("est") == Lang::en);
        CHECK(lang_from_tag("") == Lang::en);
    }
    SUBCASE("placeholders fill in any order; unknown ones stay") {
        CHECK(fmt("{1} of {0}", {"a", "b"}) == "b of a");
        CHECK(fmt("{0}{0}", {"x"}) == "xx");
        CHECK(fmt("{2} {", {"x"}) == "{2} {");
        CHECK(fmt(str(Str::question_n_of_m, Lang::es), {"3", "8"}) == "Pregunta 3 de 8");
    }
}

TEST_CASE("dates and numbers for the language") {
    SUBCASE("dates") {
        CHECK(format_date("2025-09-03", Lang::en) == "September 3, 2025");
        CHECK(format_date("2025-09-03", Lang::es) == "3 de septiembre de 2025");
        CHECK(format_date("2024-12-31", Lang::en) == "December 31, 2024");
        CHECK(format_date("2024-01-01", Lang::es) == "1 de enero de 2024");
        CHECK(format_date("2025-13-01", Lang::en) == "2025-13-01");  // not a date: shown as given
        CHECK(format_date("yesterday", Lang::en) == "yesterday");
    }
    SUBCASE("numbers: at most two decimals, a comma in Spanish") {
        CHECK(format_number(9, Lang::en) == "9");
        CHECK(format_number(0.5, Lang::en) == "0.5");
        CHECK(format_number(0.5, Lang::es) == "0,5");
        CHECK(format_number(66.67, Lang::en) == "66.67");
        CHECK(format_number(1.005, Lang::en) == "1");  // 1.005 is 1.00499... in binary
        CHECK(format_number(-0.001, Lang::en) == "0");
        CHECK(format_number(1234567, Lang::en) == "1234567");
    }
    SUBCASE("durations") {
        CHECK(format_duration(300) == "5:00");
        CHECK(format_duration(59) == "0:59");
        CHECK(format_duration(-3) == "0:00");
    }
    SUBCASE("what a reader types into a number field") {
        CHECK(parse_number("3") == 3.0);
        CHECK(parse_number(" 3.5 ") == 3.5);
        CHECK(parse_number("3,5") == 3.5);
        CHECK(parse_number("-0.25") == -0.25);
        CHECK(parse_number("+7") == 7.0);
        CHECK(parse_number(".5") == 0.5);
        CHECK_FALSE(parse_number("").has_value());
        CHECK_FALSE(parse_number("-").has_value());
        CHECK_FALSE(parse_number("1.2.3").has_value());
        CHECK_FALSE(parse_number("12abc").has_value());
        CHECK_FALSE(parse_number("1e5").has_value());
        CHECK(*parse_number(std::string(20, '9')) == doctest::Approx(1e20));
        CHECK_FALSE(parse_number(std::string(400, '9')).has_value());  // beyond a double: not a number
    }
}
