#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "progress.h"
#include "session.h"

static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static std::string fixture(const std::string& name) { return read_file(NQ_SOURCE_DIR "/tests/fixtures/progress/" + name); }

static std::string without_final_newline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// [SECTION] A document with one question of each type
static nq::Question question(const std::string& id, nq::QuestionType type, const std::string& topic) {
    nq::Question q;
    q.id = id;
    q.type = type;
    q.prompt = "Prompt of " + id;
    q.topic = topic;
    return q;
}

static nq::Document sample_document() {
    nq::Document d;
    d.article.id = "city-budget-2025";
    d.article.headline = "City adopts its 2025 budget";
    d.article.date = "2025-01-06";
    d.article.topics = {{"budget", "Budget", "\xF0\x9F\x92\xB0"}, {"local", "Local government", ""}};
    d.has_quiz = true;
    nq::Question q1 = question("q1", nq::QuestionType::single, "budget");
    q1.choices = {{"a", "Roads", true, std::nullopt, "Yes: roads."}, {"b", "Parks", false, std::nullopt, "No."}};
    q1.explanation = "Roads got the largest share.";
    nq::Question q2 = question("q2", nq::QuestionType::multiple, "budget");
    q2.choices = {{"a", "Taxes", true, 50.0, ""}, {"b", "Fees", true, 50.0, ""}, {"c", "Loans", false, -50.0, ""}};
    q2.scoring = nq::Scoring::all_or_nothing;
    q2.shuffle = false;
    q2.points = 2;
    nq::Question q3 = question("q3", nq::QuestionType::true_false, "local");
    q3.answer_bool = true;
    q3.feedback_true = "Right.";
    q3.feedback_false = "It did.";
    nq::Question q4 = question("q4", nq::QuestionType::numeric, "");
    q4.answer_number = 12.5;
    q4.tolerance = 0.5;
    q4.unit = "%";
    nq::Question q5 = question("q5", nq::QuestionType::text, "local");
    q5.accept = {"council", "city council"};
    nq::Question q6 = question("q6", nq::QuestionType::order, "budget");
    q6.items = {{"i1", "Draft"}, {"i2", "Hearing"}, {"i3", "Vote"}};
    nq::Question q7 = question("q7", nq::QuestionType::match, "local");
    q7.pairs = {{"p1", "Mayor", "Proposes"}, {"p2", "Council", "Adopts"}};
    q7.min = 1;  // ignored by match questions; carried only by numeric ones
    d.quiz.questions = {q1, q2, q3, q4, q5, q6, q7};
    d.actions = {{"Call the city clerk at 555-0100", "", {}}, {"Read the budget at example.gov", "", {}}};
    return d;
}

static nq::Response chosen(std::vector<std::string> ids) {
    nq::Response r;
    r.answered = true;
    r.ids = std::move(ids);
    return r;
}

// Every question answered: q1 right, q2 wrong, q3 wrong, q4 right, q5 right, q6 right, q7 half right.
static std::vector<nq::Response> sample_responses() {
    nq::Response tf, num, text, match;
    tf.answered = num.answered = text.answered = match.answered = true;
    tf.boolean = false;
    num.number = 12.25;
    text.text = "City Council";
    match.matches = {{"p1", "p2"}, {"p2", "p2"}};
    return {chosen({"a"}), chosen({"a", "c"}), tf, num, text, chosen({"i1", "i2", "i3"}), match};
}

struct Mark {
    double score;
    double max;
    bool correct;
};
static const std::vector<Mark> kSampleMarks = {{1, 1, true}, {0, 2, false}, {0, 1, false}, {1, 1, true},
                                               {1, 1, true}, {1, 1, true},  {0.5, 1, false}};

// A finished session over `doc` with the given responses and marks, one question per 5 s.
static nq::Session finished_session(const nq::Document& doc, const std::vector<nq::Response>& responses,
                                    const std::vector<Mark>& marks, double started_ms) {
    nq::Session s;
    s.attempt = 1;
    s.phase = nq::Phase::results;
    s.started_ms = started_ms;
    for (size_t i = 0; i < responses.size(); ++i) {
        nq::QuestionRecord r;
        r.question = static_cast<int>(i);
        r.response = responses[i];
        r.submitted = true;
        r.score = {marks[i].score, marks[i].max, responses[i].answered, marks[i].correct};
        r.shown_ms = started_ms + 5000.0 * static_cast<double>(i);
        r.time_ms = 4000 + 100 * static_cast<double>(i);
        s.records.push_back(r);
        s.result.score += marks[i].score;
        s.result.max += marks[i].max;
    }
    s.finished_ms = started_ms + 5000.0 * static_cast<double>(responses.size());
    (void)doc;
    return s;
}

static constexpr int kDay = 20094;                  // 2025-01-06
static constexpr double kStartMs = 1736164800000.0;  // 2025-01-06T12:00:00Z
static constexpr double kDayMs = 86400000.0;

// The store every persistence test starts from: two attempts, a ticked action, a review.
static nq::ProgressStore sample_store() {
    nq::Document doc = sample_document();
    nq::ProgressStore store = nq::progress_new("k7f3q9zx2m");
    nq::progress_record_attempt(
        store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), kSampleMarks, kStartMs), "a1", kDay));
    std::vector<nq::Response> some = sample_responses();
    some[3].answered = false;  // q4 left unanswered this time
    std::vector<Mark> marks = kSampleMarks;
    marks[1] = {2, 2, true};
    marks[3] = {0, 1, false};
    nq::progress_record_attempt(
        store, nq::progress_attempt_from_session(doc, finished_session(doc, some, marks, kStartMs + 3600000), "a2", kDay));
    nq::progress_set_action_done(store, doc.article.id, doc.actions[1].text, true, kStartMs + 3700000);
    nq::ReviewInput review;
    review.answers = {{{"city-budget-2025", "q3"}, true, 3000}};
    review.finished_ms = kStartMs + kDayMs;
    review.day = kDay + 1;
    nq::progress_record_review(store, review);
    return store;
}

static const nq::QuestionProgress& entry(const nq::ProgressStore& store, const std::string& article, const std::string& q) {
    const nq::ArticleProgress& a = store.articles.at(article);
    auto it = std::find_if(a.questions.begin(), a.questions.end(), [&](const nq::QuestionProgress& e) { return e.id == q; });
    REQUIRE(it != a.questions.end());
    return *it;
}

static std::vector<std::string> codes_and_pointers(const std::vector<nq::ProgressIssue>& issues) {
    std::vector<std::string> out;
    for (const nq::ProgressIssue& i : issues) out.push_back(std::string(nq::progress_code_name(i.code)) + " " + i.pointer);
    return out;
}

