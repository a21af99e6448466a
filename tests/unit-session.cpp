// session.h: random numbers, the draw of an attempt, and the attempt state machine.
//
// Expected sequences and orders are hard-coded (computed with an independent Python model
// of PCG32 + SplitMix64, itself checked against the published test vectors), so the same
// file run natively and as WebAssembly proves both draw the same attempts.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "session.h"

using nq::Phase;
using nq::SessionEventKind;
using nq::Step;

// [SECTION] Helpers
static nq::Choice choice(const char* id, bool correct = false, const char* feedback = "") {
    nq::Choice c;
    c.id = id;
    c.text = std::string("choice ") + id;
    c.correct = correct;
    c.feedback = feedback;
    return c;
}

static nq::Question question(const char* id, nq::QuestionType type, double points = 1) {
    nq::Question q;
    q.id = id;
    q.type = type;
    q.prompt = std::string("prompt ") + id;
    q.points = points;
    return q;
}

// Seven questions, one per type, 9 points in all.
static nq::Quiz small_quiz() {
    using T = nq::QuestionType;
    nq::Quiz quiz;
    quiz.pass_percent = 60;
    quiz.results = {{0, "Keep reading"}, {50, "Halfway"}, {80, "Well read"}};

    nq::Question q1 = question("q1", T::single);
    q1.choices = {choice("a", true), choice("b", false, "Not b"), choice("c")};
    nq::Question q2 = question("q2", T::multiple, 3);
    q2.choices = {choice("a", true), choice("b", true), choice("c"), choice("d")};
    nq::Question q3 = question("q3", T::true_false);
    q3.answer_bool = true;
    nq::Question q4 = question("q4", T::numeric);
    q4.answer_number = 3;
    q4.tolerance = 0.5;
    nq::Question q5 = question("q5", T::text);
    q5.accept = {"National Guard"};
    nq::Question q6 = question("q6", T::order);
    q6.items = {{"x", "X"}, {"y", "Y"}, {"z", "Z"}};
    nq::Question q7 = question("q7", T::match);
    q7.pairs = {{"p1", "L1", "R1"}, {"p2", "L2", "R2"}, {"p3", "L3", "R3"}};
    quiz.questions = {q1, q2, q3, q4, q5, q6, q7};
    return quiz;
}

static nq::Response ids(std::vector<std::string> v) {
    nq::Response r;
    r.answered = true;
    r.ids = std::move(v);
    return r;
}
static nq::Response boolean(bool b) {
    nq::Response r;
    r.answered = true;
    r.boolean = b;
    return r;
}
static nq::Response number(double x) {
    nq::Response r;
    r.answered = true;
    r.number = x;
    return r;
}
static nq::Response text(const char* s) {
    nq::Response r;
    r.answered = true;
    r.text = s;
    return r;
}
static nq::Response matches(std::vector<std::pair<std::string, std::string>> m) {
    nq::Response r;
    r.answered = true;
    r.matches = std::move(m);
    return r;
}

// The responses of the reference attempt, by question: 1 + 0 + 1 + 1 + 1 + 0.33 + 0.33 = 4.66 of 9.
static std::vector<nq::Response> reference_responses() {
    return {ids({"a"}),           ids({"a", "c"}),
            boolean(true),        number(3.4),
            text("  national GUARD! "), ids({"x", "z", "y"}),
            matches({{"p1", "p1"}, {"p2", "p3"}, {"p3", "p2"}})};
}

static nq::ApplyResult apply(nq::Session& s, const nq::Quiz& quiz, Step step, double now_ms, nq::Response r = {}) {
    return nq::session_apply(s, quiz, {step, std::move(r), now_ms});
}

static std::vector<SessionEventKind> kinds(const nq::ApplyResult& r) {
    std::vector<SessionEventKind> v;
    for (const nq::SessionEvent& e : r.events) v.push_back(e.kind);
    return v;
}

static std::vector<int> questions_of(const nq::Session& s) {
    std::vector<int> v;
    for (const nq::QuestionRecord& r : s.records) v.push_back(r.question);
    return v;
}

