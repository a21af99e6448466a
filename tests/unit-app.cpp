// app.h: the seed article taken through app_apply, screens, events and helpers.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app.h"
#include "codec.h"

using nq::IntentKind;
using nq::Screen;

// [SECTION] Helpers
static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static std::string seed_article() { return read_file(NQ_SOURCE_DIR "/assets/articles/rubio-us-mexico-security.json"); }

static nq::App open_seed(uint64_t seed = 42) {
    nq::AppOptions options;
    options.seed = seed;
    nq::App app = nq::app_open(seed_article(), options);
    REQUIRE(app.screen == Screen::article);
    REQUIRE(app.loaded.doc.quiz.questions.size() == 10);
    return app;
}

// A response written as in the content format (and `newsquiz score`), for the seed quiz's question i.
static nq::Response response(const nq::App& app, size_t i, const char* json) {
    nq::ParsedResponse p = nq::response_from_text(app.loaded.doc.quiz.questions[i], json);
    REQUIRE(p.ok);
    return p.response;
}

// The seed quiz answered with 9 of its 12 points: q2 wrong, q4 and q8 half right.
static std::vector<nq::Response> known_responses(const nq::App& app) {
    const char* json[] = {R"("a")", R"("b")", R"("a")", R"(["a"])", "false", "3", R"("the National Guard")",
                          R"({"p1": "p1", "p2": "p2", "p3": "p4", "p4": "p3"})", R"("a")", "true"};
    std::vector<nq::Response> responses;
    for (size_t i = 0; i < 10; i++) responses.push_back(response(app, i, json[i]));
    return responses;
}

// A result of the seed quiz (12 points), to the last digit.
static void check_result(const nq::QuizScore& r, double score, double percent, bool passed, int band) {
    CHECK(r.score == score);
    CHECK(r.max == 12);
    CHECK(r.percent == percent);
    CHECK(r.passed == passed);
    CHECK(r.band == band);
}

static std::string describe(const std::vector<nq::AppEvent>& events) {
    std::string s;
    for (const nq::AppEvent& e : events) {
        if (!s.empty()) s += ' ';
        s += e.kind == nq::AppEventKind::start ? "start" : e.kind == nq::AppEventKind::answer ? "answer" : "complete";
        if (e.kind == nq::AppEventKind::answer) s += ":" + std::to_string(e.record);
    }
    return s;
}

static std::vector<nq::AppEvent> act(nq::App& app, IntentKind kind, double now_ms, nq::Response response = {}, int index = -1) {
    return nq::app_apply(app, {kind, std::move(response), index}, now_ms);
}

// [SECTION] Attempts
TEST_CASE("the seed article through app_apply with immediate feedback") {
    nq::App app = open_seed();
    std::vector<nq::Response> responses = known_responses(app);
    std::string events = describe(act(app, IntentKind::start_quiz, 1000));
    CHECK(app.screen == Screen::question);
    CHECK(app.session.attempt == 1);

    for (int i = 0; i < 10; i++) {
        CAPTURE(i);
        double t = 1000 + 5000.0 * (i + 1);
        REQUIRE(nq::app_current_record(app) == &app.session.records[size_t(i)]);
        CHECK(nq::app_current_question(app) == &app.loaded.doc.quiz.questions[size_t(i)]);
        CHECK_FALSE(nq::app_can_submit(app));
        CHECK(act(app, IntentKind::answer, t - 2000, responses[size_t(i)]).empty());
        CHECK(nq::app_can_submit(app));
        CHECK(act(app, IntentKind::next, t - 1500).empty());  // not before the feedback
        events += " " + describe(act(app, IntentKind::submit, t - 1000));
        CHECK(app.session.phase == nq::Phase::feedback);
        CHECK_FALSE(nq::app_can_submit(app));
        std::vector<nq::AppEvent> after = act(app, IntentKind::next, t);
        if (!after.empty()) events += " " + describe(after);
    }
    CHECK(events == "start answer:0 answer:1 answer:2 answer:3 answer:4 answer:5 answer:6 answer:7 answer:8 answer:9 complete");
    CHECK(app.screen == Screen::results);
    CHECK(nq::app_current_record(app) == nullptr);
    CHECK(nq::app_current_question(app) == nullptr);
    CHECK(app.session.finished_ms == 51000);
    CHECK(app.session.records[7].score.score == 1);
    CHECK(app.session.records[7].score.max == 2);
    CHECK(app.session.records[1].score.score == 0);
    check_result(app.session.result, 9, 75, true, 1);

    SUBCASE("review, results, then a retake from the card") {
        CHECK(act(app, IntentKind::show_review, 52000).empty());
        CHECK(app.screen == Screen::review);
        CHECK(act(app, IntentKind::show_results, 53000).empty());
        CHECK(app.screen == Screen::results);
        act(app, IntentKind::show_article, 54000);
        CHECK(app.screen == Screen::article);
        CHECK(describe(act(app, IntentKind::start_quiz, 55000)) == "start");
        CHECK(app.screen == Screen::question);
        CHECK(app.session.attempt == 2);
    }
    SUBCASE("retry from the results screen") {
        CHECK(describe(act(app, IntentKind::retry, 52000)) == "start");
        CHECK(app.screen == Screen::question);
        CHECK(app.session.attempt == 2);
        CHECK(app.session.started_ms == 52000);
    }
    SUBCASE("no retry when the quiz forbids it") {
        app.loaded.doc.quiz.allow_retry = false;
        CHECK(act(app, IntentKind::retry, 52000).empty());
        CHECK(app.screen == Screen::results);
        act(app, IntentKind::show_article, 53000);
        CHECK(act(app, IntentKind::start_quiz, 54000).empty());
        CHECK(app.screen == Screen::article);
        CHECK(act(app, IntentKind::show_results, 55000).empty());
        CHECK(app.screen == Screen::results);
        CHECK(app.session.attempt == 1);
    }
}