TEST_CASE("recording attempts") {
    nq::Document doc = sample_document();
    nq::ProgressStore store = nq::progress_new("learner-1");
    nq::Session session = finished_session(doc, sample_responses(), kSampleMarks, kStartMs);
    nq::AttemptInput first = nq::progress_attempt_from_session(doc, session, "a1", kDay);
    REQUIRE(nq::progress_record_attempt(store, first));
    const nq::ArticleProgress& article = store.articles.at("city-budget-2025");

    SUBCASE("an attempt is built from a finished session") {
        CHECK(first.article_id == "city-budget-2025");
        CHECK(first.headline == "City adopts its 2025 budget");
        CHECK(first.score == 4.5);
        CHECK(first.max == 8);
        CHECK(first.completed);
        CHECK(first.started_ms == kStartMs);
        CHECK(first.finished_ms == kStartMs + 35000);
        REQUIRE(first.quiz.size() == 7);
        CHECK(first.quiz[3].topics == std::vector<std::string>{"budget", "local"});
        REQUIRE(first.answers.size() == 7);
        CHECK(first.answers[6].score == 0.5);
        CHECK(first.answers[6].time_ms == 4600);
        CHECK(first.answers[1].question.choices.size() == 3);
    }
    SUBCASE("the attempt keeps its answers, and the article its best score") {
        REQUIRE(article.attempts.size() == 1);
        const nq::Attempt& a = article.attempts[0];
        CHECK(a.id == "a1");
        CHECK(a.day == kDay);
        CHECK(a.detailed);
        REQUIRE(a.answers.size() == 7);
        CHECK(a.answers[2].question_id == "q3");
        CHECK(a.answers[2].response.answered);
        CHECK_FALSE(a.answers[2].response.boolean);
        CHECK(a.answers[2].time_ms == 4200);

        std::vector<Mark> better = kSampleMarks;
        better[1] = {2, 2, true};
        std::vector<Mark> worse(7, Mark{0, 1, false});
        worse[1] = {0, 2, false};
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), better, kStartMs + 1000000), "a2", kDay));
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), worse, kStartMs + 2000000), "a3", kDay));
        nq::ArticleSummary s = nq::progress_article_summary(store.articles.at("city-budget-2025"));
        CHECK(s.attempts == 3);
        CHECK(s.completed == 3);
        CHECK(s.has_best);
        CHECK(s.best_score == 6.5);
        CHECK(s.best_max == 8);
        CHECK(s.best_percent == 81.3);
    }
    SUBCASE("answered questions become FSRS cards: correct is Good, wrong is Again") {
        const nq::Card& right = *entry(store, "city-budget-2025", "q1").card;
        CHECK(right.fsrs.memory.stability == 2.3065);
        CHECK(right.fsrs.reps == 1);
        CHECK(right.fsrs.due_day == kDay + 2);
        CHECK(right.last_correct);
        CHECK(right.last_ms == kStartMs + 35000);
        const nq::Card& half = *entry(store, "city-budget-2025", "q7").card;
        CHECK(half.fsrs.memory.stability == 0.212);  // partial credit is not a correct answer
        CHECK(half.fsrs.due_day == kDay + 1);
        CHECK_FALSE(half.last_correct);
    }
    SUBCASE("a card's snapshot re-asks the question without per-choice feedback") {
        const nq::Question& q1 = *entry(store, "city-budget-2025", "q1").card->question;
        CHECK(q1.prompt == "Prompt of q1");
        CHECK(q1.explanation == "Roads got the largest share.");
        CHECK(q1.choices[0].feedback.empty());
        CHECK(q1.choices[0].correct);
        const nq::Question& q3 = *entry(store, "city-budget-2025", "q3").card->question;
        CHECK(q3.feedback_true.empty());
        CHECK(q3.answer_bool);
    }
    SUBCASE("a question without a topic belongs to every topic of its article") {
        CHECK(entry(store, "city-budget-2025", "q4").topics == std::vector<std::string>{"budget", "local"});
        CHECK(entry(store, "city-budget-2025", "q3").topics == std::vector<std::string>{"local"});
        CHECK(store.topics.at("budget").label == "Budget");
    }
    SUBCASE("an unanswered question is in the article's questions but has no card") {
        nq::Document other = sample_document();
        other.article.id = "other-article";
        std::vector<nq::Response> responses = sample_responses();
        responses[4] = nq::Response{};
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(other, finished_session(other, responses, kSampleMarks, kStartMs), "x", kDay));
        CHECK(entry(store, "other-article", "q5").topics == std::vector<std::string>{"local"});
        CHECK_FALSE(entry(store, "other-article", "q5").card);
        CHECK(entry(store, "other-article", "q6").card);
    }
    SUBCASE("recording the same attempt twice changes nothing") {
        std::string before = nq::progress_to_json(store);
        CHECK_FALSE(nq::progress_record_attempt(store, first));
        CHECK(nq::progress_to_json(store) == before);
    }
    SUBCASE("an attempt without an id is keyed by its start time") {
        nq::AttemptInput anonymous = first;
        anonymous.id = "";
        anonymous.started_ms = kStartMs + 5;
        REQUIRE(nq::progress_record_attempt(store, anonymous));
        CHECK(store.articles.at("city-budget-2025").attempts[1].id == "1736164800005");
    }
    SUBCASE("an attempt without an article or with an over-long id is refused") {
        nq::AttemptInput bad = first;
        bad.article_id = "";
        CHECK_FALSE(nq::progress_record_attempt(store, bad));
        bad = first;
        bad.id = std::string(101, 'x');
        CHECK_FALSE(nq::progress_record_attempt(store, bad));
        CHECK(store.articles.size() == 1);
    }
    SUBCASE("the attempt's day is an active day") { CHECK(store.days == std::vector<int>{kDay}); }
    SUBCASE("values out of range are brought into range, so the store reads back whole") {
        nq::AttemptInput odd = first;
        odd.id = "odd";
        odd.started_ms = std::nan("");
        odd.finished_ms = 1e300;
        odd.day = 5000000;
        odd.score = -3;
        odd.answers[0].time_ms = -1;
        odd.topics.push_back({"", "No id", ""});
        REQUIRE(nq::progress_record_attempt(store, odd));
        const nq::Attempt& a = store.articles.at("city-budget-2025").attempts[0];
        CHECK(a.id == "odd");
        CHECK(a.started_ms == 0);
        CHECK(a.finished_ms == 1e15);
        CHECK(a.day == 1000000);
        CHECK(a.score == 0);
        CHECK(a.answers[0].time_ms == 0);
        nq::ProgressLoad loaded = nq::progress_load(nq::progress_to_json(store), "");
        CHECK(loaded.complete);
        CHECK(nq::progress_to_json(loaded.store) == nq::progress_to_json(store));
    }
}

