// The article card: date, headline, dek, sources, body (folded when long), topics, and the
// call to action of the quiz.
#include "ui_draw.h"

namespace nq::ui {

constexpr size_t kFoldedChars = 420;  // a folded body shows whole paragraphs up to about this much text

// How many paragraphs a folded body shows: at least one, then whole paragraphs within kFoldedChars.
static size_t folded_paragraphs(const std::vector<std::string>& body) {
    size_t chars = 0, n = 0;
    for (const std::string& p : body) {
        chars += p.size();
        if (n > 0 && chars > kFoldedChars) break;
        ++n;
    }
    return n;
}

static void draw_call_to_action(Frame& f) {
    const Document& d = f.app.loaded.doc;
    const Session& s = f.app.session;
    const ArticleSummary best = app_article_summary(f.app);
    bool finished = session_finished(s);
    panel(f, f.theme.surface, 0, 20, [&] {
        text_block(f, "quiz-title", d.quiz.title.empty() ? str(Str::quiz_title, f.lang) : d.quiz.title, kTitle,
                   f.theme.text, Role::heading, 3);
        space(f, 6);
        text_block(f, "cta", str(Str::cta_text, f.lang), kBody, f.theme.text);
        if (finished || best.has_best) space(f, 10);
        if (finished) {
            const QuizScore& r = s.result;
            text_block(f, "your-score",
                       fmt(str(Str::your_score, f.lang), {format_number(r.score, f.lang), format_number(r.max, f.lang),
                                                          percent_text(r.percent, f.lang)}),
                       kMetaBold, f.theme.text);
        }
        if (best.has_best)
            text_block(f, "best-score",
                       fmt(str(Str::best_score, f.lang), {format_number(best.best_score, f.lang),
                                                          format_number(best.best_max, f.lang),
                                                          percent_text(best.best_percent, f.lang)}),
                       kMetaBold, finished ? f.theme.text_muted : f.theme.text);
        space(f, 16);
        std::vector<ButtonSpec> buttons;
        if (app_quiz_open(f.app)) buttons.push_back({"start", start_quiz_label(f.app, f.lang), ButtonKind::primary});
        if (finished) buttons.push_back({"results", str(Str::results_title, f.lang), ButtonKind::secondary});
        int pressed = button_row(f, buttons);
        if (pressed >= 0 && buttons[size_t(pressed)].id == "start") intent(f, IntentKind::start_quiz);
        if (pressed >= 0 && buttons[size_t(pressed)].id == "results") intent(f, IntentKind::show_results);
    });
}

// "Review N questions due" (cards from other articles) and "Your progress", once there is progress.
static void draw_progress_entries(Frame& f) {
    const int due = app_due_count(f.app);
    const bool any_attempt = progress_totals(f.app.progress, f.app.today).attempts > 0;
    std::vector<ButtonSpec> buttons;
    if (due > 0)
        buttons.push_back({"review-due", review_due_label(due, f.lang), ButtonKind::secondary});
    if (any_attempt) buttons.push_back({"show-progress", str(Str::your_progress, f.lang), ButtonKind::quiet});
    if (buttons.empty()) return;
    space(f, 16);
    int pressed = button_row(f, buttons);
    if (pressed >= 0 && buttons[size_t(pressed)].id == "review-due") intent(f, IntentKind::start_review);
    if (pressed >= 0 && buttons[size_t(pressed)].id == "show-progress") intent(f, IntentKind::show_progress);
}

void draw_article(Frame& f) {
    const Document& d = f.app.loaded.doc;
    const Article& a = d.article;
    const Theme& th = f.theme;

    text_block(f, "date", format_date(a.date, f.lang), kMeta, th.text_muted);
    space(f, 6);
    text_block(f, "headline", a.headline, f.width() < 400 ? kHeadlineNarrow : kHeadline, th.text, Role::heading, 2);
    if (!a.dek.empty()) {
        space(f, 8);
        text_block(f, "dek", a.dek, kDek, th.text_muted);
    }

    std::vector<Chip> sources;
    for (size_t i = 0; i < a.sources.size(); ++i)
        sources.push_back({"source/" + std::to_string(i), a.sources[i].name, "", a.sources[i].url});
    if (a.more_sources > 0)
        sources.push_back({"source/more", "+" + std::to_string(a.more_sources),
                           fmt(str(Str::more_sources, f.lang), {std::to_string(a.more_sources)}), ""});
    if (!sources.empty()) {
        space(f, 16);
        chip_row(f, sources);
    }

    if (!a.body.empty()) {
        space(f, 20);
        size_t folded = folded_paragraphs(a.body);
        size_t shown = f.ui.body_expanded ? a.body.size() : folded;
        for (size_t i = 0; i < shown; ++i) {
            if (i > 0) space(f, 12);
            text_block(f, "body/" + std::to_string(i), a.body[i], kBody, th.text);
        }
        if (folded < a.body.size()) {
            space(f, 8);
            const char* state = f.ui.body_expanded ? "expanded" : "collapsed";
            std::string label = str(f.ui.body_expanded ? Str::read_less : Str::read_more, f.lang);
            if (button_row(f, {{"read-more", label, ButtonKind::quiet}}) == 0) f.ui.body_expanded = !f.ui.body_expanded;
            f.out.items.back().state = state;
        }
    }

    if (!a.topics.empty()) {
        space(f, 16);
        std::vector<Chip> topics;
        for (const Topic& t : a.topics) {
            std::string emoji = without_variation_selectors(t.emoji);
            topics.push_back({"topic/" + t.id, emoji.empty() ? t.label : emoji + "  " + t.label, t.label, ""});
        }
        chip_row(f, topics);
    }

    if (d.has_quiz && !d.quiz.questions.empty()) {
        space(f, 24);
        draw_call_to_action(f);
    }
    draw_progress_entries(f);
    if (!d.actions.empty()) {
        space(f, 16);
        std::string label = std::string(str(Str::what_you_can_do, f.lang)) + " (" + std::to_string(d.actions.size()) + ")";
        if (button_row(f, {{"actions", label, ButtonKind::secondary}}) == 0) intent(f, IntentKind::show_actions);
    }
}

}  // namespace nq::ui
