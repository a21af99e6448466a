// The reader's progress across the site's articles (Screen::progress): the streak and totals,
// the questions due for review, a bar per topic with its mastery level (core/mastery.h), and a
// chart of the scores of recent attempts.
#include <algorithm>
#include <cmath>

#include "ui_draw.h"

namespace nq::ui {

constexpr Type kSection{true, 17, 24};  // the headings of the screen's parts

// The streak as a number in a ring, its words and the totals beside it.
static void draw_summary(Frame& f) {
    const Theme& th = f.theme;
    const ViewProgress& v = f.view.progress;
    panel(f, th.surface, 0, 16, [&] {
        const float radius = 22, indent = 2 * radius + 16;
        const float top = f.y;
        ImVec2 c(f.left + radius, top + radius + 2);
        f.dl->AddCircle(c, radius - 1.5f, col(v.active_today ? th.accent_text : th.control), 48, 3.0f);
        float w = text_width(f, kTitle, v.streak_days);
        draw_text(f, kTitle, ImVec2(c.x - w * 0.5f, c.y - kTitle.size * 0.5f), th.text, v.streak_days);
        // "3-day streak" in bold over "Longest: 5 days": one item that says both.
        ImRect both = text_block(f, "streak", v.streak_now, kSection, th.text, Role::text, 0, indent);
        both.Add(text_block(f, "streak-longest", v.streak_longest, kMeta, th.text_muted, Role::text, 0, indent));
        f.out.items.pop_back();  // part of "streak"
        Item& it = f.out.items.back();
        it.label = v.streak;
        it.w = both.GetWidth();
        it.h = both.GetHeight();
        text_block(f, "totals", v.totals, kMeta, th.text_muted, Role::text, 0, indent);
        f.y = std::max(f.y, top + 2 * radius + 4);
    });
}

static uint32_t level_ink(const Theme& th, MasteryLevel level) {
    switch (level) {
        case MasteryLevel::not_started: return th.text_muted;
        case MasteryLevel::familiar: return th.text;
        case MasteryLevel::proficient: return th.accent_text;
        case MasteryLevel::mastered: return th.correct;
    }
    return th.text;
}

// A topic: its name, the level and figure at the right (under it when narrow), and a bar cut
// where the levels begin (70 and 90).
static void mastery_row(Frame& f, const ViewTopic& m) {
    const Theme& th = f.theme;
    const std::string drawn = without_variation_selectors(m.name);
    const std::string right = m.level + " · " + m.figure;
    const float bar_h = 10, gap = 8, top = f.y;
    const float right_w = text_width(f, kMetaBold, right);
    const bool one_line = text_width(f, kSection, drawn) + 16 + right_w <= f.width();
    std::vector<Line> lines = wrap_text(f, kSection, drawn, one_line ? f.width() - right_w - 16 : f.width());
    draw_lines(f, kSection, lines, ImVec2(f.left, top), th.text);
    float y = top + float(lines.size()) * kSection.line;
    uint32_t ink = level_ink(th, m.mastery);
    if (one_line) {
        draw_text(f, kMetaBold, ImVec2(f.right - right_w, top + (kSection.line - kMetaBold.size) * 0.5f), ink, right);
    } else {
        std::vector<Line> r = wrap_text(f, kMetaBold, right, f.width());
        draw_lines(f, kMetaBold, r, ImVec2(f.left, y), ink);
        y += float(r.size()) * kMetaBold.line;
    }
    y += gap;
    ImVec2 a(f.left, y), b(f.right, y + bar_h);
    f.dl->AddRectFilled(a, b, col(th.surface), bar_h * 0.5f);
    f.dl->AddRect(a, b, col(th.border), bar_h * 0.5f);
    float fx = a.x + (b.x - a.x) * float(std::clamp(m.percent, 0, 100)) / 100.0f;
    uint32_t fill = m.mastery == MasteryLevel::mastered ? th.correct : th.accent_text;
    if (m.percent > 0) f.dl->AddRectFilled(a, ImVec2(std::max(fx, a.x + bar_h), b.y), col(fill), bar_h * 0.5f);
    for (int level_start : {kProficientPercent, kMasteredPercent}) {
        float x = std::round(a.x + (b.x - a.x) * float(level_start) / 100.0f);
        f.dl->AddRectFilled(ImVec2(x - 1, a.y), ImVec2(x + 1, b.y), col(th.background));
    }
    ImRect whole(f.left, top, f.right, b.y);
    ImGui::SetCursorScreenPos(whole.Min);
    ImGui::ItemSize(whole.GetSize());
    add_item(f, m.id, Role::progressbar, m.label, whole).value = m.figure;
    f.y = b.y;
}

// Vertical bars from 0 to 100 %, oldest at the left, each with its figure above when the figures
// fit ("80%", else "80", else only the newest one's).
static void scores_chart(Frame& f, const std::vector<ViewRecent>& recent) {
    const Theme& th = f.theme;
    const float plot_h = 96, label_h = kMeta.line + 4, top = f.y;
    const size_t n = recent.size();
    const float slot = std::min(56.0f, f.width() / float(std::max<size_t>(n, 1)));
    const float bar_w = std::min(28.0f, std::floor(slot * 0.62f));
    std::vector<std::string> with_sign, bare;
    float sign_w = 0, bare_w = 0;
    for (const ViewRecent& a : recent) {
        with_sign.push_back(a.figure);
        bare.push_back(std::to_string(a.percent));
        sign_w = std::max(sign_w, text_width(f, kMeta, with_sign.back()));
        bare_w = std::max(bare_w, text_width(f, kMeta, bare.back()));
    }
    const std::vector<std::string>& labels = sign_w + 4 <= slot ? with_sign : bare;
    const bool every_label = bare_w + 4 <= slot;

    const float base = top + label_h + plot_h;
    for (float share : {0.0f, 0.5f, 1.0f}) {
        float y = std::round(base - plot_h * share) + 0.5f;
        f.dl->AddLine(ImVec2(f.left, y), ImVec2(f.right, y), col(share == 0 ? th.control : th.border), 1.0f);
    }
    for (size_t i = 0; i < n; ++i) {
        const bool newest = i + 1 == n;
        float cx = f.left + slot * (float(i) + 0.5f);
        float h = std::max(3.0f, plot_h * float(recent[i].percent) / 100.0f);
        f.dl->AddRectFilled(ImVec2(cx - bar_w * 0.5f, base - h), ImVec2(cx + bar_w * 0.5f, base),
                            col(newest ? th.accent_text : mix(th.accent_text, th.background, 0.4)), 4,
                            ImDrawFlags_RoundCornersTop);
        if (!every_label && !newest) continue;
        const std::string& label = every_label ? labels[i] : with_sign[i];
        float w = text_width(f, kMeta, label);
        float x = std::clamp(cx - w * 0.5f, f.left, f.right - w);
        draw_text(f, newest ? kMetaBold : kMeta, ImVec2(x, base - h - label_h + 2), newest ? th.text : th.text_muted, label);
    }
    ImRect whole(f.left, top, f.right, base + 1);
    ImGui::SetCursorScreenPos(whole.Min);
    ImGui::ItemSize(whole.GetSize());
    add_item(f, "scores-chart", Role::text, f.view.progress.chart, whole);
    f.y = whole.Max.y;
}

void draw_progress(Frame& f) {
    const Theme& th = f.theme;
    const ViewProgress& v = f.view.progress;
    text_block(f, "progress-title", v.title, kTitle, th.text, Role::heading, 2);
    space(f, 16);
    if (!v.empty.empty()) {
        text_block(f, "no-attempts", v.empty, kBody, th.text);
    } else {
        draw_summary(f);
        draw_buttons(f, 0, 16);  // a review of what is due
        if (!v.nothing_due.empty()) {
            space(f, 16);
            text_block(f, "nothing-due", v.nothing_due, kMeta, th.text_muted);
        }
        if (!v.topics.empty()) {
            space(f, 28);
            text_block(f, "mastery-title", v.topics_title, kSection, th.text, Role::heading, 3);
            for (const ViewTopic& m : v.topics) {
                space(f, 14);
                mastery_row(f, m);
            }
        }
        if (!v.recent.empty()) {
            space(f, 28);
            text_block(f, "scores-title", v.recent_title, kSection, th.text, Role::heading, 3);
            space(f, 8);
            scores_chart(f, v.recent);
        }
    }
    draw_buttons(f, 1, 28);
    draw_buttons(f, 2, 12);  // Download my progress, Delete my progress
}

}  // namespace nq::ui
