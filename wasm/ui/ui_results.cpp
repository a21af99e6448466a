// The results of an attempt (score ring, numbers, pass, band, what changed in each topic, Retry,
// Copy result) and the review of every question, which the results screen and the review screen
// share. A review of due cards ends on the same screen, without pass, band, Retry or Copy result.
#include <algorithm>
#include <cmath>

#include "ui_draw.h"

namespace nq::ui {

constexpr double kRingSeconds = 0.6;   // the ring fills once, quickly
constexpr double kCopiedSeconds = 2.0;  // "Copied" stays this long on the button

static void draw_review_list(Frame& f) {
    const Theme& th = f.theme;
    const Quiz& quiz = app_quiz(f.app);
    const std::vector<QuestionRecord>& records = f.app.session.records;
    text_block(f, "review-title", str(Str::review_title, f.lang), kTitle, th.text, Role::heading, 3);
    for (size_t k = 0; k < records.size(); ++k) {
        const QuestionRecord& rec = records[k];
        const Question& q = app_question(f.app, rec);
        const QuestionScore& s = rec.score;
        std::string id = "review/" + q.id;
        space(f, 16);
        f.dl->AddLine(ImVec2(f.left, f.y), ImVec2(f.right, f.y), col(th.border), 1.0f);
        space(f, 16);
        uint32_t ink = s.correct ? th.correct : th.incorrect;
        float icon_y = f.y + kMetaBold.line * 0.5f;
        if (s.correct) icon_check(f.dl, ImVec2(f.left + 8, icon_y), 14, col(ink));
        else icon_cross(f.dl, ImVec2(f.left + 8, icon_y), 11, col(ink));
        std::string head = fmt(str(Str::question_n, f.lang), {std::to_string(k + 1)}) + " · " +
                           str(s.correct ? Str::correct : s.score > 0 ? Str::partly : Str::incorrect, f.lang) + " · " +
                           points_text(s.score, s.max, f.lang);
        text_block(f, id + "/head", head, kMetaBold, ink, Role::text, 0, 24);
        space(f, 4);
        text_block(f, id + "/prompt", q.prompt, Type{true, 17, 24}, th.text);
        space(f, 8);
        text_block(f, id + "/yours-label", str(Str::your_answer, f.lang), kMetaBold, th.text_muted);
        text_block(f, id + "/yours", response_text(q, rec.response, f.lang), kBody, th.text);
        if (quiz.show_solutions && !s.correct) {
            space(f, 6);
            text_block(f, id + "/solution-label", str(Str::correct_answer, f.lang), kMetaBold, th.text_muted);
            text_block(f, id + "/solution", solution_text(q, f.lang), kBody, th.text);
        }
        if (!q.explanation.empty()) {
            space(f, 6);
            text_block(f, id + "/explanation", q.explanation, kBody, th.text_muted);
        }
    }
}

// The score as a ring that fills to the percent, with the percent written inside.
static void draw_ring(Frame& f, ImVec2 center, float radius, float fraction, const std::string& label) {
    const float thickness = 10;
    const Theme& th = f.theme;
    f.dl->AddCircle(center, radius, col(th.surface), 64, thickness);
    f.dl->AddCircle(center, radius + thickness * 0.5f, col(th.border), 64, 1.0f);
    if (fraction > 0.001f) {
        const float start = -IM_PI * 0.5f;
        f.dl->PathArcTo(center, radius, start, start + 2 * IM_PI * std::min(fraction, 1.0f), 64);
        f.dl->PathStroke(col(th.accent_text), 0, thickness);
    }
    Type t = kTitle;
    float w = text_width(f, t, label.c_str());
    f.dl->AddText(font_of(f, t), t.size, ImVec2(center.x - w * 0.5f, center.y - t.size * 0.5f), col(th.text),
                  label.c_str());
}

// What the attempt or review changed in each topic: an arrow up or down, and the words.
static void draw_changes(Frame& f) {
    const Theme& th = f.theme;
    panel(f, th.surface, 0, 16, [&] {
        text_block(f, "changes-title", str(Str::mastery_title, f.lang), kMetaBold, th.text_muted, Role::heading, 3);
        for (const TopicChange& c : f.app.changes) {
            space(f, 6);
            const bool moved = c.before.level != c.after.level;
            const int delta = c.after.percent - c.before.percent;
            const Type t = moved ? Type{true, 17, 26} : Type{false, 17, 26};
            ImVec2 ic(f.left + 8, f.y + t.line * 0.5f);
            if (delta > 0) icon_chevron(f.dl, ic, 12, col(th.correct), true);
            else if (delta < 0) icon_chevron(f.dl, ic, 12, col(th.incorrect), false);
            else f.dl->AddLine(ImVec2(ic.x - 5, ic.y), ImVec2(ic.x + 5, ic.y), col(th.text_muted), 2.5f);
            std::string label = topic_change_text(c, f.lang);
            text_block(f, "change/" + c.after.topic.id, without_variation_selectors(label), t, th.text, Role::text, 0, 26);
            f.out.items.back().label = label;  // the emoji as the document writes it
        }
    });
}

void draw_results(Frame& f) {
    const Theme& th = f.theme;
    const Document& d = f.app.loaded.doc;
    const Session& s = f.app.session;
    const QuizScore& r = s.result;
    const bool review = f.app.due_review.has_value();  // a review of due cards: the reader's own practice
    std::string score = format_number(r.score, f.lang), max = format_number(r.max, f.lang);
    std::string percent = percent_text(r.percent, f.lang);
    std::string verdict = str(r.passed ? Str::passed : Str::not_passed, f.lang);
    if (review)
        announce(f, "review-results/" + std::to_string(s.seed), fmt(str(Str::announce_review, f.lang), {score, max, percent}));
    else
        announce(f, "results/" + std::to_string(s.attempt),
                 fmt(str(Str::announce_results, f.lang), {score, max, percent, verdict}));

    double now = ImGui::GetTime();
    if (f.ui.results_shown_s < 0) f.ui.results_shown_s = now;
    double t = std::clamp((now - f.ui.results_shown_s) / kRingSeconds, 0.0, 1.0);
    if (t < 1) f.out.animating = true;
    float eased = float(1 - (1 - t) * (1 - t) * (1 - t));

    text_block(f, "results-title", str(review ? Str::review_done : Str::results_title, f.lang), kTitle, th.text,
               Role::heading, 2);
    space(f, 16);
    const float radius = 46, box = 2 * radius + 12;
    const float top = f.y;
    ImRect ring(f.left, top, f.left + box, top + box);
    draw_ring(f, ring.GetCenter(), radius, eased * float(r.percent / 100.0), percent);
    ImGui::SetCursorScreenPos(ring.Min);
    ImGui::ItemSize(ring.GetSize());
    add_item(f, "score-ring", Role::progressbar, str(Str::results_title, f.lang), ring).value = percent;

    // The numbers beside the ring, or under it when the column is narrow.
    const bool beside = f.width() - box - 20 >= 150;
    float indent = beside ? box + 20 : 0;
    f.y = beside ? top + 8 : ring.Max.y + 12;
    text_block(f, "score", points_text(r.score, r.max, f.lang), kTitle, th.text, Role::text, 0, indent);
    if (!review) {
        space(f, 8);
        uint32_t ink = r.passed ? th.correct : th.incorrect, fill = r.passed ? th.correct_soft : th.incorrect_soft;
        float w = text_width(f, kMetaBold, verdict.c_str()) + 24 + 22;
        ImRect pill(f.left + indent, f.y, f.left + indent + std::min(w, f.width() - indent), f.y + 30);
        f.dl->AddRectFilled(pill.Min, pill.Max, col(fill), 15);
        ImVec2 ic(pill.Min.x + 16, pill.GetCenter().y);
        if (r.passed) icon_check(f.dl, ic, 12, col(ink), 2.0f);
        else icon_cross(f.dl, ic, 9, col(ink), 2.0f);
        f.dl->AddText(f.bold, kMetaBold.size, ImVec2(pill.Min.x + 30, pill.Min.y + (30 - kMetaBold.size) * 0.5f),
                      col(ink), verdict.c_str());
        ImGui::SetCursorScreenPos(pill.Min);
        ImGui::ItemSize(pill.GetSize());
        add_item(f, "passed", Role::status, verdict, pill);
        f.y = pill.Max.y;
    }
    f.y = std::max(f.y, beside ? ring.Max.y : f.y);

    if (s.timed_out) {
        space(f, 12);
        text_block(f, "time-up", str(Str::time_up, f.lang), kMetaBold, th.text_muted);
    }
    if (!review && r.band >= 0 && size_t(r.band) < d.quiz.results.size()) {
        space(f, 16);
        text_block(f, "band", d.quiz.results[size_t(r.band)].message, kBody, th.text);
    }
    if (!f.app.changes.empty()) {
        space(f, 20);
        draw_changes(f);
    }

    space(f, 20);
    std::vector<ButtonSpec> buttons;
    bool copied = f.ui.copied_s >= 0 && now - f.ui.copied_s < kCopiedSeconds;
    if (review) {
        int due = app_due_count(f.app);
        if (due > 0)
            buttons.push_back({"start-review", review_due_label(due, f.lang), ButtonKind::primary});
        buttons.push_back({"show-progress", str(Str::your_progress, f.lang), ButtonKind::secondary});
    } else {
        if (copied) f.out.redraw_in_ms = (kCopiedSeconds - (now - f.ui.copied_s)) * 1000 + 1;  // the label changes back
        if (d.quiz.allow_retry) buttons.push_back({"retry", str(Str::retry, f.lang), ButtonKind::primary});
        buttons.push_back({"copy", str(copied ? Str::copied : Str::copy_result, f.lang), ButtonKind::secondary});
    }
    int pressed = button_row(f, buttons);
    std::string id = pressed >= 0 ? buttons[size_t(pressed)].id : "";
    if (id == "start-review") intent(f, IntentKind::start_review);
    if (id == "show-progress") intent(f, IntentKind::show_progress);
    if (id == "retry") intent(f, IntentKind::retry);
    if (id == "copy") {
        f.out.clipboard = fmt(str(Str::share_text, f.lang), {score, max, d.article.headline});
        f.ui.copied_s = now;
    }
    space(f, 12);
    buttons.clear();
    if (!review && !d.actions.empty())
        buttons.push_back({"actions", str(Str::what_you_can_do, f.lang), ButtonKind::secondary});
    if (!review) buttons.push_back({"show-progress", str(Str::your_progress, f.lang), ButtonKind::secondary});
    buttons.push_back({"article", str(Str::back_to_article, f.lang), ButtonKind::quiet});
    pressed = button_row(f, buttons);
    id = pressed >= 0 ? buttons[size_t(pressed)].id : "";
    if (id == "actions") intent(f, IntentKind::show_actions);
    if (id == "show-progress") intent(f, IntentKind::show_progress);
    if (id == "article") intent(f, IntentKind::show_article);

    space(f, 32);
    draw_review_list(f);
}

void draw_review(Frame& f) {
    draw_review_list(f);
    space(f, 24);
    if (button_row(f, {{"results", str(Str::back_to_results, f.lang), ButtonKind::secondary}}) == 0)
        intent(f, IntentKind::show_results);
}

}  // namespace nq::ui