TEST_CASE("the store round-trips through JSON") {
    nq::ProgressStore store = sample_store();
    std::string text = nq::progress_to_json(store);

    SUBCASE("the sample store is the committed version-2 fixture, byte for byte") {
        CHECK(text == without_final_newline(fixture("v2-store.json")));
    }
    SUBCASE("loading what was saved gives the same store") {
        nq::ProgressLoad loaded = nq::progress_load(text, "unused");
        CHECK(loaded.complete);
        CHECK(loaded.warnings.empty());
        CHECK(loaded.version == 2);
        CHECK(loaded.store.learner_id == "k7f3q9zx2m");
        CHECK(nq::progress_to_json(loaded.store) == text);
    }
    SUBCASE("every kind of response survives") {
        nq::ProgressStore loaded = nq::progress_load(text, "").store;
        const std::vector<nq::AnswerRecord>& answers = loaded.articles.at("city-budget-2025").attempts[0].answers;
        REQUIRE(answers.size() == 7);
        CHECK(answers[1].response.ids == std::vector<std::string>{"a", "c"});
        CHECK(answers[2].response.answered);
        CHECK_FALSE(answers[2].response.boolean);
        CHECK(answers[3].response.number == 12.25);
        CHECK(answers[4].response.text == "City Council");
        CHECK(answers[6].response.matches == std::vector<std::pair<std::string, std::string>>{{"p1", "p2"}, {"p2", "p2"}});
        CHECK_FALSE(loaded.articles.at("city-budget-2025").attempts[1].answers[3].response.answered);
    }
    SUBCASE("numbers at the ends of what a double holds survive (found by make fuzz)") {
        constexpr double kMax = std::numeric_limits<double>::max();
        nq::ProgressStore extreme = sample_store();
        nq::ArticleProgress& article = extreme.articles.at("city-budget-2025");
        article.attempts[0].answers[3].response.number = 1e308;
        for (nq::QuestionProgress& q : article.questions)
            if (q.id == "q4") q.card->question->answer_number = -kMax, q.card->question->tolerance = kMax;
        nq::ProgressLoad loaded = nq::progress_load(nq::progress_to_json(extreme), "");
        CHECK(codes_and_pointers(loaded.warnings) == std::vector<std::string>{});
        CHECK(loaded.store.articles.at("city-budget-2025").attempts[0].answers[3].response.number == 1e308);
        const nq::Question& back = *entry(loaded.store, "city-budget-2025", "q4").card->question;
        CHECK(back.answer_number == -kMax);
        CHECK(back.tolerance == kMax);
    }
    SUBCASE("every kind of question snapshot survives") {
        nq::ProgressStore loaded = nq::progress_load(text, "").store;
        const nq::Question& q2 = *entry(loaded, "city-budget-2025", "q2").card->question;
        CHECK(q2.type == nq::QuestionType::multiple);
        CHECK(q2.points == 2);
        CHECK(q2.scoring == nq::Scoring::all_or_nothing);
        CHECK(q2.shuffle == std::optional<bool>(false));
        CHECK(q2.choices[2].weight == std::optional<double>(-50));
        const nq::Question& q4 = *entry(loaded, "city-budget-2025", "q4").card->question;
        CHECK(q4.answer_number == 12.5);
        CHECK(q4.tolerance == 0.5);
        CHECK(q4.unit == "%");
        CHECK(entry(loaded, "city-budget-2025", "q5").card->question->accept == std::vector<std::string>{"council", "city council"});
        CHECK(entry(loaded, "city-budget-2025", "q6").card->question->items[2].text == "Vote");
        const nq::Question& q7 = *entry(loaded, "city-budget-2025", "q7").card->question;
        CHECK(q7.pairs[1].right == "Adopts");
        CHECK_FALSE(q7.min);
    }
}

TEST_CASE("stores written by earlier versions load after migration") {
    SUBCASE("every earlier version has a fixture that loads without a warning") {
        for (int v = 1; v < nq::kProgressFormatVersion; ++v) {
            CAPTURE(v);
            nq::ProgressLoad loaded = nq::progress_load(fixture("v" + std::to_string(v) + "-store.json"), "new");
            CHECK(loaded.version == v);
            CHECK(loaded.complete);
            CHECK(loaded.warnings.empty());
            CHECK(loaded.store.articles.size() > 0);
        }
    }
    SUBCASE("version 1 becomes the committed version-2 store, byte for byte") {
        nq::ProgressLoad loaded = nq::progress_load(fixture("v1-store.json"), "new");
        CHECK(nq::progress_to_json(loaded.store) == without_final_newline(fixture("v1-store.migrated.json")));
    }
    SUBCASE("version 1 attempts, cards and days keep their values") {
        nq::ProgressStore s = nq::progress_load(fixture("v1-store.json"), "new").store;
        CHECK(s.learner_id == "v1reader42");
        CHECK(s.days == std::vector<int>{20094, 20095, 20097});
        CHECK(s.longest_streak == 2);
        const nq::ArticleProgress& a = s.articles.at("city-budget-2025");
        CHECK(a.headline == "City adopts its 2025 budget");
        REQUIRE(a.attempts.size() == 2);
        CHECK(a.attempts[0].id == "1736164800000");
        CHECK(a.attempts[0].day == 20094);
        CHECK(a.attempts[0].score == 3);
        CHECK(a.attempts[0].answers[0].response.answered);
        CHECK_FALSE(a.attempts[0].answers[2].response.answered);
        CHECK(a.attempts[0].answers[2].time_ms == 9000);
        const nq::Card& c = *entry(s, "city-budget-2025", "q1").card;
        CHECK(c.fsrs.memory.stability == 10.96433194);
        CHECK(c.fsrs.memory.difficulty == 2.11121424);
        CHECK(c.fsrs.reps == 2);
        CHECK(c.fsrs.interval == 11);
        CHECK(c.fsrs.due_day == 20107);
        CHECK(c.last_correct);
        CHECK_FALSE(c.question);  // version 1 kept no snapshots
        CHECK_FALSE(entry(s, "city-budget-2025", "q3").card->last_correct);
        CHECK(entry(s, "city-budget-2025", "q2").topics == std::vector<std::string>{"budget"});
        CHECK(s.articles.at("transit-fares-2025").attempts.size() == 1);
    }
}

