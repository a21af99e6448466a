#include "ui_theme.h"

#include <cmath>
#include <utility>

namespace nq::ui {

static double channel_linear(uint32_t c8) {
    double c = double(c8) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(uint32_t rgb) {
    return 0.2126 * channel_linear((rgb >> 16) & 0xFF) + 0.7152 * channel_linear((rgb >> 8) & 0xFF) +
           0.0722 * channel_linear(rgb & 0xFF);
}

double contrast_ratio(uint32_t a, uint32_t b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

uint32_t mix(uint32_t from, uint32_t to, double t) {
    uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        double a = double((from >> shift) & 0xFF), b = double((to >> shift) & 0xFF);
        out |= uint32_t(std::lround(a + (b - a) * t)) << shift;
    }
    return out;
}

// Moves `color` towards `target` in 2 % steps until ok(color); the first colour that passes.
template <typename Ok>
static uint32_t move_until(uint32_t color, uint32_t target, Ok ok) {
    for (int step = 0; step <= 50; ++step) {
        uint32_t c = mix(color, target, step / 50.0);
        if (ok(c)) return c;
    }
    return target;
}

Theme theme_make(bool dark, uint32_t accent) {
    Theme t;
    t.dark = dark;
    if (!dark) {
        t.background = 0xFFFFFF;
        t.surface = 0xF2F4F7;
        t.border = 0xDDE1E6;
        t.control = 0x737A83;
        t.text = 0x16191D;
        t.text_muted = 0x545B64;
        t.correct = 0x137333;
        t.correct_soft = 0xE6F4EA;
        t.incorrect = 0xB3261E;
        t.incorrect_soft = 0xFCE8E6;
    } else {
        t.background = 0x16181B;
        t.surface = 0x23262B;
        t.border = 0x363A40;
        t.control = 0x878D96;
        t.text = 0xECEEF1;
        t.text_muted = 0xA9B0B8;
        t.correct = 0x5BD68A;
        t.correct_soft = 0x17301F;
        t.incorrect = 0xFF8A80;
        t.incorrect_soft = 0x3A1D1B;
    }
    if (accent == 0) accent = kDefaultAccent;
    accent &= 0xFFFFFF;

    // Buttons: the accent as fill with whichever of white or near-black reads better on it.
    const uint32_t white = 0xFFFFFF, ink = 0x111316;
    t.on_accent = contrast_ratio(white, accent) >= contrast_ratio(ink, accent) ? white : ink;
    t.accent = move_until(accent, t.on_accent == white ? 0x000000 : 0xFFFFFF,
                          [&](uint32_t c) { return contrast_ratio(t.on_accent, c) >= 4.5; });

    // Links, progress and focus: the accent as text on the card, darker in light and lighter in dark.
    const double soft = dark ? 0.24 : 0.12;
    t.accent_text = move_until(accent, dark ? 0xFFFFFF : 0x000000, [&](uint32_t c) {
        uint32_t s = mix(t.background, c, soft);
        return contrast_ratio(c, t.background) >= 4.5 && contrast_ratio(c, t.surface) >= 4.5 &&
               contrast_ratio(c, s) >= 3.0 && contrast_ratio(t.text, s) >= 4.5;
    });
    t.accent_soft = mix(t.background, t.accent_text, soft);
    return t;
}

std::vector<ColorPair> theme_pairs(const Theme& t) {
    return {
        {"text on background", t.text, t.background, 4.5},
        {"text on surface", t.text, t.surface, 4.5},
        {"muted text on background", t.text_muted, t.background, 4.5},
        {"muted text on surface", t.text_muted, t.surface, 4.5},
        {"button text on accent", t.on_accent, t.accent, 4.5},
        {"link on background", t.accent_text, t.background, 4.5},
        {"link on surface", t.accent_text, t.surface, 4.5},
        {"text on selected row", t.text, t.accent_soft, 4.5},
        {"selected mark on selected row", t.accent_text, t.accent_soft, 3.0},
        {"disabled button text", t.text_muted, t.border, 3.0},
        {"correct on background", t.correct, t.background, 4.5},
        {"text on correct panel", t.text, t.correct_soft, 4.5},
        {"correct on correct panel", t.correct, t.correct_soft, 4.5},
        {"incorrect on background", t.incorrect, t.background, 4.5},
        {"text on incorrect panel", t.text, t.incorrect_soft, 4.5},
        {"incorrect on incorrect panel", t.incorrect, t.incorrect_soft, 4.5},
        {"muted text on correct panel", t.text_muted, t.correct_soft, 4.5},
        {"muted text on incorrect panel", t.text_muted, t.incorrect_soft, 4.5},
        {"correct mark on surface", t.correct, t.surface, 3.0},      // mastered bars, a topic's figure going up
        {"incorrect mark on surface", t.incorrect, t.surface, 3.0},  // a topic's figure going down
        {"field outline on background", t.control, t.background, 3.0},
        {"field outline on surface", t.control, t.surface, 3.0},
        {"focus ring on background", t.accent_text, t.background, 3.0},
    };
}

}  // namespace nq::ui
