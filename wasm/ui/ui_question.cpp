// The question screen, one input per question type, and the feedback that follows a submit
// in immediate mode (drawn under the question, which stays on screen, locked and marked).
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
    const Quiz& quiz;
    const Question& q;
    const QuestionRecord& rec;
    bool enabled = true;    // the reader may still change the response
    bool feedback = false;  // immediate feedback is on screen: show marks
};

static bool choice_right(const Choice& c) { return c.correct || (c.weight && *c.weight > 0); }

static bool chosen(const Response& r, const std::string& id) {
    return r.answered && std::find(r.ids.begin(), r.ids.end(), id) != r.ids.end();
}

// A choice's mark once feedback shows: what the reader chose is right or wrong; the right ones the
// reader missed are shown only when the quiz shows solutions.
static Mark choice_mark(const QuestionView& v, const Choice& c) {
    if (!v.feedback) return Mark::none;
    bool picked = chosen(v.rec.response, c.id);
    if (picked) return choice_right(c) ? Mark::correct : Mark::incorrect;
    return choice_right(c) && v.quiz.show_solutions ? Mark::correct : Mark::none;
}

// Whether `text` already says `sentence` (ASCII case folded, final period ignored): a prompt
// that ends "Select all that apply." needs no hint repeating it.
static bool contains_folded(const std::string& text, std::string sentence) {
    if (!sentence.empty() && sentence.back() == '.') sentence.pop_back();
    auto lower = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return s;
    };
    return !sentence.empty() && lower(text).find(lower(sentence)) != std::string::npos;
}

// [SECTION] single, multiple, true_false
static void draw_choices(Frame& f, const QuestionView& v) {
    const bool multiple = v.q.type == QuestionType::multiple;
    for (size_t k = 0; k < v.rec.order.size(); ++k) {
        const Choice& c = v.q.choices[size_t(v.rec.order[k])];
        bool checked = chosen(v.rec.response, c.id);
        std::string note = v.feedback && checked ? c.feedback : "";
        if (k > 0) space(f, 8);
        if (!choice_row(f, v.q.id + "/choice/" + c.id, c.text, multiple ? Role::checkbox : Role::radio, checked,
                        v.enabled, choice_mark(v, c), note))
            continue;
        Response r;
        if (multiple) {  // toggled, kept in display order
            for (int i : v.rec.order) {
                const std::string& id = v.q.choices[size_t(i)].id;
                if ((id == c.id) != chosen(v.rec.response, id)) r.ids.push_back(id);
            }
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
    for (int k = 0; k < 2; ++k) {
        bool value = k == 0;
        std::string id = v.q.id + (value ? "/true" : "/false");
        std::string label = str(value ? Str::true_ : Str::false_, f.lang);
        float x = stacked ? f.left : f.left + float(k) * (w + gap);
        float y = stacked ? top + float(k) * (h + gap) : top;
        ImRect r(x, y, x + w, y + h);
        bool checked = v.rec.response.answered && v.rec.response.boolean == value;
        Mark mark = Mark::none;
        if (v.feedback && checked) mark = value == v.q.answer_bool ? Mark::correct : Mark::incorrect;
        if (v.feedback && !checked && value == v.q.answer_bool && v.quiz.show_solutions) mark = Mark::correct;
        Hit hit = interact(f, id, r, v.enabled);
        if (hit.hovered && v.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        Tint tint = mark_tint(th, mark, {checked ? th.accent_soft : th.surface, checked ? th.accent_text : th.control});
        if (hit.hovered && v.enabled && !checked) tint.fill = mix(th.surface, th.text, th.dark ? 0.06 : 0.04);
        f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), kRadius);
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), kRadius, 0, checked || mark != Mark::none ? 2.5f : 1.5f);
        Type t{true, 18, 24};
        std::vector<Line> lines = wrap_text(f, t, label, w - 56);
        float text_h = float(lines.size()) * t.line;
        draw_lines(f, t, lines, ImVec2(r.Min.x + 28, r.Min.y + (h - text_h) * 0.5f), th.text, true, w - 56);
        ImVec2 mc(r.Max.x - 22, r.GetCenter().y);
        if (mark == Mark::correct) icon_check(f.dl, mc, 16, col(th.correct));
        if (mark == Mark::incorrect) icon_cross(f.dl, mc, 14, col(th.incorrect));
        if (hit.focused) focus_ring(f, r, kRadius);
        Item& it = add_item(f, id, Role::radio, label, r, hit.id);
        it.checked = checked;
        it.state = mark_state(mark, v.enabled);
        if (hit.pressed && v.enabled) {
            Response resp;
            resp.answered = true;
            resp.boolean = value;
            answer_intent(f, resp);
        }
    }
    f.y = stacked ? top + 2 * h + gap : top + h;
}