// Every field of a session as text, to prove that a refused action changed nothing.
static std::string snapshot(const nq::Session& s) {
    std::ostringstream o;
    o << s.seed << ' ' << s.attempt << ' ' << nq::phase_name(s.phase) << ' ' << s.current << ' ' << s.started_ms << ' '
      << s.finished_ms << ' ' << s.timed_out << ' ' << s.paused << ' ' << s.resumed_ms << ' ' << s.result.score << ' '
      << s.result.max << ' ' << s.result.percent << ' ' << s.result.passed << ' ' << s.result.band << ' '
      << s.result.questions.size() << '\n';
    for (const nq::QuestionRecord& r : s.records) {
        o << r.question << " [";
        for (int i : r.order) o << i << ',';
        o << "] " << r.response.answered << ' ' << r.response.boolean << ' ' << r.response.number << ' ' << r.response.text
          << ' ' << r.response.ids.size() << ' ' << r.response.matches.size() << ' ' << r.submitted << ' ' << r.score.score
          << ' ' << r.score.max << ' ' << r.score.answered << ' ' << r.score.correct << ' ' << r.shown_ms << ' ' << r.time_ms
          << '\n';
    }
    return o.str();
}

// [SECTION] Random numbers
TEST_CASE("random numbers are the same on every platform") {
    SUBCASE("next() gives PCG32 from a SplitMix64-seeded state") {
        nq::Rng rng = nq::rng_from_seed(42);
        CHECK(rng.next() == 3992575617u);
        CHECK(rng.next() == 663484459u);
        CHECK(rng.next() == 616330932u);
        CHECK(rng.next() == 3956720663u);
        CHECK(rng.next() == 2621497582u);
        nq::Rng zero = nq::rng_from_seed(0);
        CHECK(zero.next() == 880686761u);
        CHECK(zero.next() == 653768305u);
    }
    SUBCASE("below(n) gives a fixed sequence for a fixed seed") {
        nq::Rng rng = nq::rng_from_seed(7);
        std::vector<uint32_t> got;
        for (int i = 0; i < 12; i++) got.push_back(rng.below(10));
        CHECK(got == std::vector<uint32_t>{7, 7, 7, 2, 4, 5, 1, 8, 6, 8, 4, 8});
    }
    SUBCASE("below(n) for n just over 2^31, where rejection matters most") {
        nq::Rng rng = nq::rng_from_seed(7);
        CHECK(rng.below(0x80000001u) == 1635123131u);
        CHECK(rng.below(0x80000001u) == 1552883028u);
        CHECK(rng.below(0x80000001u) == 1802721834u);
        CHECK(rng.below(0x80000001u) == 1379422997u);
    }
    SUBCASE("below(1) is always 0") {
        nq::Rng rng = nq::rng_from_seed(3);
        for (int i = 0; i < 100; i++) CHECK(rng.below(1) == 0u);
    }
    SUBCASE("below(3) hits each value about a third of the time") {
        nq::Rng rng = nq::rng_from_seed(11);
        int counts[3] = {0, 0, 0};
        for (int i = 0; i < 30000; i++) counts[rng.below(3)]++;
        for (int c : counts) {
            CHECK(c > 9700);
            CHECK(c < 10300);
        }
    }
    SUBCASE("shuffle_indices is Fisher-Yates over below()") {
        nq::Rng rng = nq::rng_from_seed(1);
        std::vector<int> v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        nq::shuffle_indices(v, rng);
        CHECK(v == std::vector<int>{3, 8, 1, 9, 2, 5, 4, 7, 0, 6});
        nq::Rng rng2 = nq::rng_from_seed(2);
        std::vector<int> w = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        nq::shuffle_indices(w, rng2);
        CHECK(w == std::vector<int>{2, 1, 6, 5, 8, 4, 3, 0, 7, 9});
    }
    SUBCASE("shuffling zero or one element draws nothing") {
        nq::Rng rng = nq::rng_from_seed(9);
        uint64_t before = rng.state;
        std::vector<int> empty, one = {0};
        nq::shuffle_indices(empty, rng);
        nq::shuffle_indices(one, rng);
        CHECK(rng.state == before);
        CHECK(one == std::vector<int>{0});
    }
}

