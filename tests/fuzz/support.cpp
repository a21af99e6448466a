#include "support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "codec.h"
#include "document.h"
#include "linkify.h"

namespace nq::fuzz {

// [SECTION] Inputs
namespace {

std::vector<std::string_view> split_texts(const uint8_t* data, size_t size, int text_parts) {
    std::vector<std::string_view> parts;
    std::string_view all(reinterpret_cast<const char*>(data), size);
    size_t at = 0;
    for (int k = 0; k < text_parts && at <= size; ++k) {
        size_t end = std::min(all.find('\0', at), size);
        parts.push_back(all.substr(at, end - at));
        at = end + 1;
    }
    return parts;
}

// Where the bytes after the text parts start.
size_t tail_offset(const std::vector<std::string_view>& parts, const uint8_t* data, size_t size) {
    if (parts.empty()) return 0;
    const char* end = parts.back().data() + parts.back().size();
    return std::min(size, size_t(end - reinterpret_cast<const char*>(data)) + 1);
}

}  // namespace

Input::Input(const uint8_t* data, size_t size, int text_parts)
    : parts_(split_texts(data, size, text_parts)),
      provider_(data + tail_offset(parts_, data, size), size - tail_offset(parts_, data, size)) {}

std::string_view Input::part(size_t index) const { return index < parts_.size() ? parts_[index] : std::string_view(); }

// [SECTION] Broken invariants
void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "[newsquiz] fuzz: %s\n", what);
    if (!detail.empty()) std::fprintf(stderr, "%.*s\n", int(std::min(detail.size(), size_t(4000))), detail.data());
    std::abort();
}

// [SECTION] A fuzzed reader
namespace {

std::string json_string(const std::string& s) { return json_dump(Json(s)); }

std::string some_id(FuzzedDataProvider& in, const std::vector<std::string>& ids) {
    return in.ConsumeIntegralInRange<int>(0, 15) == 0 ? in.ConsumeRandomLengthString(12) : ids[in.ConsumeIntegralInRange<size_t>(0, ids.size() - 1)];
}

// ["id",...]: every id in the order given, or a shuffled subset.
std::string id_list(FuzzedDataProvider& in, std::vector<std::string> ids, bool as_given) {
    if (!as_given)
        for (size_t k = ids.size(); k > 1; --k) std::swap(ids[k - 1], ids[in.ConsumeIntegralInRange<size_t>(0, k - 1)]);
    std::string out = "[";
    for (const std::string& id : ids)
        if (as_given || in.ConsumeIntegralInRange<int>(0, 3) > 0) out += (out.size() > 1 ? "," : "") + json_string(id);
    return out + "]";
}

}  // namespace

std::string response_text(FuzzedDataProvider& in, const Question& question) {
    std::vector<std::string> ids = {"zz", ""};
    for (const Choice& c : question.choices) ids.push_back(c.id);
    for (const Item& item : question.items) ids.push_back(item.id);
    for (const Pair& pair : question.pairs) ids.push_back(pair.id);
    switch (in.ConsumeIntegralInRange<int>(0, 8)) {
        case 0: return json_string(some_id(in, ids));  // single
        case 1: {  // multiple, order
            std::string list = "[";
            for (int n = in.ConsumeIntegralInRange<int>(0, 6); n > 0; --n)
                list += json_string(some_id(in, ids)) + (n > 1 ? "," : "");
            return list + "]";
        }
        case 2: return in.ConsumeBool() ? "true" : "false";
        case 3: {  // numeric
            double d = in.ConsumeFloatingPoint<double>();
            if (in.ConsumeBool()) d = double(in.ConsumeIntegralInRange<int>(-1000, 1000)) / 4;
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.17g", d);
            return std::isfinite(d) ? buf : "1e999";
        }
        case 4: {  // match
            std::string map = "{";
            for (int n = in.ConsumeIntegralInRange<int>(0, 6); n > 0; --n)
                map += json_string(some_id(in, ids)) + ":" + json_string(some_id(in, ids)) + (n > 1 ? "," : "");
            return map + "}";
        }
        case 5: return json_string(in.ConsumeRandomLengthString(64));  // text
        case 6: return "null";
        case 7: return shaped_response(in, question);
        default: return in.ConsumeRandomLengthString(128);  // anything at all
    }
}

std::string shaped_response(FuzzedDataProvider& in, const Question& q) {
    std::vector<std::string> ids;
    for (const Choice& c : q.choices) ids.push_back(c.id);
    for (const Item& item : q.items) ids.push_back(item.id);
    switch (q.type) {
        case QuestionType::single:
            return ids.empty() ? "null" : json_string(ids[in.ConsumeIntegralInRange<size_t>(0, ids.size() - 1)]);
        case QuestionType::multiple:
        case QuestionType::order: return id_list(in, ids, q.type == QuestionType::order && in.ConsumeBool());
        case QuestionType::true_false: return in.ConsumeBool() ? "true" : "false";
        case QuestionType::numeric: return json_dump(json_number(q.answer_number + in.ConsumeIntegralInRange<int>(-2, 2)));
        case QuestionType::text:
            if (!q.accept.empty() && in.ConsumeBool()) return json_string(q.accept[in.ConsumeIntegralInRange<size_t>(0, q.accept.size() - 1)]);
            return json_string(in.ConsumeRandomLengthString(24));
        case QuestionType::match: {
            std::string map = "{";
            for (const Pair& p : q.pairs) {
                const Pair& chosen = in.ConsumeBool() ? p : q.pairs[in.ConsumeIntegralInRange<size_t>(0, q.pairs.size() - 1)];
                map += (map.size() > 1 ? "," : "") + json_string(p.id) + ":" + json_string(chosen.id);
            }
            return map + "}";
        }
    }
    return "null";
}