// [SECTION] numeric, text
// The field's text lives in ui.fields (typed here, or handed over by the web page's <input>);
// the response follows it.
static std::string& field_text(Frame& f, const std::string& id, const std::string& initial) {
    auto it = f.ui.fields.find(id);
    if (it == f.ui.fields.end()) it = f.ui.fields.emplace(id, initial).first;
    return it->second;
}

static Mark field_mark(const QuestionView& v) {
    if (!v.feedback) return Mark::none;
    return v.rec.score.correct ? Mark::correct : Mark::incorrect;
}

static void draw_number(Frame& f, const QuestionView& v) {
    const Response& cur = v.rec.response;
    std::string id = v.q.id + "/number";
    std::string& text = field_text(f, id, cur.answered ? format_number(cur.number, f.lang) : "");
    float unit_w = v.q.unit.empty() ? 0.0f : text_width(f, kChoice, v.q.unit.c_str()) + 10;
    float w = std::max(std::min(220.0f, f.width() - unit_w), std::min(120.0f, f.width()));
    std::string label = str(Str::your_answer, f.lang);
    if (!v.q.unit.empty()) label += " (" + v.q.unit + ")";
    text_field(f, id, label, text, str(Str::enter_number, f.lang), w, v.enabled, field_mark(v), v.q.unit);
    std::optional<double> value = parse_number(text);
    if (v.enabled && (value.has_value() != cur.answered || (value && *value != cur.number))) {
        Response r;
        r.answered = value.has_value();
        r.number = value.value_or(0);
        answer_intent(f, r);
    }
    if (!value && !text.empty()) {
        space(f, 6);
        text_block(f, v.q.id + "/number-hint", str(Str::not_a_number, f.lang), kMeta, f.theme.incorrect, Role::status);
    }
}

static void draw_text(Frame& f, const QuestionView& v) {
    const Response& cur = v.rec.response;
    std::string id = v.q.id + "/text";
    std::string& text = field_text(f, id, cur.answered ? cur.text : "");
    text_field(f, id, str(Str::your_answer, f.lang), text, str(Str::type_answer, f.lang), f.width(), v.enabled,
               field_mark(v));
    bool answered = text.find_first_not_of(" \t") != std::string::npos;
    if (v.enabled && (answered != cur.answered || (answered && text != cur.text))) {
        Response r;
        r.answered = answered;
        r.text = text;
        answer_intent(f, r);
    }
}

// [SECTION] order
// The arrangement on screen: the reader's, else the record's starting one.
static std::vector<std::string> order_ids(const QuestionView& v) {
    if (v.rec.response.answered && v.rec.response.ids.size() == v.q.items.size()) return v.rec.response.ids;
    std::vector<std::string> ids;
    for (int i : v.rec.order) ids.push_back(v.q.items[size_t(i)].id);
    return ids;
}