// [SECTION] Drawing an attempt
TEST_CASE("the draw of an attempt") {
    nq::Quiz quiz = small_quiz();

    SUBCASE("without shuffles: document order, order and match still scrambled") {
        nq::Session s = nq::session_new(quiz, 3);
        CHECK(s.attempt == 0);
        CHECK(s.phase == Phase::article);
        CHECK(questions_of(s) == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
        CHECK(s.records[0].order == std::vector<int>{0, 1, 2});
        CHECK(s.records[1].order == std::vector<int>{0, 1, 2, 3});
        CHECK(s.records[2].order.empty());
        CHECK(s.records[3].order.empty());
        CHECK(s.records[4].order.empty());
        CHECK(s.records[5].order == std::vector<int>{0, 2, 1});
        CHECK(s.records[6].order == std::vector<int>{2, 1, 0});
    }
    SUBCASE("the same seed draws the same attempt") {
        quiz.shuffle_questions = true;
        quiz.shuffle_choices = true;
        CHECK(snapshot(nq::session_new(quiz, 3)) == snapshot(nq::session_new(quiz, 3)));
        CHECK(snapshot(nq::session_new(quiz, 3)) != snapshot(nq::session_new(quiz, 4)));
    }
    SUBCASE("shuffle_questions and shuffle_choices") {
        quiz.shuffle_questions = true;
        quiz.shuffle_choices = true;
        nq::Session s = nq::session_new(quiz, 3);
        CHECK(questions_of(s) == std::vector<int>{4, 3, 1, 6, 0, 5, 2});
        CHECK(s.records[2].order == std::vector<int>{0, 3, 2, 1});  // q2's choices
        CHECK(s.records[3].order == std::vector<int>{2, 1, 0});     // q7's right column
        CHECK(s.records[4].order == std::vector<int>{1, 2, 0});     // q1's choices
        CHECK(s.records[5].order == std::vector<int>{1, 2, 0});     // q6's items
    }
    SUBCASE("shuffle_choices alone") {
        quiz.shuffle_choices = true;
        nq::Session s = nq::session_new(quiz, 3);
        CHECK(questions_of(s) == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
        CHECK(s.records[0].order == std::vector<int>{0, 2, 1});
        CHECK(s.records[1].order == std::vector<int>{2, 3, 1, 0});
    }
    SUBCASE("a question's shuffle: false pins its choices under shuffle_choices") {
        quiz.shuffle_choices = true;
        quiz.questions[0].shuffle = false;
        nq::Session s = nq::session_new(quiz, 3);
        CHECK(s.records[0].order == std::vector<int>{0, 1, 2});
        CHECK(s.records[1].order == std::vector<int>{3, 0, 2, 1});
    }
    SUBCASE("a question's shuffle: true shuffles its choices without shuffle_choices") {
        quiz.questions[1].shuffle = true;
        nq::Session s = nq::session_new(quiz, 3);
        CHECK(s.records[0].order == std::vector<int>{0, 1, 2});
        CHECK(s.records[1].order == std::vector<int>{3, 0, 2, 1});
    }
    SUBCASE("pick draws that many questions and keeps document order") {
        quiz.pick = 3;
        CHECK(questions_of(nq::session_new(quiz, 3)) == std::vector<int>{1, 3, 4});
        CHECK(questions_of(nq::session_new(quiz, 2)) == std::vector<int>{2, 4, 6});
    }
    SUBCASE("pick with shuffle_questions keeps the drawn order") {
        quiz.pick = 3;
        quiz.shuffle_questions = true;
        CHECK(questions_of(nq::session_new(quiz, 3)) == std::vector<int>{4, 3, 1});
    }
    SUBCASE("pick of the whole pool or more is every question") {
        quiz.pick = 7;
        CHECK(questions_of(nq::session_new(quiz, 3)).size() == 7);
        quiz.pick = 50;
        CHECK(questions_of(nq::session_new(quiz, 3)) == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
    }
    SUBCASE("an order question never starts solved, and every other arrangement occurs") {
        nq::Quiz two;
        two.questions = {question("o", nq::QuestionType::order)};
        two.questions[0].items = {{"a", "A"}, {"b", "B"}};
        nq::Quiz three = two;
        three.questions[0].items.push_back({"c", "C"});
        std::vector<std::vector<int>> seen;
        for (uint64_t seed = 0; seed < 300; seed++) {
            CHECK(nq::session_new(two, seed).records[0].order == std::vector<int>{1, 0});
            std::vector<int> order = nq::session_new(three, seed).records[0].order;
            CHECK(order != std::vector<int>{0, 1, 2});
            if (std::find(seen.begin(), seen.end(), order) == seen.end()) seen.push_back(order);
        }
        CHECK(seen.size() == 5);
    }
    SUBCASE("a match question's right column never lines up with its lefts") {
        nq::Quiz two;
        two.questions = {question("m", nq::QuestionType::match)};
        two.questions[0].pairs = {{"p1", "L1", "R1"}, {"p2", "L2", "R2"}};
        for (uint64_t seed = 0; seed < 100; seed++)
            CHECK(nq::session_new(two, seed).records[0].order == std::vector<int>{1, 0});
    }
    SUBCASE("a quiz without questions draws nothing and cannot start") {
        nq::Quiz empty;
        nq::Session s = nq::session_new(empty, 3);
        CHECK(s.records.empty());
        CHECK_FALSE(apply(s, empty, Step::start, 0).accepted);
        CHECK(s.phase == Phase::article);
    }
}

// [SECTION] Attempts
TEST_CASE("a full attempt with immediate feedback") {
    nq::Quiz quiz = small_quiz();
    nq::Session s = nq::session_new(quiz, 3);
    std::vector<nq::Response> responses = reference_responses();

    nq::ApplyResult r = apply(s, quiz, Step::start, 1000);
    CHECK(r.accepted);
    CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::started});
    CHECK(s.attempt == 1);
    CHECK(s.phase == Phase::question);
    CHECK(s.started_ms == 1000);
    CHECK(s.records[0].shown_ms == 1000);

    // Question i is shown at 1000 + 10000 i, answered 2000 + 100 i ms later, left 500 ms after that.
    for (int i = 0; i < 7; i++) {
        CAPTURE(i);
        double shown = 1000 + 10000.0 * i, submitted = shown + 2000 + 100 * i;
        REQUIRE(s.current == i);
        CHECK(s.records[size_t(i)].shown_ms == shown);
        CHECK(apply(s, quiz, Step::answer, shown + 10, responses[size_t(i)]).accepted);
        r = apply(s, quiz, Step::submit, submitted);
        CHECK(r.accepted);
        REQUIRE(r.events.size() == 1);
        CHECK(r.events[0].kind == SessionEventKind::answered);
        CHECK(r.events[0].record == i);
        CHECK(s.phase == Phase::feedback);
        CHECK(s.records[size_t(i)].submitted);
        CHECK(s.records[size_t(i)].time_ms == 2000 + 100 * i);
        r = apply(s, quiz, Step::next, i == 6 ? 70000 : shown + 10000);
        CHECK(r.accepted);
        CHECK(kinds(r) == (i == 6 ? std::vector<SessionEventKind>{SessionEventKind::completed} : std::vector<SessionEventKind>{}));
    }

    CHECK(s.phase == Phase::results);
    CHECK(s.finished_ms == 70000);
    CHECK_FALSE(s.timed_out);
    const double scores[] = {1, 0, 1, 1, 1, 0.33, 0.33};
    const double maxes[] = {1, 3, 1, 1, 1, 1, 1};
    for (size_t i = 0; i < 7; i++) {
        CAPTURE(i);
        CHECK(s.records[i].score.score == doctest::Approx(scores[i]).epsilon(1e-12));
        CHECK(s.records[i].score.max == maxes[i]);
        CHECK(s.records[i].score.answered);
        CHECK(s.records[i].score.correct == (scores[i] == maxes[i]));
    }
    CHECK(s.result.score == doctest::Approx(4.66).epsilon(1e-12));
    CHECK(s.result.max == 9);
    CHECK(s.result.percent == 4.66 * 100 / 9);  // 51.777..., exact
    CHECK_FALSE(s.result.passed);
    CHECK(s.result.band == 1);
    CHECK(s.result.questions.size() == 7);

    SUBCASE("review and back to the results") {
        CHECK(apply(s, quiz, Step::review, 71000).accepted);
        CHECK(s.phase == Phase::review);
        CHECK(apply(s, quiz, Step::results, 72000).accepted);
        CHECK(s.phase == Phase::results);
    }
    SUBCASE("retry from the review draws attempt 2") {
        CHECK(apply(s, quiz, Step::review, 71000).accepted);
        r = apply(s, quiz, Step::retry, 80000);
        CHECK(r.accepted);
        CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::started});
        CHECK(s.attempt == 2);
        CHECK(s.phase == Phase::question);
        CHECK(s.current == 0);
        CHECK(s.started_ms == 80000);
        CHECK(s.finished_ms == 0);
        CHECK(s.result.questions.empty());
        CHECK(s.records[0].shown_ms == 80000);
        CHECK_FALSE(s.records[0].submitted);
        CHECK_FALSE(s.records[0].response.answered);
        CHECK(s.records[5].order == std::vector<int>{1, 2, 0});
        CHECK(s.records[6].order == std::vector<int>{2, 0, 1});
    }
}

