// progress.cpp: the reader's progress store, its JSON form, the size cap and merges.
//
// Index of this file:
// [SECTION] Small helpers
// [SECTION] Days and streaks
// [SECTION] Recording attempts
// [SECTION] Spaced review
// [SECTION] Actions and totals
// [SECTION] Writing JSON
// [SECTION] Reading JSON
// [SECTION] Migrations
// [SECTION] Loading
// [SECTION] The size cap
// [SECTION] Merging
#include "progress.h"

#include <algorithm>
#include <limits>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <type_traits>

#include <nlohmann/json.hpp>

namespace nq {
namespace {
using InJson = nlohmann::json;
}  // namespace

// [SECTION] Small helpers
namespace {

constexpr double kDayMs = 86400000.0;
constexpr const char* kFormatName = "newsquiz-progress";
constexpr const char* kReviewHeadline = "Questions due for review";
constexpr double kMaxMs = 1e15;   // year 33658: beyond it a time is corrupt
constexpr double kFinite = std::numeric_limits<double>::max();  // responses and answers: any finite number
constexpr int kMaxDay = 1000000;  // local day numbers, either side of 1970
constexpr double kMaxPoints = 1e9;

// Values from callers, brought into the ranges the loader accepts, so that a saved
// store always reads back whole.
double clean_ms(double ms) { return std::isfinite(ms) ? std::clamp(ms, 0.0, kMaxMs) : 0; }
int clean_day(int day) { return std::clamp(day, -kMaxDay, kMaxDay); }
double clean_points(double x) { return std::isfinite(x) ? std::clamp(x, 0.0, kMaxPoints) : 0; }
bool valid_id(const std::string& id) { return !id.empty() && id.size() <= kMaxIdChars; }

QuestionProgress* find_question(ArticleProgress& article, const std::string& id) {
    for (QuestionProgress& q : article.questions)
        if (q.id == id) return &q;
    return nullptr;
}

const QuestionProgress* find_question(const ArticleProgress& article, const std::string& id) {
    for (const QuestionProgress& q : article.questions)
        if (q.id == id) return &q;
    return nullptr;
}

bool has_attempt(const ArticleProgress& article, const std::string& id) {
    for (const Attempt& a : article.attempts)
        if (a.id == id) return true;
    return false;
}

bool attempt_before(const Attempt& x, const Attempt& y) {
    return x.started_ms != y.started_ms ? x.started_ms < y.started_ms : x.id < y.id;
}

double percent_of(double score, double max) { return max > 0 ? std::round(score / max * 1000.0) / 10.0 : 0; }

// The better of two results: the higher share of the points, then the higher score.
bool better_result(double score, double max, double best_score, double best_max) {
    if (best_max <= 0) return max > 0;
    if (max <= 0) return false;
    double a = score / max, b = best_score / best_max;
    return a != b ? a > b : score > best_score;
}

std::string default_attempt_id(double started_ms) { return std::to_string(static_cast<long long>(clean_ms(started_ms))); }

// The question without what a review never shows (per-choice and true/false feedback).
Question question_snapshot(const Question& question) {
    Question q = question;
    for (Choice& c : q.choices) c.feedback.clear();
    q.feedback_true.clear();
    q.feedback_false.clear();
    if (!(q.points > 0 && q.points <= kMaxPoints)) q.points = 1;
    return q;
}

}  // namespace

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

// Keeps the newest kProgressKeptDays days, and every day of the current run however long.
void settle_days(ProgressStore& store) {
    std::sort(store.days.begin(), store.days.end());
    store.days.erase(std::unique(store.days.begin(), store.days.end()), store.days.end());
    store.longest_streak = std::max(store.longest_streak, longest_run(store.days));
    if (store.days.empty()) return;
    int newest = store.days.back();
    int run_start = newest - run_ending_at(store.days, newest) + 1;
    int keep_from = std::min(newest - kProgressKeptDays + 1, run_start);
    store.days.erase(store.days.begin(), std::lower_bound(store.days.begin(), store.days.end(), keep_from));
}

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
    if (QuestionProgress* q = find_question(article, id)) return *q;
    article.questions.push_back({id, topics, std::nullopt});
    return article.questions.back();
}

void review_card(QuestionProgress& entry, bool correct, int day, double ms) {
    Card& card = entry.card ? *entry.card : entry.card.emplace();
    bool spaced = card.fsrs.reps > 0 && day - card.fsrs.last_day >= 1;
    card.fsrs = fsrs_review(FsrsParams{}, card.fsrs, fsrs_grade(correct), day);
    card.last_ms = std::max(card.last_ms, ms);
    card.last_correct = correct;
    if (correct && spaced) card.spaced_successes += 1;
}

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
    if (has_attempt(article, id)) return false;
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
        if (better_result(a.score, a.max, best_score, best_max)) {
            best_score = a.score;
            best_max = a.max;
        }
    }
    s.has_best = best_max > 0;
    s.best_score = best_score;
    s.best_max = best_max;
    s.best_percent = percent_of(best_score, best_max);
    return s;
}

// [SECTION] Spaced review
std::vector<DueCard> progress_due_cards(const ProgressStore& store, int today) {
    std::vector<DueCard> due;
    for (const auto& [id, article] : store.articles)
        for (const QuestionProgress& q : article.questions)
            if (q.card && q.card->question && q.card->fsrs.due_day <= today)
                due.push_back({{id, q.id}, article.headline, q.card->fsrs.due_day,
                               fsrs_retrievability(FsrsParams{}, q.card->fsrs, today)});
    std::stable_sort(due.begin(), due.end(), [](const DueCard& x, const DueCard& y) {
        if (x.retrievability != y.retrievability) return x.retrievability < y.retrievability;
        return x.due_day < y.due_day;
    });
    return due;
}

namespace {
class JsonWriter;
void write_question(JsonWriter& w, const Question& q);
void write_topic(JsonWriter& w, const Topic& t);
std::string review_document_json(const Document& doc);
}  // namespace

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
        Question q = *find_question(store.articles.at(d.key.article_id), d.key.question_id)->card->question;
        q.id = "r" + std::to_string(review.keys.size() + 1);
        bool declared = q.topic.empty();
        for (const Topic& t : doc.article.topics) declared = declared || t.id == q.topic;
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
        QuestionProgress* q = find_question(it->second, a.key.question_id);
        if (!q || !q->card) continue;
        review_card(*q, a.correct, day, when);
        it->second.last_ms = std::max(it->second.last_ms, when);
        updated += 1;
    }
    if (updated > 0) progress_mark_day(store, day);
    return updated;
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
    for (ActionMark& m : article.actions)
        if (m.key == key) {
            m.done = done;
            m.changed_ms = clean_ms(now_ms);
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
    std::stable_sort(finished.begin(), finished.end(), [](const auto& x, const auto& y) {
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
            if (q.card->question && q.card->fsrs.due_day <= today) t.due += 1;
        }
    }
    return t;
}

