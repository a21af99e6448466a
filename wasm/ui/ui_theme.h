// ui_theme.h: the colours of the light and dark themes, the publisher's accent made
// legible in both, and the WCAG 2 contrast arithmetic that proves it.
//
//   Theme t = theme_make(/*dark*/ false, 0xFFD400);   // a yellow accent gets dark text on buttons
//   for (const ColorPair& p : theme_pairs(t)) assert(contrast_ratio(p.fg, p.bg) >= p.min_ratio);
//
// Colours are 0xRRGGBB, opaque. Index of this file:
// [SECTION] Theme
// [SECTION] Contrast
#pragma once

#include <cstdint>
#include <vector>

namespace nq::ui {

// [SECTION] Theme
constexpr uint32_t kDefaultAccent = 0x0B57D0;  // used when the publisher gives none

struct Theme {
    bool dark = false;
    uint32_t background = 0;    // the card
    uint32_t surface = 0;       // chips, panels, unselected choice rows
    uint32_t border = 0;        // separators (decorative)
    uint32_t control = 0;       // outlines of fields, radio circles, checkboxes: >= 3:1 on background and surface
    uint32_t text = 0;
    uint32_t text_muted = 0;    // date, hints, meta lines
    uint32_t accent = 0;        // button fill (the publisher's accent, adjusted so on_accent reads on it)
    uint32_t on_accent = 0;     // text on accent: white or near-black
    uint32_t accent_text = 0;   // links, progress, focus ring, selected marks: readable on background and surface
    uint32_t accent_soft = 0;   // a selected choice row
    uint32_t correct = 0;       // text and marks for a right answer, on background and correct_soft
    uint32_t correct_soft = 0;
    uint32_t incorrect = 0;
    uint32_t incorrect_soft = 0;
};

// accent 0 = kDefaultAccent. The accent is moved towards black or white only as far as needed.
Theme theme_make(bool dark, uint32_t accent);

// [SECTION] Contrast (WCAG 2.x: relative luminance of sRGB, ratio (L1 + 0.05) / (L2 + 0.05))
double relative_luminance(uint32_t rgb);
double contrast_ratio(uint32_t a, uint32_t b);
uint32_t mix(uint32_t from, uint32_t to, double t);  // per channel, rounded; t in 0..1

struct ColorPair {
    const char* name;   // "text on surface"
    uint32_t fg = 0, bg = 0;
    double min_ratio = 4.5;  // 4.5 for text, 3 for marks and outlines (WCAG 1.4.11)
};

// Every foreground/background pair the screens draw.
std::vector<ColorPair> theme_pairs(const Theme& theme);

}  // namespace nq::ui