TEST_CASE("a full attempt with feedback at the end") {
    nq::Quiz quiz = small_quiz();
    quiz.feedback = nq::FeedbackMode::end;
    nq::Session s = nq::session_new(quiz, 3);
    std::vector<nq::Response> responses = reference_responses();
    CHECK(apply(s, quiz, Step::start, 0).accepted);

    for (int i = 0; i < 7; i++) {
        CAPTURE(i);
        double shown = 3000.0 * i;
        REQUIRE(s.current == i);
        CHECK(s.phase == Phase::question);
        CHECK(s.records[size_t(i)].shown_ms == shown);
        CHECK(apply(s, quiz, Step::answer, shown + 1000, responses[size_t(i)]).accepted);
        CHECK_FALSE(apply(s, quiz, Step::next, shown + 1500).accepted);  // no feedback phase
        nq::ApplyResult r = apply(s, quiz, Step::submit, shown + 3000);
        CHECK(r.accepted);
        REQUIRE(!r.events.empty());
        CHECK(r.events[0].kind == SessionEventKind::answered);
        CHECK(r.events[0].record == i);
        CHECK(kinds(r).size() == (i == 6 ? 2u : 1u));
        CHECK(s.records[size_t(i)].time_ms == 3000);
    }
    CHECK(s.phase == Phase::results);
    CHECK(s.finished_ms == 21000);
    CHECK(s.result.score == doctest::Approx(4.66).epsilon(1e-12));
    CHECK(s.result.max == 9);
    CHECK(s.result.percent == 4.66 * 100 / 9);  // 51.777..., exact
    CHECK(s.result.band == 1);
}

