// Layout from 280 to 1200 CSS pixels: every screen wraps inside the canvas, never clips, never
// scrolls, reports the height it needs, and keeps its tap targets 44 px high.
#include <imgui_internal.h>

#include <set>

#include "ui-support.h"

using namespace nq;
using namespace nq::test;
using native::Headless;

struct Screenful {
    const char* doc;
    const char* screen;
    bool expand = false;     // unfold "Read more" first
    bool returning = false;  // a reader with sample_progress(): review due, topics, scores
};

static const Screenful kScreens[] = {
    {kSeed, "article"},
    {kSeed, "article", true},
    {kSeedSpanish, "article"},
    {kSecondArticle, "article"},
    {"tests/fixtures/valid/every-field.json", "article"},
    {kSeed, "question:8"},  // match
    {kSeed, "feedback:4"},  // multiple, after submit
    {kSeed, "feedback:6"},  // numeric, wrong
    {"tests/fixtures/valid/single.json", "question:1"},
    {"tests/fixtures/valid/true_false.json", "feedback:1"},
    {"tests/fixtures/valid/numeric.json", "question:2"},
    {"tests/fixtures/valid/text.json", "question:1"},
    {"tests/fixtures/valid/order.json", "question:1"},
    {"tests/fixtures/valid/order.json", "feedback:1"},
    {"tests/fixtures/valid/match.json", "feedback:2"},
    {"tests/fixtures/valid/every-field.json", "question:1"},
    {kSeed, "results"},
    {kSeedSpanish, "results"},
    {kSeed, "review"},
    {kSeed, "actions"},
    {kSeed, "progress"},
    {kSeed, "progress", false, true},
    {kSeedSpanish, "progress", false, true},
    {kSeed, "results", false, true},
    {kSecondArticle, "article", false, true},
    {"tests/fixtures/invalid/action-string.json", "error"},
};

static const float kWidths[] = {280, 320, 360, 414, 600, 800, 1024, 1200};

static bool tapped(const ui::Item& it) {
    bool control = it.role == ui::Role::button || it.role == ui::Role::radio || it.role == ui::Role::checkbox ||
                   it.role == ui::Role::textbox || (it.role == ui::Role::link && it.id.find("/link/") == std::string::npos);
    return control && it.imgui_id != 0;
}

static void check_layout(const Headless& h) {
    const float width = h.width, height = h.height;
    CHECK(h.out.content_height > 0);
    CHECK(height == h.out.content_height);
    ImGuiWindow* window = ImGui::FindWindowByName("##newsquiz");
    REQUIRE(window != nullptr);
    CHECK(window->ScrollMax.y == 0);  // never scrolls inside itself
    CHECK(window->ScrollMax.x == 0);
    for (const ui::Item& it : h.out.items) {
        INFO(it.id << " at " << it.x << "," << it.y << " size " << it.w << "x" << it.h);
        CHECK(it.x >= 0);
        CHECK(it.y >= 0);
        CHECK(it.x + it.w <= width + 0.5f);
        CHECK(it.y + it.h <= height + 0.5f);
        CHECK(it.w > 0);
        CHECK(it.h > 0);
        if (tapped(it)) CHECK(it.h >= 44);
    }
    // Controls never overlap one another: a tap always lands on one target.
    for (size_t i = 0; i < h.out.items.size(); ++i)
        for (size_t j = i + 1; j < h.out.items.size(); ++j) {
            const ui::Item &a = h.out.items[i], &b = h.out.items[j];
            if (!tapped(a) || !tapped(b)) continue;
            bool overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            INFO(a.id << " and " << b.id);
            CHECK_FALSE(overlap);
        }
}

TEST_CASE("every screen fits every width from 280 to 1200 CSS px") {
    for (const Screenful& s : kScreens) {
        INFO(s.doc << " " << s.screen << (s.expand ? " (expanded)" : "") << (s.returning ? " (returning)" : ""));
        auto h = open(s.doc, s.returning ? visit(at_width(kWidths[0]), sample_progress(), kSampleDay) : at_width(kWidths[0]));
        drive(*h, s.screen);
        if (s.expand) click(*h, "read-more");
        for (float w : kWidths) {
            INFO("width " << w);
            native::headless_resize(*h, w);
            check_layout(*h);
        }
    }
}

TEST_CASE("narrow canvases wrap: more lines, a taller card, the same items") {
    auto h = open(kSeed, at_width(1200));
    float wide_height = h->out.content_height;
    size_t wide_items = h->out.items.size();
    float wide_headline = item(*h, "headline").h;
    native::headless_resize(*h, 280);
    CHECK(h->out.content_height > wide_height * 1.3f);
    CHECK(h->out.items.size() == wide_items);
    CHECK(wide_headline == 32);                 // one line of 26 px type
    CHECK(item(*h, "headline").h == 3 * 30);  // three lines of 24 px type under 400 px
}

TEST_CASE("wide canvases keep a readable column, centred") {
    auto h = open(kSeed, at_width(1200));
    const ui::Item& body = item(*h, "body/0");
    CHECK(body.w <= 720);
    CHECK(body.x == doctest::Approx((1200 - 720) / 2));
}

TEST_CASE("the type hierarchy: headline about 1.5x the body, bold; body 17 px with room between lines") {
    auto h = open(kSeed, at_width(800));
    const ui::Item& headline = item(*h, "headline");  // one line at 800 px
    const ui::Item& body = item(*h, "body/0");        // three lines at 800 px
    CHECK(headline.h == 32);   // 26 px type on a 32 px line
    CHECK(body.h == 3 * 27);   // 17 px type on 27 px lines (1.6)
}

// ImGui indexes each baked font by code point (ui_draw.h, canvas text): emoji reach it as slots in
// U+0080..U+009F that each font remaps to the emoji, so no index reaches them, and the glyph of a
// slot is the emoji (a colour glyph), in the regular and the bold font alike.
TEST_CASE("emoji are drawn through slots: no baked font indexes them, and each slot's glyph is the colour emoji") {
    auto h = open(kSeed, visit(at_width(360), sample_progress(), kSampleDay));  // 🌍 and 🏛️ on the chips
    drive(*h, "progress");  // the topics in bold, 🗳️ too
    ImGui::SetCurrentContext(h->context);
    REQUIRE(h->font_error.empty());
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    std::set<std::string> drawn;  // "font size" of each baked font that drew a slot
    for (int i = 0; i < atlas->Builder->BakedPool.Size; ++i) {
        const ImFontBaked& b = atlas->Builder->BakedPool[i];
        CAPTURE(b.Size);
        CHECK(b.IndexLookup.Size <= 0xE000);
        for (int slot = 0x80; slot < 0xA0 && slot < b.IndexLookup.Size; ++slot) {
            int glyph = b.IndexLookup[slot];
            if (glyph >= b.Glyphs.Size) continue;  // not drawn at this size
            CHECK(b.Glyphs[glyph].Colored);
            CHECK(b.ContainerFont->RemapPairs.GetInt(ImGuiID(slot), 0) >= 0x1F300);
            drawn.insert(std::string(b.ContainerFont == h->ui.fonts.bold ? "bold " : "regular ") + std::to_string(int(b.Size)));
        }
    }
    CHECK(drawn.count("regular 14") == 1);  // the topic chips
    CHECK(drawn.count("bold 17") == 1);     // the progress screen's topics
}