TEST_CASE("the seed article through app_apply with feedback at the end") {
    nq::App app = open_seed();
    app.loaded.doc.quiz.feedback = nq::FeedbackMode::end;
    std::vector<nq::Response> responses = known_responses(app);
    std::string events = describe(act(app, IntentKind::start_quiz, 0));
    for (int i = 0; i < 10; i++) {
        CAPTURE(i);
        REQUIRE(app.session.current == i);
        act(app, IntentKind::answer, 1000.0 * i + 500, responses[size_t(i)]);
        events += " " + describe(act(app, IntentKind::submit, 1000.0 * i + 1000));
        CHECK(act(app, IntentKind::next, 1000.0 * i + 1000).empty());
    }
    CHECK(events == "start answer:0 answer:1 answer:2 answer:3 answer:4 answer:5 answer:6 answer:7 answer:8 answer:9 complete");
    CHECK(app.screen == Screen::results);
    CHECK(app.session.finished_ms == 10000);
    CHECK(app.session.records[3].time_ms == 1000);
    check_result(app.session.result, 9, 75, true, 1);
}

TEST_CASE("every quiz option of the every-field fixture") {
    nq::AppOptions options;
    options.seed = 3;
    nq::App app = nq::app_open(read_file(NQ_SOURCE_DIR "/tests/fixtures/valid/every-field.json"), options);
    REQUIRE(app.loaded.ok);
    const nq::Session& s = app.session;
    // shuffle_questions with pick 5 of 7; q1 pins its choices (shuffle: false), q2 shuffles its own
    std::vector<std::string> ids;
    for (const nq::QuestionRecord& r : s.records) ids.push_back(app.loaded.doc.quiz.questions[size_t(r.question)].id);
    CHECK(ids == std::vector<std::string>{"q5", "q4", "q2", "q7", "q1"});
    CHECK(s.records[2].order == std::vector<int>{0, 2, 1});
    CHECK(s.records[3].order == std::vector<int>{1, 0});
    CHECK(s.records[4].order == std::vector<int>{0, 1, 2});

    act(app, IntentKind::start_quiz, 1000);
    CHECK(nq::app_remaining_ms(app, 1000) == 300000);
    act(app, IntentKind::answer, 2000, response(app, 4, R"("anything")"));
    CHECK(describe(act(app, IntentKind::submit, 3000)) == "answer:0");  // feedback: end
    CHECK(s.phase == nq::Phase::question);
    CHECK(s.current == 1);
    CHECK(describe(act(app, IntentKind::tick, 301000)) == "complete");
    CHECK(s.timed_out);
    CHECK(app.screen == Screen::results);
    CHECK(s.result.max == 6.5);
    CHECK(act(app, IntentKind::retry, 302000).empty());  // allow_retry: false
    CHECK(app.screen == Screen::results);
}