TEST_CASE("an answer is kept until submitted, and only an answer can be submitted") {
    nq::Quiz quiz = small_quiz();
    nq::Session s = nq::session_new(quiz, 3);
    apply(s, quiz, Step::start, 0);
    std::string before = snapshot(s);
    CHECK_FALSE(apply(s, quiz, Step::submit, 10).accepted);  // nothing answered yet
    CHECK(snapshot(s) == before);
    CHECK(apply(s, quiz, Step::answer, 20, ids({"b"})).accepted);
    CHECK(apply(s, quiz, Step::answer, 30, ids({"a"})).accepted);  // a change of mind replaces it
    CHECK(s.records[0].response.ids == std::vector<std::string>{"a"});
    CHECK(apply(s, quiz, Step::answer, 40, nq::Response()).accepted);  // cleared
    CHECK_FALSE(apply(s, quiz, Step::submit, 50).accepted);
    CHECK(apply(s, quiz, Step::answer, 60, ids({"a"})).accepted);
    CHECK(apply(s, quiz, Step::submit, 70).accepted);
    CHECK(s.records[0].score.score == 1);
    CHECK(s.records[0].time_ms == 70);
}

TEST_CASE("finish ends the attempt early; unanswered questions score 0") {
    nq::Quiz quiz = small_quiz();
    nq::Session s = nq::session_new(quiz, 3);
    apply(s, quiz, Step::start, 0);
    apply(s, quiz, Step::answer, 100, ids({"a"}));
    apply(s, quiz, Step::submit, 1000);
    apply(s, quiz, Step::next, 1500);
    apply(s, quiz, Step::answer, 2000, ids({"a", "b"}));  // a draft, never submitted

    nq::ApplyResult r = apply(s, quiz, Step::finish, 4000);
    CHECK(r.accepted);
    CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::completed});
    CHECK(s.phase == Phase::results);
    CHECK(s.finished_ms == 4000);
    CHECK_FALSE(s.timed_out);
    CHECK(s.records[1].time_ms == 2500);  // on screen from 1500 to the end
    CHECK_FALSE(s.records[1].submitted);
    CHECK(s.records[1].score.score == 0);
    CHECK_FALSE(s.records[1].score.answered);
    CHECK(s.records[1].score.max == 3);
    CHECK(s.records[6].score.max == 1);
    CHECK(s.records[6].shown_ms == 0);
    CHECK(s.result.score == 1);
    CHECK(s.result.max == 9);
    CHECK(s.result.percent == 100.0 / 9);
    CHECK(s.result.band == 0);

    SUBCASE("finish from the feedback phase") {
        nq::Session f = nq::session_new(quiz, 3);
        apply(f, quiz, Step::start, 0);
        apply(f, quiz, Step::answer, 100, ids({"a"}));
        apply(f, quiz, Step::submit, 1000);
        CHECK(apply(f, quiz, Step::finish, 1200).accepted);
        CHECK(f.phase == Phase::results);
        CHECK(f.records[0].time_ms == 1000);
        CHECK(f.result.score == 1);
    }
}

