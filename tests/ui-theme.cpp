// Themes: WCAG contrast computed from the theme's own colours.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

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
