// progress_store.cpp: the stored form of the progress store: its JSON text written and
// read back, stores of earlier versions migrated, damaged ones repaired entry by entry, and
// the size cap (progress.h, [SECTION] Stored form).
//
// Index of this file:
// [SECTION] Writing JSON
// [SECTION] Reading JSON
// [SECTION] Migrations
// [SECTION] Loading
// [SECTION] The size cap
#include "progress.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>

#include "json_reader.h"
#include "json_writer.h"
#include "progress_internal.h"
#include "stable_sort.h"

namespace nq {

using namespace progress_detail;

namespace {


constexpr const char* kFormatName = "newsquiz-progress";
constexpr double kDayMs = 86400000.0;
constexpr double kFinite = std::numeric_limits<double>::max();  // responses and answers: any finite number

// A copy with the members of every object sorted by name. NOTE: a question snapshot is
// checked in this order, so that of two errors in one snapshot the same one is reported
// however the store ordered its members.
Json sorted_members(const Json& j) {
    if (j.is_array()) {
        Json out = Json::array();
        for (const Json& v : j) out.push_back(sorted_members(v));
        return out;
    }
    if (!j.is_object()) return j;
    std::vector<const Json::Member*> members;
    for (const Json::Member& member : j.members()) members.push_back(&member);
    stable_sort(members, [](const Json::Member* a, const Json::Member* b) { return a->first < b->first; });
    Json out = Json::object();
    Json::object_t& sorted = out.members();
    for (auto* member : members) sorted.emplace_back(member->first, sorted_members(member->second));
    return out;
}

// [SECTION] Writing JSON
// NOTE: written straight to text rather than through a tree: building and freeing
// a tree per save was 90 % of the time of a 10,000-attempt store. A counting writer only
// measures (the size cap measures a store many times over; building the text each time
// costs far more).

void write_topic(JsonWriter& w, const Topic& t) {
    w.begin_object();
    w.field("id", t.id);
    w.field("label", t.label);
    if (!t.emoji.empty()) w.field("emoji", t.emoji);
    w.end_object();
}

void write_response(JsonWriter& w, const Response& r) {
    w.begin_object();
    if (!r.ids.empty()) w.field("ids", r.ids);
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
    if (scored_in_parts(q.type) && q.scoring == Scoring::all_or_nothing) w.field("scoring", "all_or_nothing");
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
            // With a range, any number in it is right and the range is the solution shown: the
            // answer, which a range alone does not have, is left out.
            if (!(q.min && q.max)) w.field("answer", q.answer_number);
            if (q.tolerance != 0) w.field("tolerance", q.tolerance);
            if (q.min && q.max) {
                w.field("min", *q.min);
                w.field("max", *q.max);
            }
            if (!q.unit.empty()) w.field("unit", q.unit);
            break;
        case QuestionType::text: w.field("accept", q.accept); break;
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
    if (!a.topics.empty()) w.field("topics", a.topics);
    w.array("questions", a.questions, [](JsonWriter& jw, const QuestionProgress& q) {
        jw.begin_object();
        jw.field("id", q.id);
        jw.field("topics", q.topics);
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

// The JSON size of one value written by `write`.
template <typename T>
size_t written_size(void (*write)(JsonWriter&, const T&), const T& value) {
    JsonWriter w(JsonStyle::store);
    w.counting = true;
    write(w, value);
    return w.size;
}

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
    JsonWriter w(JsonStyle::store);
    write_store(w, store);
    return std::move(w.out);
}

// The review quiz as a newsquiz/1 document, with the question writer of the stored form.
std::string progress_detail::review_document_json(const Document& doc) {
    JsonWriter w(JsonStyle::store);
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
    const Json* member(const Json& o, const char* key, const std::string& at, bool required) {
        if (const Json* v = o.find(key)) return v;
        if (required) warn(ProgressCode::missing_field, at + "/" + key);
        return nullptr;
    }

    bool text(const Json& o, const char* key, const std::string& at, std::string& out, bool required = true) {
        const Json* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_string()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = v->get<std::string>();
        return true;
    }

    bool id(const Json& o, const char* key, const std::string& at, std::string& out) {
        if (!text(o, key, at, out)) return false;
        if (!valid_id(out)) return warn(ProgressCode::out_of_range, at + "/" + key), false;
        return true;
    }

    bool real(const Json& o, const char* key, const std::string& at, double& out, double lo, double hi,
              bool required = true) {
        const Json* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_number()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        double x = v->get<double>();
        if (!(x >= lo && x <= hi)) return warn(ProgressCode::out_of_range, at + "/" + key), false;
        out = x;
        return true;
    }

    bool integer(const Json& o, const char* key, const std::string& at, int& out, int lo, int hi, bool required = true) {
        double x = 0;
        if (!real(o, key, at, x, lo, hi, required)) return false;
        if (!o.contains(key)) return true;
        if (x != std::floor(x)) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = static_cast<int>(x);
        return true;
    }

    bool flag(const Json& o, const char* key, const std::string& at, bool& out, bool required = true) {
        const Json* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_boolean()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out = v->get<bool>();
        return true;
    }

    bool strings(const Json& o, const char* key, const std::string& at, std::vector<std::string>& out,
                 bool required = true) {
        const Json* v = member(o, key, at, required);
        if (!v) return !required;
        if (!v->is_array()) return warn(ProgressCode::wrong_type, at + "/" + key), false;
        out.clear();
        for (size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string()) return warn(ProgressCode::wrong_type, at + "/" + key + "/" + std::to_string(i)), false;
            out.push_back((*v)[i].get<std::string>());
        }
        return true;
    }

    bool object(const Json& v, const std::string& at) {
        if (v.is_object()) return true;
        warn(ProgressCode::wrong_type, at);
        return false;
    }

    // An array member; absent = empty when optional.
    const Json* array(const Json& o, const char* key, const std::string& at, bool required = true) {
        const Json* v = member(o, key, at, required);
        if (v && !v->is_array()) {
            warn(ProgressCode::wrong_type, at + "/" + key);
            return nullptr;
        }
        return v;
    }

    bool topic(const Json& j, const std::string& at, Topic& t) {
        return object(j, at) && id(j, "id", at, t.id) && text(j, "label", at, t.label) &&
               text(j, "emoji", at, t.emoji, false);
    }

    bool response(const Json& j, const std::string& at, Response& r) {
        if (!object(j, at)) return false;
        r.answered = true;
        if (!strings(j, "ids", at, r.ids, false) || !flag(j, "boolean", at, r.boolean, false) ||
            !real(j, "number", at, r.number, -kFinite, kFinite, false) || !text(j, "text", at, r.text, false))
            return false;
        const Json* matches = array(j, "matches", at, false);
        if (j.contains("matches") && !matches) return false;
        if (!matches) return true;
        for (size_t i = 0; i < matches->size(); ++i) {
            const Json& m = (*matches)[i];
            if (!m.is_array() || m.size() != 2 || !m[0].is_string() || !m[1].is_string())
                return warn(ProgressCode::wrong_type, at + "/matches/" + std::to_string(i)), false;
            r.matches.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
        }
        return true;
    }

    // A question snapshot, read by the rules of a question in a document (document.h,
    // load_question), so that a review quiz made of it is a valid document. The first error
    // is the warning: wrong_type and missing_field as they are, any other rule out_of_range.
    // Beyond those rules, the store's own: points within its range, and a topic that the
    // review's article can declare.
    bool question(const Json& j, const std::string& at, Question& q) {
        QuestionLoad loaded = load_question(json_dump(sorted_members(j)));
        for (const Diagnostic& d : loaded.diagnostics) {
            if (d.severity != Severity::error) continue;
            ProgressCode code = d.code == DiagCode::wrong_type      ? ProgressCode::wrong_type
                                : d.code == DiagCode::missing_field ? ProgressCode::missing_field
                                                                    : ProgressCode::out_of_range;
            return warn(code, at + d.pointer), false;
        }
        double points = 1;
        if (!real(j, "points", at, points, 1e-9, kMaxPoints, false)) return false;
        const std::string& topic = loaded.question.topic;
        if (!topic.empty() && !is_slug(topic)) return warn(ProgressCode::out_of_range, at + "/topic"), false;
        q = std::move(loaded.question);
        return true;
    }

    bool card(const Json& j, const std::string& at, Card& c) {
        if (!object(j, at) || !real(j, "stability", at, c.fsrs.memory.stability, 0.001, 36500) ||
            !real(j, "difficulty", at, c.fsrs.memory.difficulty, 1, 10) || !integer(j, "reps", at, c.fsrs.reps, 1, 1000000) ||
            !integer(j, "lapses", at, c.fsrs.lapses, 0, 1000000) ||
            !integer(j, "last_day", at, c.fsrs.last_day, -kMaxDay, kMaxDay) ||
            !integer(j, "interval", at, c.fsrs.interval, 1, 36500) ||
            !integer(j, "due_day", at, c.fsrs.due_day, -kMaxDay, kMaxDay + 36500) ||
            !real(j, "last_ms", at, c.last_ms, 0, kMaxMs) || !flag(j, "last_correct", at, c.last_correct) ||
            !integer(j, "spaced_successes", at, c.spaced_successes, 0, 1000000))
            return false;
        if (const Json* q = member(j, "question", at, false)) {
            Question snapshot;
            if (question(*q, at + "/question", snapshot)) c.question = snapshot;  // else: a card that can't be re-asked
        }
        return true;
    }

    bool answer(const Json& j, const std::string& at, AnswerRecord& r) {
        if (!object(j, at) || !text(j, "id", at, r.question_id) || !real(j, "score", at, r.score, 0, kMaxPoints) ||
            !real(j, "max", at, r.max, 0, kMaxPoints) || !flag(j, "correct", at, r.correct) ||
            !real(j, "time_ms", at, r.time_ms, 0, kMaxMs))
            return false;
        const Json* resp = member(j, "response", at, false);
        return !resp || response(*resp, at + "/response", r.response);
    }

    bool attempt(const Json& j, const std::string& at, Attempt& a) {
        if (!object(j, at) || !id(j, "id", at, a.id) || !real(j, "started_ms", at, a.started_ms, 0, kMaxMs) ||
            !real(j, "finished_ms", at, a.finished_ms, 0, kMaxMs) || !integer(j, "day", at, a.day, -kMaxDay, kMaxDay) ||
            !real(j, "score", at, a.score, 0, kMaxPoints) || !real(j, "max", at, a.max, 0, kMaxPoints) ||
            !flag(j, "completed", at, a.completed))
            return false;
        const Json* list = array(j, "answers", at, false);
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

    bool folded_attempts(const Json& j, const std::string& at, FoldedAttempts& f) {
        return object(j, at) && integer(j, "attempts", at, f.attempts, 0, 100000000) &&
               integer(j, "completed", at, f.completed, 0, f.attempts) &&
               real(j, "best_score", at, f.best_score, 0, kMaxPoints) && real(j, "best_max", at, f.best_max, 0, kMaxPoints) &&
               real(j, "until_ms", at, f.until_ms, 0, kMaxMs) && real(j, "time_ms", at, f.time_ms, 0, 1e18);
    }

    bool article(const Json& j, const std::string& at, ArticleProgress& a) {
        if (!object(j, at) || !id(j, "id", at, a.id) || !text(j, "headline", at, a.headline) ||
            !real(j, "last_ms", at, a.last_ms, 0, kMaxMs) || !strings(j, "topics", at, a.topics, false))
            return false;
        if (const Json* f = member(j, "folded", at, false))
            if (!folded_attempts(*f, at + "/folded", a.folded)) return false;
        if (const Json* list = array(j, "questions", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/questions/" + std::to_string(i);
                const Json& qj = (*list)[i];
                QuestionProgress q;
                if (!object(qj, p) || !text(qj, "id", p, q.id) || !strings(qj, "topics", p, q.topics)) continue;
                if (find_by(a.questions, &QuestionProgress::id, q.id)) {
                    warn(ProgressCode::duplicate_id, p + "/id");
                    continue;
                }
                if (const Json* cj = member(qj, "card", p, false)) {
                    Card c;
                    if (card(*cj, p + "/card", c)) q.card = c;
                }
                a.questions.push_back(q);
            }
        if (const Json* list = array(j, "attempts", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/attempts/" + std::to_string(i);
                Attempt t;
                if (!attempt((*list)[i], p, t)) continue;
                if (find_by(a.attempts, &Attempt::id, t.id)) {
                    warn(ProgressCode::duplicate_id, p + "/id");
                    continue;
                }
                a.attempts.push_back(t);
            }
        nq::stable_sort(a.attempts, attempt_before);
        if (const Json* list = array(j, "actions", at, false))
            for (size_t i = 0; i < list->size(); ++i) {
                std::string p = at + "/actions/" + std::to_string(i);
                const Json& mj = (*list)[i];
                ActionMark m;
                if (object(mj, p) && id(mj, "key", p, m.key) && flag(mj, "done", p, m.done) &&
                    real(mj, "changed_ms", p, m.changed_ms, 0, kMaxMs))
                    a.actions.push_back(m);
            }
        return true;
    }

    void store(const Json& j, ProgressStore& s) {
        if (!text(j, "learner", "", s.learner_id)) s.learner_id.clear();
        if (const Json* list = array(j, "topics", "", false))
            for (size_t i = 0; i < list->size(); ++i) {
                Topic t;
                if (topic((*list)[i], "/topics/" + std::to_string(i), t)) s.topics[t.id] = t;
            }
        if (const Json* list = array(j, "days", "", false))
            for (size_t i = 0; i < list->size(); ++i) {
                const Json& d = (*list)[i];
                std::string p = "/days/" + std::to_string(i);
                if (!d.is_number() || d.get<double>() != std::floor(d.get<double>())) warn(ProgressCode::wrong_type, p);
                else if (std::fabs(d.get<double>()) > kMaxDay) warn(ProgressCode::out_of_range, p);
                else s.days.push_back(static_cast<int>(d.get<double>()));
            }
        if (!integer(j, "longest_streak", "", s.longest_streak, 0, 2 * kMaxDay, false)) s.longest_streak = 0;
        if (const Json* f = member(j, "folded", "", false)) {
            FoldedArticles fa;
            if (object(*f, "/folded") && integer(*f, "articles", "/folded", fa.articles, 0, 100000000) &&
                integer(*f, "attempts", "/folded", fa.attempts, 0, 100000000) &&
                integer(*f, "completed", "/folded", fa.completed, 0, 100000000) &&
                real(*f, "until_ms", "/folded", fa.until_ms, 0, kMaxMs))
                s.folded = fa;
        }
        if (const Json* list = array(j, "articles", "", false))
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

// Version 1 (newsquiz 0.1, "format": "newsquiz-progress/1"): flat lists.
//   {"learner", "days": [day],
//    "attempts": [{"article", "headline", "started", "finished", "score", "max", "complete",
//                  "answers": [{"q", "topic", "answered", "correct", "score", "max", "ms"}]}],
//    "cards": [{"article", "question", "topic", "s", "d", "reps", "lapses", "last", "due", "grade"}]}
// Version 2 nests attempts and cards under their article, keeps responses and question
// snapshots (version 1 kept neither) and the local day of each attempt (taken from the
// UTC day of its end, the best version 1 allows).
Json migrate_1_to_2(const Json& v1) {
    Json v2 = {{"format", kFormatName}, {"version", 2}};
    if (const Json* learner = v1.find("learner")) v2["learner"] = *learner;
    if (const Json* days = v1.find("days")) v2["days"] = *days;
    std::map<std::string, Json> articles;  // by article id, turned into an array at the end
    auto article_for = [&](const Json& entry) -> Json* {
        const Json* id = entry.find("article");
        if (!id || !id->is_string()) return nullptr;
        Json& a = articles[id->get<std::string>()];
        if (a.is_null()) a = {{"id", *id}, {"headline", ""}, {"last_ms", 0}, {"questions", Json::array()}, {"attempts", Json::array()}};
        return &a;
    };
    auto question_for = [](Json& article, const Json& id, const Json* topic) -> Json& {
        for (Json& q : article["questions"])
            if (q["id"] == id) return q;
        Json topics = Json::array();
        if (topic && topic->is_string() && !topic->get<std::string>().empty()) topics.push_back(*topic);
        article["questions"].push_back({{"id", id}, {"topics", topics}});
        return article["questions"].back();
    };
    const Json* attempts = v1.find("attempts");
    for (size_t i = 0; attempts && attempts->is_array() && i < attempts->size(); ++i) {
        const Json& t = (*attempts)[i];
        Json* a = t.is_object() ? article_for(t) : nullptr;
        if (!a) continue;
        Json started = t.value("started", Json(0)), finished = t.value("finished", Json(0));
        double end = finished.is_number() && finished.get<double>() > 0 ? finished.get<double>()
                     : started.is_number()                                ? started.get<double>()
                                                                          : 0;
        if (t.contains("headline")) (*a)["headline"] = t["headline"];
        if ((*a)["last_ms"].get<double>() < end) (*a)["last_ms"] = end;
        Json answers = Json::array();
        const Json* list = t.find("answers");
        for (size_t k = 0; list && list->is_array() && k < list->size(); ++k) {
            const Json& r = (*list)[k];
            if (!r.is_object() || !r.contains("q")) continue;
            question_for(*a, r["q"], r.find("topic"));
            Json out = {{"id", r["q"]}, {"score", r.value("score", Json())}, {"max", r.value("max", Json())},
                        {"correct", r.value("correct", Json())}, {"time_ms", r.value("ms", Json(0))}};
            if (r.value("answered", Json()) == true) out["response"] = Json::object();  // version 1 kept no responses
            answers.push_back(out);
        }
        std::string id = started.is_number() ? default_attempt_id(started.get<double>()) : "v1-" + std::to_string(i);
        (*a)["attempts"].push_back({{"id", id}, {"started_ms", started}, {"finished_ms", finished},
                                    {"day", std::floor(end / kDayMs)}, {"score", t.value("score", Json())},
                                    {"max", t.value("max", Json())}, {"completed", t.value("complete", Json())},
                                    {"answers", answers}});
    }
    const Json* cards = v1.find("cards");
    for (size_t i = 0; cards && cards->is_array() && i < cards->size(); ++i) {
        const Json& c = (*cards)[i];
        Json* a = c.is_object() && c.contains("question") ? article_for(c) : nullptr;
        if (!a) continue;
        Json last = c.value("last", Json()), due = c.value("due", Json());
        bool days_ok = last.is_number() && due.is_number();
        Json interval = days_ok ? Json(due.get<double>() - last.get<double>()) : Json();
        Json last_ms = last.is_number() ? Json(last.get<double>() * kDayMs) : Json();
        Json& q = question_for(*a, c["question"], c.find("topic"));
        q["card"] = {{"stability", c.value("s", Json())},   {"difficulty", c.value("d", Json())},
                     {"reps", c.value("reps", Json())},     {"lapses", c.value("lapses", Json())},
                     {"last_day", last},                    {"interval", interval},
                     {"due_day", due},                      {"last_ms", last_ms},
                     {"last_correct", c.value("grade", Json()) != 1}, {"spaced_successes", 0}};
    }
    v2["articles"] = Json::array();
    for (auto& [id, a] : articles) v2["articles"].push_back(std::move(a));
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
    JsonReadOptions options;
    options.max_bytes = kProgressMaxInputBytes;
    options.max_depth = std::numeric_limits<int>::max();  // nested_deeper_than() has refused deeper text
    options.max_string_chars = std::numeric_limits<size_t>::max();
    options.last_repeat_wins = true;
    // NOTE: a NUL byte ends the text, as it always has for a store: what a C string holds.
    JsonRead read = json_read(json_text.substr(0, json_text.find('\0')), options);
    if (!read.complete) return fail(ProgressCode::not_json);
    Json j = std::move(read.root);
    if (!j.is_object()) return fail(ProgressCode::not_a_store);
    const Json* format = j.find("format");
    const Json* version = j.find("version");
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
    keep_better(f.best_score, f.best_max, a.score, a.max);
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
    nq::stable_sort(refs, [](const AttemptRef& x, const AttemptRef& y) { return x.started_ms < y.started_ms; });
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
    nq::stable_sort(articles);
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
    nq::stable_sort(cards, [](const auto& x, const auto& y) { return x.first < y.first; });
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

}  // namespace nq
