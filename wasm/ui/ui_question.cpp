// The question screen, one input per question type, and the feedback that follows a submit
// in immediate mode (drawn under the question, which stays on screen, locked and marked).
// Everything it says and marks comes from the view (core/view.h); it decides only the layout
// and how the reader acts: a click, a drag, an unfolded select, typing.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] single, multiple, true_false
// [SECTION] numeric, text
// [SECTION] order
// [SECTION] match
// [SECTION] Feedback and the screen
#include <algorithm>
#include <cmath>

#include "ui_draw.h"

namespace nq::ui {

// [SECTION] Helpers
struct QuestionView {
    const Question& q;
    const ViewQuestion& v;
    bool enabled = true;  // the reader may still change the response
};

// [SECTION] single, multiple, true_false
static void draw_choices(Frame& f, const QuestionView& v) {
    const bool multiple = v.q.type == QuestionType::multiple;
    for (size_t k = 0; k < v.v.choices.size(); ++k) {
        const ViewChoice& c = v.v.choices[k];
        if (k > 0) space(f, 8);
        if (!choice_row(f, c.item, c.text, multiple ? Role::checkbox : Role::radio, c.picked, v.enabled, c.mark, c.note))
            continue;
        Response r;
        if (multiple) {  // toggled, kept in display order
            for (const ViewChoice& other : v.v.choices)
                if ((other.id == c.id) != other.picked) r.ids.push_back(other.id);
        } else {
            r.ids = {c.id};
        }
        r.answered = !r.ids.empty();
        answer_intent(f, r);
    }
}

// Two large tiles side by side (stacked when the column is narrow).
static void draw_true_false(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    const float gap = 12, h = 64;
    const bool stacked = f.width() < 2 * 120 + gap;
    const float w = stacked ? f.width() : (f.width() - gap) * 0.5f;
    float top = f.y;
    for (size_t k = 0; k < v.v.choices.size(); ++k) {
        const ViewChoice& c = v.v.choices[k];
        float x = stacked ? f.left : f.left + float(k) * (w + gap);
        float y = stacked ? top + float(k) * (h + gap) : top;
        ImRect r(x, y, x + w, y + h);
        Hit hit = interact(f, c.item, r, v.enabled);
        if (hit.hovered && v.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        Tint tint = mark_tint(th, c.mark, {c.picked ? th.accent_soft : th.surface, c.picked ? th.accent_text : th.control});
        if (hit.hovered && v.enabled && !c.picked) tint.fill = mix(th.surface, th.text, th.dark ? 0.06 : 0.04);
        f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), kRadius);
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), kRadius, 0, c.picked || marked(c.mark) ? 2.5f : 1.5f);
        Type t{true, 18, 24};
        std::vector<Line> lines = wrap_text(f, t, c.text, w - 56);
        float text_h = float(lines.size()) * t.line;
        draw_lines(f, t, lines, ImVec2(r.Min.x + 28, r.Min.y + (h - text_h) * 0.5f), th.text, true, w - 56);
        mark_icon(f, c.mark, ImVec2(r.Max.x - 22, r.GetCenter().y));
        if (hit.focused) focus_ring(f, r, kRadius);
        Item& it = add_item(f, c.item, Role::radio, c.text, r, hit.id);
        it.checked = c.picked;
        it.state = mark_state(c.mark, v.enabled);
        if (hit.pressed && v.enabled) {
            Response resp;
            resp.answered = true;
            resp.boolean = c.id == "true";
            answer_intent(f, resp);
        }
    }
    f.y = stacked ? top + 2 * h + gap : top + h;
}

// [SECTION] numeric, text
// The field's text lives in ui.fields (typed here, or handed over by the web page's <input>);
// each change goes to the core as typed, and the core reads it (view.h: response_from_text).
static void draw_field(Frame& f, const QuestionView& v) {
    const ViewField& field = v.v.field;
    auto it = f.ui.fields.find(field.item);
    if (it == f.ui.fields.end()) it = f.ui.fields.emplace(field.item, field.value).first;
    std::string& text = it->second;
    float unit_w = field.unit.empty() ? 0.0f : text_width(f, kChoice, field.unit) + 10;
    float w = field.numeric ? std::max(std::min(220.0f, f.width() - unit_w), std::min(120.0f, f.width())) : f.width();
    std::string label = field.unit.empty() ? field.label : field.label + " (" + field.unit + ")";
    text_field(f, field.item, label, text, field.placeholder, w, v.enabled, field.mark, field.unit);
    if (v.enabled && text != field.value) answer_intent(f, response_from_text(v.q, text));
    if (!field.error.empty()) {
        space(f, 6);
        text_block(f, field.item + "-hint", field.error, kMeta, f.theme.incorrect, Role::status);
    }
}