// [SECTION] Writing JSON
// NOTE: written straight to text rather than through nlohmann trees: building and freeing
// a tree per save was 90 % of the time of a 10,000-attempt store.
namespace {

// Appends JSON with the commas in place: one flag per open container says whether
// the next entry needs a comma before it. A counting writer only measures (the size
// cap measures a store many times over; building the text each time costs far more).
class JsonWriter {
public:
    std::string out;
    size_t size = 0;
    bool counting = false;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(const char* name) {
        separate();
        put('"');
        put(name, std::char_traits<char>::length(name));
        put("\":", 2);
        after_key_ = true;
    }
    void value(const std::string& s) {
        separate();
        quote(s.data(), s.size());
    }
    void value(const char* s) {
        separate();
        quote(s, std::char_traits<char>::length(s));
    }
    void value(bool b) {
        separate();
        put(b ? "true" : "false", b ? 4 : 5);
    }
    void value(int i) { value(static_cast<double>(i)); }
    // Integral values as integers ("3", not "3.0"); others in the fewest digits that read back exactly.
    void value(double x) {
        separate();
        char buf[40];
        if (!std::isfinite(x)) x = 0;  // never produced by the store; JSON has no infinity
        if (x == std::floor(x) && std::fabs(x) < 9007199254740992.0) {
            put(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, static_cast<long long>(x)).ptr - buf));
            return;
        }
        std::snprintf(buf, sizeof buf, "%.15g", x);
        if (std::strtod(buf, nullptr) != x) std::snprintf(buf, sizeof buf, "%.17g", x);
        put(buf, std::char_traits<char>::length(buf));
    }
    template <typename T>
    void field(const char* name, const T& v) {
        key(name);
        value(v);
    }
    // "name": [...], each entry written by write_entry(*this, entry).
    template <typename T, typename Write>
    void array(const char* name, const std::vector<T>& entries, Write write_entry) {
        key(name);
        begin_array();
        for (const T& e : entries) write_entry(*this, e);
        end_array();
    }
    void strings(const char* name, const std::vector<std::string>& v) {
        array(name, v, [](JsonWriter& w, const std::string& s) { w.value(s); });
    }

private:
    static constexpr int kMaxNesting = 16;  // the store nests 9 deep
    bool comma_[kMaxNesting] = {};  // per open container: an entry was written
    int depth_ = 0;
    bool after_key_ = false;

    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) {
            if (comma_[depth_ - 1]) put(',');
            comma_[depth_ - 1] = true;
        }
    }
    void open(char c) {
        separate();
        put(c);
        assert(depth_ < kMaxNesting);
        comma_[depth_++] = false;
    }
    void close(char c) {
        depth_ -= 1;
        put(c);
    }
    // Quotes UTF-8 text; a byte that does not start a valid sequence becomes U+FFFD, so
    // what a caller passed in can always be read back.
    void quote(const char* s, size_t length) {
        put('"');
        for (size_t i = 0; i < length;) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            size_t n = c < 0x80 ? 1 : utf8_sequence_length(s, length, i);
            if (c == '"' || c == '\\') {
                put('\\');
                put(static_cast<char>(c));
            } else if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                put(buf, 6);
            } else if (n == 0) {
                put("\xEF\xBF\xBD", 3);
                n = 1;
            } else {
                put(s + i, n);
            }
            i += n;
        }
        put('"');
    }
    void put(char c) {
        size += 1;
        if (!counting) out += c;
    }
    void put(const char* p, size_t n) {
        size += n;
        if (!counting) out.append(p, n);
    }
    // Bytes of the valid UTF-8 sequence starting at s[i], or 0.
    static size_t utf8_sequence_length(const char* s, size_t length, size_t i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
        if (n == 0 || i + n > length) return 0;
        unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
            return 0;  // overlong, surrogate or beyond U+10FFFF
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
        return n;
    }
};

void write_topic(JsonWriter& w, const Topic& t) {
    w.begin_object();
    w.field("id", t.id);
    w.field("label", t.label);
    if (!t.emoji.empty()) w.field("emoji", t.emoji);
    w.end_object();
}

void write_response(JsonWriter& w, const Response& r) {
    w.begin_object();
    if (!r.ids.empty()) w.strings("ids", r.ids);
    if (r.boolean) w.field("boolean", true);
    if (r.number != 0) w.field("number", r.number);
    if (!r.text.empty()) w.field("text", r.text);
    if (!r.matches.empty())
        w.array("matches", r.matches, [](JsonWriter& jw, const std::pair<std::string, std::string>& m) {
            jw.begin_array();
            jw.value(m.first);
            jw.value(m.second);
            jw.end_array();
        });
    w.end_object();
}

// A question in the newsquiz/1 shape (shared/spec/content-format.md), default fields left out.
void write_question(JsonWriter& w, const Question& q) {
    w.begin_object();
    w.field("id", q.id);
    w.field("type", question_type_name(q.type));
    w.field("prompt", q.prompt);
    if (q.points != 1) w.field("points", q.points);
    if (!q.explanation.empty()) w.field("explanation", q.explanation);
    if (!q.topic.empty()) w.field("topic", q.topic);
    bool scored_in_parts = q.type == QuestionType::multiple || q.type == QuestionType::order;
    if (scored_in_parts && q.scoring == Scoring::all_or_nothing) w.field("scoring", "all_or_nothing");
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            w.array("choices", q.choices, [](JsonWriter& jw, const Choice& c) {
                jw.begin_object();
                jw.field("id", c.id);
                jw.field("text", c.text);
                if (c.correct) jw.field("correct", true);
                if (c.weight) jw.field("weight", *c.weight);
                jw.end_object();
            });
            if (q.shuffle) w.field("shuffle", *q.shuffle);
            break;
        case QuestionType::true_false: w.field("answer", q.answer_bool); break;
        case QuestionType::numeric:
            w.field("answer", q.answer_number);
            if (q.tolerance != 0) w.field("tolerance", q.tolerance);
            if (q.min && q.max) {
                w.field("min", *q.min);
                w.field("max", *q.max);
            }
            if (!q.unit.empty()) w.field("unit", q.unit);
            break;
        case QuestionType::text: w.strings("accept", q.accept); break;
        case QuestionType::order:
            w.array("items", q.items, [](JsonWriter& jw, const Item& it) {
                jw.begin_object();
                jw.field("id", it.id);
                jw.field("text", it.text);
                jw.end_object();
            });
            break;
        case QuestionType::match:
            w.array("pairs", q.pairs, [](JsonWriter& jw, const Pair& p) {
                jw.begin_object();
                jw.field("id", p.id);
                jw.field("left", p.left);
                jw.field("right", p.right);
                jw.end_object();
            });
            break;
    }
    w.end_object();
}

