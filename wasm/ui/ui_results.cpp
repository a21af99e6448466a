// The results of an attempt (score ring, numbers, pass, band, what changed in each topic, the
// buttons) and the review of every question, which the results screen and the review screen
// share. What they say and offer comes from the view (core/view.h).
#include <algorithm>
#include <cmath>

#include "ui_draw.h"

namespace nq::ui {

constexpr double kRingSeconds = 0.6;  // the ring fills once, quickly

static void draw_review_list(Frame& f) {
    const Theme& th = f.theme;
    const ViewResults& v = f.view.results;
    text_block(f, "review-title", v.review_title, kTitle, th.text, Role::heading, 3);
    for (const ViewReviewRow& row : v.rows) {
        space(f, 16);
        f.dl->AddLine(ImVec2(f.left, f.y), ImVec2(f.right, f.y), col(th.border), 1.0f);
        space(f, 16);
        uint32_t ink = row.verdict == Mark::right ? th.correct : row.verdict == Mark::partly ? th.accent_text : th.incorrect;
        float icon_y = f.y + kMetaBold.line * 0.5f;
        if (row.verdict == Mark::wrong) icon_cross(f.dl, ImVec2(f.left + 8, icon_y), 11, col(ink));
        else icon_check(f.dl, ImVec2(f.left + 8, icon_y), 14, col(ink));
        text_block(f, row.id + "/head", row.head, kMetaBold, ink, Role::text, 0, 24);
        space(f, 4);
        text_block(f, row.id + "/prompt", row.prompt, Type{true, 17, 24}, th.text);
        space(f, 8);
        text_block(f, row.id + "/yours-label", row.answer_label, kMetaBold, th.text_muted);
        text_block(f, row.id + "/yours", row.answer, kBody, th.text);
        if (!row.solution.empty()) {
            space(f, 6);
            text_block(f, row.id + "/solution-label", row.solution_label, kMetaBold, th.text_muted);
            text_block(f, row.id + "/solution", row.solution, kBody, th.text);
        }
        if (!row.explanation.empty()) {
            space(f, 6);
            text_block(f, row.id + "/explanation", row.explanation, kBody, th.text_muted);
        }
        if (!row.others.empty()) {
            space(f, 6);
            text_block(f, row.id + "/others", row.others, kMetaBold, th.text_muted);
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
    float w = text_width(f, t, label);
    draw_text(f, t, ImVec2(center.x - w * 0.5f, center.y - t.size * 0.5f), th.text, label);
}

// What the attempt or review changed in each topic: an arrow up or down, and the words.
static void draw_changes(Frame& f) {
    const Theme& th = f.theme;
    const ViewResults& v = f.view.results;
    panel(f, th.surface, 0, 16, [&] {
        text_block(f, "changes-title", v.changes_title, kMetaBold, th.text_muted, Role::heading, 3);
        for (const ViewChange& c : v.changes) {
            space(f, 6);
            const Type t = c.moved ? Type{true, 17, 26} : Type{false, 17, 26};
            ImVec2 ic(f.left + 8, f.y + t.line * 0.5f);
            if (c.delta > 0) icon_chevron(f.dl, ic, 12, col(th.correct), true);
            else if (c.delta < 0) icon_chevron(f.dl, ic, 12, col(th.incorrect), false);
            else f.dl->AddLine(ImVec2(ic.x - 5, ic.y), ImVec2(ic.x + 5, ic.y), col(th.text_muted), 2.5f);
            text_block(f, c.id, without_variation_selectors(c.text), t, th.text, Role::text, 0, 26);
            f.out.items.back().label = c.text;  // the emoji as the document writes it
        }
    });
}

void draw_results(Frame& f) {
    const Theme& th = f.theme;
    const ViewResults& v = f.view.results;
    announce(f, f.view.announce_key, f.view.announcement);

    double now = ImGui::GetTime();
    if (f.ui.results_shown_s < 0) f.ui.results_shown_s = now;
    double t = f.ui.options.reduced_motion ? 1.0 : std::clamp((now - f.ui.results_shown_s) / kRingSeconds, 0.0, 1.0);
    if (t < 1) f.out.animating = true;
    float eased = float(1 - (1 - t) * (1 - t) * (1 - t));

    text_block(f, "results-title", v.title, kTitle, th.text, Role::heading, 2);
    space(f, 16);
    const float radius = 46, box = 2 * radius + 12;
    const float top = f.y;
    ImRect ring(f.left, top, f.left + box, top + box);
    draw_ring(f, ring.GetCenter(), radius, eased * float(v.percent / 100.0), v.percent_text);
    ImGui::SetCursorScreenPos(ring.Min);
    ImGui::ItemSize(ring.GetSize());
    add_item(f, "score-ring", Role::progressbar, v.title, ring).value = v.percent_text;

    // The numbers beside the ring, or under it when the column is narrow.
    const bool beside = f.width() - box - 20 >= 150;
    float indent = beside ? box + 20 : 0;
    f.y = beside ? top + 8 : ring.Max.y + 12;
    text_block(f, "score", v.score_text, kTitle, th.text, Role::text, 0, indent);
    if (v.pass_shown) {
        space(f, 8);
        uint32_t ink = v.passed ? th.correct : th.incorrect, fill = v.passed ? th.correct_soft : th.incorrect_soft;
        float w = text_width(f, kMetaBold, v.status) + 24 + 22;
        ImRect pill(f.left + indent, f.y, f.left + indent + std::min(w, f.width() - indent), f.y + 30);
        f.dl->AddRectFilled(pill.Min, pill.Max, col(fill), 15);
        ImVec2 ic(pill.Min.x + 16, pill.GetCenter().y);
        if (v.passed) icon_check(f.dl, ic, 12, col(ink), 2.0f);
        else icon_cross(f.dl, ic, 9, col(ink), 2.0f);
        draw_text(f, kMetaBold, ImVec2(pill.Min.x + 30, pill.Min.y + (30 - kMetaBold.size) * 0.5f), ink, v.status);
        ImGui::SetCursorScreenPos(pill.Min);
        ImGui::ItemSize(pill.GetSize());
        add_item(f, "passed", Role::status, v.status, pill);
        f.y = pill.Max.y;
    }
    f.y = std::max(f.y, beside ? ring.Max.y : f.y);

    if (!v.timed_out.empty()) {
        space(f, 12);
        text_block(f, "time-up", v.timed_out, kMetaBold, th.text_muted);
    }
    if (!v.band.empty()) {
        space(f, 16);
        text_block(f, "band", v.band, kBody, th.text);
    }
    if (!v.others.empty()) {
        space(f, 12);
        text_block(f, "others", v.others, kBody, th.text);
    }
    if (!v.changes.empty()) {
        space(f, 20);
        draw_changes(f);
    }
    draw_buttons(f, 0, 20);
    draw_buttons(f, 1, 12);
    space(f, 32);
    draw_review_list(f);
}

void draw_review(Frame& f) {
    draw_review_list(f);
    draw_buttons(f, 0, 24);
}

}  // namespace nq::ui
