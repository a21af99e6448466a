// session.cpp: the attempt state machine of session.h.
//
// Index of this file:
// [SECTION] Random numbers
// [SECTION] Drawing an attempt
// [SECTION] Names
// [SECTION] Clock
// [SECTION] Steps
#include "session.h"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace nq {

// [SECTION] Random numbers
static constexpr uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;  // SplitMix64's increment
static constexpr uint64_t kPcgMultiplier = 6364136223846793005ull;
static constexpr uint64_t kPcgIncrement = 1442695040888963407ull;  // PCG's default stream

static uint64_t splitmix64(uint64_t x) {
    x += kGoldenGamma;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint32_t Rng::next() {
    uint64_t old = state;
    state = old * kPcgMultiplier + kPcgIncrement;
    uint32_t xorshifted = uint32_t(((old >> 18) ^ old) >> 27);
    uint32_t rot = uint32_t(old >> 59);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

uint32_t Rng::below(uint32_t n) {
    assert(n > 0);
    uint64_t m = uint64_t(next()) * n;
    uint32_t low = uint32_t(m);
    if (low < n) {
        // NOTE: the products whose low half falls under 2^32 mod n are the surplus that would bias
        // small results; drawing again removes them.
        uint32_t threshold = (0u - n) % n;
        while (low < threshold) {
            m = uint64_t(next()) * n;
            low = uint32_t(m);
        }
    }
    return uint32_t(m >> 32);
}

Rng rng_from_seed(uint64_t seed) {
    Rng rng;  // PCG's own seeding: one step from 0, add the seed, one more step
    rng.next();
    rng.state += splitmix64(seed);
    rng.next();
    return rng;
}

void shuffle_indices(std::vector<int>& v, Rng& rng) {
    for (size_t i = v.size(); i > 1; i--) std::swap(v[i - 1], v[rng.below(uint32_t(i))]);
}

// [SECTION] Drawing an attempt
static std::vector<int> identity(size_t n) {
    std::vector<int> v(n);
    std::iota(v.begin(), v.end(), 0);
    return v;
}

// A uniform arrangement other than the solved one (the identity) when n >= 2.
static std::vector<int> scrambled(size_t n, Rng& rng) {
    std::vector<int> solved = identity(n), v = solved;
    do shuffle_indices(v, rng);
    while (n >= 2 && v == solved);
    return v;
}

// Each attempt draws from its own generator, so a retry differs and any attempt can be replayed.
static std::vector<QuestionRecord> draw_attempt(const Quiz& quiz, uint64_t seed, int attempt) {
    Rng rng = rng_from_seed(seed + uint64_t(attempt) * kGoldenGamma);
    size_t pool = quiz.questions.size();
    size_t count = quiz.pick > 0 && size_t(quiz.pick) < pool ? size_t(quiz.pick) : pool;
    std::vector<int> picked = identity(pool);
    if (quiz.shuffle_questions || count < pool) shuffle_indices(picked, rng);
    picked.resize(count);
    if (!quiz.shuffle_questions) std::sort(picked.begin(), picked.end());  // a pick keeps document order

    std::vector<QuestionRecord> records(count);
    for (size_t i = 0; i < count; i++) {
        QuestionRecord& r = records[i];
        r.question = picked[i];
        const Question& q = quiz.questions[size_t(r.question)];
        switch (q.type) {
            case QuestionType::single:
            case QuestionType::multiple:
                r.order = identity(q.choices.size());
                if (q.shuffle.value_or(quiz.shuffle_choices)) shuffle_indices(r.order, rng);
                break;
            case QuestionType::order: r.order = scrambled(q.items.size(), rng); break;
            // NOTE: a right column level with its lefts would give every pair away.
            case QuestionType::match: r.order = scrambled(q.pairs.size(), rng); break;
            case QuestionType::true_false:
            case QuestionType::numeric:
            case QuestionType::text: break;
        }
    }
    return records;
}

Session session_new(const Quiz& quiz, uint64_t seed) {
    Session s;
    s.seed = seed;
    s.records = draw_attempt(quiz, seed, 1);
    return s;
}

// [SECTION] Names
const char* phase_name(Phase phase) {
    switch (phase) {
        case Phase::article: return "article";
        case Phase::question: return "question";
        case Phase::feedback: return "feedback";
        case Phase::results: return "results";
        case Phase::review: return "review";
    }
    return "article";
}

const char* step_name(Step step) {
    switch (step) {
        case Step::start: return "start";
        case Step::answer: return "answer";
        case Step::submit: return "submit";
        case Step::next: return "next";
        case Step::finish: return "finish";
        case Step::retry: return "retry";
        case Step::review: return "review";
        case Step::tick: return "tick";
        case Step::results: return "results";
        case Step::pause: return "pause";
        case Step::resume: return "resume";
    }
    return "tick";
}

// [SECTION] Clock
bool session_running(const Session& session) {
    return session.phase == Phase::question || session.phase == Phase::feedback;
}

bool session_finished(const Session& session) { return session.phase == Phase::results || session.phase == Phase::review; }

static double deadline_ms(const Session& session, const Quiz& quiz) {
    return session.started_ms + double(quiz.time_limit_s) * 1000.0;
}

double session_remaining_ms(const Session& session, const Quiz& quiz, double now_ms) {
    if (quiz.time_limit_s <= 0 || !session_running(session)) return -1;
    return std::max(0.0, deadline_ms(session, quiz) - now_ms);
}

// [SECTION] Steps
// The current question's time on screen up to now, unless it is submitted or off screen.
static void stop_question_clock(Session& s, double now_ms) {
    QuestionRecord& r = s.records[size_t(s.current)];
    if (s.phase == Phase::question && !s.paused && !r.submitted) r.time_ms += std::max(0.0, now_ms - s.resumed_ms);
}

static void show_question(Session& s, int index, double now_ms) {
    s.phase = Phase::question;
    s.current = index;
    s.records[size_t(index)].shown_ms = now_ms;
    s.resumed_ms = now_ms;
}

static void begin_attempt(Session& s, const Quiz& quiz, int attempt, double now_ms, ApplyResult& out) {
    s.attempt = attempt;
    s.records = draw_attempt(quiz, s.seed, attempt);
    s.started_ms = now_ms;
    s.finished_ms = 0;
    s.timed_out = false;
    s.paused = false;
    s.result = QuizScore();
    show_question(s, 0, now_ms);
    out.events.push_back({SessionEventKind::started, -1});
}

static void end_attempt(Session& s, const Quiz& quiz, double at_ms, ApplyResult& out) {
    stop_question_clock(s, at_ms);
    std::vector<int> indices;
    std::vector<Response> responses;
    for (const QuestionRecord& r : s.records) {
        indices.push_back(r.question);
        responses.push_back(r.submitted ? r.response : Response());
    }
    s.result = score_quiz(quiz, indices, responses);
    for (size_t i = 0; i < s.records.size() && i < s.result.questions.size(); i++) s.records[i].score = s.result.questions[i];
    s.phase = Phase::results;
    s.paused = false;
    s.finished_ms = at_ms;
    out.events.push_back({SessionEventKind::completed, -1});
}

static void advance(Session& s, const Quiz& quiz, double now_ms, ApplyResult& out) {
    if (size_t(s.current) + 1 < s.records.size()) show_question(s, s.current + 1, now_ms);
    else end_attempt(s, quiz, now_ms, out);
}

static bool submit(Session& s, const Quiz& quiz, double now_ms, ApplyResult& out) {
    QuestionRecord& r = s.records[size_t(s.current)];
    const Question& q = quiz.questions[size_t(r.question)];
    if (!response_answered(q, r.response)) return false;
    stop_question_clock(s, now_ms);
    r.submitted = true;  // its time is final
    r.score = score_question(q, r.response);
    out.events.push_back({SessionEventKind::answered, s.current});
    if (quiz.feedback == FeedbackMode::immediate) s.phase = Phase::feedback;
    else advance(s, quiz, now_ms, out);
    return true;
}

ApplyResult session_apply(Session& s, const Quiz& quiz, const SessionAction& action) {
    ApplyResult out;
    double now = action.now_ms;
    if (session_running(s) && quiz.time_limit_s > 0 && now >= deadline_ms(s, quiz)) {
        double deadline = deadline_ms(s, quiz);
        end_attempt(s, quiz, deadline, out);
        s.timed_out = true;
        out.accepted = true;
        return out;
    }
    bool on_screen = session_running(s) && !s.paused;
    switch (action.step) {
        case Step::start:
            if (s.phase != Phase::article || s.records.empty()) return out;
            begin_attempt(s, quiz, 1, now, out);
            break;
        case Step::answer:
            if (!on_screen || s.phase != Phase::question) return out;
            s.records[size_t(s.current)].response = action.response;
            break;
        case Step::submit:
            if (!on_screen || s.phase != Phase::question || !submit(s, quiz, now, out)) return out;
            break;
        case Step::next:
            if (!on_screen || s.phase != Phase::feedback) return out;
            advance(s, quiz, now, out);
            break;
        case Step::finish:
            if (!session_running(s)) return out;
            end_attempt(s, quiz, now, out);
            break;
        case Step::retry:
            if ((s.phase != Phase::results && s.phase != Phase::review) || !quiz.allow_retry) return out;
            begin_attempt(s, quiz, s.attempt + 1, now, out);
            break;
        case Step::review:
            if (s.phase != Phase::results) return out;
            s.phase = Phase::review;
            break;
        case Step::results:
            if (s.phase != Phase::review) return out;
            s.phase = Phase::results;
            break;
        case Step::pause:
            if (!on_screen) return out;
            stop_question_clock(s, now);
            s.paused = true;
            break;
        case Step::resume:
            if (!session_running(s) || !s.paused) return out;
            s.paused = false;
            s.resumed_ms = now;
            break;
        case Step::tick: return out;
    }
    out.accepted = true;
    return out;
}

}  // namespace nq
