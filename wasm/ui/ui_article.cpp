// The article card: date, headline, sources, dek, body (folded when long), topics, the call to
// action of the quiz, and what the reader can do.
#include "ui_draw.h"

namespace nq::ui {

// The quiz's call to action, its score and its buttons (the view's row 0) in a panel.
static void draw_call_to_action(Frame& f) {
    const ViewArticle& a = f.view.article;
    panel(f, f.theme.surface, 0, 20, [&] {
        text_block(f, "quiz-title", a.quiz_title, kTitle, f.theme.text, Role::heading, 3);
        space(f, 6);
        text_block(f, "cta", a.cta, kBody, f.theme.text);
        if (!a.your_score.empty() || !a.best.empty()) space(f, 10);
        if (!a.your_score.empty()) text_block(f, "your-score", a.your_score, kMetaBold, f.theme.text);
        if (!a.best.empty())
            text_block(f, "best-score", a.best, kMetaBold, a.your_score.empty() ? f.theme.text : f.theme.text_muted);
        draw_buttons(f, 0, 16);
    });
}

// A topic's emoji sits a little apart from its label; variation selectors are not drawn.
static std::vector<Chip> chips(const std::vector<ViewChip>& list) {
    std::vector<Chip> out;
    for (const ViewChip& c : list) {
        std::string emoji = without_variation_selectors(c.emoji);
        out.push_back({c.id, emoji.empty() ? c.text : emoji + "  " + c.label, c.label, c.href});
    }
    return out;
}

void draw_article(Frame& f) {
    const ViewArticle& a = f.view.article;
    const Theme& th = f.theme;

    text_block(f, "date", a.date, kMeta, th.text_muted);
    space(f, 6);
    text_block(f, "headline", a.headline, f.width() < 400 ? kHeadlineNarrow : kHeadline, th.text, Role::heading, 2);
    if (!a.sources.empty()) {  // the sources, then the dek, as the article shows them
        space(f, 12);
        chip_row(f, chips(a.sources));
    }
    if (!a.dek.empty()) {
        space(f, a.sources.empty() ? 8 : 12);
        text_block(f, "dek", a.dek, kDek, th.text_muted);
    }

    if (!a.body.empty()) {
        space(f, 20);
        size_t shown = f.ui.body_expanded ? a.body.size() : a.body_folded;
        for (size_t i = 0; i < shown; ++i) {
            if (i > 0) space(f, 12);
            text_block(f, "body/" + std::to_string(i), a.body[i], kBody, th.text);
        }
        if (a.body_folded < a.body.size()) {
            space(f, 8);
            const char* state = f.ui.body_expanded ? "expanded" : "collapsed";
            if (button_row(f, {{"read-more", f.ui.body_expanded ? a.read_less : a.read_more, ButtonStyle::quiet}}) == 0)
                f.ui.body_expanded = !f.ui.body_expanded;
            f.out.items.back().state = state;
        }
    }

    if (!a.topics.empty()) {
        space(f, 16);
        chip_row(f, chips(a.topics));
    }

    if (a.quiz) {
        space(f, 24);
        draw_call_to_action(f);
    }
    draw_buttons(f, 1, 16);  // reviews due, the reader's progress
    if (!a.actions_title.empty()) {
        space(f, 28);
        text_block(f, "actions-title", a.actions_title, kTitle, th.text, Role::heading, 3);
        draw_action_list(f);
    }
    draw_buttons(f, 2, 16);  // what you can do, behind a button (data-actions="button")
}

}  // namespace nq::ui
