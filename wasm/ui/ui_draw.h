// ui_draw.h: [internal to wasm/ui] one frame's drawing context and the widgets every screen
// is built from. Layout is a single column: each widget draws at f.y, registers its ImGui
// item (keyboard navigation, ActivateItemByID) and its Item (DOM mirror, tests), and moves
// f.y below itself. Sizes are CSS pixels.
//
//   Frame& f = ...;                        // made by ui_frame()
//   text_block(f, "headline", a.headline, kHeadline, f.theme.text, Role::heading, 2);
//   space(f, 16);
//   draw_buttons(f, 0);                    // the view's buttons of row 0; a press sends its intent
//
// Index of this file:
// [SECTION] Frame
// [SECTION] Type
// [SECTION] Text
// [SECTION] Interactive pieces
// [SECTION] Screens (one function per screen, in ui_<screen>.cpp)
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>
#include <vector>

#include "ui.h"
#include "ui_theme.h"
#include "view.h"

namespace nq::ui {

// [SECTION] Frame
struct Frame {
    Ui& ui;
    const App& app;
    const View& view;  // what the screen says and offers (core/view.h): drawn, never decided here
    FrameOut& out;
    Theme theme;
    Words words;  // the view's words, for the few a screen says itself ("Copied")
    ImDrawList* dl = nullptr;
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    float left = 0, right = 0;  // the content column, screen coordinates
    float y = 0;                // top of the next block
    float width() const { return right - left; }
};

ImU32 col(uint32_t rgb, float alpha = 1.0f);
void space(Frame& f, float px);
void intent(Frame& f, IntentKind kind, int index = -1);
void answer_intent(Frame& f, const Response& response);
// Says `text` in the live region once per `key` (a screen that appeared), not every frame.
void announce(Frame& f, const std::string& key, const std::string& text);
Item& add_item(Frame& f, const std::string& id, Role role, const std::string& label, const ImRect& r,
               ImGuiID imgui_id = 0);

// [SECTION] Type: font, size and line height in CSS pixels (body 17 px, headline 1.5x and bold)
struct Type {
    bool bold = false;
    float size = 17;
    float line = 27;
};
constexpr Type kHeadline{true, 26, 32};
constexpr Type kHeadlineNarrow{true, 24, 30};  // below 400 px
constexpr Type kDek{false, 19, 27};
constexpr Type kBody{false, 17, 27};
constexpr Type kMeta{false, 14, 20};
constexpr Type kMetaBold{true, 14, 20};
constexpr Type kPrompt{true, 20, 28};
constexpr Type kChoice{false, 17, 24};
constexpr Type kButton{true, 16, 22};
constexpr Type kTitle{true, 20, 26};
constexpr Type kScore{true, 30, 36};

constexpr float kTapHeight = 44;   // the least height of anything a reader taps
constexpr float kRadius = 10;      // rows, panels
constexpr float kPillRadius = 22;  // buttons and chips

ImFont* font_of(const Frame& f, const Type& t);

// [SECTION] Text
// ImGui is handed text only through these functions, as canvas text: ImGui indexes each baked
// font (one per font and size) by code point, 6 bytes for every code point up to the highest
// drawn, so a single emoji (U+1F30D) would cost 750 KB per size. Code points from U+E000 up
// (the end of the BMP, and emoji beyond it) reach ImGui as one of the C1 controls
// U+0080..U+009F instead, which both fonts remap (ImFont::AddRemapChar) to the code point they
// stand for: the font loaders draw the real glyph, the index stays below U+E000. Slots are given
// out in order of first use, for the life of the module (every font learns them all); once the
// 32 are taken, code points pass as they are. C1 controls of the text itself, invisible anyway,
// are left out. NOTE: a text field draws what the reader types itself (ImGui's InputText).
std::string canvas_text(const Frame& f, std::string_view s);

struct Line {
    std::string text;  // canvas text
    float width = 0;
};
// Breaks text into lines no wider than `width` (words longer than a line are cut); never clips.
std::vector<Line> wrap_text(const Frame& f, const Type& t, const std::string& s, float width);
float text_width(const Frame& f, const Type& t, std::string_view s);
// One line of text at `pos` (its top left corner; the font's size, not the line height).
void draw_text(Frame& f, const Type& t, ImVec2 pos, uint32_t color, std::string_view s);
void draw_lines(Frame& f, const Type& t, const std::vector<Line>& lines, ImVec2 pos, uint32_t color,
                bool centered = false, float box_width = 0);

// A wrapped paragraph at f.y across the column (minus `indent` on the left); registers an Item.
ImRect text_block(Frame& f, const std::string& id, const std::string& s, const Type& t, uint32_t color,
                  Role role = Role::text, int level = 0, float indent = 0);

// Text with links (an action): each link is a link Item; activating one queues its URL.
void rich_text(Frame& f, const std::string& id, const std::vector<Span>& spans, const Type& t, float indent);

// Small rounded labels laid out in a wrapping row (sources, topics).
struct Chip {
    std::string id;
    std::string text;
    std::string label;  // what a screen reader says; "" = text
    std::string href;   // "" = not a link
};
void chip_row(Frame& f, const std::vector<Chip>& chips);

// [SECTION] Interactive pieces
struct Hit {
    bool pressed = false, hovered = false, held = false, focused = false;
    ImGuiID id = 0;
};
// Registers an interactive rectangle (hover, click, keyboard focus, activation from the DOM).
Hit interact(Frame& f, const std::string& id, const ImRect& r, bool enabled = true, ImGuiButtonFlags flags = 0,
             ImGuiItemFlags item_flags = 0);
// Moves keyboard focus to the item `id` when it is next drawn (after the item that had it went away).
void focus_later(Frame& f, const std::string& id);
void focus_ring(Frame& f, const ImRect& r, float rounding);

struct ButtonSpec {
    std::string id;
    std::string label;
    ButtonStyle kind = ButtonStyle::secondary;
    bool enabled = true;
};
// Buttons side by side when they fit, else stacked full width. Returns the index pressed, or -1.
int button_row(Frame& f, const std::vector<ButtonSpec>& buttons);
// The view's buttons of one row (ViewButton::row), with the space above them when there are any;
// a press sends the button's intent (share: the result goes to the clipboard).
void draw_buttons(Frame& f, int row, float space_above = 0);

// The colours of a piece marked right, partly right or wrong; `unmarked` when it is not.
struct Tint {
    uint32_t fill = 0, edge = 0;
};
Tint mark_tint(const Theme& theme, Mark mark, Tint unmarked);
// Item::state words: "correct" / "partly-correct" / "incorrect", then "disabled"; `extra`
// ("collapsed") goes first.
std::string mark_state(Mark mark, bool enabled, const std::string& extra = "");
bool marked(Mark mark);  // right, partly or wrong: a mark that tints
void mark_icon(Frame& f, Mark mark, ImVec2 at);  // a check, an accent check (partly) or a cross
// A whole-row choice: radio (single) or checkbox (multiple). `note` appears under the text.
bool choice_row(Frame& f, const std::string& id, const std::string& text, Role role, bool checked, bool enabled,
                Mark mark, const std::string& note = "");

// A bar with its label above ("Question 3 of 8"), as a progressbar Item.
void progress_bar(Frame& f, const std::string& id, const std::string& label, const std::string& value, float fraction);

// A single-line field 44 px high; `text` is the ui.fields entry. Returns true when it changed.
bool text_field(Frame& f, const std::string& id, const std::string& label, std::string& text, const std::string& hint,
                float width, bool enabled, Mark mark, const std::string& suffix = "");

// A tinted panel behind what `body` draws; the panel grows to fit it.
template <typename Body>
void panel(Frame& f, uint32_t fill, uint32_t edge, float pad, Body body);
void panel_begin(Frame& f, float pad);                    // splits the draw list: panel under content
void panel_end(Frame& f, uint32_t fill, uint32_t edge, float pad, float top);

template <typename Body>
void panel(Frame& f, uint32_t fill, uint32_t edge, float pad, Body body) {
    float top = f.y;
    panel_begin(f, pad);
    body();
    panel_end(f, fill, edge, pad, top);
}

// Icons drawn as paths, so they need no glyphs.
void icon_check(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float thickness = 2.5f);
void icon_cross(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float thickness = 2.5f);
void icon_chevron(ImDrawList* dl, ImVec2 center, float size, ImU32 color, bool up, float thickness = 2.5f);

// [SECTION] Screens
void draw_article(Frame& f);
void draw_question(Frame& f);
void draw_results(Frame& f);
void draw_review(Frame& f);
void draw_actions(Frame& f);
void draw_action_list(Frame& f);  // the view's actions, numbered, with links and Done ticks
void draw_progress(Frame& f);
void draw_error(Frame& f);
// Variation selectors (U+FE0E, U+FE0F) only pick a presentation; a renderer without them draws a box.
std::string without_variation_selectors(const std::string& s);

}  // namespace nq::ui
