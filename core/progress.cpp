// progress.cpp: the progress itself: attempts recorded, actions ticked, active days and the
// streak, totals, recent scores, and two stores merged (progress.h, [SECTION] Progress).
// Cards and the review quiz are in progress_review.cpp, the stored text in progress_store.cpp.
//
// Index of this file:
// [SECTION] Days and streaks
// [SECTION] Recording attempts
// [SECTION] Actions and totals
// [SECTION] Merging
#include "progress.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "progress_internal.h"
#include "stable_sort.h"

namespace nq {

using namespace progress_detail;

ProgressStore progress_new(const std::string& learner_id) {
    ProgressStore store;
    store.learner_id = learner_id;
    return store;
}

// [SECTION] Days and streaks
namespace {

bool has_day(const std::vector<int>& days, int day) { return std::binary_search(days.begin(), days.end(), day); }

// Length of the run of consecutive days that ends at `day` (0 when `day` is not active).
int run_ending_at(const std::vector<int>& days, int day) {
    auto it = std::lower_bound(days.begin(), days.end(), day);
    if (it == days.end() || *it != day) return 0;
    int run = 1;
    while (it != days.begin() && *(it - 1) == *it - 1) {
        --it;
        ++run;
    }
    return run;
}

int longest_run(const std::vector<int>& days) {
    int longest = 0, run = 0;
    for (size_t i = 0; i < days.size(); ++i) {
        run = i > 0 && days[i] == days[i - 1] + 1 ? run + 1 : 1;
        longest = std::max(longest, run);
    }
    return longest;
}

}  // namespace

void progress_detail::settle_days(ProgressStore& store) {
    std::sort(store.days.begin(), store.days.end());
    store.days.erase(std::unique(store.days.begin(), store.days.end()), store.days.end());
    store.longest_streak = std::max(store.longest_streak, longest_run(store.days));
    if (store.days.empty()) return;
    int newest = store.days.back();
    int run_start = newest - run_ending_at(store.days, newest) + 1;
    int keep_from = std::min(newest - kProgressKeptDays + 1, run_start);
    store.days.erase(store.days.begin(), std::lower_bound(store.days.begin(), store.days.end(), keep_from));
}

void progress_mark_day(ProgressStore& store, int day) {
    day = clean_day(day);
    if (has_day(store.days, day)) return;
    store.days.insert(std::upper_bound(store.days.begin(), store.days.end(), day), day);
    settle_days(store);
}

Streak progress_streak(const ProgressStore& store, int today) {
    Streak s;
    s.active_today = has_day(store.days, today);
    s.current = run_ending_at(store.days, s.active_today ? today : today - 1);
    s.longest = std::max({store.longest_streak, longest_run(store.days), s.current});
    return s;
}

// [SECTION] Recording attempts
namespace {

std::vector<std::string> topic_ids(const std::vector<Topic>& topics) {
    std::vector<std::string> ids;
    for (const Topic& t : topics) ids.push_back(t.id);
    return ids;
}

// A question's topics: its own, else every topic of its article.
std::vector<std::string> question_topics(const Question& q, const std::vector<std::string>& article_topics) {
    return q.topic.empty() ? article_topics : std::vector<std::string>{q.topic};
}

QuestionProgress& question_entry(ArticleProgress& article, const std::string& id, const std::vector<std::string>& topics) {
    if (QuestionProgress* q = find_by(article.questions, &QuestionProgress::id, id)) return *q;
    article.questions.push_back({id, topics, std::nullopt});
    return article.questions.back();
}

// The question without what a review never shows (per-choice and true/false feedback).
Question question_snapshot(const Question& question) {
    Question q = question;
    for (Choice& c : q.choices) c.feedback.clear();
    q.feedback_true.clear();
    q.feedback_false.clear();
    if (!(q.points > 0 && q.points <= kMaxPoints)) q.points = 1;
    return q;
}

double percent_of(double score, double max) { return max > 0 ? score * 100 / max : 0; }  // exact, as scoring.h

}  // namespace

AttemptInput progress_attempt_from_session(const Document& doc, const Session& session, const std::string& attempt_id,
                                           int day) {
    AttemptInput in;
    in.id = attempt_id;
    in.article_id = doc.article.id;
    in.headline = doc.article.headline;
    in.topics = doc.article.topics;
    std::vector<std::string> article_topics = topic_ids(doc.article.topics);
    for (const Question& q : doc.quiz.questions) in.quiz.push_back({q.id, question_topics(q, article_topics), std::nullopt});
    for (const QuestionRecord& r : session.records) {
        if (r.question < 0 || r.question >= static_cast<int>(doc.quiz.questions.size())) continue;
        const Question& q = doc.quiz.questions[static_cast<size_t>(r.question)];
        // NOTE: a draft never submitted was scored as unanswered; it is no answer here either.
        Response response = r.submitted ? r.response : Response{};
        in.answers.push_back({q.id, response, r.score.score, r.score.max, r.score.correct, r.time_ms, q});
        in.score += r.score.score;
        in.max += r.score.max;
    }
    in.started_ms = session.started_ms;
    in.finished_ms = session.finished_ms;
    in.day = day;
    in.completed = session_finished(session);
    if (in.completed) {
        in.score = session.result.score;
        in.max = session.result.max;
    }
    return in;
}

bool progress_record_attempt(ProgressStore& store, const AttemptInput& in) {
    std::string id = in.id.empty() ? default_attempt_id(in.started_ms) : in.id;
    if (!valid_id(in.article_id) || !valid_id(id)) return false;
    ArticleProgress& article = store.articles[in.article_id];
    if (find_by(article.attempts, &Attempt::id, id)) return false;
    article.id = in.article_id;
    if (!in.headline.empty()) article.headline = in.headline;
    if (!in.topics.empty()) article.topics.clear();
    for (const Topic& t : in.topics) {
        if (!valid_id(t.id)) continue;
        article.topics.push_back(t.id);
        store.topics[t.id] = t;
    }
    for (const QuestionProgress& q : in.quiz) question_entry(article, q.id, q.topics).topics = q.topics;

    Attempt attempt;
    attempt.id = id;
    attempt.started_ms = clean_ms(in.started_ms);
    attempt.finished_ms = clean_ms(in.finished_ms);
    attempt.day = clean_day(in.day);
    attempt.score = clean_points(in.score);
    attempt.max = clean_points(in.max);
    attempt.completed = in.completed;
    double when = attempt.finished_ms > 0 ? attempt.finished_ms : attempt.started_ms;
    for (const AnswerInput& a : in.answers) {
        attempt.answers.push_back({a.question_id, a.response, clean_points(a.score), clean_points(a.max), a.correct,
                                   clean_ms(a.time_ms)});
        if (!a.response.answered) continue;
        QuestionProgress& entry = question_entry(article, a.question_id, question_topics(a.question, article.topics));
        review_card(entry, a.correct, attempt.day, when);
        if (!a.question.id.empty()) entry.card->question = question_snapshot(a.question);
    }
    article.attempts.insert(std::upper_bound(article.attempts.begin(), article.attempts.end(), attempt, attempt_before),
                            attempt);
    article.last_ms = std::max(article.last_ms, when);
    progress_mark_day(store, attempt.day);
    return true;
}

ArticleSummary progress_article_summary(const ArticleProgress& article) {
    ArticleSummary s;
    s.attempts = article.folded.attempts + static_cast<int>(article.attempts.size());
    s.completed = article.folded.completed;
    double best_score = article.folded.best_score, best_max = article.folded.best_max;
    for (const Attempt& a : article.attempts) {
        if (a.completed) s.completed += 1;
        keep_better(best_score, best_max, a.score, a.max);
    }
    s.has_best = best_max > 0;
    s.best_score = best_score;
    s.best_max = best_max;
    s.best_percent = percent_of(best_score, best_max);
    return s;
}

// [SECTION] Actions and totals
std::string progress_action_key(const std::string& action_text) {
    uint32_t h = 2166136261u;
    for (unsigned char c : action_text) h = (h ^ c) * 16777619u;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(h));
    return buf;
}

