// ui.h: the newsquiz front end, drawn with Dear ImGui from core state.
//
// Each frame the platform (web/ or native/) fills ImGuiIO, calls ui_frame() between
// ImGui::NewFrame() and ImGui::Render(), and reads back what the frame produced: the
// height the content needs, the items on screen (for the accessible DOM mirror, the
// tests and state().targets) and the intents the reader expressed.
//
//   nq::ui::Ui ui;                         // UI-only state (fold, focus, theme)
//   ImGui::NewFrame();
//   nq::ui::FrameOut out = nq::ui::ui_frame(ui, doc);
//   ImGui::Render();                       // then draw, resize to out.content_height
//
// Index of this file:
// [SECTION] Items
// [SECTION] Frame
#pragma once

#include <string>
#include <vector>

#include "document.h"

namespace nq::ui {

// [SECTION] Items: what is on screen, in reading order
enum class Role { heading, text, button, radio, checkbox, textbox, link, progressbar, status };
const char* role_name(Role role);  // "button": as in state().targets

struct Item {
    std::string id;     // stable across frames while the item stays on screen
    Role role = Role::text;
    std::string label;  // what a screen reader says
    std::string state;  // "checked", "disabled", ... ("" = none)
    bool checked = false;
    float x = 0, y = 0, w = 0, h = 0;  // CSS pixels relative to the canvas
};

// [SECTION] Frame
enum class IntentKind { none, start_quiz };

struct Intent {
    IntentKind kind = IntentKind::none;
};

struct FrameOut {
    float content_height = 0;  // CSS pixels the content needs; the canvas follows it
    std::vector<Item> items;
    std::vector<Intent> intents;
};

struct Ui {
    float width = 0;  // CSS pixels, set by the platform before each frame
};

FrameOut ui_frame(Ui& ui, const Document& doc);

}  // namespace nq::ui