TEST_CASE("finish from the question screen ends with the results") {
    nq::App app = open_seed();
    act(app, IntentKind::start_quiz, 0);
    act(app, IntentKind::answer, 100, response(app, 0, R"("a")"));
    act(app, IntentKind::submit, 200);
    CHECK(describe(act(app, IntentKind::finish, 300)) == "complete");
    CHECK(app.screen == Screen::results);
    check_result(app.session.result, 1, 100.0 / 12, false, 0);
}

TEST_CASE("StartAt::quiz opens on the first question") {
    nq::AppOptions options;
    options.seed = 7;
    options.start = nq::StartAt::quiz;
    options.now_ms = 500;
    nq::App app = nq::app_open(seed_article(), options);
    CHECK(app.screen == Screen::question);
    CHECK(describe(app.opened_events) == "start");
    CHECK(app.session.attempt == 1);
    CHECK(app.session.started_ms == 500);
    CHECK(app.session.records[0].shown_ms == 500);
    REQUIRE(nq::app_current_question(app) != nullptr);
    CHECK(nq::app_current_question(app)->id == "q1");
}

TEST_CASE("a broken document shows the error screen, where nothing applies") {
    nq::AppOptions options;
    options.start = nq::StartAt::quiz;
    nq::App app = nq::app_open("{\"format\": \"newsquiz/1\", ", options);
    CHECK(app.screen == Screen::error);
    CHECK_FALSE(app.loaded.ok);
    CHECK_FALSE(app.loaded.diagnostics.empty());
    CHECK(app.opened_events.empty());
    for (int k = 0; k <= int(IntentKind::tick); k++) {
        CAPTURE(nq::intent_name(IntentKind(k)));
        CHECK(act(app, IntentKind(k), 100, {}, 0).empty());
        CHECK(app.screen == Screen::error);
    }
    CHECK(nq::app_current_question(app) == nullptr);
    CHECK_FALSE(nq::app_can_submit(app));
}

TEST_CASE("a document without a quiz shows its card and never starts") {
    const char* doc = R"({"format": "newsquiz/1",
        "article": {"id": "no-quiz", "headline": "Headline", "date": "2025-09-03"}})";
    nq::App app = nq::app_open(doc, nq::AppOptions());
    REQUIRE(app.loaded.ok);
    CHECK(app.screen == Screen::article);
    CHECK(act(app, IntentKind::start_quiz, 0).empty());
    CHECK(app.screen == Screen::article);
    CHECK(app.session.attempt == 0);
}

// [SECTION] Screens
TEST_CASE("leaving the question pauses its clock; start_quiz comes back to it") {
    nq::App app = open_seed();
    act(app, IntentKind::start_quiz, 1000);
    act(app, IntentKind::answer, 2000, response(app, 0, R"("a")"));
    CHECK(act(app, IntentKind::show_article, 4000).empty());
    CHECK(app.screen == Screen::article);
    CHECK(app.session.paused);
    CHECK(nq::app_current_record(app) == nullptr);
    CHECK(act(app, IntentKind::submit, 5000).empty());  // not from the card
    CHECK(act(app, IntentKind::show_actions, 6000).empty());
    CHECK(app.screen == Screen::actions);
    CHECK(act(app, IntentKind::show_progress, 7000).empty());
    CHECK(app.screen == Screen::progress);
    CHECK(act(app, IntentKind::start_quiz, 20000).empty());  // back, not a new attempt
    CHECK(app.screen == Screen::question);
    CHECK(app.session.attempt == 1);
    CHECK(app.session.records[0].response.ids == std::vector<std::string>{"a"});
    CHECK(describe(act(app, IntentKind::submit, 21000)) == "answer:0");
    CHECK(app.session.records[0].time_ms == 4000);  // 1000..4000 and 20000..21000
}