void progress_set_action_done(ProgressStore& store, const std::string& article_id, const std::string& action_text,
                              bool done, double now_ms) {
    if (!valid_id(article_id)) return;
    ArticleProgress& article = store.articles[article_id];
    article.id = article_id;
    std::string key = progress_action_key(action_text);
    if (ActionMark* m = find_by(article.actions, &ActionMark::key, key)) {
        m->done = done;
        m->changed_ms = clean_ms(now_ms);
        return;
    }
    article.actions.push_back({key, done, clean_ms(now_ms)});
}

std::vector<bool> progress_actions_done(const ProgressStore& store, const Document& doc) {
    std::vector<bool> done(doc.actions.size(), false);
    auto it = store.articles.find(doc.article.id);
    if (it == store.articles.end()) return done;
    for (size_t i = 0; i < doc.actions.size(); ++i) {
        std::string key = progress_action_key(doc.actions[i].text);
        // NOTE: the last mark with the key, should a hand-edited store hold two.
        for (const ActionMark& m : it->second.actions)
            if (m.key == key) done[i] = m.done;
    }
    return done;
}

std::vector<RecentAttempt> progress_recent_attempts(const ProgressStore& store, size_t count) {
    std::vector<std::pair<const Attempt*, const ArticleProgress*>> finished;
    for (const auto& [id, article] : store.articles)
        for (const Attempt& a : article.attempts)
            if (a.completed && a.max > 0) finished.push_back({&a, &article});
    nq::stable_sort(finished, [](const auto& x, const auto& y) {
        const Attempt& a = *x.first;
        const Attempt& b = *y.first;
        return a.finished_ms != b.finished_ms ? a.finished_ms < b.finished_ms : a.started_ms < b.started_ms;
    });
    std::vector<RecentAttempt> recent;
    for (size_t i = finished.size() > count ? finished.size() - count : 0; i < finished.size(); ++i) {
        const Attempt& a = *finished[i].first;
        int percent = static_cast<int>(std::lround(std::clamp(a.score / a.max, 0.0, 1.0) * 100));
        recent.push_back({finished[i].second->id, finished[i].second->headline, a.score, a.max, percent});
    }
    return recent;
}