TEST_CASE("unreadable stores load as an empty store with a warning") {
    auto rejected = [](std::string_view text, nq::ProgressCode code) {
        nq::ProgressLoad r = nq::progress_load(text, "fresh-id");
        CHECK(codes_and_pointers(r.warnings) == std::vector<std::string>{std::string(nq::progress_code_name(code)) + " "});
        CHECK_FALSE(r.complete);
        CHECK(r.version == 0);
        CHECK(r.store.articles.empty());
        CHECK(r.store.learner_id == "fresh-id");
    };
    std::string good = without_final_newline(fixture("v2-store.json"));
    SUBCASE("truncated") { rejected(fixture("corrupt-truncated.json"), nq::ProgressCode::not_json); }
    SUBCASE("truncated anywhere") {
        for (size_t n = 1; n < good.size(); n += 41) rejected(std::string_view(good).substr(0, n), nq::ProgressCode::not_json);
    }
    SUBCASE("not JSON, or not UTF-8") {
        rejected("newsquiz", nq::ProgressCode::not_json);
        rejected("{\"format\": \"newsquiz-progress\", \"learner\": \"\xC3\x28\"}", nq::ProgressCode::not_json);
        rejected("{\"version\": 1e999}", nq::ProgressCode::not_json);
    }
    SUBCASE("not a store") {
        rejected("[]", nq::ProgressCode::not_a_store);
        rejected("42", nq::ProgressCode::not_a_store);
        rejected("{\"format\": \"newsquiz/1\", \"article\": {}}", nq::ProgressCode::not_a_store);
        rejected("{\"version\": 2}", nq::ProgressCode::not_a_store);
    }
    SUBCASE("a newer version") { rejected(fixture("corrupt-newer-version.json"), nq::ProgressCode::newer_version); }
    SUBCASE("a version never written") {
        rejected("{\"format\": \"newsquiz-progress\", \"version\": \"2\"}", nq::ProgressCode::unknown_version);
        rejected("{\"format\": \"newsquiz-progress\", \"version\": 1}", nq::ProgressCode::unknown_version);
        rejected("{\"format\": \"newsquiz-progress\", \"version\": 2.5}", nq::ProgressCode::unknown_version);
        rejected("{\"format\": \"newsquiz-progress\"}", nq::ProgressCode::unknown_version);
    }
    SUBCASE("too large, checked before parsing") {
        std::string big = "{\"format\": \"newsquiz-progress\", \"version\": 2}";
        big.resize(nq::kProgressMaxInputBytes + 1, ' ');
        rejected(big, nq::ProgressCode::too_large);
    }
    SUBCASE("nested too deeply, checked before parsing") {
        rejected(std::string(33, '[') + std::string(33, ']'), nq::ProgressCode::too_deep);
        rejected(std::string(100000, '{'), nq::ProgressCode::too_deep);
    }
    SUBCASE("empty text is a new store, not a problem") {
        nq::ProgressLoad r = nq::progress_load(" \n", "fresh-id");
        CHECK(r.complete);
        CHECK(r.warnings.empty());
        CHECK(r.store.learner_id == "fresh-id");
    }
}

TEST_CASE("entries with wrong types or values are dropped, the rest is kept") {
    nq::ProgressLoad r = nq::progress_load(fixture("corrupt-types.json"), "fresh-id");
    CHECK_FALSE(r.complete);
    CHECK(r.version == 2);
    CHECK(codes_and_pointers(r.warnings) == std::vector<std::string>{
                                                "wrong_type /learner",
                                                "wrong_type /days/1",
                                                "out_of_range /days/3",
                                                "out_of_range /articles/0/questions/0/card/question/type",
                                                "out_of_range /articles/0/questions/1/card/difficulty",
                                                "wrong_type /articles/0/questions/2/topics/0",
                                                "wrong_type /articles/0/attempts/1/score",
                                                "wrong_type /articles/0/attempts/2/answers/0/response/matches/0",
                                                "missing_field /articles/0/attempts/3/day",
                                                "out_of_range /articles/0/attempts/4/started_ms",
                                                "wrong_type /articles/1",
                                                "missing_field /articles/2/id",
                                                "duplicate_id /articles/3/id",
                                            });
    const nq::ProgressStore& s = r.store;
    CHECK(s.learner_id == "fresh-id");
    CHECK(s.days == std::vector<int>{20094, 20096});
    REQUIRE(s.articles.size() == 1);
    const nq::ArticleProgress& a = s.articles.at("city-budget-2025");
    CHECK(a.headline == "City adopts its 2025 budget");
    REQUIRE(a.questions.size() == 2);
    CHECK(a.questions[0].card);  // its snapshot went, its memory stays
    CHECK_FALSE(a.questions[0].card->question);
    CHECK_FALSE(a.questions[1].card);
    REQUIRE(a.attempts.size() == 2);
    CHECK(a.attempts[0].id == "a1");
    CHECK(a.attempts[0].detailed);
    CHECK(a.attempts[1].id == "a3");
    CHECK_FALSE(a.attempts[1].detailed);  // its totals stay, its unreadable detail goes
    CHECK(a.attempts[1].score == 2);
}

TEST_CASE("a snapshot outside a document's limits is dropped, its card kept") {
    std::string text = without_final_newline(fixture("v2-store.json"));
    auto cut = [&](const std::string& from, const std::string& to) {
        size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    cut(",{\"id\":\"b\",\"text\":\"Parks\"}", "");  // q1 left with one choice
    cut("\"accept\":[\"council\",\"city council\"]", "\"accept\":[]");
    nq::ProgressLoad r = nq::progress_load(text, "");
    CHECK(codes_and_pointers(r.warnings) == std::vector<std::string>{
                                                "out_of_range /articles/0/questions/0/card/question/choices",
                                                "out_of_range /articles/0/questions/4/card/question/accept",
                                            });
    CHECK(entry(r.store, "city-budget-2025", "q1").card);
    CHECK_FALSE(entry(r.store, "city-budget-2025", "q1").card->question);
    CHECK_FALSE(entry(r.store, "city-budget-2025", "q5").card->question);
    CHECK(entry(r.store, "city-budget-2025", "q6").card->question);
}

TEST_CASE("damaged stores never crash the loader") {
    // Every 53rd byte of a real store replaced in turn by characters that break JSON or types.
    std::string good = without_final_newline(fixture("v2-store.json"));
    int loaded = 0;
    for (size_t at = 0; at < good.size(); at += 53)
        for (char c : {'"', '1', '[', '}', '-', 'x', '\0'}) {
            std::string bad = good;
            bad[at] = c;
            nq::ProgressLoad r = nq::progress_load(bad, "id");
            CHECK(r.store.learner_id.size() > 0);
            loaded += 1;
        }
    CHECK(loaded == static_cast<int>((good.size() + 52) / 53) * 7);
}

// [SECTION] The size cap
// `articles` articles, `attempts` attempts in all, round robin, a day apart per round.
static nq::ProgressStore busy_store(int articles, int attempts, size_t explanation_chars = 0) {
    nq::Document doc = sample_document();
    doc.quiz.questions.resize(5);
    for (nq::Question& q : doc.quiz.questions) q.explanation += std::string(explanation_chars, '.');
    nq::ProgressStore store = nq::progress_new("busy");
    std::vector<nq::Response> responses = sample_responses();
    responses.resize(5);
    std::vector<Mark> marks(kSampleMarks.begin(), kSampleMarks.begin() + 5);
    for (int i = 0; i < attempts; ++i) {
        int round = i / articles;
        doc.article.id = "article-" + std::to_string(i % articles);
        doc.article.headline = "Headline number " + std::to_string(i % articles);
        marks[1] = {(i % 3) * 1.0, 2, i % 3 == 2};
        double started = kStartMs + static_cast<double>(i) * 60000.0;
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, responses, marks, started), "t" + std::to_string(i), kDay + round));
    }
    return store;
}

// busy_store(4, 4) with each attempt already folded: only cards are left to shed.
static nq::ProgressStore historyless_store(size_t explanation_chars) {
    nq::ProgressStore store = busy_store(4, 4, explanation_chars);  // article-0 answered first, article-3 last
    for (auto& [id, a] : store.articles) {
        a.folded = {1, 1, 4, 6, a.attempts[0].started_ms, 35000};
        a.attempts.clear();
    }
    return store;
}