TEST_CASE("intents that do not apply on the current screen change nothing") {
    nq::App app = open_seed();
    const IntentKind on_card[] = {IntentKind::answer, IntentKind::submit, IntentKind::next, IntentKind::finish,
                                  IntentKind::retry, IntentKind::show_review, IntentKind::show_results,
                                  IntentKind::show_article, IntentKind::tick};
    for (IntentKind k : on_card) {
        CAPTURE(nq::intent_name(k));
        CHECK(act(app, k, 100, response(app, 0, R"("a")")).empty());
        CHECK(app.screen == Screen::article);
        CHECK(app.session.phase == nq::Phase::article);
    }
    act(app, IntentKind::start_quiz, 200);
    const IntentKind on_question[] = {IntentKind::start_quiz, IntentKind::next, IntentKind::retry,
                                      IntentKind::show_review, IntentKind::show_results, IntentKind::submit};
    for (IntentKind k : on_question) {
        CAPTURE(nq::intent_name(k));
        CHECK(act(app, k, 300).empty());
        CHECK(app.screen == Screen::question);
        CHECK(app.session.phase == nq::Phase::question);
        CHECK(app.session.current == 0);
    }
}

TEST_CASE("a timed attempt ends on a tick at its limit") {
    nq::App app = open_seed();
    app.loaded.doc.quiz.time_limit_s = 30;
    act(app, IntentKind::start_quiz, 1000);
    CHECK(nq::app_remaining_ms(app, 1000) == 30000);
    CHECK(nq::app_remaining_ms(app, 21000) == 10000);
    CHECK(act(app, IntentKind::tick, 30999).empty());
    CHECK(app.screen == Screen::question);
    CHECK(describe(act(app, IntentKind::tick, 31000)) == "complete");
    CHECK(app.screen == Screen::results);
    CHECK(app.session.timed_out);
    CHECK(nq::app_remaining_ms(app, 31000) == -1);
    CHECK(act(app, IntentKind::tick, 40000).empty());

    SUBCASE("a late submit ends it too, and counts for nothing") {
        nq::App late = open_seed();
        late.loaded.doc.quiz.time_limit_s = 30;
        act(late, IntentKind::start_quiz, 0);
        act(late, IntentKind::answer, 1000, response(late, 0, R"("a")"));
        CHECK(describe(act(late, IntentKind::submit, 30001)) == "complete");
        CHECK(late.screen == Screen::results);
        CHECK(late.session.result.score == 0);
    }
    SUBCASE("time running out on the card leaves the reader there") {
        nq::App away = open_seed();
        away.loaded.doc.quiz.time_limit_s = 30;
        act(away, IntentKind::start_quiz, 0);
        act(away, IntentKind::show_article, 1000);
        CHECK(describe(act(away, IntentKind::tick, 30000)) == "complete");
        CHECK(away.screen == Screen::article);
        CHECK(act(away, IntentKind::show_results, 31000).empty());
        CHECK(away.screen == Screen::results);
    }
}

TEST_CASE("actions_done toggles one action at a time") {
    nq::App app = open_seed();
    REQUIRE(app.actions_done.size() == 8);
    CHECK(act(app, IntentKind::toggle_action_done, 0, {}, 1).empty());
    CHECK(app.actions_done == std::vector<bool>{false, true, false, false, false, false, false, false});
    act(app, IntentKind::toggle_action_done, 0, {}, 7);
    act(app, IntentKind::toggle_action_done, 0, {}, 1);
    CHECK(app.actions_done == std::vector<bool>{false, false, false, false, false, false, false, true});
    act(app, IntentKind::toggle_action_done, 0, {}, 8);
    act(app, IntentKind::toggle_action_done, 0, {}, -1);
    CHECK(app.actions_done == std::vector<bool>{false, false, false, false, false, false, false, true});
}

// [SECTION] Progress
static std::string civic_article() {
    return read_file(NQ_SOURCE_DIR "/assets/articles/civic-toolkit-us-mexico-security.json");
}

// The seed quiz taken with known_responses from `start_ms`, one question a second.
static void take_seed_quiz(nq::App& app, double start_ms) {
    std::vector<nq::Response> responses = known_responses(app);
    act(app, IntentKind::start_quiz, start_ms);
    for (size_t i = 0; i < 10; i++) {
        act(app, IntentKind::answer, start_ms + 1000.0 * double(i) + 500, responses[i]);
        act(app, IntentKind::submit, start_ms + 1000.0 * double(i) + 900);
        act(app, IntentKind::next, start_ms + 1000.0 * double(i) + 1000);
    }
    REQUIRE(app.screen == Screen::results);
}

static std::string describe(const std::vector<nq::TopicChange>& changes) {
    std::string s;
    for (const nq::TopicChange& c : changes)
        s += c.after.topic.id + ": " + nq::mastery_level_name(c.before.level) + " " + std::to_string(c.before.percent) +
             " -> " + nq::mastery_level_name(c.after.level) + " " + std::to_string(c.after.percent) + "; ";
    return s;
}