void write_answers(JsonWriter& w, const std::vector<AnswerRecord>& answers) {
    w.begin_array();
    for (const AnswerRecord& r : answers) {
        w.begin_object();
        w.field("id", r.question_id);
        if (r.response.answered) {
            w.key("response");
            write_response(w, r.response);
        }
        w.field("score", r.score);
        w.field("max", r.max);
        w.field("correct", r.correct);
        w.field("time_ms", std::round(r.time_ms));
        w.end_object();
    }
    w.end_array();
}

void write_attempt(JsonWriter& w, const Attempt& a) {
    w.begin_object();
    w.field("id", a.id);
    w.field("started_ms", a.started_ms);
    w.field("finished_ms", a.finished_ms);
    w.field("day", a.day);
    w.field("score", a.score);
    w.field("max", a.max);
    w.field("completed", a.completed);
    if (a.detailed) {
        w.key("answers");
        write_answers(w, a.answers);
    }
    w.end_object();
}

void write_card(JsonWriter& w, const Card& c) {
    w.begin_object();
    w.field("stability", c.fsrs.memory.stability);
    w.field("difficulty", c.fsrs.memory.difficulty);
    w.field("reps", c.fsrs.reps);
    w.field("lapses", c.fsrs.lapses);
    w.field("last_day", c.fsrs.last_day);
    w.field("interval", c.fsrs.interval);
    w.field("due_day", c.fsrs.due_day);
    w.field("last_ms", c.last_ms);
    w.field("last_correct", c.last_correct);
    w.field("spaced_successes", c.spaced_successes);
    if (c.question) {
        w.key("question");
        write_question(w, *c.question);
    }
    w.end_object();
}

void write_folded_attempts(JsonWriter& w, const FoldedAttempts& f) {
    w.begin_object();
    w.field("attempts", f.attempts);
    w.field("completed", f.completed);
    w.field("best_score", f.best_score);
    w.field("best_max", f.best_max);
    w.field("until_ms", f.until_ms);
    w.field("time_ms", std::round(f.time_ms));
    w.end_object();
}

void write_article(JsonWriter& w, const ArticleProgress& a) {
    w.begin_object();
    w.field("id", a.id);
    w.field("headline", a.headline);
    w.field("last_ms", a.last_ms);
    if (!a.topics.empty()) w.strings("topics", a.topics);
    w.array("questions", a.questions, [](JsonWriter& jw, const QuestionProgress& q) {
        jw.begin_object();
        jw.field("id", q.id);
        jw.strings("topics", q.topics);
        if (q.card) {
            jw.key("card");
            write_card(jw, *q.card);
        }
        jw.end_object();
    });
    if (a.folded.attempts > 0) {
        w.key("folded");
        write_folded_attempts(w, a.folded);
    }
    w.array("attempts", a.attempts, write_attempt);
    if (!a.actions.empty())
        w.array("actions", a.actions, [](JsonWriter& jw, const ActionMark& m) {
            jw.begin_object();
            jw.field("key", m.key);
            jw.field("done", m.done);
            jw.field("changed_ms", m.changed_ms);
            jw.end_object();
        });
    w.end_object();
}

// The review quiz as a newsquiz/1 document.
std::string review_document_json(const Document& doc) {
    JsonWriter w;
    w.begin_object();
    w.field("format", "newsquiz/1");
    w.key("article");
    w.begin_object();
    w.field("id", doc.article.id);
    w.field("headline", doc.article.headline);
    w.field("date", doc.article.date);
    if (!doc.article.topics.empty()) w.array("topics", doc.article.topics, write_topic);
    w.end_object();
    w.key("quiz");
    w.begin_object();
    w.field("allow_retry", doc.quiz.allow_retry);
    w.array("questions", doc.quiz.questions, write_question);
    w.end_object();
    w.end_object();
    return std::move(w.out);
}

// The JSON size of one value written by `write`.
template <typename T>
size_t written_size(void (*write)(JsonWriter&, const T&), const T& value) {
    JsonWriter w;
    w.counting = true;
    write(w, value);
    return w.size;
}

}  // namespace

namespace {
void write_store(JsonWriter& w, const ProgressStore& store) {
    w.begin_object();
    w.field("format", kFormatName);
    w.field("version", kProgressFormatVersion);
    w.field("learner", store.learner_id);
    w.key("topics");
    w.begin_array();
    for (const auto& [id, t] : store.topics) write_topic(w, t);
    w.end_array();
    w.array("days", store.days, [](JsonWriter& jw, int day) { jw.value(day); });
    w.field("longest_streak", store.longest_streak);
    if (store.folded.articles > 0) {
        w.key("folded");
        w.begin_object();
        w.field("articles", store.folded.articles);
        w.field("attempts", store.folded.attempts);
        w.field("completed", store.folded.completed);
        w.field("until_ms", store.folded.until_ms);
        w.end_object();
    }
    w.key("articles");
    w.begin_array();
    for (const auto& [id, a] : store.articles) write_article(w, a);
    w.end_array();
    w.end_object();
}
}  // namespace

std::string progress_to_json(const ProgressStore& store) {
    JsonWriter w;
    write_store(w, store);
    return std::move(w.out);
}

// [SECTION] Reading JSON
namespace {

constexpr size_t kMaxWarnings = 100;

// Reads the version-2 shape with strict types. Every helper returns false when the
// value is unusable, after recording why; the caller then drops the smallest entry
// holding it.
struct StoreReader {
    std::vector<ProgressIssue> issues;