IntentKind reader_step(FuzzedDataProvider& in, const App& app) {
    const Session& s = app.session;
    switch (app.screen) {
        case Screen::question: {
            const QuestionRecord* r = app_current_record(app);
            if (s.phase == Phase::feedback) return IntentKind::next;
            return r && r->response.answered && in.ConsumeBool() ? IntentKind::submit : IntentKind::answer;
        }
        case Screen::results:
        case Screen::review: {
            const IntentKind after[] = {IntentKind::show_review, IntentKind::show_results, IntentKind::retry,
                                        IntentKind::show_progress, IntentKind::show_article, IntentKind::start_review};
            return in.PickValueInArray(after);
        }
        default: return in.ConsumeBool() ? IntentKind::start_quiz : IntentKind::start_review;
    }
}

double later(FuzzedDataProvider& in, double now_ms) {
    switch (in.ConsumeIntegralInRange<int>(0, 7)) {
        case 0: return now_ms;
        case 1: return now_ms + 86400000.0 * in.ConsumeIntegralInRange<int>(1, 400);  // days later
        case 2: return now_ms - in.ConsumeIntegralInRange<int>(1, 86400000);  // the clock was set back
        default: return now_ms + in.ConsumeIntegralInRange<int>(1, 120000);
    }
}

int fuzzed_day(FuzzedDataProvider& in) { return 20000 + in.ConsumeIntegralInRange<int>(0, 800); }

// [SECTION] Invariants of links
void check_spans(std::string_view text, const std::vector<Span>& spans) {
    std::string joined;
    for (const Span& s : spans) {
        joined += s.text;
        NQ_FUZZ_CHECK(s.href.empty() || check_link(s.href) == LinkCheck::safe, "a link in a text is not safe to open",
                      s.href);
    }
    NQ_FUZZ_CHECK(joined == text, "the spans of a text do not give the text back", text);
}

// [SECTION] Invariants of the progress store
// NOTE: read back without a new learner id, so that a store saved without one (a widget
// opened with no "learner") reads back as it was.
void check_saved_text(const std::string& saved, size_t budget) {
    ProgressLoad again = progress_load(saved, "");
    if (!again.complete) {
        std::string detail = saved;
        for (const ProgressIssue& w : again.warnings) detail += "\n" + progress_issue_to_string(w);
        fail("a saved store does not load back cleanly", detail);
    }
    NQ_FUZZ_CHECK(progress_save(again.store, budget) == saved, "a store read back saves to other bytes", saved);
}

std::string check_round_trip(ProgressStore& store, size_t budget) {
    std::string saved = progress_save(store, budget);
    check_saved_text(saved, budget);
    constexpr size_t kNoCap = 1024 * 1024;
    ProgressStore again = progress_load(saved, "").store;
    NQ_FUZZ_CHECK(progress_save(again, kNoCap) == progress_save(store, kNoCap), "a store read back differs from the store saved",
                  saved);
    return saved;
}

namespace {

void check_kept(const ProgressStore& from, const ProgressStore& merged) {
    NQ_FUZZ_CHECK(merged.folded.articles >= from.folded.articles, "a merge lost folded articles", progress_to_json(from));
    for (const auto& [id, article] : from.articles) {
        auto it = merged.articles.find(id);
        if (it == merged.articles.end()) {
            bool folded = merged.folded.articles > 0 && article.last_ms <= merged.folded.until_ms;
            NQ_FUZZ_CHECK(folded, "a merge lost an article", id);
            continue;
        }
        const ArticleProgress& kept = it->second;
        NQ_FUZZ_CHECK(kept.folded.attempts >= article.folded.attempts, "a merge lost folded attempts", id);
        for (const Attempt& a : article.attempts) {
            bool there = std::any_of(kept.attempts.begin(), kept.attempts.end(), [&](const Attempt& k) { return k.id == a.id; });
            bool folded = kept.folded.attempts > 0 && a.started_ms <= kept.folded.until_ms;
            NQ_FUZZ_CHECK(there || folded, "a merge lost an attempt", id + " / " + a.id);
        }
    }
}

}  // namespace

void check_merge_keeps_attempts(const ProgressStore& a, const ProgressStore& b, const ProgressStore& merged) {
    check_kept(a, merged);
    check_kept(b, merged);
}

void check_review_quiz(const ProgressStore& store, int today) {
    ReviewQuiz review = progress_review_quiz(store, today, {});
    if (review.keys.empty()) return;
    LoadResult loaded = load_document(review.json);
    if (!loaded.ok) {
        std::string detail = review.json;
        for (const Diagnostic& d : loaded.diagnostics) detail += "\n" + diagnostic_to_string(d);
        fail("a review quiz is not a valid document", detail);
    }
    NQ_FUZZ_CHECK(loaded.doc.quiz.questions.size() == review.keys.size(), "a review quiz lost questions", review.json);
}

}  // namespace nq::fuzz