static const nq::Card& card_of(const nq::ProgressStore& store, const std::string& article, const std::string& question) {
    const nq::ArticleProgress& a = store.articles.at(article);
    auto it = std::find_if(a.questions.begin(), a.questions.end(), [&](const nq::QuestionProgress& q) { return q.id == question; });
    REQUIRE(it != a.questions.end());
    REQUIRE(it->card.has_value());
    return *it->card;
}

// The correct response to a single, multiple or true_false question; other types stay unanswered.
static nq::Response correct_response(const nq::Question& q) {
    nq::Response r;
    if (q.type == nq::QuestionType::true_false) {
        r.answered = true;
        r.boolean = q.answer_bool;
    } else if (q.type == nq::QuestionType::single || q.type == nq::QuestionType::multiple) {
        for (const nq::Choice& c : q.choices)
            if (c.correct) r.ids.push_back(c.id);
        r.answered = !r.ids.empty();
    }
    return r;
}

constexpr int kToday = 20334;  // 2025-09-03
constexpr const char* kSeedId = "rubio-us-mexico-security-2025-09-03";

// The seed article on kToday with a new store, for reader-1.
static nq::App open_seed_with_progress() {
    nq::AppOptions options;
    options.seed = 42;
    options.today = kToday;
    options.progress = nq::progress_new("reader-1");
    return nq::app_open(seed_article(), options);
}

// The second article's page 40 days after the seed quiz was taken: every seed card is due.
static nq::App open_civic_after_seed_quiz() {
    nq::App seed = open_seed_with_progress();
    take_seed_quiz(seed, 1000);
    nq::AppOptions later;
    later.seed = 7;
    later.today = kToday + 40;
    later.progress = seed.progress;
    return nq::app_open(civic_article(), later);
}

TEST_CASE("a finished attempt goes to the site's progress with what it changed") {
    nq::App app = open_seed_with_progress();
    CHECK(nq::app_article_summary(app).attempts == 0);
    take_seed_quiz(app, 1000);

    CHECK(app.progress_changed);
    const nq::ArticleProgress& article = app.progress.articles.at(kSeedId);
    REQUIRE(article.attempts.size() == 1);
    CHECK(article.attempts[0].id == "1000-42-1");
    CHECK(article.attempts[0].score == 9);
    CHECK(article.attempts[0].max == 12);
    CHECK(article.attempts[0].day == kToday);
    // foreign-policy: 5 of its 6 questions right today (q4 half right); government: q5 and q10 of 4.
    CHECK(describe(app.changes) == "foreign-policy: not_started 0 -> proficient 83; government: not_started 0 -> familiar 50; ");
    nq::ArticleSummary best = nq::app_article_summary(app);
    CHECK(best.attempts == 1);
    CHECK(best.best_score == 9);
    CHECK(best.best_percent == 75);
    CHECK(card_of(app.progress, kSeedId, "q2").fsrs.reps == 1);
    CHECK_FALSE(card_of(app.progress, kSeedId, "q2").last_correct);

    SUBCASE("a retake is a second attempt; what did not move is still said for the article's topics") {
        app.progress_changed = false;
        act(app, IntentKind::retry, 20000);
        act(app, IntentKind::finish, 21000);
        CHECK(app.progress_changed);
        CHECK(app.progress.articles.at(kSeedId).attempts.size() == 2);
        CHECK(nq::app_article_summary(app).best_score == 9);
        // Nothing answered: the cards keep their memory, and the figures stay.
        CHECK(describe(app.changes) == "foreign-policy: proficient 83 -> proficient 83; government: familiar 50 -> familiar 50; ");
    }
    SUBCASE("ticking an action is kept in the progress") {
        app.progress_changed = false;
        act(app, IntentKind::toggle_action_done, 30000, {}, 2);
        CHECK(app.progress_changed);
        CHECK(nq::progress_actions_done(app.progress, app.loaded.doc) ==
              std::vector<bool>{false, false, true, false, false, false, false, false});
    }
    SUBCASE("the article's own cards are never offered on its own page") {
        app.today = kToday + 40;
        CHECK(nq::app_due_count(app) == 0);
        act(app, IntentKind::show_article, 40000);
        CHECK(act(app, IntentKind::start_review, 41000).empty());
        CHECK(app.screen == Screen::article);
        CHECK_FALSE(app.due_review.has_value());
    }
}