    void warn(ProgressCode code, const std::string& pointer) {
        if (issues.size() < kMaxWarnings) issues.push_back({code, pointer});
        else if (issues.size() == kMaxWarnings) issues.push_back({ProgressCode::too_many_warnings, ""});
    }

    // The member `key` of `o`, or nullptr (with missing_field when required).
    const InJson* member(const InJson& o, const char* key, const std::string& at, bool required) {
        auto it = o.find(key);
        if (it != o.end()) return &*it;
        if (required) warn(ProgressCode::missing_field, at + "/" + key);
        return nullptr;
    }

    bool text(const InJson& o, const char* key, const std::string& at, std::string& out, bool required = true) {
        const InJson* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_string()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = v->get<std::string>();
        return true;
    }

    bool id(const InJson& o, const char* key, const std::string& at, std::string& out) {
        if (!text(o, key, at, out)) return false;
        if (out.empty() || out.size() > kMaxIdChars) return warn(ProgressCode::out_of_range, at + "/" + key), false;
        return true;
    }

    bool real(const InJson& o, const char* key, const std::string& at, double& out, double lo, double hi,
              bool required = true) {
        const InJson* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_number()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        double x = v->get<double>();
        if (!(x >= lo && x <= hi)) return warn(ProgressCode::out_of_range, at + "/" + key), false;
        out = x;
        return true;
    }

    bool integer(const InJson& o, const char* key, const std::string& at, int& out, int lo, int hi, bool required = true) {
        double x = 0;
        if (!real(o, key, at, x, lo, hi, required)) return false;
        if (!o.contains(key)) return true;
        if (x != std::floor(x)) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = static_cast<int>(x);
        return true;
    }

    bool flag(const InJson& o, const char* key, const std::string& at, bool& out, bool required = true) {
        const InJson* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_boolean()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = v->get<bool>();
        return true;
    }

    bool strings(const InJson& o, const char* key, const std::string& at, std::vector<std::string>& out,
                 bool required = true) {
        const InJson* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_array()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out.clear();
        for (size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string()) return warn(ProgressCode::wrong_type, at + "/" + key + "/" + std::to_string(i)), false;
            out.push_back((*v)[i].get<std::string>());
        }
        return true;
    }

    bool object(const InJson& v, const std::string& at) {
        if (v.is_object()) return true;
        warn(ProgressCode::wrong_type, at);
        return false;
    }

    // An array member; absent = empty when optional.
    const InJson* array(const InJson& o, const char* key, const std::string& at, bool required = true) {
        const InJson* v = member(o, key, at, required);
        if (v && !v->is_array()) {
            warn(ProgressCode::wrong_type, at + "/" + key);
            return nullptr;
        }
        return v;
    }

    // Choices, items or pairs of a question: 2..kMaxChoices of them, as in a document.
    const InJson* sized_array(const InJson& o, const char* key, const std::string& at) {
        const InJson* v = array(o, key, at);
        if (v && (v->size() < 2 || v->size() > kMaxChoices)) {
            warn(ProgressCode::out_of_range, at + "/" + key);
            return nullptr;
        }
        return v;
    }

    bool topic(const InJson& j, const std::string& at, Topic& t) {
        return object(j, at) && id(j, "id", at, t.id) && text(j, "label", at, t.label) &&
               text(j, "emoji", at, t.emoji, false);
    }

    bool response(const InJson& j, const std::string& at, Response& r) {
        if (!object(j, at)) return false;
        r.answered = true;
        if (!strings(j, "ids", at, r.ids, false) || !flag(j, "boolean", at, r.boolean, false) ||
            !real(j, "number", at, r.number, -kFinite, kFinite, false) || !text(j, "text", at, r.text, false))
            return false;
        const InJson* matches = array(j, "matches", at, false);
        if (j.contains("matches") && !matches) return false;
        if (!matches) return true;
        for (size_t i = 0; i < matches->size(); ++i) {
            const InJson& m = (*matches)[i];
            if (!m.is_array() || m.size() != 2 || !m[0].is_string() || !m[1].is_string())
                return warn(ProgressCode::wrong_type, at + "/matches/" + std::to_string(i)), false;
            r.matches.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
        }
        return true;
    }

    bool question(const InJson& j, const std::string& at, Question& q) {
        std::string type;
        if (!object(j, at) || !text(j, "id", at, q.id) || !text(j, "type", at, type) || !text(j, "prompt", at, q.prompt))
            return false;
        bool known = false;
        for (QuestionType t : {QuestionType::single, QuestionType::multiple, QuestionType::true_false,
                               QuestionType::numeric, QuestionType::text, QuestionType::order, QuestionType::match})
            if (type == question_type_name(t)) {
                q.type = t;
                known = true;
            }
        if (!known) return warn(ProgressCode::out_of_range, at + "/type"), false;
        std::string scoring = "partial";
        if (!real(j, "points", at, q.points, 1e-9, kMaxPoints, false) || !text(j, "explanation", at, q.explanation, false) ||
            !text(j, "topic", at, q.topic, false) || !text(j, "scoring", at, scoring, false))
            return false;
        if (scoring != "partial" && scoring != "all_or_nothing") return warn(ProgressCode::out_of_range, at + "/scoring"), false;
        if (!q.topic.empty() && !is_slug(q.topic)) return warn(ProgressCode::out_of_range, at + "/topic"), false;
        q.scoring = scoring == "partial" ? Scoring::partial : Scoring::all_or_nothing;
        switch (q.type) {
            case QuestionType::single:
            case QuestionType::multiple: return choices(j, at, q);
            case QuestionType::true_false: return flag(j, "answer", at, q.answer_bool);
            case QuestionType::numeric: return numeric(j, at, q);
            case QuestionType::text:
                if (!strings(j, "accept", at, q.accept)) return false;
                return !q.accept.empty() || (warn(ProgressCode::out_of_range, at + "/accept"), false);
            case QuestionType::order: return entries(j, "items", at, q.items, {"id", "text"});
            case QuestionType::match: return entries(j, "pairs", at, q.pairs, {"id", "left", "right"});
        }
        return false;
    }

