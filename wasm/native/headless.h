// headless.h: the null platform. Real ImGui frames of the real screens, without a window or a
// GPU: synthetic pointer and key input, an injected clock, intents applied with app_apply,
// and the frame rasterized in software on request. The UI tests and `newsquiz render` use it.
//
//   nq::native::HeadlessOptions o;  o.width = 360;
//   auto h = nq::native::headless_open(json_text, o);
//   nq::native::headless_click(*h, "start");             // at the centre of the item's rect
//   nq::native::headless_click(*h, "q1/choice/a");
//   nq::native::headless_key(*h, ImGuiKey_Enter);
//   nq::native::Image png = nq::native::headless_render(*h);
//
// The clock starts at options.start_ms and moves frame_ms per frame, ImGui's time with it;
// with a fixed seed the same inputs give the same frames, pixel for pixel.
//
// Index of this file:
// [SECTION] Opening
// [SECTION] Frames and input
// [SECTION] Driving the App to a screen
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "raster.h"
#include "ui/ui.h"

struct ImGuiContext;

namespace nq::native {

// [SECTION] Opening
struct HeadlessOptions {
    float width = 800;                 // CSS pixels
    float scale = 1;                   // device pixels per CSS pixel (devicePixelRatio)
    ui::Options ui;                    // theme, accent, language
    uint64_t seed = 1;                 // the App's shuffles and picks
    double start_ms = 1757030400000;   // 2025-09-05T00:00:00Z: the injected clock at opening
    double frame_ms = 1000.0 / 60.0;   // the clock (and ImGui's time) moves this much per frame
    bool fonts = true;                 // Inter + emoji; false = ImGui's built-in font
    int today = 0;                     // the reader's local day number; 0 = the UTC day of start_ms
    ProgressStore progress;            // the site's stored progress; empty = a reader's first visit
};

// The UTC day number (days since 1970-01-01) of an epoch time in milliseconds.
int headless_day(double epoch_ms);

struct Headless {
    ImGuiContext* context = nullptr;
    App app;
    ui::Ui ui;
    ui::FrameOut out;                    // the last frame's output
    std::vector<AppEvent> events;        // every event app_apply returned, in order
    std::vector<std::string> opened;     // every link the UI asked to open
    std::vector<std::string> copied;     // every text the UI put on the clipboard
    std::vector<std::string> announced;  // every live-region announcement
    double now_ms = 0;
    double frame_ms = 1000.0 / 60.0;
    float width = 800, height = 600, scale = 1;  // the canvas, CSS pixels: height follows the content
    Textures textures;
    std::string font_error;  // why the native fonts did not load ("" = they did)
    int frames = 0;

    Headless() = default;
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;
    ~Headless();
};

// Opens the document in a new ImGui context and draws frames until the screen settles.
std::unique_ptr<Headless> headless_open(std::string_view json_text, const HeadlessOptions& options);

// [SECTION] Frames and input
// One frame: NewFrame, ui_frame, Render; then the intents (after a tick) go to app_apply and the
// canvas takes the reported content height.
const ui::FrameOut& headless_frame(Headless& h);
// Frames until nothing changes: no input queued, no intent, height stable, nothing animating.
int headless_settle(Headless& h, int max_frames = 240);
void headless_resize(Headless& h, float width);

// The item with this id in the last frame, or nullptr.
const ui::Item* headless_find(const Headless& h, const std::string& id);
// Items whose id starts with prefix, in reading order.
std::vector<ui::Item> headless_find_all(const Headless& h, const std::string& prefix);

// Pointer down and up at the centre of the item; false when it is not on screen. Settles.
bool headless_click(Headless& h, const std::string& id);
// Pointer down and up at a point of the canvas (CSS pixels). Settles.
void headless_click_at(Headless& h, float x, float y);
// Drags the item vertically by dy CSS pixels in small steps, then releases. Settles.
bool headless_drag(Headless& h, const std::string& id, float dy);
// A key press and release, with Shift held when asked. Settles.
void headless_key(Headless& h, ImGuiKey key, bool shift = false);
// Text as typed on a keyboard (into the active field). Settles.
void headless_type(Headless& h, const std::string& utf8);
// Tabs (at most max_tabs) until the item has keyboard focus; false when it never gets it.
bool headless_tab_to(Headless& h, const std::string& id, int max_tabs = 64);

// One more frame, rasterized: DisplaySize x scale device pixels on the theme's card colour.
Image headless_render(Headless& h);

// [SECTION] Driving the App to a screen (no input: intents applied directly)
// A response that answers right (correct = true), or a plausible wrong one.
Response headless_response(const Question& question, const QuestionRecord& record, bool correct);

// screen: "article", "question:N" (N from 1, as in "Question N of M"), "feedback:N" (question N
// answered and submitted; immediate feedback only), "results", "review", "actions", "progress",
// "error".
// Questions before N, and all of them for results, are answered right except every third one
// (3, 6, ...), which gets a wrong answer: a mixed, deterministic score. False with `error` when
// the document has no such screen.
bool headless_drive(Headless& h, const std::string& screen, std::string& error);
// Whether `screen` is one of the names above (N a whole number from 1), whatever the document.
bool headless_screen_known(const std::string& screen);

}  // namespace nq::native