// [SECTION] order
static void answer_order(Frame& f, const std::vector<std::string>& ids) {
    Response r;
    r.answered = true;
    r.ids = ids;
    answer_intent(f, r);
}

static void draw_grip(ImDrawList* dl, ImVec2 c, ImU32 color) {
    for (int row = -1; row <= 1; ++row)
        for (int column = 0; column < 2; ++column)
            dl->AddCircleFilled(ImVec2(c.x - 3 + float(column) * 6, c.y + float(row) * 6), 1.8f, color, 8);
}

// A small square button with a chevron; returns pressed.
static bool arrow_button(Frame& f, const std::string& id, const std::string& label, ImRect r, bool up, bool enabled) {
    const Theme& th = f.theme;
    Hit hit = interact(f, id, r, enabled);
    if (hit.hovered && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    f.dl->AddRectFilled(r.Min, r.Max, col(hit.hovered && enabled ? th.surface : th.background), 8);
    f.dl->AddRect(r.Min, r.Max, col(enabled ? th.control : th.border), 8, 0, 1.5f);
    icon_chevron(f.dl, r.GetCenter(), 14, col(enabled ? th.text : th.border), up, 2.0f);
    if (hit.focused) focus_ring(f, r, 8);
    Item& it = add_item(f, id, Role::button, label, r, hit.id);
    if (!enabled) it.state = "disabled";
    return hit.pressed && enabled;
}

static void draw_order(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    const std::vector<ViewOrderItem>& items = v.v.items;
    const size_t n = items.size();
    const float pad = 10, grip_w = 24, button = kTapHeight, gap = 8;
    const bool narrow = f.width() < 300;  // arrows stacked beside the text, which keeps more width
    const float buttons_w = narrow ? button : 2 * button + 6;
    const float text_x0 = pad + grip_w + 8, text_w = f.width() - text_x0 - buttons_w - 2 * pad;

    std::vector<std::vector<Line>> lines(n);
    std::vector<float> heights(n);
    for (size_t k = 0; k < n; ++k) {
        lines[k] = wrap_text(f, kChoice, items[k].text, text_w);
        float buttons_h = narrow ? 2 * button + 6 : button;
        heights[k] = std::max({52.0f, float(lines[k].size()) * kChoice.line + 2 * 14, buttons_h + 2 * pad});
    }

    // A drag in progress: the dragged row follows the pointer, the others make room where it would land.
    ImGuiIO& io = ImGui::GetIO();
    size_t dragged = n;
    for (size_t k = 0; k < n && !f.ui.drag_id.empty(); ++k)
        if (items[k].item == f.ui.drag_id) dragged = k;
    if (dragged < n && !v.enabled) dragged = n;
    float top = f.y, total = 0;
    for (size_t k = 0; k < n; ++k) total += heights[k] + (k > 0 ? gap : 0);
    float drag_y = 0;
    size_t target = dragged;
    if (dragged < n) {
        drag_y = std::clamp(io.MousePos.y - f.ui.drag_grab_dy, top, top + total - heights[dragged]);
        float center = drag_y + heights[dragged] * 0.5f, y = top;
        target = 0;
        for (size_t k = 0; k < n; ++k) {
            if (k == dragged) continue;
            if (y + heights[k] * 0.5f < center) ++target;
            y += heights[k] + gap;
        }
    }
    std::vector<float> row_y(n);
    {
        float y = top;
        size_t slot = 0;
        for (size_t k = 0; k < n; ++k) {
            if (k == dragged) continue;
            if (dragged < n && slot == target) y += heights[dragged] + gap;
            row_y[k] = y;
            y += heights[k] + gap;
            ++slot;
        }
        if (dragged < n) row_y[dragged] = drag_y;
    }

    std::vector<std::string> ids, moved;  // the arrangement shown, and a new one to answer with
    for (const ViewOrderItem& item : items) ids.push_back(item.id);
    auto draw_row = [&](size_t k) {
        const ViewOrderItem& item = items[k];
        const std::string& id = item.item;
        ImRect r(f.left, row_y[k], f.right, row_y[k] + heights[k]);
        const Mark mark = item.mark;
        Tint tint = mark_tint(th, mark, {th.surface, th.border});
        if (k == dragged) {
            tint = {th.accent_soft, th.accent_text};
            f.dl->AddRectFilled(ImVec2(r.Min.x + 2, r.Min.y + 4), ImVec2(r.Max.x + 2, r.Max.y + 6), col(0, 0.12f), kRadius);
        }
        ImRect handle(r.Min.x, r.Min.y, r.Max.x - buttons_w - pad, r.Max.y);
        Hit hit = interact(f, id, handle, v.enabled, ImGuiButtonFlags_PressedOnClick, ImGuiItemFlags_NoNav);
        if (hit.hovered && v.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        if (hit.held && f.ui.drag_id.empty() && v.enabled && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
            f.ui.drag_id = id;
            f.ui.drag_grab_dy = io.MouseClickedPos[0].y - r.Min.y;
        }
        f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), kRadius);
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), kRadius, 0, k == dragged || marked(mark) ? 2.0f : 1.0f);
        float text_y = r.Min.y + (heights[k] - float(lines[k].size()) * kChoice.line) * 0.5f;  // centred on the arrows
        draw_grip(f.dl, ImVec2(r.Min.x + pad + grip_w * 0.5f, text_y + kChoice.line * 0.5f), col(th.text_muted));
        draw_lines(f, kChoice, lines[k], ImVec2(r.Min.x + text_x0, text_y), th.text);
        Item& it = add_item(f, id, Role::text, item.label, handle, hit.id);
        it.state = mark_state(mark, true, k == dragged ? "dragging" : "");

        if (!v.enabled) return;  // a locked arrangement has nothing to move
        float bx = r.Max.x - pad - buttons_w, by = r.Min.y + pad;
        ImRect up(bx, by, bx + button, by + button);
        ImRect down = narrow ? ImRect(bx, by + button + 6, bx + button, by + 2 * button + 6)
                             : ImRect(bx + button + 6, by, bx + 2 * button + 6, by + button);
        bool can_move = v.enabled && dragged == n;
        if (arrow_button(f, id + "/up", item.up, up, true, can_move && item.can_up)) {
            moved = ids;
            std::swap(moved[k], moved[k - 1]);
            if (k == 1) focus_later(f, id + "/down");  // its "up" turns disabled at the top
        }
        if (arrow_button(f, id + "/down", item.down, down, false, can_move && item.can_down)) {
            moved = ids;
            std::swap(moved[k], moved[k + 1]);
            if (k + 2 == n) focus_later(f, id + "/up");
        }
    };
    for (size_t k = 0; k < n; ++k)
        if (k != dragged) draw_row(k);
    if (dragged < n) {  // on top of the others
        draw_row(dragged);
        f.out.animating = true;
        if (!io.MouseDown[0]) {
            if (target != dragged) {
                moved = ids;
                std::string id = moved[dragged];
                moved.erase(moved.begin() + long(dragged));
                moved.insert(moved.begin() + long(target), id);
            }
            f.ui.drag_id.clear();
        }
    }
    if (!moved.empty()) answer_order(f, moved);
    f.y = top + total;
}