    bool choices(const InJson& j, const std::string& at, Question& q) {
        const InJson* list = sized_array(j, "choices", at);
        if (!list) return false;
        for (size_t i = 0; i < list->size(); ++i) {
            std::string p = at + "/choices/" + std::to_string(i);
            const InJson& c = (*list)[i];
            Choice choice;
            double weight = 0;
            if (!object(c, p) || !text(c, "id", p, choice.id) || !text(c, "text", p, choice.text) ||
                !flag(c, "correct", p, choice.correct, false) || !real(c, "weight", p, weight, -100, 100, false))
                return false;
            if (c.contains("weight")) choice.weight = weight;
            q.choices.push_back(choice);
        }
        if (j.contains("shuffle")) {
            bool shuffle = false;
            if (!flag(j, "shuffle", at, shuffle)) return false;
            q.shuffle = shuffle;
        }
        return true;
    }

    bool numeric(const InJson& j, const std::string& at, Question& q) {
        if (!real(j, "answer", at, q.answer_number, -kFinite, kFinite) || !real(j, "tolerance", at, q.tolerance, 0, kFinite, false) ||
            !text(j, "unit", at, q.unit, false))
            return false;
        if (j.contains("min") || j.contains("max")) {
            double lo = 0, hi = 0;
            if (!real(j, "min", at, lo, -kFinite, kFinite) || !real(j, "max", at, hi, -kFinite, kFinite)) return false;
            q.min = lo;
            q.max = hi;
        }
        return true;
    }

    // items {id, text} or pairs {id, left, right}: every field a required string.
    template <typename T>
    bool entries(const InJson& j, const char* key, const std::string& at, std::vector<T>& out,
                 std::initializer_list<const char*> fields) {
        const InJson* list = sized_array(j, key, at);
        if (!list) return false;
        for (size_t i = 0; i < list->size(); ++i) {
            std::string p = at + "/" + key + "/" + std::to_string(i);
            if (!object((*list)[i], p)) return false;
            std::vector<std::string> values;
            for (const char* f : fields) {
                std::string v;
                if (!text((*list)[i], f, p, v)) return false;
                values.push_back(v);
            }
            if constexpr (std::is_same_v<T, Item>) out.push_back({values[0], values[1]});
            else out.push_back({values[0], values[1], values[2]});
        }
        return true;
    }

    bool card(const InJson& j, const std::string& at, Card& c) {
        if (!object(j, at) || !real(j, "stability", at, c.fsrs.memory.stability, 0.001, 36500) ||
            !real(j, "difficulty", at, c.fsrs.memory.difficulty, 1, 10) || !integer(j, "reps", at, c.fsrs.reps, 1, 1000000) ||
            !integer(j, "lapses", at, c.fsrs.lapses, 0, 1000000) ||
            !integer(j, "last_day", at, c.fsrs.last_day, -kMaxDay, kMaxDay) ||
            !integer(j, "interval", at, c.fsrs.interval, 1, 36500) ||
            !integer(j, "due_day", at, c.fsrs.due_day, -kMaxDay, kMaxDay + 36500) ||
            !real(j, "last_ms", at, c.last_ms, 0, kMaxMs) || !flag(j, "last_correct", at, c.last_correct) ||
            !integer(j, "spaced_successes", at, c.spaced_successes, 0, 1000000))
            return false;
        if (const InJson* q = member(j, "question", at, false)) {
            Question snapshot;
            if (question(*q, at + "/question", snapshot)) c.question = snapshot;  // else: a card that can't be re-asked
        }
        return true;
    }

    bool answer(const InJson& j, const std::string& at, AnswerRecord& r) {
        if (!object(j, at) || !text(j, "id", at, r.question_id) || !real(j, "score", at, r.score, 0, kMaxPoints) ||
            !real(j, "max", at, r.max, 0, kMaxPoints) || !flag(j, "correct", at, r.correct) ||
            !real(j, "time_ms", at, r.time_ms, 0, kMaxMs))
            return false;
        const InJson* resp = member(j, "response", at, false);
        return !resp || response(*resp, at + "/response", r.response);
    }

    bool attempt(const InJson& j, const std::string& at, Attempt& a) {
        if (!object(j, at) || !id(j, "id", at, a.id) || !real(j, "started_ms", at, a.started_ms, 0, kMaxMs) ||
            !real(j, "finished_ms", at, a.finished_ms, 0, kMaxMs) || !integer(j, "day", at, a.day, -kMaxDay, kMaxDay) ||
            !real(j, "score", at, a.score, 0, kMaxPoints) || !real(j, "max", at, a.max, 0, kMaxPoints) ||
            !flag(j, "completed", at, a.completed))
            return false;
        const InJson* list = array(j, "answers", at, false);
        a.detailed = list != nullptr;
        if (!list) return !j.contains("answers");
        for (size_t i = 0; i < list->size(); ++i) {
            AnswerRecord r;
            if (!answer((*list)[i], at + "/answers/" + std::to_string(i), r)) {
                a.detailed = false;  // the attempt's totals stay; its detail is unreliable
                a.answers.clear();
                return true;
            }
            a.answers.push_back(r);
        }
        return true;
    }

    bool folded_attempts(const InJson& j, const std::string& at, FoldedAttempts& f) {
        return object(j, at) && integer(j, "attempts", at, f.attempts, 0, 100000000) &&
               integer(j, "completed", at, f.completed, 0, f.attempts) &&
               real(j, "best_score", at, f.best_score, 0, kMaxPoints) && real(j, "best_max", at, f.best_max, 0, kMaxPoints) &&
               real(j, "until_ms", at, f.until_ms, 0, kMaxMs) && real(j, "time_ms", at, f.time_ms, 0, 1e18);
    }

