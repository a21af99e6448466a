// "What you can do": the numbered actions with their links, each with "Done" to tick.
#include <algorithm>

#include "ui_draw.h"

namespace nq::ui {

// A compact checkbox with its word beside it, 44 px high.
static bool done_toggle(Frame& f, const std::string& id, const std::string& word, const std::string& label, bool checked,
                        float indent) {
    const Theme& th = f.theme;
    const float box = 20, pad = 10;
    float w = pad + box + 10 + text_width(f, kMetaBold, word) + pad + 4;
    ImRect r(f.left + indent, f.y, f.left + indent + std::min(w, f.width() - indent), f.y + kTapHeight);
    Hit hit = interact(f, id, r);
    if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (hit.hovered) f.dl->AddRectFilled(r.Min, r.Max, col(th.surface), 8);
    ImVec2 a(r.Min.x + pad, r.GetCenter().y - box * 0.5f), b(a.x + box, a.y + box);
    if (checked) {
        f.dl->AddRectFilled(a, b, col(th.correct), 4);
        icon_check(f.dl, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), 12, col(th.background), 2.5f);
    } else {
        f.dl->AddRect(a, b, col(th.control), 4, 0, 2.0f);
    }
    draw_text(f, kMetaBold, ImVec2(b.x + 10, r.GetCenter().y - kMetaBold.size * 0.5f), checked ? th.correct : th.text, word);
    if (hit.focused) focus_ring(f, r, 8);
    Item& it = add_item(f, id, Role::checkbox, label, r, hit.id);
    it.checked = checked;
    f.y = r.Max.y;
    return hit.pressed;
}

void draw_action_list(Frame& f) {
    const Theme& th = f.theme;
    const float indent = 40;
    for (const ViewAction& a : f.view.actions) {
        space(f, 16);
        if (a.index > 0) {
            f.dl->AddLine(ImVec2(f.left, f.y), ImVec2(f.right, f.y), col(th.border), 1.0f);
            space(f, 16);
        }
        // The number in a disc, then the text with its links.
        ImVec2 c(f.left + 14, f.y + kBody.line * 0.5f);
        f.dl->AddCircleFilled(c, 14, col(th.accent_soft), 32);
        float nw = text_width(f, kMetaBold, a.number);
        draw_text(f, kMetaBold, ImVec2(c.x - nw * 0.5f, c.y - kMetaBold.size * 0.5f), th.text, a.number);
        rich_text(f, a.id, a.spans, kBody, indent);
        space(f, 6);
        if (done_toggle(f, a.id + "/done", a.done_word, a.done_label, a.done, indent - 10))
            intent(f, IntentKind::toggle_action_done, a.index);
    }
}

void draw_actions(Frame& f) {
    text_block(f, "actions-title", f.view.title, kTitle, f.theme.text, Role::heading, 2);
    draw_action_list(f);
    draw_buttons(f, 0, 28);
}

// The error card: what the reader needs to know; the details go to the console (the platform
// prints app.loaded.diagnostics).
void draw_error(Frame& f) {
    const Theme& th = f.theme;
    panel(f, th.incorrect_soft, th.incorrect, 20, [&] {
        ImVec2 c(f.left + 14, f.y + kTitle.line * 0.5f);
        f.dl->AddCircle(c, 13, col(th.incorrect), 32, 2.5f);
        f.dl->AddLine(ImVec2(c.x, c.y - 7), ImVec2(c.x, c.y + 2), col(th.incorrect), 2.5f);
        f.dl->AddCircleFilled(ImVec2(c.x, c.y + 7), 1.8f, col(th.incorrect), 12);
        text_block(f, "error-title", f.view.error.title, kTitle, th.text, Role::heading, 2, 40);
        space(f, 6);
        text_block(f, "error-body", f.view.error.body, kBody, th.text, Role::text, 0, 40);
    });
}

}  // namespace nq::ui