// What the size cap must never lose: totals, and each kept article's count and best score.
struct Kept {
    nq::ProgressTotals totals;
    std::map<std::string, nq::ArticleSummary> articles;
};

static Kept kept(const nq::ProgressStore& store) {
    Kept k{nq::progress_totals(store, kDay), {}};
    for (const auto& [id, a] : store.articles) k.articles[id] = nq::progress_article_summary(a);
    return k;
}

static void check_kept(const Kept& before, const nq::ProgressStore& after) {
    Kept now = kept(after);
    CHECK(now.totals.attempts == before.totals.attempts);
    CHECK(now.totals.attempts_completed == before.totals.attempts_completed);
    CHECK(now.totals.articles == before.totals.articles);
    for (const auto& entry_now : now.articles) {
        const std::string& id = entry_now.first;
        CAPTURE(id);
        CHECK(entry_now.second.attempts == before.articles.at(id).attempts);
        CHECK(entry_now.second.completed == before.articles.at(id).completed);
        CHECK(entry_now.second.best_score == before.articles.at(id).best_score);
        CHECK(entry_now.second.best_max == before.articles.at(id).best_max);
    }
}

TEST_CASE("the size cap") {
    SUBCASE("holds after 10,000 attempts at 100 articles, keeping every total and card") {
        nq::ProgressStore store = busy_store(100, 10000);
        Kept before = kept(store);
        std::string saved = nq::progress_save(store);
        CHECK(saved.size() <= nq::kProgressDefaultBudget);
        CHECK(saved.size() > nq::kProgressDefaultBudget - 4096);  // it sheds what it must, not more
        check_kept(before, store);
        nq::ProgressTotals t = nq::progress_totals(store, kDay + 40000);
        CHECK(t.attempts == 10000);
        CHECK(t.articles == 100);
        CHECK(t.cards == 500);
        CHECK(t.due == 500);  // every snapshot kept: cards come before attempts' history
        nq::ProgressLoad loaded = nq::progress_load(saved, "");
        CHECK(loaded.complete);
        CHECK(nq::progress_to_json(loaded.store) == saved);
        check_kept(before, loaded.store);
    }
    SUBCASE("holds after 10,000 attempts at 10,000 articles, folding the least recent articles") {
        nq::ProgressStore store = busy_store(10000, 10000);
        nq::ProgressTotals before = nq::progress_totals(store, kDay);
        CHECK(before.attempts == 10000);
        nq::CompactReport report = nq::progress_compact(store, nq::kProgressDefaultBudget);
        CHECK(report.fits);
        std::string saved = nq::progress_to_json(store);
        CHECK(report.bytes == saved.size());
        CHECK(report.bytes <= nq::kProgressDefaultBudget);
        CHECK(report.answers_summarized == 10000);
        CHECK(report.attempts_folded == 10000);
        CHECK(report.articles_folded > 9000);
        CHECK(report.articles_folded == store.folded.articles);
        CHECK(report.snapshots_dropped == 0);  // the newest articles keep everything
        nq::ProgressTotals t = nq::progress_totals(store, kDay);
        CHECK(t.attempts == 10000);
        CHECK(t.attempts_completed == 10000);
        CHECK(t.articles == 10000);
        CHECK(store.articles.count("article-9999") == 1);
        CHECK(store.articles.count("article-0") == 0);
        CHECK(entry(store, "article-9999", "q1").card->question);
        nq::ProgressLoad loaded = nq::progress_load(saved, "");
        CHECK(loaded.complete);
        CHECK(nq::progress_totals(loaded.store, kDay).attempts == 10000);
    }
    SUBCASE("leaves a store that fits as it is") {
        nq::ProgressStore store = sample_store();
        std::string before = nq::progress_to_json(store);
        nq::CompactReport report = nq::progress_compact(store, before.size());
        CHECK(report.fits);
        CHECK(report.bytes == before.size());
        CHECK(report.answers_summarized + report.attempts_folded + report.snapshots_dropped + report.articles_folded == 0);
        CHECK(nq::progress_to_json(store) == before);
    }
    SUBCASE("summarizes the oldest attempt's detail first") {
        nq::ProgressStore store = sample_store();
        size_t full = nq::progress_to_json(store).size();
        nq::CompactReport report = nq::progress_compact(store, full - 1);
        CHECK(report.answers_summarized == 1);
        CHECK(report.attempts_folded == 0);
        const nq::ArticleProgress& a = store.articles.at("city-budget-2025");
        CHECK_FALSE(a.attempts[0].detailed);
        CHECK(a.attempts[0].answers.empty());
        CHECK(a.attempts[1].detailed);
        CHECK(report.bytes < full);
    }
    SUBCASE("then drops the snapshots of the cards reviewed longest ago, while cards alone fit in half") {
        nq::ProgressStore store = historyless_store(400);  // long explanations: snapshots weigh most
        nq::ProgressStore expected = store;
        for (nq::QuestionProgress& q : expected.articles.at("article-0").questions) q.card->question.reset();
        expected.articles.at("article-1").questions[0].card->question.reset();
        std::string want = nq::progress_to_json(expected);
        nq::ProgressStore bare = store;
        for (auto& [id, a] : bare.articles)
            for (nq::QuestionProgress& q : a.questions) q.card->question.reset();
        REQUIRE(nq::progress_to_json(bare).size() <= want.size() / 2);
        nq::CompactReport report = nq::progress_compact(store, want.size());
        CHECK(report.snapshots_dropped == 6);
        CHECK(report.articles_folded == 0);
        CHECK(report.bytes == want.size());
        CHECK(nq::progress_to_json(store) == want);
    }
    SUBCASE("or folds the least recent article whole, when cards alone take over half the budget") {
        nq::ProgressStore store = historyless_store(0);
        size_t full = nq::progress_to_json(store).size();
        nq::CompactReport report = nq::progress_compact(store, full - 1);
        CHECK(report.fits);
        CHECK(report.articles_folded == 1);
        CHECK(report.snapshots_dropped == 0);
        CHECK(store.articles.count("article-0") == 0);
        CHECK(store.folded.articles == 1);
        CHECK(store.folded.attempts == 1);
        CHECK(store.folded.completed == 1);
        CHECK(nq::progress_totals(store, kDay).attempts == 4);
        CHECK(nq::progress_totals(store, kDay).articles == 4);
    }
    SUBCASE("a budget too small for anything is reported, and the store stays readable") {
        nq::ProgressStore store = sample_store();
        nq::CompactReport report = nq::progress_compact(store, 100);
        CHECK_FALSE(report.fits);
        CHECK(report.articles_folded == 1);
        CHECK(nq::progress_totals(store, kDay).attempts == 2);
        nq::ProgressLoad loaded = nq::progress_load(nq::progress_to_json(store), "");
        CHECK(loaded.complete);
        CHECK(loaded.store.folded.attempts == 2);
    }
}

// [SECTION] Merging
static nq::AttemptInput attempt_on(const std::string& article, const std::string& id, double started_ms, int day) {
    nq::Document doc = sample_document();
    doc.article.id = article;
    return nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), kSampleMarks, started_ms), id, day);
}