// [SECTION] match
static void draw_match(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    for (size_t k = 0; k < v.v.rows.size(); ++k) {
        const ViewMatchRow& row = v.v.rows[k];
        if (k > 0) space(f, 16);
        text_block(f, v.q.id + "/left/" + row.id, row.left, Type{true, 17, 24}, th.text);
        space(f, 6);
        bool open = v.enabled && f.ui.open_select == row.id;

        // The select: shows the choice, unfolds the options under itself.
        std::vector<Line> lines = wrap_text(f, kChoice, row.shown, f.width() - 2 * 14 - 28);
        ImRect r(f.left, f.y, f.right, f.y + std::max(kTapHeight + 4, float(lines.size()) * kChoice.line + 2 * 12));
        Hit hit = interact(f, row.item, r, v.enabled);
        if (hit.hovered && v.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        Tint tint = mark_tint(th, row.mark, {th.background, open ? th.accent_text : th.control});
        if (hit.hovered && v.enabled) tint.fill = th.surface;
        f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), 8);
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), 8, 0, open || marked(row.mark) ? 2.0f : 1.5f);
        draw_lines(f, kChoice, lines, ImVec2(r.Min.x + 14, r.Min.y + (r.GetHeight() - float(lines.size()) * kChoice.line) * 0.5f),
                   row.chosen.empty() ? th.text_muted : th.text);
        ImVec2 ic(r.Max.x - 22, r.GetCenter().y);
        if (marked(row.mark)) mark_icon(f, row.mark, ic);
        else icon_chevron(f.dl, ic, 12, col(v.enabled ? th.text : th.border), open, 2.0f);
        if (hit.focused) focus_ring(f, r, 8);
        Item& it = add_item(f, row.item, Role::combobox, row.label, r, hit.id);
        it.state = mark_state(row.mark, v.enabled, open ? "expanded" : "collapsed");
        f.y = r.Max.y;
        if (hit.pressed && v.enabled) f.ui.open_select = open ? "" : row.id;

        if (!open) continue;
        for (const ViewOption& o : v.v.options) {
            space(f, 6);
            if (!choice_row(f, row.item + "/" + o.id, o.text, Role::option, row.chosen == o.id, true, Mark::none)) continue;
            Response resp;
            resp.answered = true;
            for (const ViewMatchRow& other : v.v.rows) {  // every left in document order, this one changed
                const std::string& right = other.id == row.id ? o.id : other.chosen;
                if (!right.empty()) resp.matches.push_back({other.id, right});
            }
            answer_intent(f, resp);
            f.ui.open_select.clear();
            focus_later(f, row.item);
        }
    }
}