ProgressTotals progress_totals(const ProgressStore& store, int today) {
    ProgressTotals t;
    t.articles = store.folded.articles;
    t.attempts = store.folded.attempts;
    t.attempts_completed = store.folded.completed;
    for (const auto& [id, article] : store.articles) {
        ArticleSummary s = progress_article_summary(article);
        if (s.attempts > 0) t.articles += 1;
        if (s.completed > 0) t.articles_completed += 1;
        t.attempts += s.attempts;
        t.attempts_completed += s.completed;
        for (const QuestionProgress& q : article.questions) {
            if (!q.card) continue;
            t.cards += 1;
            if (progress_card_due(*q.card, today)) t.due += 1;
        }
    }
    return t;
}

// [SECTION] Merging
namespace {

// The card reviewed later (then the one reviewed more often); a missing snapshot is
// taken from the other.
Card merge_card(const Card& x, const Card& y) {
    bool take_x = x.last_ms != y.last_ms ? x.last_ms > y.last_ms : x.fsrs.reps >= y.fsrs.reps;
    Card out = take_x ? x : y;
    if (!out.question) out.question = take_x ? y.question : x.question;
    return out;
}

// Of two folds (an article's attempts, or a store's articles), the one that counts more,
// then the one that reaches later.
template <typename Fold>
bool fold_wins(const Fold& x, const Fold& y, int Fold::*count) {
    return x.*count != y.*count ? x.*count > y.*count : x.until_ms >= y.until_ms;
}

ArticleProgress merge_article(const ArticleProgress& x, const ArticleProgress& y) {
    const ArticleProgress& newer = x.last_ms >= y.last_ms ? x : y;
    const ArticleProgress& older = x.last_ms >= y.last_ms ? y : x;
    ArticleProgress out = newer;
    if (out.headline.empty()) out.headline = older.headline;
    for (const QuestionProgress& q : older.questions) {
        QuestionProgress* mine = find_by(out.questions, &QuestionProgress::id, q.id);
        if (!mine) out.questions.push_back(q);
        else if (q.card) mine->card = mine->card ? merge_card(*mine->card, *q.card) : *q.card;
    }
    // Attempts: every one of either, once; the detailed copy when one was summarized.
    bool newer_fold_wins = fold_wins(newer.folded, older.folded, &FoldedAttempts::attempts);
    out.folded = newer_fold_wins ? newer.folded : older.folded;
    const ArticleProgress& loser = newer_fold_wins ? older : newer;
    const ArticleProgress& winner = newer_fold_wins ? newer : older;
    out.attempts = winner.attempts;
    for (const Attempt& a : loser.attempts) {
        if (Attempt* same = find_by(out.attempts, &Attempt::id, a.id)) {
            if (!same->detailed && a.detailed) *same = a;
        } else if (out.folded.attempts == 0 || a.started_ms > out.folded.until_ms) {
            out.attempts.push_back(a);  // else: already counted in the winning fold
        }
    }
    nq::stable_sort(out.attempts, attempt_before);
    for (const ActionMark& m : older.actions) {
        ActionMark* same = find_by(out.actions, &ActionMark::key, m.key);
        if (!same) out.actions.push_back(m);
        else if (m.changed_ms > same->changed_ms) *same = m;
    }
    out.last_ms = std::max(x.last_ms, y.last_ms);
    return out;
}

}  // namespace

ProgressStore progress_merge(const ProgressStore& a, const ProgressStore& b) {
    ProgressStore out;
    out.learner_id = a.learner_id.empty() ? b.learner_id : a.learner_id;
    out.topics = b.topics;
    for (const auto& [id, t] : a.topics) out.topics[id] = t;
    bool a_fold_wins = fold_wins(a.folded, b.folded, &FoldedArticles::articles);
    out.folded = a_fold_wins ? a.folded : b.folded;
    const ProgressStore& winner = a_fold_wins ? a : b;
    out.articles = winner.articles;
    for (const auto& [id, article] : (a_fold_wins ? b : a).articles) {
        auto mine = out.articles.find(id);
        if (mine != out.articles.end()) mine->second = merge_article(mine->second, article);
        else if (out.folded.articles == 0 || article.last_ms > out.folded.until_ms) out.articles.emplace(id, article);
    }
    out.days = a.days;
    out.days.insert(out.days.end(), b.days.begin(), b.days.end());
    out.longest_streak = std::max(a.longest_streak, b.longest_streak);
    settle_days(out);
    return out;
}

}  // namespace nq
