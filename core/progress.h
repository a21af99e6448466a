// progress.h: the reader's progress across every article of a site, kept in their own
// browser: attempts, spaced-review cards (FSRS-6), ticked actions and a daily streak.
//
// The core does no I/O and reads no clock: callers pass epoch milliseconds and the
// reader's local day number (days since 1970-01-01 in their time zone), and persist the
// JSON string that progress_save() returns (localStorage, a CLI --progress FILE).
//
//   nq::ProgressLoad loaded = nq::progress_load(saved_text, fresh_random_id);  // never fails
//   for (const nq::ProgressIssue& w : loaded.warnings) log_warning(nq::progress_issue_to_string(w));
//   nq::ProgressStore store = loaded.store;
//   nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, session, attempt_id, today));
//   nq::ReviewQuiz review = nq::progress_review_quiz(store, today, {});   // run review.doc like any quiz
//   save_text(nq::progress_save(store));                                  // at most 256 KiB
//
// Index of this file (each job has its own source file and unit tests):
// [SECTION] Limits
// [SECTION] The store
// [SECTION] Progress: attempts, actions, streak, totals, merging    (progress.cpp, tests/unit-progress.cpp)
// [SECTION] Review: cards due, the review quiz and its answers     (progress_review.cpp, tests/unit-progress-review.cpp)
// [SECTION] Stored form: load, save, migrate, repair, size cap     (progress_store.cpp, tests/unit-progress-store.cpp)
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "fsrs.h"
#include "scoring.h"
#include "session.h"

