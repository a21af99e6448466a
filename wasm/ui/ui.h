// ui.h: the newsquiz front end, drawn with Dear ImGui from an nq::App.
//
// Each frame the platform (web/ in the browser, native/ for tests and PNGs) fills ImGuiIO,
// calls ui_frame() between ImGui::NewFrame() and ImGui::Render(), applies the intents it
// returns with nq::app_apply(), and reads back the rest: the height the content needs, the
// items on screen (accessible DOM mirror, state().targets, tests), links to open and text
// for the live region. The UI never changes the App itself.
//
//   ImGui::CreateContext();  nq::ui::ui_setup_context();   // once: keyboard navigation, style
//   nq::ui::Ui ui;  ui.fonts = {regular, bold};  ui.options.dark = false;
//   ImGui::NewFrame();  ui.now_ms = now_ms;
//   nq::ui::FrameOut out = nq::ui::ui_frame(ui, app);
//   ImGui::Render();
//   for (const nq::Intent& i : out.intents) nq::app_apply(app, i, now_ms);
//
// ImGui units are CSS pixels: io.DisplaySize is the canvas's CSS size and
// io.DisplayFramebufferScale the device pixel ratio. Every size below is in CSS pixels.
//
// Index of this file:
// [SECTION] Items
// [SECTION] Options and state
// [SECTION] Frame
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "aggregate.h"
#include "app.h"

struct ImFont;

namespace nq::ui {

// [SECTION] Items: everything on screen, in reading order
// combobox: a select that unfolds its options (a match row); option: one of them (checked = chosen).
enum class Role { heading, text, button, radio, checkbox, textbox, link, progressbar, status, combobox, option };
const char* role_name(Role role);  // "button": as in state().targets
bool role_interactive(Role role);   // button, radio, checkbox, textbox, link, combobox, option: what a reader acts on

struct Item {
    std::string id;     // stable while the item stays on screen ("start", "q3/choice/b", ...)
    Role role = Role::text;
    std::string label;  // what a screen reader says
    std::string state;  // extra state words, space-separated: "disabled", "correct", "incorrect",
                        // "expanded", "collapsed", "dragging"; "" = none
    bool checked = false;    // radio, checkbox
    std::string value;       // textbox: current text; progressbar: "3 of 8"
    std::string href;        // link: the safe URL it opens
    int level = 0;           // heading: 1..3
    uint32_t imgui_id = 0;   // interactive items: for ImGui::ActivateItemByID / focus from the DOM
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels relative to the canvas
};

// [SECTION] Options and state
struct Options {
    bool dark = false;           // resolved by the platform (data-theme, prefers-color-scheme)
    uint32_t accent = 0;         // 0xRRGGBB publisher accent; 0 = the default blue (adjusted for contrast)
    std::string lang;            // BCP 47 of the words: en, es, fr, de built in, any tag the publisher's
                                 // strings give (others fall back to en); "" = the document's lang
    const nq::Aggregates* aggregates = nullptr;  // "how other readers did"; owned by the widget; null = none
    const nq::PublisherWords* strings = nullptr;  // the page's strings file; owned by the widget; null = none
    bool actions_button = false; // the card offers "What you can do (8)" instead of listing the actions
    bool reduced_motion = false; // the reader's prefers-reduced-motion: nothing animates (the results ring is drawn full)
};

struct Fonts {
    ImFont* regular = nullptr;  // body text; emoji merged in where the platform can; null = ImGui's default
    ImFont* bold = nullptr;     // headline, buttons; null = regular
};

// UI-only state that survives between frames (folds, field buffers, drag in progress).
struct Ui {
    Options options;
    Fonts fonts;
    std::map<std::string, std::string> fields;  // textbox item id -> text being edited
    bool body_expanded = false;                 // "Read more" on the article card
    std::string focus_id;                       // item to show the focus ring on (from the DOM mirror)
    double now_ms = 0;                          // Input: the platform's clock this frame (time left)

    // Internal: kept by ui_frame(), read by nobody else.
    int fields_attempt = -1;        // attempt the fields belong to; a new attempt starts empty
    std::string open_select;        // match question: the left item whose choices are unfolded
    std::string focus_next;         // keyboard focus moves to this item when it is next drawn
    std::string drag_id;            // order question: the item being dragged ("" = none)
    float drag_grab_dy = 0;         // pointer offset inside the dragged row
    std::string announced;          // what the live region last said, keyed by screen
    double results_shown_s = -1;    // ImGui time the results ring started filling
    double copied_s = -1;           // ImGui time "Copy result" was pressed
};

// The items state().targets lists: the interactive ones, and the progress figures tests read
// (progress bars, best score, streak, totals, the chart, what changed in a topic).
bool item_is_target(const Item& item);

// The web platform edits text in a real <input> over the canvas and hands the text here.
void ui_set_text(Ui& ui, const std::string& item_id, const std::string& text);

// Once per ImGui context, after ImGui::CreateContext(): keyboard navigation on, no .ini file,
// no window chrome. ui_frame() takes colours and sizes from ui.options every frame.
void ui_setup_context();

// [SECTION] Frame
struct FrameOut {
    float content_height = 0;          // CSS pixels the content needs; the canvas follows it
    std::vector<Item> items;
    std::vector<Intent> intents;       // to apply with app_apply, in order
    std::vector<std::string> open_links;  // safe URLs the reader activated this frame
    std::string announcement;          // for the polite live region ("" = nothing new)
    bool animating = false;            // true while something moves: keep drawing frames
    double redraw_in_ms = 0;           // > 0: nothing moves now, but draw again after this long (a countdown)
    std::string clipboard;             // text the reader asked to copy ("Copy result"); "" = none
    std::string focused_id;            // the item with ImGui's keyboard focus; "" = none
    uint32_t background = 0;           // 0xRRGGBB: the card colour of the current theme
};

FrameOut ui_frame(Ui& ui, const App& app);

}  // namespace nq::ui