TEST_CASE("allow_retry false: once finished, in this visit or an earlier one, the quiz is not offered again") {
    nq::App first = open_seed_with_progress();
    first.loaded.doc.quiz.allow_retry = false;
    CHECK(nq::app_quiz_open(first));
    act(first, IntentKind::start_quiz, 1000);
    act(first, IntentKind::show_article, 1500);
    CHECK(nq::app_quiz_open(first));  // an attempt under way can always be continued
    act(first, IntentKind::start_quiz, 2000);
    act(first, IntentKind::finish, 3000);
    act(first, IntentKind::show_article, 4000);
    CHECK_FALSE(nq::app_quiz_open(first));
    CHECK(act(first, IntentKind::start_quiz, 5000).empty());
    CHECK(first.screen == Screen::article);

    // The next visit: a new session, and the store remembers the finished attempt.
    nq::AppOptions later;
    later.seed = 43;
    later.today = kToday + 1;
    later.progress = first.progress;
    nq::App next = nq::app_open(seed_article(), later);
    CHECK(nq::app_quiz_open(next));  // the document as written allows a retake
    next.loaded.doc.quiz.allow_retry = false;
    CHECK_FALSE(nq::app_quiz_open(next));
    CHECK(act(next, IntentKind::start_quiz, 6000).empty());
    CHECK(next.screen == Screen::article);
    CHECK(next.session.attempt == 0);

    // Without a quiz there is nothing to open.
    nq::App card = nq::app_open(R"({"format":"newsquiz/1","article":{"id":"a","headline":"H","date":"2025-09-03"}})", {});
    CHECK_FALSE(nq::app_quiz_open(card));
}

TEST_CASE("another article's page reviews the due cards through the same session") {
    nq::App app = open_civic_after_seed_quiz();
    REQUIRE(app.screen == Screen::article);
    CHECK(nq::app_due_count(app) == 10);
    CHECK(app.session.phase == nq::Phase::article);

    CHECK(act(app, IntentKind::start_review, 100000).empty());  // the page hears nothing of a review
    REQUIRE(app.due_review.has_value());
    CHECK(app.screen == Screen::question);
    CHECK(&nq::app_quiz(app) == &app.due_review->doc.quiz);
    REQUIRE(app.session.records.size() == 10);

    // Right answers while the questions are of a type answered here (the first two), then finish.
    int answered = 0;
    for (int i = 0; i < 10; i++) {
        const nq::Question* q = nq::app_current_question(app);
        REQUIRE(q != nullptr);
        nq::Response r = correct_response(*q);
        if (r.answered) {
            CHECK(act(app, IntentKind::answer, 100000 + 1000.0 * i, r).empty());
            CHECK(act(app, IntentKind::submit, 100500 + 1000.0 * i).empty());
            answered += 1;
        } else {
            CHECK(act(app, IntentKind::submit, 100500 + 1000.0 * i).empty());  // refused: nothing to submit
            act(app, IntentKind::finish, 100500 + 1000.0 * i);
            break;
        }
        act(app, IntentKind::next, 101000 + 1000.0 * i);
    }
    CHECK(app.screen == Screen::results);
    CHECK(app.progress_changed);
    int reviewed = 0;
    for (const nq::CardKey& key : app.due_review->keys) {
        const nq::Card& card = card_of(app.progress, key.article_id, key.question_id);
        if (card.fsrs.reps == 2) {
            reviewed += 1;
            CHECK(card.fsrs.last_day == kToday + 40);
            CHECK(card.last_correct);
        } else {
            CHECK(card.fsrs.reps == 1);
        }
    }
    CHECK(reviewed == answered);
    CHECK(answered == 2);
    CHECK_FALSE(app.changes.empty());

    CHECK(act(app, IntentKind::retry, 120000).empty());  // a review is not retaken
    CHECK(app.screen == Screen::results);
    act(app, IntentKind::show_article, 121000);
    CHECK(app.screen == Screen::article);
    CHECK_FALSE(app.due_review.has_value());
    CHECK(app.session.phase == nq::Phase::article);  // the article's own attempt, untouched
    CHECK(nq::app_due_count(app) == 10 - answered);
    CHECK(describe(act(app, IntentKind::start_quiz, 122000)) == "start");
    CHECK(&nq::app_quiz(app) == &app.loaded.doc.quiz);
}

