// SKELETON: the article card only; the reader's-experience work replaces it with every screen.
#include "ui.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace nq::ui {

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
    }
    return "text";
}

static void add_item(FrameOut& out, const char* id, Role role, const std::string& label) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    Item item;
    item.id = id;
    item.role = role;
    item.label = label;
    item.imgui_id = ImGui::GetItemID();
    item.x = min.x;
    item.y = min.y;
    item.w = max.x - min.x;
    item.h = max.y - min.y;
    out.items.push_back(item);
}

void ui_set_text(Ui& ui, const std::string& item_id, const std::string& text) { ui.fields[item_id] = text; }

FrameOut ui_frame(Ui&, const App& app) {
    const Document& doc = app.loaded.doc;
    FrameOut out;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("newsquiz", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const Article& a = doc.article;
    ImGui::TextUnformatted(a.date.c_str());
    add_item(out, "date", Role::text, a.date);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(a.headline.c_str());
    add_item(out, "headline", Role::heading, a.headline);
    ImGui::TextUnformatted(a.dek.c_str());
    std::string sources;
    for (const Source& s : a.sources) sources += (sources.empty() ? "" : "  ") + s.name;
    if (a.more_sources > 0) sources += "  +" + std::to_string(a.more_sources);
    ImGui::TextUnformatted(sources.c_str());
    for (const std::string& p : a.body) ImGui::TextUnformatted(p.c_str());
    std::string topics;
    for (const Topic& t : a.topics) topics += (topics.empty() ? "" : "  ") + t.label;
    ImGui::TextUnformatted(topics.c_str());
    ImGui::PopTextWrapPos();
    if (doc.has_quiz) {
        if (ImGui::Button("Start quiz")) out.intents.push_back({IntentKind::start_quiz, {}, -1});
        add_item(out, "start", Role::button, "Start quiz");
    }
    out.content_height = ImGui::GetCurrentWindow()->DC.CursorMaxPos.y + ImGui::GetStyle().WindowPadding.y;
    ImGui::End();
    return out;
}

}  // namespace nq::ui
