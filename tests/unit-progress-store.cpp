// The stored form of progress (progress.h, its Stored form section): the JSON text byte for
// byte, stores of earlier versions migrated, unreadable and damaged ones, and the size cap.
#include <doctest/doctest.h>

#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "progress-support.h"
#include "progress.h"

using namespace nq::test;

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

// Replaces the first `from` in `text`, which must hold it.
static void replace_once(std::string& text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

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

static std::vector<std::string> codes_and_pointers(const std::vector<nq::ProgressIssue>& issues) {
    std::vector<std::string> out;
    for (const nq::ProgressIssue& i : issues) out.push_back(std::string(nq::progress_code_name(i.code)) + " " + i.pointer);
    return out;
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

TEST_CASE("ids are read as they are recorded: 1 to 100 characters") {
    std::string text = without_final_newline(fixture("v2-store.json"));
    auto with_attempt_id = [&](const std::string& id) {
        std::string changed = text;
        size_t at = changed.find("\"id\":\"a1\"");
        REQUIRE(at != std::string::npos);
        changed.replace(at, 9, "\"id\":\"" + id + "\"");
        return nq::progress_load(changed, "");
    };
    nq::ProgressLoad longest = with_attempt_id(std::string(100, 'x'));
    CHECK(longest.complete);
    CHECK(longest.store.articles.at("city-budget-2025").attempts[0].id == std::string(100, 'x'));
    nq::ProgressLoad too_long = with_attempt_id(std::string(101, 'x'));
    CHECK(codes_and_pointers(too_long.warnings) == std::vector<std::string>{"out_of_range /articles/0/attempts/0/id"});
    CHECK(too_long.store.articles.at("city-budget-2025").attempts.size() == 1);
    nq::ProgressLoad empty = with_attempt_id("");
    CHECK(codes_and_pointers(empty.warnings) == std::vector<std::string>{"out_of_range /articles/0/attempts/0/id"});
}

TEST_CASE("a snapshot outside a document's limits is dropped, its card kept") {
    std::string text = without_final_newline(fixture("v2-store.json"));
    auto cut = [&](const std::string& from, const std::string& to) { replace_once(text, from, to); };
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

TEST_CASE("regression: a snapshot nested 24 levels deep is written out whole to be checked, and dropped") {
    std::string text = without_final_newline(fixture("v2-store.json"));
    replace_once(text, "\"accept\":[\"council\",\"city council\"]",
                 "\"accept\":" + std::string(22, '[') + "\"council\"" + std::string(22, ']'));
    nq::ProgressLoad r = nq::progress_load(text, "");
    CHECK(codes_and_pointers(r.warnings) == std::vector<std::string>{"wrong_type /articles/0/questions/4/card/question/accept/0"});
    REQUIRE(entry(r.store, "city-budget-2025", "q5").card);
    CHECK_FALSE(entry(r.store, "city-budget-2025", "q5").card->question);
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

TEST_CASE("regression: a snapshot whose items repeat an id is dropped, so that a review is a valid document") {
    std::string text = read_file(NQ_SOURCE_DIR "/tests/fixtures/fuzz/fuzz-progress/snapshot-item-ids-repeated.json");
    nq::ProgressLoad r = nq::progress_load(text, "");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].code == nq::ProgressCode::out_of_range);
    CHECK(r.warnings[0].pointer == "/articles/0/questions/5/card/question/items/1/id");
    CHECK(nq::progress_issue_to_string(r.warnings[0]) ==
          "[newsquiz] progress: /articles/0/questions/5/card/question/items/1/id: is out of range; the entry is dropped");

    // Only q6's snapshot goes: its card, the article's attempts and the other snapshots stay.
    REQUIRE(entry(r.store, "city-budget-2025", "q6").card);
    CHECK_FALSE(entry(r.store, "city-budget-2025", "q6").card->question);
    CHECK(entry(r.store, "city-budget-2025", "q6").card->fsrs.reps == 2);
    for (const char* id : {"q1", "q2", "q3", "q4", "q5", "q7"}) {
        INFO(id);
        REQUIRE(entry(r.store, "city-budget-2025", id).card);
        CHECK(entry(r.store, "city-budget-2025", id).card->question);
    }
    const nq::ArticleProgress& a = r.store.articles.at("city-budget-2025");
    CHECK(a.headline == "City adopts its 2025 budget");
    REQUIRE(a.attempts.size() == 2);
    CHECK(a.attempts[0].id == "a1");
    CHECK(a.attempts[1].id == "a2");
    CHECK(a.attempts[0].answers.size() == 7);

    nq::ReviewQuiz review = nq::progress_review_quiz(r.store, 20774, {});
    CHECK(review.keys.size() == 6);  // q6 can no longer be asked; its repeated "i1" made the review invalid
    nq::LoadResult loaded = nq::load_document(review.json);
    for (const nq::Diagnostic& d : loaded.diagnostics) INFO(nq::diagnostic_to_string(d));
    CHECK(loaded.ok);

    std::string saved = nq::progress_to_json(r.store);
    nq::ProgressLoad again = nq::progress_load(saved, "");
    CHECK(again.complete);
    CHECK(again.warnings.empty());
    CHECK(nq::progress_to_json(again.store) == saved);
}

TEST_CASE("a snapshot is read by the rules of a question in a document") {
    // Each case: the changes made to the version-2 fixture, then the warnings they must give.
    struct Case {
        const char* name;
        std::vector<std::pair<std::string, std::string>> changes;
        std::vector<std::string> warnings;
    };
    const Case cases[] = {
        {"choices and pairs with a repeated id, as items",
         {{"{\"id\":\"b\",\"text\":\"Parks\"}", "{\"id\":\"a\",\"text\":\"Parks\"}"},
          {"{\"id\":\"p2\",\"left\":\"Council\"", "{\"id\":\"p1\",\"left\":\"Council\""}},
         {"out_of_range /articles/0/questions/0/card/question/choices/1/id",
          "out_of_range /articles/0/questions/6/card/question/pairs/1/id"}},
        {"a single question without a correct choice, a blank prompt, an empty id",
         {{"{\"id\":\"a\",\"text\":\"Roads\",\"correct\":true}", "{\"id\":\"a\",\"text\":\"Roads\"}"},
          {"\"prompt\":\"Prompt of q3\"", "\"prompt\":\" \""},
          {"{\"id\":\"q5\",\"type\":\"text\"", "{\"id\":\"\",\"type\":\"text\""}},
         {"out_of_range /articles/0/questions/0/card/question/choices",
          "out_of_range /articles/0/questions/2/card/question/prompt",
          "out_of_range /articles/0/questions/4/card/question/id"}},
        {"types and required fields keep their own codes",
         {{"\"answer\":true", "\"answer\":\"yes\""}, {"\"answer\":12.5,", ""}},
         {"wrong_type /articles/0/questions/2/card/question/answer",
          "missing_field /articles/0/questions/3/card/question/answer"}},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        std::string text = without_final_newline(fixture("v2-store.json"));
        for (const auto& [from, to] : c.changes) replace_once(text, from, to);
        CHECK(codes_and_pointers(nq::progress_load(text, "").warnings) == c.warnings);
    }
}

TEST_CASE("regression: a match question scored all or nothing keeps its scoring in its snapshot") {
    std::string text = without_final_newline(fixture("v2-store.json"));
    replace_once(text, "\"topic\":\"local\",\"pairs\":[", "\"topic\":\"local\",\"scoring\":\"all_or_nothing\",\"pairs\":[");
    nq::ProgressLoad r = nq::progress_load(text, "");
    CHECK(r.warnings.empty());
    REQUIRE(entry(r.store, "city-budget-2025", "q7").card->question);
    CHECK(entry(r.store, "city-budget-2025", "q7").card->question->scoring == nq::Scoring::all_or_nothing);
    CHECK(nq::progress_to_json(r.store) == text);
}

TEST_CASE("regression: a store is read as nlohmann's parse read it before the core had one JSON reader") {
    const std::string stored = without_final_newline(fixture("v2-store.json"));

    SUBCASE("a member name repeated in one object: the last value is used, with no warning") {
        std::string text = stored;
        replace_once(text, "\"learner\":\"k7f3q9zx2m\"", "\"learner\":\"someone-else\",\"learner\":\"k7f3q9zx2m\"");
        replace_once(text, "\"days\":[20094,20095]", "\"days\":{\"a\":1},\"days\":[20094,20095]");
        nq::ProgressLoad loaded = nq::progress_load(text, "");
        CHECK(codes_and_pointers(loaded.warnings).empty());
        CHECK(loaded.store.learner_id == "k7f3q9zx2m");
        CHECK(nq::progress_to_json(loaded.store) == stored);
    }

    SUBCASE("a NUL byte ends the text") {
        nq::ProgressLoad loaded = nq::progress_load(stored + std::string("\0\xFF{", 3), "");
        CHECK(loaded.complete);
        CHECK(nq::progress_to_json(loaded.store) == stored);
        CHECK(nq::progress_load(std::string("{\"format\0", 9), "").warnings[0].code == nq::ProgressCode::not_json);
    }

    SUBCASE("of two errors in a snapshot, the one whose member name sorts first is reported") {
        std::string text = stored;
        replace_once(text, "\"prompt\":\"Prompt of q3\",\"topic\":\"local\",\"answer\":true",
                     "\"prompt\":\" \",\"topic\":\"local\",\"answer\":\"yes\"");
        CHECK(codes_and_pointers(nq::progress_load(text, "").warnings) ==
              std::vector<std::string>{"wrong_type /articles/0/questions/2/card/question/answer"});
    }
}

// Found by fuzz-attempt (its input: tests/fixtures/fuzz/fuzz-attempt/range-alone.bin):
// a numeric question with a range alone ("min": 1, "max": 7, no answer) was snapshotted with
// "answer": 0, outside its range, so the store did not load back cleanly and the card lost its
// question.
TEST_CASE("regression: a numeric question with a range alone saves a snapshot that loads back, byte for byte") {
    nq::LoadResult loaded = nq::load_document(read_file(NQ_SOURCE_DIR "/tests/fixtures/valid/numeric-range.json"));
    REQUIRE(loaded.ok);
    const nq::Document& doc = loaded.doc;
    REQUIRE(doc.quiz.questions.size() == 3);
    nq::Response three;
    three.answered = true;
    three.number = 3;
    nq::ProgressStore store = nq::progress_new("reader");
    nq::progress_record_attempt(
        store, nq::progress_attempt_from_session(doc, finished_session(doc, {three, three, three}, {{1, 1, true}, {0, 1, false}, {1, 1, true}}, kStartMs),
                                                 "a1", kDay));
    const std::string saved = nq::progress_to_json(store);
    CHECK(saved.find(R"("question":{"id":"q3","type":"numeric","prompt":"Name any day of the week of the talks, as a day of September 2025.",)"
                     R"("explanation":"The talks took place in the first week of September: any day from the 1st to the 7th counts.",)"
                     R"("topic":"government","min":1,"max":7}})") != std::string::npos);
    CHECK(saved.find(R"("answer":3,"min":2,"max":4)") == std::string::npos);  // an answer beside a range is left out too
    nq::ProgressLoad again = nq::progress_load(saved, "");
    CHECK(codes_and_pointers(again.warnings).empty());
    REQUIRE(entry(again.store, doc.article.id, "q3").card);
    REQUIRE(entry(again.store, doc.article.id, "q3").card->question);
    CHECK(nq::progress_to_json(again.store) == saved);

    // A store saved before the fix: the snapshot with "answer": 0 is dropped, the card is kept.
    std::string before = saved;
    replace_once(before, R"("topic":"government","min":1,"max":7)", R"("topic":"government","answer":0,"min":1,"max":7)");
    nq::ProgressLoad old = nq::progress_load(before, "");
    CHECK(codes_and_pointers(old.warnings) == std::vector<std::string>{"out_of_range /articles/0/questions/2/card/question/answer"});
    REQUIRE(entry(old.store, doc.article.id, "q3").card);
    CHECK_FALSE(entry(old.store, doc.article.id, "q3").card->question);
}
