// progress_review.cpp: spaced review: the FSRS card of each question, the cards due, the
// review quiz that re-asks them, and its answers recorded (progress.h, [SECTION] Review).
//
// Index of this file:
// [SECTION] Cards
// [SECTION] The review quiz
// [SECTION] Recording reviews
#include "progress.h"

#include <algorithm>
#include <cstdio>

#include "progress_internal.h"
#include "stable_sort.h"

namespace nq {

using namespace progress_detail;

namespace {

constexpr const char* kReviewHeadline = "Questions due for review";

// Local day number -> "YYYY-MM-DD" (proleptic Gregorian calendar, days since 1970-01-01).
std::string civil_date(int day) {
    long z = static_cast<long>(day) + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;                                    // day of the 400-year era
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // year of the era
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              // day of the March-based year
    long mp = (5 * doy + 2) / 153;                                   // month, March = 0
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
    return buf;
}

}  // namespace

// [SECTION] Cards
void progress_detail::review_card(QuestionProgress& entry, bool correct, int day, double ms) {
    Card& card = entry.card ? *entry.card : entry.card.emplace();
    bool spaced = card.fsrs.reps > 0 && day - card.fsrs.last_day >= 1;
    card.fsrs = fsrs_review(FsrsParams{}, card.fsrs, fsrs_grade(correct), day);
    card.last_ms = std::max(card.last_ms, ms);
    card.last_correct = correct;
    if (correct && spaced) card.spaced_successes += 1;
}

bool progress_card_due(const Card& card, int today) { return card.question && card.fsrs.due_day <= today; }

std::vector<DueCard> progress_due_cards(const ProgressStore& store, int today) {
    std::vector<DueCard> due;
    for (const auto& [id, article] : store.articles)
        for (const QuestionProgress& q : article.questions)
            if (q.card && progress_card_due(*q.card, today))
                due.push_back({{id, q.id}, article.headline, q.card->fsrs.due_day,
                               fsrs_retrievability(FsrsParams{}, q.card->fsrs, today)});
    nq::stable_sort(due, [](const DueCard& x, const DueCard& y) {
        if (x.retrievability != y.retrievability) return x.retrievability < y.retrievability;
        return x.due_day < y.due_day;
    });
    return due;
}

// [SECTION] The review quiz
ReviewQuiz progress_review_quiz(const ProgressStore& store, int today, const ReviewOptions& options) {
    ReviewQuiz review;
    Document& doc = review.doc;
    doc.article.id = "review";
    doc.article.headline = options.headline.empty() ? kReviewHeadline : options.headline;
    doc.article.date = civil_date(today);
    doc.has_quiz = true;
    doc.quiz.allow_retry = false;
    size_t limit = options.max_questions > 0 ? static_cast<size_t>(options.max_questions) : 10;
    for (const DueCard& d : progress_due_cards(store, today)) {
        if (review.keys.size() >= limit) break;
        if (d.key.article_id == options.exclude_article) continue;
        const ArticleProgress& from = store.articles.at(d.key.article_id);
        Question q = *find_by(from.questions, &QuestionProgress::id, d.key.question_id)->card->question;
        q.id = "r" + std::to_string(review.keys.size() + 1);
        bool declared = q.topic.empty() || find_by(doc.article.topics, &Topic::id, q.topic);
        if (!declared) {
            auto known = store.topics.find(q.topic);
            Topic t = known != store.topics.end() ? known->second : Topic{q.topic, q.topic, ""};
            if (t.label.empty()) t.label = t.id;
            doc.article.topics.push_back(t);
        }
        doc.quiz.questions.push_back(q);
        review.keys.push_back(d.key);
    }
    review.json = review_document_json(doc);
    return review;
}

// [SECTION] Recording reviews
ReviewInput progress_review_from_session(const ReviewQuiz& review, const Session& session, int day) {
    ReviewInput in;
    in.finished_ms = session.finished_ms;
    in.day = day;
    for (const QuestionRecord& r : session.records) {
        bool answered = r.submitted && r.response.answered;
        if (r.question < 0 || r.question >= static_cast<int>(review.keys.size()) || !answered) continue;
        in.answers.push_back({review.keys[static_cast<size_t>(r.question)], r.score.correct, r.time_ms});
    }
    return in;
}

int progress_record_review(ProgressStore& store, const ReviewInput& review) {
    int updated = 0, day = clean_day(review.day);
    double when = clean_ms(review.finished_ms);
    for (const ReviewAnswer& a : review.answers) {
        auto it = store.articles.find(a.key.article_id);
        if (it == store.articles.end()) continue;
        QuestionProgress* q = find_by(it->second.questions, &QuestionProgress::id, a.key.question_id);
        if (!q || !q->card) continue;
        review_card(*q, a.correct, day, when);
        it->second.last_ms = std::max(it->second.last_ms, when);
        updated += 1;
    }
    if (updated > 0) progress_mark_day(store, day);
    return updated;
}

}  // namespace nq