TEST_CASE("a question's time sums its visits and stops while paused") {
    nq::Quiz quiz = small_quiz();
    nq::Session s = nq::session_new(quiz, 3);
    apply(s, quiz, Step::start, 1000);
    CHECK(apply(s, quiz, Step::pause, 4000).accepted);
    CHECK(s.paused);
    CHECK(s.records[0].time_ms == 3000);
    std::string paused = snapshot(s);
    CHECK_FALSE(apply(s, quiz, Step::answer, 5000, ids({"a"})).accepted);
    CHECK_FALSE(apply(s, quiz, Step::submit, 5000).accepted);
    CHECK_FALSE(apply(s, quiz, Step::pause, 5000).accepted);
    CHECK(snapshot(s) == paused);
    CHECK(apply(s, quiz, Step::resume, 10000).accepted);
    CHECK_FALSE(s.paused);
    apply(s, quiz, Step::answer, 11000, ids({"a"}));
    apply(s, quiz, Step::submit, 12000);
    CHECK(s.records[0].shown_ms == 1000);
    CHECK(s.records[0].time_ms == 5000);

    SUBCASE("pausing on the feedback adds no time") {
        CHECK(apply(s, quiz, Step::pause, 13000).accepted);
        CHECK(apply(s, quiz, Step::resume, 20000).accepted);
        CHECK(s.phase == Phase::feedback);
        CHECK(s.records[0].time_ms == 5000);
    }
    SUBCASE("finish while paused counts no paused time") {
        apply(s, quiz, Step::next, 13000);
        apply(s, quiz, Step::pause, 14000);
        CHECK(apply(s, quiz, Step::finish, 30000).accepted);
        CHECK(s.records[1].time_ms == 1000);
        CHECK_FALSE(s.paused);
        CHECK(s.finished_ms == 30000);
    }
}