// [SECTION] Feedback and the screen
static void draw_feedback(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    const ViewFeedback& fb = *v.v.feedback;
    uint32_t ink = fb.verdict == Mark::right ? th.correct : fb.verdict == Mark::partly ? th.text : th.incorrect;
    uint32_t fill = fb.verdict == Mark::right ? th.correct_soft : fb.verdict == Mark::partly ? th.surface : th.incorrect_soft;
    panel(f, fill, ink, 18, [&] {
        float icon_y = f.y + kTitle.line * 0.5f;
        if (fb.verdict == Mark::wrong) icon_cross(f.dl, ImVec2(f.left + 10, icon_y), 14, col(ink), 3.0f);
        else icon_check(f.dl, ImVec2(f.left + 10, icon_y), 18, col(ink), 3.0f);
        text_block(f, v.q.id + "/verdict", fb.title, kTitle, ink, Role::status, 0, 30);
        space(f, 2);
        text_block(f, v.q.id + "/points", fb.points, kMetaBold, th.text_muted, Role::text, 0, 30);
        for (size_t i = 0; i < fb.notes.size(); ++i) {
            space(f, 10);
            text_block(f, v.q.id + "/note/" + std::to_string(i), fb.notes[i], kBody, th.text);
        }
        if (!fb.solution.empty()) {
            space(f, 10);
            text_block(f, v.q.id + "/solution-label", fb.solution_label, kMetaBold, th.text_muted);
            text_block(f, v.q.id + "/solution", fb.solution, kBody, th.text);
        }
        if (!fb.explanation.empty()) {
            space(f, 10);
            text_block(f, v.q.id + "/explanation", fb.explanation, kBody, th.text);
        }
        if (!fb.others.empty()) {
            space(f, 10);
            text_block(f, v.q.id + "/others", fb.others, kMetaBold, th.text_muted);
        }
    });
}

void draw_question(Frame& f) {
    const ViewQuestion& vq = f.view.question;
    const Question* q = app_current_question(f.app);
    if (!q) return;
    QuestionView v{*q, vq, !vq.locked};

    const float top = f.y;
    progress_bar(f, "progress", vq.counter, vq.counter_value, float(vq.progress));
    if (!vq.time_left.empty()) {  // at the right of "Question 3 of 8" when both fit on the line
        float w = text_width(f, kMetaBold, vq.time_left);
        bool beside = text_width(f, kMetaBold, vq.counter) + 16 + w <= f.width();
        float after_bar = f.y;
        if (beside) f.y = top;
        else space(f, 8);
        text_block(f, "time-left", vq.time_left, kMetaBold, vq.time_short ? f.theme.incorrect : f.theme.text, Role::status,
                   0, beside ? std::floor(f.width() - w) : 0);
        if (beside) f.y = after_bar;
        f.out.redraw_in_ms = vq.next_second_ms;  // when the countdown shows the next second
    }
    space(f, 20);
    if (!vq.from.empty()) {  // a review card: which article it comes from
        text_block(f, "review-source", vq.from, kMeta, f.theme.text_muted);
        space(f, 6);
    }
    text_block(f, q->id + "/prompt", vq.prompt, kPrompt, f.theme.text, Role::heading, 3);
    if (!vq.hint.empty()) {
        space(f, 6);
        text_block(f, q->id + "/hint", vq.hint, kMeta, f.theme.text_muted);
    }
    space(f, 16);
    switch (q->type) {
        case QuestionType::single:
        case QuestionType::multiple: draw_choices(f, v); break;
        case QuestionType::true_false: draw_true_false(f, v); break;
        case QuestionType::numeric:
        case QuestionType::text: draw_field(f, v); break;
        case QuestionType::order: draw_order(f, v); break;
        case QuestionType::match: draw_match(f, v); break;
    }
    if (vq.feedback) {
        space(f, 20);
        announce(f, f.view.announce_key, f.view.announcement);
        draw_feedback(f, v);
    }
    draw_buttons(f, 0, vq.feedback ? 20 : 24);
}

}  // namespace nq::ui