namespace nq {

// [SECTION] Limits
constexpr size_t kProgressMaxInputBytes = 1024 * 1024;  // progress_load() refuses more, before parsing
constexpr size_t kProgressDefaultBudget = 256 * 1024;   // progress_save() writes at most this many bytes
constexpr int kProgressFormatVersion = 2;               // the version progress_save() writes
constexpr int kProgressKeptDays = 400;  // active days kept besides the current streak's

// [SECTION] The store
struct AnswerRecord {  // one question of one attempt
    std::string question_id;
    Response response;  // as given; `answered` false = no response
    double score = 0;   // points earned
    double max = 0;     // the question's points
    bool correct = false;  // full marks
    double time_ms = 0;    // time spent before submitting
};

struct Attempt {
    std::string id;  // unique within its article; merges match attempts by it
    double started_ms = 0;
    double finished_ms = 0;  // 0 = never finished
    int day = 0;             // reader's local day number of the attempt
    double score = 0;
    double max = 0;
    bool completed = false;  // reached the results
    bool detailed = true;    // false: `answers` were summarized away by the size cap
    std::vector<AnswerRecord> answers;
};

// Attempts folded into totals by the size cap (the oldest first). Never lost: counts and
// the best score stay.
struct FoldedAttempts {
    int attempts = 0;
    int completed = 0;
    double best_score = 0;
    double best_max = 0;    // 0 = no folded attempt had points
    double until_ms = 0;    // started_ms of the newest folded attempt
    double time_ms = 0;     // sum of durations
};

// The FSRS memory of one question, and a snapshot to ask it again without its article.
struct Card {
    FsrsCard fsrs;
    double last_ms = 0;       // epoch ms of the last review; a merge keeps the later card
    bool last_correct = false;
    int spaced_successes = 0;  // correct answers given at least a day after the previous one
    std::optional<Question> question;  // snapshot without per-choice feedback; none once the size cap dropped it
};

struct QuestionProgress {  // one question of an article's quiz
    std::string id;
    std::vector<std::string> topics;  // its topic, or every topic of the article when it has none
    std::optional<Card> card;  // none = never answered
};

struct ActionMark {  // a "What you can do" action the reader ticked (or unticked)
    std::string key;  // progress_action_key(text)
    bool done = false;
    double changed_ms = 0;  // a merge keeps the later change
};

struct ArticleProgress {
    std::string id;
    std::string headline;
    std::vector<std::string> topics;           // article topic ids
    std::vector<QuestionProgress> questions;   // every question of the quiz seen in any attempt
    std::vector<Attempt> attempts;             // oldest first
    FoldedAttempts folded;
    std::vector<ActionMark> actions;
    double last_ms = 0;  // last activity; the size cap folds the least recent articles last
};

// Whole articles folded into totals by the size cap when cards alone overflow it.
struct FoldedArticles {
    int articles = 0;
    int attempts = 0;
    int completed = 0;
    double until_ms = 0;  // last_ms of the most recent folded article
};

struct ProgressStore {
    std::string learner_id;  // random, anonymous; the xAPI actor's account name
    std::map<std::string, ArticleProgress> articles;  // by article id
    std::map<std::string, Topic> topics;  // labels and emoji of every topic seen, by id
    std::vector<int> days;   // local day numbers with an attempt or a review, ascending
    int longest_streak = 0;  // days; kept when old days are dropped
    FoldedArticles folded;
};

ProgressStore progress_new(const std::string& learner_id);

// [SECTION] Progress: attempts, actions, streak, totals, merging
// Recording attempts.
struct AnswerInput {
    std::string question_id;
    Response response;
    double score = 0;
    double max = 0;
    bool correct = false;
    double time_ms = 0;
    Question question;  // the question as asked: becomes the card's snapshot
};

struct AttemptInput {
    std::string id;  // stable and unique, at most 100 chars, e.g. started ms + a random suffix; "" = "<started_ms>"
    std::string article_id;
    std::string headline;
    std::vector<Topic> topics;                 // the article's topics
    std::vector<QuestionProgress> quiz;        // every question of the quiz (id, topics), asked or not
    std::vector<AnswerInput> answers;          // this attempt's questions, in the order asked
    double started_ms = 0;
    double finished_ms = 0;  // 0 = not finished
    int day = 0;             // reader's local day number
    double score = 0;
    double max = 0;
    bool completed = false;  // reached the results
};

// The attempt `session` made at `doc`'s quiz. Questions the reader answered become cards.
AttemptInput progress_attempt_from_session(const Document& doc, const Session& session, const std::string& attempt_id,
                                           int day);

// Adds the attempt and reviews the card of every answered question (correct -> Good,
// otherwise Again; see fsrs_grade). Returns false, changing nothing, when the article
// already holds an attempt with this id (recording twice is harmless), or when the
// article id is empty or the attempt id too long.
bool progress_record_attempt(ProgressStore& store, const AttemptInput& attempt);

struct ArticleSummary {
    int attempts = 0;
    int completed = 0;
    bool has_best = false;   // some attempt had points
    double best_score = 0;   // the attempt with the highest percent (then the highest score)
    double best_max = 0;
    double best_percent = 0; // 0..100, exact (as QuizScore::percent)
};
ArticleSummary progress_article_summary(const ArticleProgress& article);

// Actions, streak, totals.
std::string progress_action_key(const std::string& action_text);  // 8 hex digits (FNV-1a of the text)

void progress_set_action_done(ProgressStore& store, const std::string& article_id, const std::string& action_text,
                              bool done, double now_ms);
std::vector<bool> progress_actions_done(const ProgressStore& store, const Document& doc);  // one per doc.actions

// Adds a day with activity (recording attempts and reviews does it already).
void progress_mark_day(ProgressStore& store, int day);

struct Streak {
    int current = 0;  // consecutive active days ending today, or yesterday when today is not yet active
    int longest = 0;
    bool active_today = false;
};
Streak progress_streak(const ProgressStore& store, int today);

struct ProgressTotals {
    int articles = 0;            // articles with at least one attempt, folded ones included (an article
                                 // attempted again after the size cap folded it counts twice)
    int articles_completed = 0;  // of the articles kept in detail
    int attempts = 0;            // folded ones included
    int attempts_completed = 0;
    int cards = 0;
    int due = 0;  // cards due today that can be asked again
};
ProgressTotals progress_totals(const ProgressStore& store, int today);

struct RecentAttempt {
    std::string article_id;
    std::string headline;  // of its article
    double score = 0;
    double max = 0;        // > 0
    int percent = 0;       // 0..100, whole
};
// The last `count` finished attempts with points, across every article kept in detail,
// oldest first (by finishing time, then starting time): the chart of recent scores.
std::vector<RecentAttempt> progress_recent_attempts(const ProgressStore& store, size_t count);

// Merging two stores.
// The same reader in two tabs: every attempt of either (matched by id), the later
// review of each card, the later change of each action, the union of active days.
// The learner id is a's (b's when a has none). Folded attempts: the fold with more
// attempts wins, and detailed attempts it already covers (started no later than its
// newest) are not counted twice.
ProgressStore progress_merge(const ProgressStore& a, const ProgressStore& b);

// [SECTION] Review: cards due, the review quiz and its answers
struct CardKey {
    std::string article_id;
    std::string question_id;
};

struct DueCard {
    CardKey key;
    std::string headline;   // of the card's article
    int due_day = 0;
    double retrievability = 0;  // predicted recall today, 0..1
};

// Whether a card is due on `today` and can be asked again (it has a snapshot): the cards
// progress_due_cards() lists and ProgressTotals.due counts.
bool progress_card_due(const Card& card, int today);

// Cards due on `today` that can be asked again, the most forgotten first.
std::vector<DueCard> progress_due_cards(const ProgressStore& store, int today);

struct ReviewOptions {
    int max_questions = 10;       // 0 = 10
    std::string exclude_article;  // e.g. the article on the page; "" = none
    std::string headline;         // "" = "Questions due for review"
};

// A quiz of due cards that the normal session and screens run. doc.quiz.questions[i]
// (id "r<i+1>") re-asks keys[i]; `json` is the same document as newsquiz/1 text.
struct ReviewQuiz {
    Document doc;
    std::string json;
    std::vector<CardKey> keys;
};
ReviewQuiz progress_review_quiz(const ProgressStore& store, int today, const ReviewOptions& options);

struct ReviewAnswer {
    CardKey key;
    bool correct = false;
    double time_ms = 0;
};
struct ReviewInput {
    std::vector<ReviewAnswer> answers;
    double finished_ms = 0;
    int day = 0;  // reader's local day number
};

// The answered questions of a review session over `review.doc`.
ReviewInput progress_review_from_session(const ReviewQuiz& review, const Session& session, int day);

// Reviews each answered card; unknown keys are skipped. Returns how many cards it updated.
int progress_record_review(ProgressStore& store, const ReviewInput& review);

// [SECTION] Stored form: load, save, migrate, repair, size cap
// The stored text, version 2 (compact JSON; unknown fields are ignored when read):
//   {"format": "newsquiz-progress", "version": 2, "learner": "...", "topics": [{id, label, emoji?}],
//    "days": [20094, ...], "longest_streak": 3, "folded"?: {articles, attempts, completed, until_ms},
//    "articles": [{"id", "headline", "last_ms", "topics"?, "folded"?: {attempts, completed, best_score,
//                  best_max, until_ms, time_ms},
//      "questions": [{"id", "topics", "card"?: {stability, difficulty, reps, lapses, last_day, interval,
//                     due_day, last_ms, last_correct, spaced_successes, "question"?: a newsquiz/1 question}}],
//      "attempts": [{"id", started_ms, finished_ms, day, score, max, completed, "answers"?: [{"id",
//                    "response"?: {ids?, boolean?, number?, text?, matches?}, score, max, correct, time_ms}]}],
//      "actions"?: [{"key", "done", "changed_ms"}]}]}
// Version 1 ("format": "newsquiz-progress/1", flat lists) is migrated on load;
// tests/fixtures/progress/v<N>-store.json holds a store of every version.
//
// Problems found in stored progress. One list generates the enum, name and wording.
#define NQ_PROGRESS_CODES(X)                                                                     \
    X(not_json, "is not valid JSON; starting from an empty store")                               \
    X(too_large, "is larger than 1 MiB; starting from an empty store")                           \
    X(too_deep, "is nested too deeply; starting from an empty store")                            \
    X(not_a_store, "is not a newsquiz progress store; starting from an empty store")             \
    X(newer_version, "was written by a newer newsquiz; starting from an empty store")            \
    X(unknown_version, "has a version this newsquiz never wrote; starting from an empty store")  \
    X(wrong_type, "has the wrong type; the entry is dropped")                                    \
    X(missing_field, "is required; the entry is dropped")                                        \
    X(out_of_range, "is out of range; the entry is dropped")                                     \
    X(duplicate_id, "repeats an id; the later entry is dropped")                                 \
    X(too_many_warnings, "has more problems than are listed")

enum class ProgressCode {
#define NQ_X(name, text) name,
    NQ_PROGRESS_CODES(NQ_X)
#undef NQ_X
};
const char* progress_code_name(ProgressCode code);     // "wrong_type": stable, for tests and tools
const char* progress_code_message(ProgressCode code);  // the default wording

struct ProgressIssue {
    ProgressCode code = ProgressCode::not_json;
    std::string pointer;  // JSON pointer of the offending value in the stored text; "" = all of it
};
std::string progress_issue_to_string(const ProgressIssue& issue);  // "[newsquiz] progress: /articles/0: has the wrong type; ..."

struct ProgressLoad {
    ProgressStore store;    // what could be read: everything, the valid subset, or an empty store
    std::vector<ProgressIssue> warnings;
    int version = 0;        // of the text read; 0 = unreadable or empty
    bool complete = false;  // true: the whole text was read with no warning (or the text was empty)
};

// Reads a store written by this or any earlier version, migrating it forward. Never
// fails: unreadable text gives an empty store with a warning; an entry with a wrong
// type or value is dropped with a warning and the rest is kept. Empty text is a new
// store. A store without a learner id (or an empty one) gets `new_learner_id`.
// NOTE: with newer_version, keep the stored text: saving over it would lose a newer store.
ProgressLoad progress_load(std::string_view json_text, const std::string& new_learner_id);

std::string progress_to_json(const ProgressStore& store);  // everything, no budget

struct CompactReport {
    size_t bytes = 0;             // size of the store's JSON afterwards
    int answers_summarized = 0;   // attempts whose per-question detail went
    int attempts_folded = 0;      // attempts folded into their article's totals
    int snapshots_dropped = 0;    // cards that can no longer be asked again
    int articles_folded = 0;      // articles folded into the store's totals, with their cards
    bool fits = true;
};

// Shrinks the store until its JSON fits `max_bytes`, the oldest detail first:
// 1. per-question detail of the oldest attempts (score, times, id kept);
// 2. the oldest attempts themselves, into their article's totals (count, best score kept);
// 3. only while the cards alone (without their question snapshots) take more than half
//    of the budget: the least recently active articles, with their cards, into the
//    store's totals (the other half keeps the newest cards askable);
// 4. question snapshots of the cards reviewed longest ago (their memory still counts for
//    mastery, but they are no longer offered for review).
// Totals and attempt counts are never lost, nor best scores of the articles kept.
CompactReport progress_compact(ProgressStore& store, size_t max_bytes);

// progress_compact() to max_bytes (0 = kProgressDefaultBudget), then the JSON. Longer
// than max_bytes only when even the store's totals do not fit (CompactReport.fits).
std::string progress_save(ProgressStore& store, size_t max_bytes = 0);

}  // namespace nq