static std::vector<std::string> attempt_ids(const nq::ProgressStore& s) {
    std::vector<std::string> ids;
    for (const auto& [id, a] : s.articles)
        for (const nq::Attempt& t : a.attempts) ids.push_back(id + "/" + t.id);
    return ids;
}

TEST_CASE("the recent attempts: finished ones with points, across articles, oldest first") {
    nq::ProgressStore s = nq::progress_new("reader");
    nq::AttemptInput latest = attempt_on("beta", "b1", kStartMs + 3 * kDayMs, kDay + 3);  // 4.5 of 8
    nq::AttemptInput first = attempt_on("alpha", "a1", kStartMs, kDay);
    first.score = 8;
    nq::AttemptInput left = attempt_on("alpha", "a2", kStartMs + kDayMs, kDay + 1);
    left.completed = false;
    nq::AttemptInput second = attempt_on("alpha", "a3", kStartMs + 2 * kDayMs, kDay + 2);
    second.score = 0.5;
    for (const nq::AttemptInput& a : {latest, first, left, second}) REQUIRE(nq::progress_record_attempt(s, a));

    std::vector<nq::RecentAttempt> recent = nq::progress_recent_attempts(s, 10);
    REQUIRE(recent.size() == 3);
    CHECK(recent[0].article_id == "alpha");
    CHECK(recent[0].percent == 100);
    CHECK(recent[1].percent == 6);  // 6.25
    CHECK(recent[2].article_id == "beta");
    CHECK(recent[2].headline == "City adopts its 2025 budget");
    CHECK(recent[2].score == 4.5);
    CHECK(recent[2].max == 8);
    CHECK(recent[2].percent == 56);  // 56.25
    std::vector<nq::RecentAttempt> last_two = nq::progress_recent_attempts(s, 2);
    REQUIRE(last_two.size() == 2);
    CHECK(last_two[0].percent == 6);
    CHECK(last_two[1].article_id == "beta");
    CHECK(nq::progress_recent_attempts(s, 0).empty());
}

TEST_CASE("merging two stores") {
    nq::ProgressStore base = nq::progress_new("reader");
    nq::progress_record_attempt(base, attempt_on("alpha", "b1", kStartMs, kDay));
    nq::progress_record_attempt(base, attempt_on("alpha", "b2", kStartMs + 1000, kDay));
    nq::ProgressStore tab1 = base, tab2 = base;
    nq::progress_record_attempt(tab1, attempt_on("alpha", "t1", kStartMs + kDayMs, kDay + 1));
    nq::progress_record_attempt(tab1, attempt_on("beta", "t1", kStartMs + kDayMs + 5, kDay + 1));
    nq::progress_record_attempt(tab2, attempt_on("alpha", "t2", kStartMs + kDayMs + 7, kDay + 1));
    nq::progress_record_attempt(tab2, attempt_on("gamma", "t2", kStartMs + 2 * kDayMs, kDay + 2));

    SUBCASE("keeps every attempt of two diverged stores") {
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        CHECK(attempt_ids(m) == std::vector<std::string>{"alpha/b1", "alpha/b2", "alpha/t1", "alpha/t2", "beta/t1", "gamma/t2"});
        CHECK(nq::progress_totals(m, kDay + 2).attempts == 6);
        CHECK(nq::progress_totals(m, kDay + 2).articles == 3);
        CHECK(attempt_ids(nq::progress_merge(tab2, tab1)) == attempt_ids(m));
        CHECK(m.learner_id == "reader");
    }
    SUBCASE("keeps the later review of each card") {
        nq::ReviewInput r1{{{{"alpha", "q1"}, false, 1000}}, kStartMs + 2 * kDayMs, kDay + 2};
        nq::ReviewInput r2{{{{"alpha", "q1"}, true, 1000}}, kStartMs + 3 * kDayMs, kDay + 3};
        CHECK(nq::progress_record_review(tab1, r1) == 1);
        CHECK(nq::progress_record_review(tab2, r2) == 1);
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        const nq::Card& c = *entry(m, "alpha", "q1").card;
        const nq::Card& later = *entry(tab2, "alpha", "q1").card;
        CHECK(c.last_ms == kStartMs + 3 * kDayMs);
        CHECK(c.fsrs.memory.stability == later.fsrs.memory.stability);
        CHECK(c.fsrs.reps == later.fsrs.reps);
        CHECK(c.last_correct);
        CHECK(entry(nq::progress_merge(tab2, tab1), "alpha", "q1").card->last_ms == kStartMs + 3 * kDayMs);
    }
    SUBCASE("keeps the later change of each action") {
        nq::progress_set_action_done(tab1, "alpha", "Call the clerk", true, kStartMs + 10);
        nq::progress_set_action_done(tab2, "alpha", "Call the clerk", true, kStartMs + 20);
        nq::progress_set_action_done(tab2, "alpha", "Call the clerk", false, kStartMs + 30);
        nq::progress_set_action_done(tab1, "alpha", "Write a letter", true, kStartMs + 40);
        nq::Document doc = sample_document();
        doc.article.id = "alpha";
        doc.actions = {{"Call the clerk", "", {}}, {"Write a letter", "", {}}};
        CHECK(nq::progress_actions_done(nq::progress_merge(tab1, tab2), doc) == std::vector<bool>{false, true});
        CHECK(nq::progress_actions_done(nq::progress_merge(tab2, tab1), doc) == std::vector<bool>{false, true});
    }
    SUBCASE("unites the active days and recomputes the streak") {
        nq::ProgressStore m = nq::progress_merge(tab1, tab2);
        CHECK(m.days == std::vector<int>{kDay, kDay + 1, kDay + 2});
        CHECK(nq::progress_streak(m, kDay + 2).current == 3);
        CHECK(m.longest_streak == 3);
    }
    SUBCASE("merging a store with itself or with an empty store changes nothing") {
        std::string t1 = nq::progress_to_json(tab1);
        CHECK(nq::progress_to_json(nq::progress_merge(tab1, tab1)) == t1);
        CHECK(nq::progress_to_json(nq::progress_merge(tab1, nq::progress_new(""))) == t1);
        CHECK(nq::progress_to_json(nq::progress_merge(nq::progress_new(""), tab1)) == t1);
    }
    SUBCASE("a summarized attempt is replaced by its detailed copy") {
        nq::ProgressStore summarized = tab1;
        summarized.articles.at("alpha").attempts[0].detailed = false;
        summarized.articles.at("alpha").attempts[0].answers.clear();
        nq::ProgressStore m = nq::progress_merge(summarized, tab2);
        CHECK(m.articles.at("alpha").attempts[0].detailed);
        CHECK(m.articles.at("alpha").attempts[0].answers.size() == 7);
    }
    SUBCASE("attempts folded by the size cap are not counted twice") {
        nq::ProgressStore folded = tab1;
        nq::ArticleProgress& alpha = folded.articles.at("alpha");
        alpha.folded = {2, 2, 4.5, 8, kStartMs + 1000, 70000};  // b1 and b2, as the cap folds them
        alpha.attempts.erase(alpha.attempts.begin(), alpha.attempts.begin() + 2);
        nq::ProgressStore m = nq::progress_merge(folded, tab2);
        CHECK(attempt_ids(m) == std::vector<std::string>{"alpha/t1", "alpha/t2", "beta/t1", "gamma/t2"});
        CHECK(nq::progress_article_summary(m.articles.at("alpha")).attempts == 4);
        CHECK(nq::progress_totals(m, kDay).attempts == 6);
    }
}