TEST_CASE("the time limit") {
    nq::Quiz quiz = small_quiz();
    quiz.time_limit_s = 60;  // started at 1000: time is up at 61000
    nq::Session s = nq::session_new(quiz, 3);
    apply(s, quiz, Step::start, 1000);
    apply(s, quiz, Step::answer, 2000, ids({"a"}));
    apply(s, quiz, Step::submit, 3000);
    apply(s, quiz, Step::next, 4000);
    apply(s, quiz, Step::answer, 5000, ids({"a", "b"}));  // a draft when time runs out
    CHECK(nq::session_remaining_ms(s, quiz, 4000) == 57000);

    SUBCASE("a tick one ms before the limit changes nothing") {
        std::string before = snapshot(s);
        nq::ApplyResult r = apply(s, quiz, Step::tick, 60999);
        CHECK_FALSE(r.accepted);
        CHECK(r.events.empty());
        CHECK(snapshot(s) == before);
        CHECK(nq::session_remaining_ms(s, quiz, 60999) == 1);
    }
    SUBCASE("an action one ms before the limit still counts") {
        CHECK(apply(s, quiz, Step::submit, 60999).accepted);
        CHECK(s.records[1].submitted);
        CHECK(s.records[1].score.score == 3);
        CHECK(s.phase == Phase::feedback);
    }
    SUBCASE("a tick exactly at the limit ends the attempt, once") {
        nq::ApplyResult r = apply(s, quiz, Step::tick, 61000);
        CHECK(r.accepted);
        CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::completed});
        CHECK(s.phase == Phase::results);
        CHECK(s.timed_out);
        CHECK(s.finished_ms == 61000);
        CHECK(s.records[1].time_ms == 57000);
        CHECK_FALSE(s.records[1].submitted);
        CHECK(s.records[1].score.score == 0);
        CHECK(s.result.score == 1);
        CHECK(s.result.max == 9);
        CHECK(nq::session_remaining_ms(s, quiz, 61000) == -1);
        std::string after = snapshot(s);
        r = apply(s, quiz, Step::tick, 62000);
        CHECK_FALSE(r.accepted);
        CHECK(r.events.empty());
        CHECK(snapshot(s) == after);
    }
    SUBCASE("a submit exactly at the limit is too late") {
        nq::ApplyResult r = apply(s, quiz, Step::submit, 61000);
        CHECK(r.accepted);
        CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::completed});
        CHECK(s.timed_out);
        CHECK_FALSE(s.records[1].submitted);
        CHECK(s.result.score == 1);
    }
    SUBCASE("an action one ms over ends the attempt at the limit and is ignored") {
        nq::ApplyResult r = apply(s, quiz, Step::answer, 61001, ids({"a"}));
        CHECK(r.accepted);
        CHECK(kinds(r) == std::vector<SessionEventKind>{SessionEventKind::completed});
        CHECK(s.timed_out);
        CHECK(s.finished_ms == 61000);
        CHECK(s.records[1].response.ids == std::vector<std::string>{"a", "b"});
        CHECK(s.records[1].time_ms == 57000);
    }
    SUBCASE("time keeps running while paused") {
        apply(s, quiz, Step::pause, 6000);
        CHECK(apply(s, quiz, Step::resume, 70000).accepted);
        CHECK(s.timed_out);
        CHECK(s.records[1].time_ms == 2000);
    }
    SUBCASE("a retry gets the full time again") {
        apply(s, quiz, Step::tick, 61000);
        CHECK(apply(s, quiz, Step::retry, 100000).accepted);
        CHECK_FALSE(s.timed_out);
        CHECK(nq::session_remaining_ms(s, quiz, 100000) == 60000);
        CHECK_FALSE(apply(s, quiz, Step::tick, 159999).accepted);
        CHECK(apply(s, quiz, Step::tick, 160000).accepted);
    }
    SUBCASE("without a limit time never runs out") {
        quiz.time_limit_s = 0;
        CHECK(nq::session_remaining_ms(s, quiz, 4000) == -1);
        CHECK_FALSE(apply(s, quiz, Step::tick, 1e12).accepted);
        CHECK(s.phase == Phase::question);
    }
}

