// ui_frame(): one ImGui window the size of the canvas, no chrome, the card drawn on it, and
// the screen the App is on drawn into a centred column.
#include "ui.h"

#include <algorithm>
#include <cmath>

#include "ui_draw.h"

namespace nq::ui {

constexpr float kMaxColumn = 720;  // a comfortable line length at 17 px; wider canvases centre the column

const char* role_name(Role role) {
    switch (role) {
        case Role::heading: return "heading";
        case Role::text: return "text";
        case Role::button: return "button";
        case Role::radio: return "radio";
        case Role::checkbox: return "checkbox";
        case Role::textbox: return "textbox";
        case Role::link: return "link";
        case Role::progressbar: return "progressbar";
        case Role::status: return "status";
        case Role::combobox: return "combobox";
        case Role::option: return "option";
    }
    return "text";
}

bool role_interactive(Role role) {
    return role == Role::button || role == Role::radio || role == Role::checkbox || role == Role::textbox ||
           role == Role::link || role == Role::combobox || role == Role::option;
}

bool item_is_target(const Item& it) {
    static const char* const figures[] = {"best-score", "streak", "totals", "scores-chart"};
    if (role_interactive(it.role) || it.role == Role::progressbar || it.id.rfind("change/", 0) == 0) return true;
    return std::find(std::begin(figures), std::end(figures), it.id) != std::end(figures);
}

void ui_set_text(Ui& ui, const std::string& item_id, const std::string& text) { ui.fields[item_id] = text; }

void ui_setup_context() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigWindowsResizeFromEdges = false;
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.ItemInnerSpacing = ImVec2(0, 0);
    style.ScrollbarSize = 0;
}

// Keeps what the reader was doing on one screen from leaking into the next.
static void forget_stale_state(Ui& ui, const App& app) {
    if (ui.fields_attempt != app.session.attempt) {
        ui.fields.clear();
        ui.fields_attempt = app.session.attempt;
        ui.open_select.clear();
        ui.drag_id.clear();
    }
    if (app.screen != Screen::results) ui.results_shown_s = -1;
    if (app.screen != Screen::question) {
        ui.open_select.clear();
        ui.drag_id.clear();
    }
    if (app.screen != Screen::question && app.screen != Screen::results && app.screen != Screen::review)
        ui.announced.clear();
}

// A question over any screen (keep progress on this device? delete it?): its words, its buttons.
static void draw_prompt(Frame& f) {
    const ViewPrompt& p = f.view.prompt;
    if (p.id.empty()) return;
    space(f, 24);
    text_block(f, "prompt/" + p.id + "/text", p.text, kMetaBold, f.theme.text);
    draw_buttons(f, kPromptRow, 8);
}

static bool interactive(const Item& it) {
    return role_interactive(it.role) && it.imgui_id != 0 && it.state.find("disabled") == std::string::npos;
}

// A keyboard reader whose focused item went away (Submit turned into the feedback, Next into the
// next question) continues from the first thing to act on, not from nowhere.
static void keep_keyboard_focus(Ui& ui, const FrameOut& out, ImGuiWindow* window) {
    ImGuiContext& g = *GImGui;
    if (g.NavId == 0 || !g.NavCursorVisible || g.NavWindow != window || !ui.focus_next.empty()) return;
    for (const Item& it : out.items)
        if (it.imgui_id == g.NavId) return;
    for (const Item& it : out.items)
        if (interactive(it)) {
            ui.focus_next = it.id;
            return;
        }
}

FrameOut ui_frame(Ui& ui, const App& app) {
    FrameOut out;
    ImGuiIO& io = ImGui::GetIO();
    forget_stale_state(ui, app);
    const ViewOptions view_options{ui.options.lang, ui.now_ms, ui.options.aggregates, ui.options.actions_button, ui.options.strings};
    const View view = app_view(app, view_options);
    Frame f{ui, app, view, out, theme_make(ui.options.dark, ui.options.accent), view_words(app, view_options)};
    out.background = f.theme.background;

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("##newsquiz", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoBackground);
    f.dl = ImGui::GetWindowDrawList();
    f.regular = ui.fonts.regular ? ui.fonts.regular : ImGui::GetFont();
    f.bold = ui.fonts.bold ? ui.fonts.bold : f.regular;
    ImGui::PushFont(f.regular, kBody.size);

    // The card: fills the canvas, which the platform makes as tall as content_height.
    const float width = io.DisplaySize.x;
    f.dl->AddRectFilled(ImVec2(0, 0), io.DisplaySize, col(f.theme.background), 12);
    f.dl->AddRect(ImVec2(0.5f, 0.5f), ImVec2(io.DisplaySize.x - 0.5f, io.DisplaySize.y - 0.5f), col(f.theme.border), 12,
                  0, 1.0f);
    const float pad = width < 480 ? 16 : 28;
    const float column = std::max(1.0f, std::min(width - 2 * pad, kMaxColumn));
    f.left = std::floor((width - column) * 0.5f);
    f.right = f.left + column;
    f.y = pad;

    switch (app.screen) {
        case Screen::article: draw_article(f); break;
        case Screen::question: draw_question(f); break;
        case Screen::results: draw_results(f); break;
        case Screen::review: draw_review(f); break;
        case Screen::actions: draw_actions(f); break;
        case Screen::progress: draw_progress(f); break;
        case Screen::error: draw_error(f); break;
    }
    draw_prompt(f);

    ImGuiWindow* window = ImGui::GetCurrentWindow();
    keep_keyboard_focus(ui, out, window);
    out.content_height = std::ceil(std::max(f.y, window->DC.CursorMaxPos.y) - window->Pos.y + pad);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleVar(3);
    return out;
}

}  // namespace nq::ui