// [SECTION] Spaced review
TEST_CASE("spaced review") {
    nq::Document doc = sample_document();
    nq::ProgressStore store = nq::progress_new("reader");
    nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, finished_session(doc, sample_responses(), kSampleMarks, kStartMs), "a1", kDay));

    SUBCASE("wrong answers are due the next day, right ones after their interval") {
        CHECK(nq::progress_due_cards(store, kDay).empty());
        std::vector<nq::DueCard> tomorrow = nq::progress_due_cards(store, kDay + 1);
        REQUIRE(tomorrow.size() == 3);  // q2, q3, q7: again -> 1 day
        CHECK(tomorrow[0].key.question_id == "q2");
        CHECK(tomorrow[0].headline == "City adopts its 2025 budget");
        CHECK(tomorrow[0].due_day == kDay + 1);
        CHECK(tomorrow[0].retrievability == doctest::Approx(0.76619573).epsilon(1e-8));
        std::vector<nq::DueCard> later = nq::progress_due_cards(store, kDay + 2);
        REQUIRE(later.size() == 7);
        CHECK(later[0].key.question_id == "q2");  // the most forgotten first
        CHECK(later[6].retrievability == doctest::Approx(0.90949326).epsilon(1e-8));
        CHECK(nq::progress_totals(store, kDay + 2).due == 7);
    }
    SUBCASE("a review quiz re-asks the due cards as a normal quiz") {
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 1, {});
        REQUIRE(review.keys.size() == 3);
        CHECK(review.keys[1].article_id == "city-budget-2025");
        CHECK(review.keys[1].question_id == "q3");
        const nq::Document& d = review.doc;
        CHECK(d.has_quiz);
        CHECK(d.article.id == "review");
        CHECK(d.article.headline == "Questions due for review");
        CHECK(d.article.date == "2025-01-07");
        REQUIRE(d.quiz.questions.size() == 3);
        CHECK(d.quiz.questions[1].id == "r2");
        CHECK(d.quiz.questions[1].prompt == "Prompt of q3");
        CHECK(d.quiz.questions[1].type == nq::QuestionType::true_false);
        REQUIRE(d.article.topics.size() == 2);
        CHECK(d.article.topics[0].id == "budget");
        CHECK(d.article.topics[0].label == "Budget");
        CHECK(review.json.rfind("{\"format\":\"newsquiz/1\",\"article\":{\"id\":\"review\",\"headline\":\"Questions due for review\",\"date\":\"2025-01-07\",\"topics\":[{\"id\":\"budget\"", 0) == 0);
        CHECK(review.json.find("{\"id\":\"r2\",\"type\":\"true_false\",\"prompt\":\"Prompt of q3\",\"topic\":\"local\",\"answer\":true}") != std::string::npos);
    }
    SUBCASE("a review quiz honours its limit and leaves out the article on the page") {
        nq::ReviewOptions options;
        options.max_questions = 2;
        options.headline = "Repaso";
        nq::ReviewQuiz two = nq::progress_review_quiz(store, kDay + 5, options);
        CHECK(two.keys.size() == 2);
        CHECK(two.doc.article.headline == "Repaso");
        options.exclude_article = "city-budget-2025";
        CHECK(nq::progress_review_quiz(store, kDay + 5, options).keys.empty());
    }
    SUBCASE("a review session updates the cards it asked") {
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 2, {});
        REQUIRE(review.keys.size() == 7);
        nq::Session s;
        s.phase = nq::Phase::results;
        s.finished_ms = kStartMs + 2 * kDayMs;
        for (int i = 0; i < 7; ++i) {
            nq::QuestionRecord r;
            r.question = i;
            r.response.answered = true;
            r.submitted = i != 6;  // the last one a draft when the session ended
            r.score.correct = true;
            r.time_ms = 1000;
            s.records.push_back(r);
        }
        nq::ReviewInput input = nq::progress_review_from_session(review, s, kDay + 2);
        REQUIRE(input.answers.size() == 6);
        CHECK(nq::progress_record_review(store, input) == 6);
        const nq::Card& q1 = *entry(store, "city-budget-2025", "q1").card;
        // ts-fsrs reference "good at every due date", review 2.
        CHECK(q1.fsrs.memory.stability == doctest::Approx(10.96433194).epsilon(1e-6));
        CHECK(q1.fsrs.interval == 11);
        CHECK(q1.fsrs.due_day == kDay + 13);
        CHECK(q1.spaced_successes == 1);
        CHECK(q1.last_ms == kStartMs + 2 * kDayMs);
        CHECK(store.days == std::vector<int>{kDay, kDay + 2});
        CHECK(nq::progress_due_cards(store, kDay + 2).size() == 1);
    }
    SUBCASE("unknown cards in a review are skipped") {
        nq::ReviewInput input{{{{"nowhere", "q1"}, true, 1}, {{"city-budget-2025", "q9"}, true, 1}}, kStartMs, kDay + 1};
        CHECK(nq::progress_record_review(store, input) == 0);
        CHECK(store.days == std::vector<int>{kDay});
    }
    SUBCASE("a card whose snapshot was dropped is not offered for review") {
        for (nq::QuestionProgress& q : store.articles.at("city-budget-2025").questions)
            if (q.card) q.card->question.reset();
        CHECK(nq::progress_due_cards(store, kDay + 30).empty());
        CHECK(nq::progress_totals(store, kDay + 30).cards == 7);
    }
}