TEST_CASE("leaving a review early keeps the cards answered so far, and the paused attempt") {
    nq::App app = open_civic_after_seed_quiz();
    act(app, IntentKind::start_quiz, 100000);  // the article's attempt, left on its first question
    act(app, IntentKind::show_progress, 101000);
    CHECK(app.session.paused);
    act(app, IntentKind::start_review, 102000);
    REQUIRE(app.due_review.has_value());
    const nq::Question* q = nq::app_current_question(app);
    REQUIRE(q != nullptr);
    nq::CardKey first_key = app.due_review->keys[size_t(app.session.records[0].question)];
    nq::Response r = correct_response(*q);
    CHECK(first_key.question_id == "q2");  // answered wrongly: the most forgotten comes first
    REQUIRE(r.answered);
    act(app, IntentKind::answer, 103000, r);
    act(app, IntentKind::submit, 103500);
    act(app, IntentKind::show_article, 104000);
    CHECK_FALSE(app.due_review.has_value());
    CHECK(card_of(app.progress, first_key.article_id, first_key.question_id).fsrs.reps == 2);
    CHECK(nq::app_due_count(app) == 9);
    CHECK(app.session.attempt == 1);
    CHECK(app.session.paused);
    CHECK(act(app, IntentKind::start_quiz, 105000).empty());  // back to the paused question: no new start
    CHECK(app.screen == Screen::question);
    CHECK(app.session.current == 0);
}

// [SECTION] Helpers
TEST_CASE("response_feedback gives the texts the chosen answer earns") {
    nq::App app = open_seed();
    const std::vector<nq::Question>& q = app.loaded.doc.quiz.questions;
    nq::QuestionRecord r;
    r.order = {0, 1, 2};
    r.submitted = true;
    CHECK(nq::response_feedback(q[0], r).empty());  // unanswered
    r.response = response(app, 0, R"("b")");
    r.submitted = false;
    CHECK(nq::response_feedback(q[0], r).empty());  // a draft
    r.submitted = true;
    CHECK(nq::response_feedback(q[0], r) == std::vector<std::string>{"None of these is mentioned in the article."});
    r.response.ids = {"a", "c"};  // not a valid single answer, but its texts come in display order
    r.order = {2, 0, 1};
    CHECK(nq::response_feedback(q[0], r) ==
          std::vector<std::string>{"The article names other problems; check the first paragraph.",
                                   "Right: these are the three problems named in the first paragraph."});
    r.response = response(app, 1, R"("a")");
    r.order = {0, 1, 2, 3};
    CHECK(nq::response_feedback(q[1], r).empty());  // q2's choices have no feedback
    nq::QuestionRecord tf;
    tf.submitted = true;
    tf.response = response(app, 4, "true");
    CHECK(nq::response_feedback(q[4], tf) ==
          std::vector<std::string>{"Not quite: the article says the channels continue functioning professionally."});
    tf.response = response(app, 4, "false");
    CHECK(nq::response_feedback(q[4], tf) ==
          std::vector<std::string>{"Right: the channels keep working professionally despite the friction."});
}

TEST_CASE("names") {
    const std::pair<Screen, const char*> screens[] = {
        {Screen::article, "article"}, {Screen::question, "question"}, {Screen::results, "results"},
        {Screen::review, "review"},   {Screen::progress, "progress"}, {Screen::actions, "actions"},
        {Screen::error, "error"}};
    for (const auto& [screen, name] : screens) CHECK(std::string(nq::screen_name(screen)) == name);
    const std::pair<IntentKind, const char*> intents[] = {
        {IntentKind::start_quiz, "start_quiz"},     {IntentKind::answer, "answer"},
        {IntentKind::submit, "submit"},             {IntentKind::next, "next"},
        {IntentKind::finish, "finish"},             {IntentKind::retry, "retry"},
        {IntentKind::show_review, "show_review"},   {IntentKind::show_results, "show_results"},
        {IntentKind::show_actions, "show_actions"}, {IntentKind::show_progress, "show_progress"},
        {IntentKind::show_article, "show_article"}, {IntentKind::toggle_action_done, "toggle_action_done"},
        {IntentKind::tick, "tick"}};
    for (const auto& [kind, name] : intents) CHECK(std::string(nq::intent_name(kind)) == name);
}