    bool article(const InJson& j, const std::string& at, ArticleProgress& a) {
        if (!object(j, at) || !id(j, "id", at, a.id) || !text(j, "headline", at, a.headline) ||
            !real(j, "last_ms", at, a.last_ms, 0, kMaxMs) || !strings(j, "topics", at, a.topics, false))
            return false;
        if (const InJson* f = member(j, "folded", at, false))
            if (!folded_attempts(*f, at + "/folded", a.folded)) return false;
        if (const InJson* list = array(j, "questions", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/questions/" + std::to_string(i);
                const InJson& qj = (*list)[i];
                QuestionProgress q;
                if (!object(qj, p) || !text(qj, "id", p, q.id) || !strings(qj, "topics", p, q.topics)) continue;
                if (find_question(a, q.id)) {
                    warn(ProgressCode::duplicate_id, p + "/id");
                    continue;
                }
                if (const InJson* cj = member(qj, "card", p, false)) {
                    Card c;
                    if (card(*cj, p + "/card", c)) q.card = c;
                }
                a.questions.push_back(q);
            }
        if (const InJson* list = array(j, "attempts", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/attempts/" + std::to_string(i);
                Attempt t;
                if (!attempt((*list)[i], p, t)) continue;
                if (has_attempt(a, t.id)) {
                    warn(ProgressCode::duplicate_id, p + "/id");
                    continue;
                }
                a.attempts.push_back(t);
            }
        std::stable_sort(a.attempts.begin(), a.attempts.end(), attempt_before);
        if (const InJson* list = array(j, "actions", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/actions/" + std::to_string(i);
                const InJson& mj = (*list)[i];
                ActionMark m;
                if (object(mj, p) && id(mj, "key", p, m.key) && flag(mj, "done", p, m.done) &&
                    real(mj, "changed_ms", p, m.changed_ms, 0, kMaxMs))
                    a.actions.push_back(m);
            }
        return true;
    }

    void store(const InJson& j, ProgressStore& s) {
        if (!text(j, "learner", "", s.learner_id)) s.learner_id.clear();
        if (const InJson* list = array(j, "topics", "", false))
            for (size_t i = 0; i < list->size(); ++i) {
                Topic t;
                if (topic((*list)[i], "/topics/" + std::to_string(i), t)) s.topics[t.id] = t;
            }
        if (const InJson* list = array(j, "days", "", false))
            for (size_t i = 0; i < list->size(); ++i) {
                const InJson& d = (*list)[i];
                std::string p = "/days/" + std::to_string(i);
                if (!d.is_number() || d.get<double>() != std::floor(d.get<double>())) warn(ProgressCode::wrong_type, p);
                else if (std::fabs(d.get<double>()) > kMaxDay) warn(ProgressCode::out_of_range, p);
                else s.days.push_back(static_cast<int>(d.get<double>()));
            }
        if (!integer(j, "longest_streak", "", s.longest_streak, 0, 2 * kMaxDay, false)) s.longest_streak = 0;
        if (const InJson* f = member(j, "folded", "", false)) {
            FoldedArticles fa;
            if (object(*f, "/folded") && integer(*f, "articles", "/folded", fa.articles, 0, 100000000) &&
                integer(*f, "attempts", "/folded", fa.attempts, 0, 100000000) &&
                integer(*f, "completed", "/folded", fa.completed, 0, 100000000) &&
                real(*f, "until_ms", "/folded", fa.until_ms, 0, kMaxMs))
                s.folded = fa;
        }
        if (const InJson* list = array(j, "articles", "", false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = "/articles/" + std::to_string(i);
                ArticleProgress a;
                if (!article((*list)[i], p, a)) continue;
                if (s.articles.count(a.id)) {
                    warn(ProgressCode::duplicate_id, p + "/id");
                    continue;
                }
                std::string key = a.id;
                s.articles.emplace(key, std::move(a));
            }
        settle_days(s);
    }
};

// Deeper than any store this code writes: refused before parsing.
bool nested_deeper_than(std::string_view text, int limit) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

}  // namespace

// [SECTION] Migrations
// Each step turns a store of version N into one of version N+1, as JSON. Values are
// carried over as they are; the version-2 reader checks them afterwards (its warnings
// then point into the migrated shape).
namespace {

const InJson* find_member(const InJson& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() ? &*it : nullptr;
}

// Version 1 (newsquiz 0.1, "format": "newsquiz-progress/1"): flat lists.
//   {"learner", "days": [day],
//    "attempts": [{"article", "headline", "started", "finished", "score", "max", "complete",
//                  "answers": [{"q", "topic", "answered", "correct", "score", "max", "ms"}]}],
//    "cards": [{"article", "question", "topic", "s", "d", "reps", "lapses", "last", "due", "grade"}]}
// Version 2 nests attempts and cards under their article, keeps responses and question
// snapshots (version 1 kept neither) and the local day of each attempt (taken from the
// UTC day of its end, the best version 1 allows).
InJson migrate_1_to_2(const InJson& v1) {
    InJson v2 = {{"format", kFormatName}, {"version", 2}};
    if (const InJson* learner = find_member(v1, "learner")) v2["learner"] = *learner;
    if (const InJson* days = find_member(v1, "days")) v2["days"] = *days;
    InJson articles = InJson::object();  // by article id, turned into an array at the end
    auto article_for = [&](const InJson& entry) -> InJson* {
        const InJson* id = find_member(entry, "article");
        if (!id || !id->is_string()) return nullptr;
        InJson& a = articles[id->get<std::string>()];
        if (a.is_null()) a = {{"id", *id}, {"headline", ""}, {"last_ms", 0}, {"questions", InJson::array()}, {"attempts", InJson::array()}};
        return &a;
    };
    auto question_for = [](InJson& article, const InJson& id, const InJson* topic) -> InJson& {
        for (InJson& q : article["questions"])
            if (q["id"] == id) return q;
        InJson topics = InJson::array();
        if (topic && topic->is_string() && !topic->get<std::string>().empty()) topics.push_back(*topic);
        article["questions"].push_back({{"id", id}, {"topics", topics}});
        return article["questions"].back();
    };
    const InJson* attempts = find_member(v1, "attempts");
    for (size_t i = 0; attempts && attempts->is_array() && i < attempts->size(); ++i) {
        const InJson& t = (*attempts)[i];
        InJson* a = t.is_object() ? article_for(t) : nullptr;
        if (!a) continue;
        InJson started = t.value("started", InJson(0)), finished = t.value("finished", InJson(0));
        double end = finished.is_number() && finished.get<double>() > 0 ? finished.get<double>()
                     : started.is_number()                                ? started.get<double>()
                                                                          : 0;
        if (t.contains("headline")) (*a)["headline"] = t["headline"];
        if ((*a)["last_ms"].get<double>() < end) (*a)["last_ms"] = end;
        InJson answers = InJson::array();
        const InJson* list = find_member(t, "answers");
        for (size_t k = 0; list && list->is_array() && k < list->size(); ++k) {
            const InJson& r = (*list)[k];
            if (!r.is_object() || !r.contains("q")) continue;
            question_for(*a, r["q"], find_member(r, "topic"));
            InJson out = {{"id", r["q"]}, {"score", r.value("score", InJson())}, {"max", r.value("max", InJson())},
                        {"correct", r.value("correct", InJson())}, {"time_ms", r.value("ms", InJson(0))}};
            if (r.value("answered", InJson()) == true) out["response"] = InJson::object();  // version 1 kept no responses
            answers.push_back(out);
        }
        std::string id = started.is_number() ? default_attempt_id(started.get<double>()) : "v1-" + std::to_string(i);
        (*a)["attempts"].push_back({{"id", id}, {"started_ms", started}, {"finished_ms", finished},
                                    {"day", std::floor(end / kDayMs)}, {"score", t.value("score", InJson())},
                                    {"max", t.value("max", InJson())}, {"completed", t.value("complete", InJson())},
                                    {"answers", answers}});
    }
    const InJson* cards = find_member(v1, "cards");
    for (size_t i = 0; cards && cards->is_array() && i < cards->size(); ++i) {
        const InJson& c = (*cards)[i];
        InJson* a = c.is_object() && c.contains("question") ? article_for(c) : nullptr;
        if (!a) continue;
        InJson last = c.value("last", InJson()), due = c.value("due", InJson());
        bool days_ok = last.is_number() && due.is_number();
        InJson interval = days_ok ? InJson(due.get<double>() - last.get<double>()) : InJson();
        InJson last_ms = last.is_number() ? InJson(last.get<double>() * kDayMs) : InJson();
        InJson& q = question_for(*a, c["question"], find_member(c, "topic"));
        q["card"] = {{"stability", c.value("s", InJson())},   {"difficulty", c.value("d", InJson())},
                     {"reps", c.value("reps", InJson())},     {"lapses", c.value("lapses", InJson())},
                     {"last_day", last},                    {"interval", interval},
                     {"due_day", due},                      {"last_ms", last_ms},
                     {"last_correct", c.value("grade", InJson()) != 1}, {"spaced_successes", 0}};
    }
    v2["articles"] = InJson::array();
    for (auto& [id, a] : articles.items()) v2["articles"].push_back(a);
    return v2;
}

}  // namespace

// [SECTION] Loading
ProgressLoad progress_load(std::string_view json_text, const std::string& new_learner_id) {
    ProgressLoad out;
    out.store.learner_id = new_learner_id;
    auto fail = [&](ProgressCode code) {
        out.warnings.push_back({code, ""});
        return out;
    };
    if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.complete = true;  // nothing stored yet
        return out;
    }
    if (json_text.size() > kProgressMaxInputBytes) return fail(ProgressCode::too_large);
    if (nested_deeper_than(json_text, kMaxDepth)) return fail(ProgressCode::too_deep);
    InJson j = InJson::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (j.is_discarded()) return fail(ProgressCode::not_json);
    if (!j.is_object()) return fail(ProgressCode::not_a_store);
    const InJson* format = find_member(j, "format");
    const InJson* version = find_member(j, "version");
    if (format && *format == "newsquiz-progress/1") {
        out.version = 1;
        j = migrate_1_to_2(j);
    } else if (format && *format == kFormatName) {
        if (!version || !version->is_number_integer()) return fail(ProgressCode::unknown_version);
        int64_t v = version->get<int64_t>();
        if (v > kProgressFormatVersion) return fail(ProgressCode::newer_version);
        if (v != kProgressFormatVersion) return fail(ProgressCode::unknown_version);
        out.version = static_cast<int>(v);
    } else {
        return fail(ProgressCode::not_a_store);
    }
    StoreReader reader;
    reader.store(j, out.store);
    if (out.store.learner_id.empty()) out.store.learner_id = new_learner_id;
    out.warnings = std::move(reader.issues);
    out.complete = out.warnings.empty();
    return out;
}

const char* progress_code_name(ProgressCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case ProgressCode::name: return #name;
        NQ_PROGRESS_CODES(NQ_X)
#undef NQ_X
    }
    return "unknown";
}

const char* progress_code_message(ProgressCode code) {
    switch (code) {
#define NQ_X(name, text) \
    case ProgressCode::name: return text;
        NQ_PROGRESS_CODES(NQ_X)
#undef NQ_X
    }
    return "unknown";
}

std::string progress_issue_to_string(const ProgressIssue& issue) {
    return std::string("[newsquiz] progress: ") + (issue.pointer.empty() ? "/" : issue.pointer) + ": " +
           progress_code_message(issue.code);
}

// [SECTION] The size cap
namespace {

// size - removed + added, never below 0 (the sizes removed are estimates).
size_t resize(size_t size, size_t removed, size_t added = 0) { return size + added > removed ? size + added - removed : 0; }

// Bytes a member `"key":value,` adds to an object.
template <typename T>
size_t member_bytes(const char* key, void (*write)(JsonWriter&, const T&), const T& value) {
    return std::char_traits<char>::length(key) + 4 + written_size(write, value);
}

void fold_attempt(FoldedAttempts& f, const Attempt& a) {
    f.attempts += 1;
    if (a.completed) f.completed += 1;
    if (better_result(a.score, a.max, f.best_score, f.best_max)) {
        f.best_score = a.score;
        f.best_max = a.max;
    }
    f.until_ms = std::max(f.until_ms, a.started_ms);
    if (a.finished_ms > a.started_ms) f.time_ms += a.finished_ms - a.started_ms;
}

size_t snapshot_bytes(const ArticleProgress& a) {
    size_t bytes = 0;
    for (const QuestionProgress& q : a.questions)
        if (q.card && q.card->question) bytes += member_bytes("question", write_question, *q.card->question);
    return bytes;
}

void fold_article(ProgressStore& store, const ArticleProgress& a) {
    ArticleSummary s = progress_article_summary(a);
    store.folded.articles += 1;
    store.folded.attempts += s.attempts;
    store.folded.completed += s.completed;
    store.folded.until_ms = std::max(store.folded.until_ms, a.last_ms);
}

struct AttemptRef {
    double started_ms;
    ArticleProgress* article;
    size_t index;
};

std::vector<AttemptRef> attempts_oldest_first(ProgressStore& store, bool detailed_only) {
    std::vector<AttemptRef> refs;
    for (auto& [id, a] : store.articles)
        for (size_t i = 0; i < a.attempts.size(); ++i)
            if (!detailed_only || a.attempts[i].detailed) refs.push_back({a.attempts[i].started_ms, &a, i});
    std::stable_sort(refs.begin(), refs.end(), [](const AttemptRef& x, const AttemptRef& y) { return x.started_ms < y.started_ms; });
    return refs;
}

// One pass of the four steps, aiming at `target` bytes by estimating what each removal saves.
void shed(ProgressStore& store, size_t target, size_t size, CompactReport& report) {
    // 1. Per-question detail of the oldest attempts.
    for (const AttemptRef& r : attempts_oldest_first(store, true)) {
        if (size <= target) return;
        Attempt& a = r.article->attempts[r.index];
        size = resize(size, member_bytes("answers", write_answers, a.answers));
        a.detailed = false;
        a.answers.clear();
        report.answers_summarized += 1;
    }
    // 2. The oldest attempts, into their article's totals.
    std::map<ArticleProgress*, size_t> folded_per_article;
    for (const AttemptRef& r : attempts_oldest_first(store, false)) {
        if (size <= target) break;
        ArticleProgress& a = *r.article;
        size_t before = a.folded.attempts > 0 ? member_bytes("folded", write_folded_attempts, a.folded) : 0;
        fold_attempt(a.folded, a.attempts[r.index]);
        size = resize(size, written_size(write_attempt, a.attempts[r.index]) + 1 + before,
                      member_bytes("folded", write_folded_attempts, a.folded));
        folded_per_article[r.article] += 1;
        report.attempts_folded += 1;
    }
    for (const auto& [article, n] : folded_per_article) {
        std::vector<Attempt>& list = article->attempts;
        list.erase(list.begin(), list.begin() + static_cast<long>(n));
    }
    if (size <= target) return;
    // 3. Whole articles, least recently active first, while the store overflows and its
    //    cards without their snapshots take more than half of the budget (the other half
    //    keeps the newest cards askable); 4. then snapshots of the cards reviewed longest ago.
    std::vector<std::pair<double, std::string>> articles;
    size_t snapshots = 0;
    for (const auto& [id, a] : store.articles) {
        articles.push_back({a.last_ms, id});
        snapshots += snapshot_bytes(a);
    }
    std::stable_sort(articles.begin(), articles.end());
    for (const auto& [last_ms, id] : articles) {
        if (size <= target || size - std::min(size, snapshots) <= target / 2) break;
        const ArticleProgress& a = store.articles[id];
        size = resize(size, written_size(write_article, a) + 1);
        snapshots -= snapshot_bytes(a);
        fold_article(store, a);
        store.articles.erase(id);
        report.articles_folded += 1;
    }
    std::vector<std::pair<double, QuestionProgress*>> cards;
    for (auto& [id, a] : store.articles)
        for (QuestionProgress& q : a.questions)
            if (q.card && q.card->question) cards.push_back({q.card->last_ms, &q});
    std::stable_sort(cards.begin(), cards.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [last_ms, q] : cards) {
        if (size <= target) return;
        size = resize(size, member_bytes("question", write_question, *q->card->question));
        q->card->question.reset();
        report.snapshots_dropped += 1;
    }
}

// Topics no article refers to any more (after articles were folded).
void drop_unused_topics(ProgressStore& store) {
    for (auto it = store.topics.begin(); it != store.topics.end();) {
        bool used = false;
        for (const auto& [id, a] : store.articles) {
            used = used || std::find(a.topics.begin(), a.topics.end(), it->first) != a.topics.end();
            for (const QuestionProgress& q : a.questions)
                used = used || std::find(q.topics.begin(), q.topics.end(), it->first) != q.topics.end();
        }
        it = used ? std::next(it) : store.topics.erase(it);
    }
}

}  // namespace

CompactReport progress_compact(ProgressStore& store, size_t max_bytes) {
    CompactReport report;
    size_t size = written_size(write_store, store);
    size_t target = max_bytes;
    // NOTE: the estimates miss a few bytes (commas, emptied arrays); each pass measures
    // the real size and aims lower by what it missed.
    for (int pass = 0; pass < 8 && size > max_bytes; ++pass) {
        shed(store, target, size, report);
        if (report.articles_folded > 0) drop_unused_topics(store);
        size_t measured = written_size(write_store, store);
        if (measured >= size) {  // nothing left to shed
            size = measured;
            break;
        }
        target -= std::min(target, measured > max_bytes ? measured - max_bytes + 64 : 0);
        size = measured;
    }
    report.bytes = size;
    report.fits = size <= max_bytes;
    return report;
}

std::string progress_save(ProgressStore& store, size_t max_bytes) {
    progress_compact(store, max_bytes > 0 ? max_bytes : kProgressDefaultBudget);
    return progress_to_json(store);
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

bool fold_wins(const FoldedAttempts& x, const FoldedAttempts& y) {
    return x.attempts != y.attempts ? x.attempts > y.attempts : x.until_ms >= y.until_ms;
}

ArticleProgress merge_article(const ArticleProgress& x, const ArticleProgress& y) {
    const ArticleProgress& newer = x.last_ms >= y.last_ms ? x : y;
    const ArticleProgress& older = x.last_ms >= y.last_ms ? y : x;
    ArticleProgress out = newer;
    if (out.headline.empty()) out.headline = older.headline;
    for (const QuestionProgress& q : older.questions) {
        QuestionProgress* mine = find_question(out, q.id);
        if (!mine) out.questions.push_back(q);
        else if (q.card) mine->card = mine->card ? merge_card(*mine->card, *q.card) : *q.card;
    }
    // Attempts: every one of either, once; the detailed copy when one was summarized.
    bool newer_fold_wins = fold_wins(newer.folded, older.folded);
    out.folded = newer_fold_wins ? newer.folded : older.folded;
    const ArticleProgress& loser = newer_fold_wins ? older : newer;
    const ArticleProgress& winner = newer_fold_wins ? newer : older;
    out.attempts = winner.attempts;
    for (const Attempt& a : loser.attempts) {
        auto same = std::find_if(out.attempts.begin(), out.attempts.end(), [&](const Attempt& o) { return o.id == a.id; });
        if (same != out.attempts.end()) {
            if (!same->detailed && a.detailed) *same = a;
        } else if (out.folded.attempts == 0 || a.started_ms > out.folded.until_ms) {
            out.attempts.push_back(a);  // else: already counted in the winning fold
        }
    }
    std::stable_sort(out.attempts.begin(), out.attempts.end(), attempt_before);
    for (const ActionMark& m : older.actions) {
        auto same = std::find_if(out.actions.begin(), out.actions.end(), [&](const ActionMark& o) { return o.key == m.key; });
        if (same == out.actions.end()) out.actions.push_back(m);
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
    bool a_fold_wins = a.folded.articles != b.folded.articles ? a.folded.articles > b.folded.articles
                                                              : a.folded.until_ms >= b.folded.until_ms;
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