TEST_CASE("retry only when allow_retry") {
    nq::Quiz quiz = small_quiz();
    quiz.allow_retry = false;
    nq::Session s = nq::session_new(quiz, 3);
    apply(s, quiz, Step::start, 0);
    apply(s, quiz, Step::finish, 10);
    std::string before = snapshot(s);
    CHECK_FALSE(apply(s, quiz, Step::retry, 20).accepted);
    CHECK(snapshot(s) == before);
    apply(s, quiz, Step::review, 30);
    before = snapshot(s);
    CHECK_FALSE(apply(s, quiz, Step::retry, 40).accepted);
    CHECK(snapshot(s) == before);
    CHECK(s.attempt == 1);
}

TEST_CASE("every action that does not apply is refused and changes nothing") {
    nq::Quiz quiz = small_quiz();
    const Step all[] = {Step::start, Step::answer, Step::submit, Step::next,  Step::finish, Step::retry,
                        Step::review, Step::tick, Step::results, Step::pause, Step::resume};
    struct Case {
        const char* name;
        std::vector<Step> setup;
        std::vector<Step> allowed;
    };
    const Case cases[] = {
        {"article", {}, {Step::start}},
        {"question", {Step::start}, {Step::answer, Step::finish, Step::pause}},
        {"question, answered", {Step::start, Step::answer}, {Step::answer, Step::submit, Step::finish, Step::pause}},
        {"paused", {Step::start, Step::pause}, {Step::finish, Step::resume}},
        {"feedback", {Step::start, Step::answer, Step::submit}, {Step::next, Step::finish, Step::pause}},
        {"results", {Step::start, Step::finish}, {Step::retry, Step::review}},
        {"review", {Step::start, Step::finish, Step::review}, {Step::retry, Step::results}},
    };
    for (const Case& c : cases) {
        for (Step step : all) {
            CAPTURE(c.name);
            CAPTURE(nq::step_name(step));
            nq::Session s = nq::session_new(quiz, 3);
            for (Step setup : c.setup) REQUIRE(apply(s, quiz, setup, 100, ids({"a"})).accepted);
            std::string before = snapshot(s);
            nq::ApplyResult r = apply(s, quiz, step, 200, ids({"b"}));
            bool allowed = std::find(c.allowed.begin(), c.allowed.end(), step) != c.allowed.end();
            CHECK(r.accepted == allowed);
            if (!allowed) {
                CHECK(r.events.empty());
                CHECK(snapshot(s) == before);
            }
        }
    }
}

TEST_CASE("names") {
    CHECK(std::string(nq::phase_name(Phase::article)) == "article");
    CHECK(std::string(nq::phase_name(Phase::question)) == "question");
    CHECK(std::string(nq::phase_name(Phase::feedback)) == "feedback");
    CHECK(std::string(nq::phase_name(Phase::results)) == "results");
    CHECK(std::string(nq::phase_name(Phase::review)) == "review");
    const std::pair<Step, const char*> steps[] = {
        {Step::start, "start"},   {Step::answer, "answer"}, {Step::submit, "submit"},   {Step::next, "next"},
        {Step::finish, "finish"}, {Step::retry, "retry"},   {Step::review, "review"},   {Step::tick, "tick"},
        {Step::results, "results"}, {Step::pause, "pause"}, {Step::resume, "resume"}};
    for (const auto& [step, name] : steps) CHECK(std::string(nq::step_name(step)) == name);
}