TEST_CASE("progress follows real sessions") {
    nq::Document doc = sample_document();
    auto take = [](nq::Session& s, const nq::Quiz& quiz, const std::vector<nq::Response>& responses, double& now) {
        REQUIRE(nq::session_apply(s, quiz, {nq::Step::start, {}, now}).accepted);
        for (const nq::Response& r : responses) {
            now += 4000;
            nq::session_apply(s, quiz, {nq::Step::answer, r, now});
            nq::session_apply(s, quiz, {nq::Step::submit, {}, now});
            nq::session_apply(s, quiz, {nq::Step::next, {}, now});
        }
    };
    SUBCASE("an attempt is recorded with the session's own scores") {
        nq::Session s = nq::session_new(doc.quiz, 7);
        double now = kStartMs;
        take(s, doc.quiz, sample_responses(), now);
        REQUIRE(s.phase == nq::Phase::results);
        nq::AttemptInput in = nq::progress_attempt_from_session(doc, s, "real", kDay);
        CHECK(in.score == s.result.score);
        CHECK(in.max == 8);
        CHECK(in.completed);
        CHECK(in.finished_ms == now);
        REQUIRE(in.answers.size() == 7);
        CHECK(in.answers[0].correct);
        CHECK(in.answers[0].time_ms == 4000);
        CHECK_FALSE(in.answers[1].correct);
        nq::ProgressStore store = nq::progress_new("r");
        REQUIRE(nq::progress_record_attempt(store, in));
        CHECK(entry(store, "city-budget-2025", "q1").card->last_correct);
    }
    SUBCASE("a review quiz loads as a valid newsquiz/1 document and runs in a session") {
        nq::ProgressStore store = nq::progress_new("r");
        nq::Session first = nq::session_new(doc.quiz, 7);
        double now = kStartMs;
        take(first, doc.quiz, sample_responses(), now);
        nq::progress_record_attempt(store, nq::progress_attempt_from_session(doc, first, "a1", kDay));
        nq::ReviewQuiz review = nq::progress_review_quiz(store, kDay + 5, {});
        REQUIRE(review.keys.size() == 7);
        nq::LoadResult loaded = nq::load_document(review.json);
        for (const nq::Diagnostic& d : loaded.diagnostics) INFO(nq::diagnostic_to_string(d));
        CHECK(loaded.ok);
        CHECK(loaded.diagnostics.empty());
        REQUIRE(loaded.doc.quiz.questions.size() == 7);
        CHECK(loaded.doc.quiz.questions[2].prompt == review.doc.quiz.questions[2].prompt);

        nq::Session s = nq::session_new(review.doc.quiz, 3);
        now = kStartMs + 5 * kDayMs;
        std::vector<nq::Response> responses;  // as in the first attempt: "q3" gets sample_responses()[2]
        for (const nq::QuestionRecord& r : s.records)
            responses.push_back(sample_responses()[static_cast<size_t>(review.keys[static_cast<size_t>(r.question)].question_id[1] - '1')]);
        take(s, review.doc.quiz, responses, now);
        REQUIRE(s.phase == nq::Phase::results);
        nq::ReviewInput input = nq::progress_review_from_session(review, s, kDay + 5);
        REQUIRE(input.answers.size() == 7);
        CHECK(nq::progress_record_review(store, input) == 7);
        const nq::Card& q1 = *entry(store, "city-budget-2025", "q1").card;
        CHECK(q1.fsrs.reps == 2);
        CHECK(q1.last_correct);
        CHECK(q1.spaced_successes == 1);
        CHECK_FALSE(entry(store, "city-budget-2025", "q2").card->last_correct);
        CHECK(store.days == std::vector<int>{kDay, kDay + 5});
    }
}

TEST_CASE("actions ticked as done") {
    SUBCASE("an action's key is FNV-1a of its text") {
        CHECK(nq::progress_action_key("") == "811c9dc5");
        CHECK(nq::progress_action_key("a") == "e40c292c");
    }
    SUBCASE("ticks follow the action's text, not its place") {
        nq::Document doc = sample_document();
        nq::ProgressStore store = nq::progress_new("r");
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, false});
        nq::progress_set_action_done(store, doc.article.id, doc.actions[1].text, true, 10);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, true});
        std::swap(doc.actions[0], doc.actions[1]);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{true, false});
        nq::progress_set_action_done(store, doc.article.id, doc.actions[0].text, false, 20);
        CHECK(nq::progress_actions_done(store, doc) == std::vector<bool>{false, false});
        CHECK(store.articles.at(doc.article.id).actions.size() == 1);
    }
}

TEST_CASE("the daily streak") {
    nq::ProgressStore store = nq::progress_new("r");
    CHECK(nq::progress_streak(store, 100).current == 0);
    for (int d : {10, 11, 12, 14, 15}) nq::progress_mark_day(store, d);
    SUBCASE("counts consecutive days up to today, or up to yesterday until today is active") {
        nq::Streak today = nq::progress_streak(store, 15);
        CHECK(today.current == 2);
        CHECK(today.active_today);
        CHECK(today.longest == 3);
        nq::Streak next = nq::progress_streak(store, 16);
        CHECK(next.current == 2);
        CHECK_FALSE(next.active_today);
        CHECK(nq::progress_streak(store, 17).current == 0);
    }
    SUBCASE("forgets old days but not the longest streak, nor the current one") {
        for (int d = 1000; d < 1600; ++d) nq::progress_mark_day(store, d);
        CHECK(store.days.front() == 1000);  // a current run is kept whole, however long
        CHECK(store.days.size() == 600);
        nq::progress_mark_day(store, 1700);
        CHECK(store.days.front() == 1301);  // then only the last 400 days stay
        CHECK(nq::progress_streak(store, 1700).longest == 600);
        nq::progress_mark_day(store, 2200);
        CHECK(store.days == std::vector<int>{2200});
        CHECK(nq::progress_streak(store, 2200).longest == 600);
        CHECK(nq::progress_streak(store, 2200).current == 1);
    }
}

TEST_CASE("the learner id") {
    CHECK(nq::progress_new("abc123").learner_id == "abc123");
    CHECK(nq::progress_load("", "new-id").store.learner_id == "new-id");
    CHECK(nq::progress_load(nq::progress_to_json(nq::progress_new("kept")), "new-id").store.learner_id == "kept");
    CHECK(nq::progress_load(nq::progress_to_json(nq::progress_new("")), "new-id").store.learner_id == "new-id");
}

TEST_CASE("issues read as log lines") {
    CHECK(nq::progress_issue_to_string({nq::ProgressCode::wrong_type, "/days/1"}) ==
          "[newsquiz] progress: /days/1: has the wrong type; the entry is dropped");
    CHECK(nq::progress_issue_to_string({nq::ProgressCode::not_json, ""}) ==
          "[newsquiz] progress: /: is not valid JSON; starting from an empty store");
}

// [fuzz-progress] what the fuzzer found, each input kept in tests/fixtures/fuzz/fuzz-progress/.
TEST_CASE("regression: a snapshot whose topic is not an id is dropped, so that a review is a valid document") {
    nq::ProgressLoad r = nq::progress_load(
        read_file(NQ_SOURCE_DIR "/tests/fixtures/fuzz/fuzz-progress/snapshot-topic-not-an-id.json"), "");
    CHECK(codes_and_pointers(r.warnings) ==
          std::vector<std::string>{"out_of_range /articles/0/questions/6/card/question/topic"});
    REQUIRE(entry(r.store, "city-budget-2025", "q7").card);
    CHECK_FALSE(entry(r.store, "city-budget-2025", "q7").card->question);
    nq::ReviewQuiz review = nq::progress_review_quiz(r.store, 20774, {});
    CHECK(review.keys.size() == 6);  // q7 can no longer be asked; its topic "l#cal" made the review invalid
    nq::LoadResult loaded = nq::load_document(review.json);
    for (const nq::Diagnostic& d : loaded.diagnostics) INFO(nq::diagnostic_to_string(d));
    CHECK(loaded.ok);
}