static const nq::Item* item_by_id(const Question& q, const std::string& id) {
    for (const nq::Item& i : q.items)
        if (i.id == id) return &i;
    return nullptr;
}

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
    std::vector<std::string> ids = order_ids(v);
    const size_t n = ids.size();
    const float pad = 10, grip_w = 24, button = kTapHeight, gap = 8;
    const bool narrow = f.width() < 300;  // arrows stacked beside the text, which keeps more width
    const float buttons_w = narrow ? button : 2 * button + 6;
    const float text_x0 = pad + grip_w + 8, text_w = f.width() - text_x0 - buttons_w - 2 * pad;

    std::vector<std::vector<Line>> lines(n);
    std::vector<float> heights(n);
    for (size_t k = 0; k < n; ++k) {
        const nq::Item* item = item_by_id(v.q, ids[k]);
        lines[k] = wrap_text(f, kChoice, item ? item->text : ids[k], text_w);
        float buttons_h = narrow ? 2 * button + 6 : button;
        heights[k] = std::max({52.0f, float(lines[k].size()) * kChoice.line + 2 * 14, buttons_h + 2 * pad});
    }

    // A drag in progress: the dragged row follows the pointer, the others make room where it would land.
    ImGuiIO& io = ImGui::GetIO();
    size_t dragged = n;
    for (size_t k = 0; k < n && !f.ui.drag_id.empty(); ++k)
        if (v.q.id + "/item/" + ids[k] == f.ui.drag_id) dragged = k;
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

    std::vector<std::string> moved;  // a new arrangement to answer with
    auto draw_row = [&](size_t k) {
        const nq::Item* item = item_by_id(v.q, ids[k]);
        std::string text = item ? item->text : ids[k];
        std::string id = v.q.id + "/item/" + ids[k];
        ImRect r(f.left, row_y[k], f.right, row_y[k] + heights[k]);
        bool in_place = k < v.q.items.size() && v.q.items[k].id == ids[k];
        Mark mark = !v.feedback ? Mark::none : in_place ? Mark::correct : Mark::incorrect;
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
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), kRadius, 0, k == dragged || mark != Mark::none ? 2.0f : 1.0f);
        float text_y = r.Min.y + (heights[k] - float(lines[k].size()) * kChoice.line) * 0.5f;  // centred on the arrows
        draw_grip(f.dl, ImVec2(r.Min.x + pad + grip_w * 0.5f, text_y + kChoice.line * 0.5f), col(th.text_muted));
        draw_lines(f, kChoice, lines[k], ImVec2(r.Min.x + text_x0, text_y), th.text);
        Item& it = add_item(f, id, Role::text, std::to_string(k + 1) + ". " + text, handle, hit.id);
        it.state = mark_state(mark, true, k == dragged ? "dragging" : "");

        if (!v.enabled) return;  // a locked arrangement has nothing to move
        float bx = r.Max.x - pad - buttons_w, by = r.Min.y + pad;
        ImRect up(bx, by, bx + button, by + button);
        ImRect down = narrow ? ImRect(bx, by + button + 6, bx + button, by + 2 * button + 6)
                             : ImRect(bx + button + 6, by, bx + 2 * button + 6, by + button);
        bool can_move = v.enabled && dragged == n;
        if (arrow_button(f, id + "/up", fmt(str(Str::move_up, f.lang), {text}), up, true, can_move && k > 0)) {
            moved = ids;
            std::swap(moved[k], moved[k - 1]);
            if (k == 1) focus_later(f, id + "/down");  // its "up" turns disabled at the top
        }
        if (arrow_button(f, id + "/down", fmt(str(Str::move_down, f.lang), {text}), down, false, can_move && k + 1 < n)) {
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
static std::string matched(const Response& r, const std::string& left) {
    if (!r.answered) return "";
    for (const auto& [l, right] : r.matches)
        if (l == left) return right;
    return "";
}

static void draw_match(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    for (size_t k = 0; k < v.q.pairs.size(); ++k) {
        const Pair& p = v.q.pairs[k];
        if (k > 0) space(f, 16);
        text_block(f, v.q.id + "/left/" + p.id, p.left, Type{true, 17, 24}, th.text);
        space(f, 6);
        std::string current = matched(v.rec.response, p.id);
        std::string current_text;
        for (const Pair& o : v.q.pairs)
            if (o.id == current) current_text = o.right;
        bool open = v.enabled && f.ui.open_select == p.id;
        Mark mark = Mark::none;
        if (v.feedback) mark = current == p.id ? Mark::correct : Mark::incorrect;

        // The select: shows the choice, unfolds the options under itself.
        std::string id = v.q.id + "/select/" + p.id;
        std::string shown = current_text.empty() ? str(Str::choose, f.lang) : current_text;
        std::vector<Line> lines = wrap_text(f, kChoice, shown, f.width() - 2 * 14 - 28);
        ImRect r(f.left, f.y, f.right, f.y + std::max(kTapHeight + 4, float(lines.size()) * kChoice.line + 2 * 12));
        Hit hit = interact(f, id, r, v.enabled);
        if (hit.hovered && v.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        Tint tint = mark_tint(th, mark, {th.background, open ? th.accent_text : th.control});
        if (hit.hovered && v.enabled) tint.fill = th.surface;
        f.dl->AddRectFilled(r.Min, r.Max, col(tint.fill), 8);
        f.dl->AddRect(r.Min, r.Max, col(tint.edge), 8, 0, open || mark != Mark::none ? 2.0f : 1.5f);
        draw_lines(f, kChoice, lines, ImVec2(r.Min.x + 14, r.Min.y + (r.GetHeight() - float(lines.size()) * kChoice.line) * 0.5f),
                   current_text.empty() ? th.text_muted : th.text);
        ImVec2 ic(r.Max.x - 22, r.GetCenter().y);
        if (mark == Mark::correct) icon_check(f.dl, ic, 16, col(th.correct));
        else if (mark == Mark::incorrect) icon_cross(f.dl, ic, 14, col(th.incorrect));
        else icon_chevron(f.dl, ic, 12, col(v.enabled ? th.text : th.border), open, 2.0f);
        if (hit.focused) focus_ring(f, r, 8);
        Item& it = add_item(f, id, Role::button, p.left + ": " + shown, r, hit.id);
        it.state = mark_state(mark, v.enabled, open ? "expanded" : "collapsed");
        f.y = r.Max.y;
        if (hit.pressed && v.enabled) f.ui.open_select = open ? "" : p.id;

        if (!open) continue;
        for (int i : v.rec.order) {
            const Pair& o = v.q.pairs[size_t(i)];
            space(f, 6);
            if (!choice_row(f, id + "/" + o.id, o.right, Role::radio, current == o.id, true, Mark::none)) continue;
            Response resp;
            resp.answered = true;
            for (const Pair& left : v.q.pairs) {  // every left in document order, this one changed
                std::string right = left.id == p.id ? o.id : matched(v.rec.response, left.id);
                if (!right.empty()) resp.matches.push_back({left.id, right});
            }
            answer_intent(f, resp);
            f.ui.open_select.clear();
            focus_later(f, id);
        }
    }
}

// [SECTION] Feedback and the screen
static void draw_feedback(Frame& f, const QuestionView& v) {
    const Theme& th = f.theme;
    const QuestionScore& s = v.rec.score;
    Str verdict = s.correct ? Str::correct : s.score > 0 ? Str::partly : Str::incorrect;
    uint32_t ink = s.correct ? th.correct : s.score > 0 ? th.text : th.incorrect;
    uint32_t fill = s.correct ? th.correct_soft : s.score > 0 ? th.surface : th.incorrect_soft;
    std::string points = points_text(s.score, s.max, f.lang);
    announce(f, "feedback/" + std::to_string(f.app.session.attempt) + "/" + std::to_string(f.app.session.current),
             fmt(str(Str::announce_answer, f.lang), {str(verdict, f.lang), points}));
    panel(f, fill, ink, 18, [&] {
        float icon_y = f.y + kTitle.line * 0.5f;
        if (s.correct) icon_check(f.dl, ImVec2(f.left + 10, icon_y), 18, col(ink), 3.0f);
        else icon_cross(f.dl, ImVec2(f.left + 10, icon_y), 14, col(ink), 3.0f);
        text_block(f, v.q.id + "/verdict", str(verdict, f.lang), kTitle, ink, Role::status, 0, 30);
        space(f, 2);
        text_block(f, v.q.id + "/points", points, kMetaBold, th.text_muted, Role::text, 0, 30);
        std::vector<std::string> notes = response_feedback(v.q, v.rec);
        bool shown_on_choices = v.q.type == QuestionType::single || v.q.type == QuestionType::multiple;
        for (size_t i = 0; i < notes.size() && !shown_on_choices; ++i) {
            space(f, 10);
            text_block(f, v.q.id + "/note/" + std::to_string(i), notes[i], kBody, th.text);
        }
        bool solution_visible = shown_on_choices || v.q.type == QuestionType::true_false;
        if (!s.correct && v.quiz.show_solutions && !solution_visible) {
            space(f, 10);
            text_block(f, v.q.id + "/solution-label", str(Str::correct_answer, f.lang), kMetaBold, th.text_muted);
            text_block(f, v.q.id + "/solution", solution_text(v.q, f.lang), kBody, th.text);
        }
        if (!v.q.explanation.empty()) {
            space(f, 10);
            text_block(f, v.q.id + "/explanation", v.q.explanation, kBody, th.text);
        }
    });
}

void draw_question(Frame& f) {
    const App& app = f.app;
    const Session& s = app.session;
    const Quiz& quiz = app_quiz(app);
    const Question* q = app_current_question(app);
    const QuestionRecord* rec = app_current_record(app);
    if (!q || !rec) return;
    QuestionView v{quiz, *q, *rec};
    v.feedback = s.phase == Phase::feedback;
    v.enabled = s.phase == Phase::question && !rec->submitted;
    const int n = int(s.records.size()), i = s.current;
    const bool last = i + 1 >= n;

    // A review of due cards says so in its counter.
    const bool review = app.due_review.has_value();
    std::string counter =
        fmt(str(review ? Str::review_counter : Str::question_n_of_m, f.lang), {std::to_string(i + 1), std::to_string(n)});
    const float top = f.y;
    progress_bar(f, "progress", counter, fmt(str(Str::n_of_m, f.lang), {std::to_string(i + 1), std::to_string(n)}),
                 float(i + (v.feedback ? 1 : 0)) / float(std::max(n, 1)));
    double remaining = app_remaining_ms(app, f.ui.now_ms);
    if (remaining >= 0) {  // the time left, at the right of "Question 3 of 8" when both fit on the line
        int seconds = int((remaining + 999) / 1000);
        std::string left = fmt(str(Str::time_left, f.lang), {format_duration(seconds)});
        float w = text_width(f, kMetaBold, left.c_str());
        bool beside = text_width(f, kMetaBold, counter.c_str()) + 16 + w <= f.width();
        float after_bar = f.y;
        if (beside) f.y = top;
        else space(f, 8);
        text_block(f, "time-left", left, kMetaBold, seconds <= 30 ? f.theme.incorrect : f.theme.text, Role::status,
                   0, beside ? std::floor(f.width() - w) : 0);
        if (beside) f.y = after_bar;
        f.out.redraw_in_ms = std::fmod(remaining, 1000.0) + 1;  // when the countdown shows the next second
    }
    space(f, 20);
    const std::vector<CardKey>* keys = review ? &app.due_review->keys : nullptr;
    if (keys && size_t(rec->question) < keys->size()) {  // which article the card comes from
        auto article = app.progress.articles.find((*keys)[size_t(rec->question)].article_id);
        if (article != app.progress.articles.end() && !article->second.headline.empty()) {
            text_block(f, "review-source", fmt(str(Str::review_from, f.lang), {article->second.headline}), kMeta,
                       f.theme.text_muted);
            space(f, 6);
        }
    }
    text_block(f, q->id + "/prompt", q->prompt, kPrompt, f.theme.text, Role::heading, 3);

    Str hint = Str::count;
    if (q->type == QuestionType::multiple) hint = Str::select_all;
    if (q->type == QuestionType::order) hint = Str::order_hint;
    if (q->type == QuestionType::match) hint = Str::match_hint;
    if (hint != Str::count && v.enabled && !contains_folded(q->prompt, str(hint, f.lang))) {
        space(f, 6);
        text_block(f, q->id + "/hint", str(hint, f.lang), kMeta, f.theme.text_muted);
    }
    space(f, 16);
    switch (q->type) {
        case QuestionType::single:
        case QuestionType::multiple: draw_choices(f, v); break;
        case QuestionType::true_false: draw_true_false(f, v); break;
        case QuestionType::numeric: draw_number(f, v); break;
        case QuestionType::text: draw_text(f, v); break;
        case QuestionType::order: draw_order(f, v); break;
        case QuestionType::match: draw_match(f, v); break;
    }

    if (v.feedback) {
        space(f, 20);
        draw_feedback(f, v);
        space(f, 20);
        if (button_row(f, {{"next", str(last ? Str::see_results : Str::next, f.lang), ButtonKind::primary}}) == 0)
            intent(f, IntentKind::next);
        return;
    }
    space(f, 24);
    // An order question is answered as it stands: submitting the starting arrangement is an answer too.
    bool order = q->type == QuestionType::order;
    bool can_submit = app_can_submit(app) || (order && v.enabled);
    Str label = quiz.feedback == FeedbackMode::immediate ? Str::submit : last ? Str::see_results : Str::next;
    if (button_row(f, {{"submit", str(label, f.lang), ButtonKind::primary, can_submit}}) == 0) {
        if (order && !rec->response.answered) answer_order(f, order_ids(v));
        intent(f, IntentKind::submit);
    }
}

}  // namespace nq::ui
