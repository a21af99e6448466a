// aggregate.h: xAPI statements -> AGG.json -> the shares the widget shows.
//
// tests/fixtures/aggregate/statements-100.json is made here, from newsquiz's own statements
// (xapi_answered, xapi_attempt over the seed and civic articles) with the defects an export
// may hold; the test checks the committed file still equals what this code makes.
// Regenerate it after a deliberate change: NQ_UPDATE_FIXTURES=1 ctest -R unit-aggregate.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>

#include "aggregate.h"
#include "codec.h"
#include "document.h"
#include "fixture-support.h"
#include "xapi.h"

using Json = nlohmann::ordered_json;

// [SECTION] Helpers
using nq::test::expect_lines;
using nq::test::read_file;

static const std::string kFixtures = NQ_SOURCE_DIR "/tests/fixtures/aggregate/";
static const std::string kSeedId = "rubio-us-mexico-security-2025-09-03";
static const std::string kCivicId = "civic-toolkit-us-mexico-security";

static std::vector<std::string> fixtures_in(const std::string& folder) { return nq::test::files_in(kFixtures + folder, ".json"); }

static nq::Aggregates aggregate(const std::vector<std::string>& texts) {
    nq::AggregateBuilder builder;
    for (const std::string& text : texts) {
        nq::AggregateRead r = nq::aggregate_add(builder, text);
        INFO(expect_lines(r.errors));
        REQUIRE(r.ok);
    }
    return nq::aggregate_finish(builder);
}

// percents with one attempt at each of the given whole percents
static std::array<uint64_t, 101> percents_at(std::initializer_list<int> whole_percents) {
    std::array<uint64_t, 101> p{};
    for (int w : whole_percents) ++p[size_t(w)];
    return p;
}

// The JSON of percents_at(): "[0,...,1,...]"
static std::string percents_json(std::initializer_list<int> whole_percents) {
    std::string s;
    for (uint64_t n : percents_at(whole_percents)) s += (s.empty() ? "[" : ",") + std::to_string(n);
    return s + "]";
}

// [SECTION] The fixture: 100 statements whose figures are known
namespace {

// Builds the statements of the fixture, newsquiz's own where they can be.
class FixtureMaker {
public:
    FixtureMaker() {
        seed_ = nq::load_document(read_file(NQ_SOURCE_DIR "/assets/articles/rubio-us-mexico-security.json")).doc;
        civic_ = nq::load_document(read_file(NQ_SOURCE_DIR "/assets/articles/civic-toolkit-us-mexico-security.json")).doc;
        ctx_.home_page = "https://news.example";
        ctx_.activity_base = "https://news.example/newsquiz/";
        ctx_.lang = "en";
    }

    const nq::Document& seed() const { return seed_; }
    const nq::Document& civic() const { return civic_; }

    // An answered statement by a new reader; right or wrong as asked (checked by scoring it).
    Json answer(const nq::Document& doc, const std::string& question_id, bool right) {
        const nq::Question& q = question(doc, question_id);
        nq::Response r;
        r.answered = true;
        if (q.type == nq::QuestionType::true_false) {
            r.boolean = right ? q.answer_bool : !q.answer_bool;
        } else {
            REQUIRE(q.type == nq::QuestionType::single);
            for (const nq::Choice& c : q.choices)
                if (c.correct == right && r.ids.empty()) r.ids = {c.id};
        }
        nq::QuestionScore score = nq::score_question(q, r);
        REQUIRE(score.correct == right);
        next_reader();
        return Json::parse(nq::xapi_answered(ctx_, doc.article, q, r, score, 4200, stamp()));
    }

    // completed (and passed or failed with its own id) for an attempt scoring `score` points.
    Json attempt(const nq::Document& doc, double score, nq::XapiVerb verb = nq::XapiVerb::completed) {
        nq::QuizScore s;
        for (const nq::Question& q : doc.quiz.questions) s.max += q.points;
        s.score = score;
        s.percent = s.score * 100 / s.max;
        s.passed = s.percent >= doc.quiz.pass_percent;
        if (verb == nq::XapiVerb::completed) next_reader();
        return Json::parse(nq::xapi_attempt(ctx_, doc.article, s, verb, 95000, stamp()));
    }

    Json verdict(const nq::Document& doc, double score) {
        double max = 0;
        for (const nq::Question& q : doc.quiz.questions) max += q.points;
        return attempt(doc, score, score * 100 / max >= doc.quiz.pass_percent ? nq::XapiVerb::passed : nq::XapiVerb::failed);
    }

    // Statements newsquiz does not make, in the same actor's words.
    Json voiding(const std::string& voided_id) {
        Json s = attempt(seed_, 0);
        Json v = {{"id", s["id"]},
                  {"actor", s["actor"]},
                  {"verb", {{"id", "http://adlnet.gov/expapi/verbs/voided"}, {"display", {{"en-US", "voided"}}}}},
                  {"object", {{"objectType", "StatementRef"}, {"id", voided_id}}},
                  {"timestamp", s["timestamp"]}};
        return v;
    }
    Json experienced(const nq::Document& doc) {
        Json s = attempt(doc, 0);
        s["verb"] = {{"id", "http://adlnet.gov/expapi/verbs/experienced"}, {"display", {{"en-US", "experienced"}}}};
        s.erase("result");
        return s;
    }

private:
    static const nq::Question& question(const nq::Document& doc, const std::string& id) {
        for (const nq::Question& q : doc.quiz.questions)
            if (q.id == id) return q;
        FAIL("no question " << id);
        return doc.quiz.questions[0];
    }
    void next_reader() { ctx_.actor_name = "reader-" + std::to_string(++reader_); }
    nq::XapiStamp stamp() {
        int n = counter_++;
        char time[32];
        std::snprintf(time, sizeof time, "2025-09-%02dT%02d:%02d:00.000Z", 3 + n / 600, n / 60 % 10 + 10, n % 60);
        return {nq::xapi_uuid("7d1f3b2a9c4e4f60a1b2c3d4e5f60718", uint32_t(n)), time};
    }

    nq::Document seed_, civic_;
    nq::XapiContext ctx_;
    int reader_ = 0, counter_ = 0;
};

// The plan (the figures the tests expect are written by hand from it):
//   seed q1: 22 right + 9 wrong answers; one right one is voided      -> 30 responses, 21 right
//   seed q2: 10 right + 19 wrong (one without object.definition)      -> 29 responses, 10 right
//   civic q2: 4 right + 2 wrong                                       ->  6 responses,  4 right
//   seed attempts: 0, 3, 6, 7.5, 9, 10.5, 11, 12 of 12 points, each with passed or failed
//                  -> whole percents 0, 25, 50, 62, 75, 87, 91, 100
//   civic attempts: 3.5 and 7 of 7 points -> 50, 100
//   not counted: 5 duplicates, 2 without an id, 1 voided, 3 foreign, 4 without a result,
//                10 of other verbs (8 passed/failed, 1 voided, 1 experienced)
std::vector<Json> fixture_statements() {
    FixtureMaker make;
    const nq::Document& seed = make.seed();
    const nq::Document& civic = make.civic();
    std::vector<Json> s;

    std::vector<Json> q1;
    for (int i = 0; i < 31; ++i) q1.push_back(make.answer(seed, "q1", i % 3 != 2 || i >= 27));  // 22 right, 9 wrong
    std::string voided_id = q1[4]["id"];  // a right one
    s.push_back(make.voiding(voided_id));  // NOTE: before the statement it voids: order must not matter
    for (const Json& a : q1) s.push_back(a);

    for (int i = 0; i < 29; ++i) s.push_back(make.answer(seed, "q2", i < 10));
    s.back()["object"].erase("definition");  // as an LRS sends with ?format=ids: still counted

    for (int i = 0; i < 6; ++i) s.push_back(make.answer(civic, "q2", i % 3 != 1));  // 4 right

    for (double points : {0.0, 3.0, 6.0, 7.5, 9.0, 10.5, 11.0, 12.0}) {
        s.push_back(make.attempt(seed, points));
        s.push_back(make.verdict(seed, points));
    }
    s.push_back(make.attempt(civic, 3.5));
    s.push_back(make.attempt(civic, 7));

    // Duplicates: a copy, an id in capitals, a changed copy (the first stays), an attempt, a civic answer.
    s.push_back(s[1]);
    Json upper = s[33];
    std::string id = upper["id"];
    std::transform(id.begin(), id.end(), id.begin(), [](char c) { return char(std::toupper(static_cast<unsigned char>(c))); });
    upper["id"] = id;
    s.push_back(upper);
    Json changed = s[50];  // a wrong answer to q2 ...
    REQUIRE(changed["result"]["success"] == false);
    changed["result"]["success"] = true;  // ... sent again as right
    s.push_back(changed);
    s.push_back(s[67]);
    s.push_back(s[63]);

    // Without an id: a right answer, a full-marks attempt.
    s.push_back(make.answer(seed, "q1", true));
    s.back().erase("id");
    s.push_back(make.attempt(seed, 12));
    s.back().erase("id");

    // Foreign: another tool's question, another tool's course, a question without its quiz.
    Json other = make.answer(seed, "q1", true);
    other["object"] = {{"objectType", "Activity"}, {"id", "https://news.example/wp-admin/admin-ajax.php?action=h5p_embed&id=5"}};
    s.push_back(other);
    Json course = make.attempt(seed, 12);
    course["object"]["id"] = "https://lms.example/course?id=7";
    s.push_back(course);
    Json orphan = make.answer(seed, "q1", true);
    orphan.erase("context");
    s.push_back(orphan);

    // Without a result: no success (twice), no result, no score.
    s.push_back(make.answer(seed, "q1", true));
    s.back()["result"].erase("success");
    s.push_back(make.answer(seed, "q2", true));
    s.back().erase("result");
    s.push_back(make.answer(civic, "q2", true));
    s.back()["result"].erase("success");
    s.push_back(make.attempt(seed, 12));
    s.back()["result"].erase("score");

    s.push_back(make.experienced(seed));
    return s;
}

// One statement a line, in an LRS response with no more pages.
std::string fixture_text(const std::vector<Json>& statements) {
    std::string text = "{\"statements\":[\n";
    for (size_t i = 0; i < statements.size(); ++i) text += statements[i].dump() + (i + 1 < statements.size() ? ",\n" : "\n");
    return text + "],\"more\":\"\"}\n";
}

}  // namespace

static const std::string kFixture100 = kFixtures + "statements-100.json";

// What the plan above gives, written out by hand.
static nq::Aggregates expected_fixture_aggregates() {
    nq::Aggregates a;
    a.statements = {100, 65, 10, 5, 2, 1, 3, 4, 10};
    nq::ArticleTally& seed = a.articles[kSeedId];
    seed.attempts = 8;
    seed.percents = percents_at({0, 25, 50, 62, 75, 87, 91, 100});
    seed.questions["q1"] = {30, 21};
    seed.questions["q2"] = {29, 10};
    nq::ArticleTally& civic = a.articles[kCivicId];
    civic.attempts = 2;
    civic.percents = percents_at({50, 100});
    civic.questions["q2"] = {6, 4};
    return a;
}

TEST_CASE("aggregate: the fixture of 100 statements") {
    SUBCASE("the committed file is what newsquiz's own statements make") {
        std::vector<Json> statements = fixture_statements();
        REQUIRE(statements.size() == 100);
        std::string made = fixture_text(statements);
        if (std::getenv("NQ_UPDATE_FIXTURES")) {
            std::ofstream(kFixture100, std::ios::binary) << made;
            MESSAGE("wrote " << kFixture100);
        }
        std::string committed = read_file(kFixture100);
        size_t differs = std::mismatch(made.begin(), made.end(), committed.begin(), committed.end()).first - made.begin();
        INFO("first difference at byte " << differs);
        CHECK(made == committed);
    }

    SUBCASE("gives exactly the planned figures") {
        nq::Aggregates a = aggregate({read_file(kFixture100)});
        nq::Aggregates expected = expected_fixture_aggregates();
        CHECK(a.statements.read == 100);
        CHECK(a.statements.answers == 65);
        CHECK(a.statements.attempts == 10);
        CHECK(a.statements.duplicates == 5);
        CHECK(a.statements.without_id == 2);
        CHECK(a.statements.voided == 1);
        CHECK(a.statements.foreign == 3);
        CHECK(a.statements.without_result == 4);
        CHECK(a.statements.other_verbs == 10);
        CHECK(a.articles.size() == 2);
        CHECK(a.articles[kSeedId].questions["q1"] == nq::QuestionTally{30, 21});
        CHECK(a.articles[kSeedId].questions["q2"] == nq::QuestionTally{29, 10});
        CHECK(a.articles[kCivicId].questions["q2"] == nq::QuestionTally{6, 4});
        CHECK(a.articles[kSeedId].attempts == 8);
        CHECK(a.articles[kSeedId].percents == percents_at({0, 25, 50, 62, 75, 87, 91, 100}));
        CHECK(a.articles[kCivicId].percents == percents_at({50, 100}));
        CHECK(a == expected);
    }

    SUBCASE("gives the shares the widget would show") {
        nq::Aggregates a = aggregate({read_file(kFixture100)});
        nq::AggregateShare q1 = nq::aggregate_right_share(a, kSeedId, "q1");
        CHECK(q1.shown);
        CHECK(q1.count == 21);
        CHECK(q1.total == 30);
        CHECK(q1.percent == 70);
        nq::AggregateShare q2 = nq::aggregate_right_share(a, kSeedId, "q2");
        CHECK_FALSE(q2.shown);  // 29 responses
        CHECK(q2.count == 10);
        CHECK(q2.total == 29);
        nq::AggregateShare better = nq::aggregate_beaten_share(a, kSeedId, 80);
        CHECK_FALSE(better.shown);  // 8 attempts
        CHECK(better.count == 5);   // 0, 25, 50, 62, 75
        CHECK(better.total == 8);
    }

    SUBCASE("split into pages that overlap, gives the same with the overlap as duplicates") {
        std::vector<Json> all = fixture_statements();
        Json first = Json::array(), second = Json::array();
        for (size_t i = 0; i < all.size(); ++i) (i < 60 ? first : second).push_back(all[i]);
        for (size_t i = 50; i < 60; ++i) second.push_back(all[i]);  // 10 more duplicates
        nq::Aggregates a = aggregate({first.dump(), second.dump()});
        nq::Aggregates expected = expected_fixture_aggregates();
        expected.statements.read += 10;
        expected.statements.duplicates += 10;
        CHECK(a == expected);
    }
}

// [SECTION] Rules, one statement at a time
static std::string answered(const std::string& id, const std::string& object, const std::string& parent, const std::string& result) {
    return R"({"id":")" + id + R"(","verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},"object":{"id":")" + object +
           R"("},"context":{"contextActivities":{"parent":)" + parent + R"(}})" + (result.empty() ? "" : ",\"result\":" + result) + "}";
}
static std::string completed(const std::string& id, const std::string& object, const std::string& score) {
    return R"({"id":")" + id + R"(","verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":")" + object +
           R"("},"result":{"score":)" + score + "}}";
}
static const std::string kQuiz = "https://news.example/newsquiz/art-1";

TEST_CASE("aggregate: which statements count") {
    SUBCASE("a bare array of statements and an LRS response are both read") {
        std::string s = answered("a", kQuiz + "/q1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})");
        nq::Aggregates from_array = aggregate({"[" + s + "]"});
        nq::Aggregates from_response = aggregate({R"({"statements":[)" + s + R"(],"more":""})"});
        CHECK(from_array.articles["art-1"].questions["q1"] == nq::QuestionTally{1, 1});
        CHECK(from_array == from_response);
    }
    SUBCASE("the question id is what follows the parent quiz IRI, slashes and all") {
        nq::Aggregates a = aggregate({"[" + answered("a", kQuiz + "/part/2", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":false})") + "]"});
        CHECK(a.articles["art-1"].questions["part/2"] == nq::QuestionTally{1, 0});
    }
    SUBCASE("a parent given as one object, as xAPI allows, and the urn: base of a page without an origin") {
        nq::Aggregates a = aggregate({"[" + answered("a", "urn:newsquiz:art-2/q1", R"({"id":"urn:newsquiz:art-2"})", R"({"success":true})") + "]"});
        CHECK(a.articles["art-2"].questions["q1"] == nq::QuestionTally{1, 1});
    }
    SUBCASE("the matching parent is found among others") {
        nq::Aggregates a = aggregate({"[" + answered("a", kQuiz + "/q1", "[{\"id\":\"https://x.example/other\"},{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})") + "]"});
        CHECK(a.statements.answers == 1);
    }
    SUBCASE("foreign: the object is not under the parent, the parent is no quiz IRI, a question id over 100 characters, another definition type") {
        std::string long_id(101, 'q');
        nq::Aggregates a = aggregate({"[" + answered("a", "https://x.example/q1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})") + "," +
                                      answered("b", "https://x.example/Quiz/q1", R"([{"id":"https://x.example/Quiz"}])", R"({"success":true})") + "," +
                                      answered("c", kQuiz + "/" + long_id, "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})") + "," +
                                      R"({"id":"d","verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},"object":{"id":")" + kQuiz +
                                      R"(/q1","definition":{"type":"http://adlnet.gov/expapi/activities/question"}},"context":{"contextActivities":{"parent":[{"id":")" +
                                      kQuiz + R"("}]}},"result":{"success":true}})" + "]"});
        CHECK(a.statements.foreign == 4);
        CHECK(a.statements.answers == 0);
        CHECK(a.articles.empty());
    }
    SUBCASE("passed and failed never count as attempts: only completed does") {
        std::string passed = R"({"id":"p","verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":")" + kQuiz +
                             R"("},"result":{"score":{"scaled":1}}})";
        nq::Aggregates a = aggregate({"[" + passed + "," + completed("c", kQuiz, R"({"scaled":1})") + "]"});
        CHECK(a.articles["art-1"].attempts == 1);
        CHECK(a.statements.other_verbs == 1);
    }
    SUBCASE("raw and max win over scaled, as scoring.h's exact percent does") {
        // 839.99 of 1200 is 69.999 %: scaled (0.7, rounded to 4 places) would say 70.
        nq::Aggregates a = aggregate({"[" + completed("c", kQuiz, R"({"scaled":0.7,"raw":839.99,"min":0,"max":1200})") + "]"});
        CHECK(a.articles["art-1"].percents == percents_at({69}));
    }
    SUBCASE("a min other than 0 is honoured, and scaled alone is read") {
        nq::Aggregates a = aggregate({"[" + completed("c", kQuiz, R"({"raw":15,"min":10,"max":20})") + "," +
                                      completed("d", kQuiz, R"({"scaled":0.29})") + "," + completed("e", kQuiz, R"({"scaled":-0.5})") + "]"});
        CHECK(a.articles["art-1"].percents == percents_at({50, 29, 0}));
    }
    SUBCASE("a voiding statement removes the one it names, before or after it, ids compared without case") {
        std::string voiding = R"({"id":"v","verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},"object":{"objectType":"StatementRef","id":"ABC"}})";
        std::string s = answered("abc", kQuiz + "/q1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})");
        for (const std::string& text : {"[" + voiding + "," + s + "]", "[" + s + "," + voiding + "]"}) {
            nq::Aggregates a = aggregate({text});
            CHECK(a.statements.voided == 1);
            CHECK(a.statements.other_verbs == 1);
            CHECK(a.articles.empty());
        }
    }
    SUBCASE("a file with an error adds nothing, and the next file is still read") {
        nq::AggregateBuilder builder;
        std::string good = "[" + answered("a", kQuiz + "/q1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})") + "]";
        std::string bad = "[" + answered("b", kQuiz + "/q2", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})") + ",3]";
        CHECK_FALSE(nq::aggregate_add(builder, bad).ok);
        nq::AggregateRead r = nq::aggregate_add(builder, good);
        CHECK(r.ok);
        CHECK(r.statements == 1);
        nq::Aggregates a = nq::aggregate_finish(builder);
        CHECK(a.statements.read == 1);
        CHECK(a.articles["art-1"].questions.size() == 1);  // q2 of the bad file is not there
    }
    SUBCASE("statements are found in the text however it is written") {
        // A BOM, members before "statements" holding brackets and quotes in strings, an escaped
        // member name, a statement with "]" and "\"" in its strings, white space everywhere.
        std::string s1 = answered(R"(a]\"[)", kQuiz + "/q]1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":true})");
        std::string s2 = answered("b", kQuiz + "/q1", "[{\"id\":\"" + kQuiz + "\"}]", R"({"success":false})");
        std::string text = "\xEF\xBB\xBF \n{ \"x\" : [\"]\", {\"statements\": \"[\\\"\"}] ,\n \"statement\\u0073\" :\n[ " + s1 +
                           " ,\n\t" + s2 + " ] , \"more\" : \"\" }\n";
        nq::Aggregates a = aggregate({text});
        CHECK(a.statements.read == 2);
        CHECK(a.articles["art-1"].questions["q]1"] == nq::QuestionTally{1, 1});
        CHECK(a.articles["art-1"].questions["q1"] == nq::QuestionTally{1, 0});
        nq::AggregateBuilder builder;
        CHECK(nq::aggregate_add(builder, "[]").ok);
        CHECK(nq::aggregate_add(builder, R"({"statements":[]})").ok);
        CHECK(nq::aggregate_finish(builder) == nq::Aggregates{});
    }
    SUBCASE("the LRS's more link is passed on") {
        nq::AggregateBuilder builder;
        CHECK(nq::aggregate_add(builder, R"({"statements":[],"more":"/xapi/statements?more=abc"})").more == "/xapi/statements?more=abc");
    }
}

TEST_CASE("aggregate: whole percents") {
    CHECK(nq::aggregate_whole_percent(0.29 * 100) == 29);  // 28.999999999999996
    CHECK(nq::aggregate_whole_percent(28.99) == 28);
    CHECK(nq::aggregate_whole_percent(66.6666) == 66);
    CHECK(nq::aggregate_whole_percent(100) == 100);
    CHECK(nq::aggregate_whole_percent(100.5) == 100);
    CHECK(nq::aggregate_whole_percent(-3) == 0);
    CHECK(nq::aggregate_whole_percent(std::nan("")) == 0);
    CHECK(nq::aggregate_whole_percent(std::numeric_limits<double>::infinity()) == 100);

    SUBCASE("an attempt's statement files the same whole percent as scoring.h's exact percent") {
        nq::Article article;
        article.id = "art-1";
        nq::XapiContext ctx;
        ctx.activity_base = "https://news.example/newsquiz/";
        int checked = 0;
        for (int max100 = 100; max100 <= 2400; max100 += 25) {
            for (int score100 = 0; score100 <= max100; score100 += 7) {
                nq::QuizScore s;
                s.score = score100 / 100.0;
                s.max = max100 / 100.0;
                s.percent = s.score * 100 / s.max;  // as score_quiz computes it
                std::string st = nq::xapi_attempt(ctx, article, s, nq::XapiVerb::completed, 1000, {"id-" + std::to_string(checked), "t"});
                nq::Aggregates a = aggregate({"[" + st + "]"});
                if (a.articles["art-1"].percents[size_t(nq::aggregate_whole_percent(s.percent))] != 1)
                    FAIL("score " << s.score << " of " << s.max << " filed elsewhere");
                ++checked;
            }
        }
        CHECK(checked > 1000);
    }
}

// [SECTION] Malformed input
TEST_CASE("aggregate: malformed statements are refused with their pointer") {
    for (const std::string& path : fixtures_in("invalid-statements")) {
        CAPTURE(path);
        std::string expect = read_file(path.substr(0, path.size() - 5) + ".expect");
        REQUIRE_FALSE(expect.empty());
        nq::AggregateBuilder builder;
        nq::AggregateRead r = nq::aggregate_add(builder, read_file(path));
        CHECK_FALSE(r.ok);
        CHECK(expect_lines(r.errors) == expect);
        CHECK(nq::aggregate_finish(builder) == nq::Aggregates{});
    }

    SUBCASE("more than 64 MiB is refused before parsing") {
        std::string text = "[" + std::string(nq::kAggregateMaxInputBytes - 2, ' ') + "]";
        nq::AggregateBuilder builder;
        CHECK(nq::aggregate_add(builder, text).ok);
        text.insert(1, " ");
        nq::AggregateRead r = nq::aggregate_add(builder, text);
        CHECK_FALSE(r.ok);
        CHECK(expect_lines(r.errors) == "error too_large (document)\n");
    }
    SUBCASE("nesting deeper than 64 levels stops the reading") {
        std::string deep = std::string(64, '[') + std::string(64, ']');
        nq::AggregateBuilder builder;
        CHECK(nq::aggregate_add(builder, deep).errors.size() == 1);  // 64 levels read: the inner arrays are not statements
        nq::AggregateRead r = nq::aggregate_add(builder, "[" + deep + "]");
        std::string pointer;
        for (int level = 1; level <= 64; ++level) pointer += "/0";  // the 65th level's place
        CHECK(expect_lines(r.errors) == "error too_deep " + pointer + " @1:65\n");
    }
    SUBCASE("a million bad statements keep 100 errors and count the rest") {
        std::string text = "[";
        for (int i = 0; i < 1000000; ++i) text += i ? ",1" : "1";
        nq::AggregateBuilder builder;
        nq::AggregateRead r = nq::aggregate_add(builder, text + "]");
        CHECK(r.errors.size() == nq::kAggregateMaxErrors);
        CHECK(r.more_errors == 1000000 - nq::kAggregateMaxErrors);
        CHECK(r.errors[99].pointer == "/99");
    }
}

// [SECTION] AGG.json
TEST_CASE("aggregate: AGG.json") {
    nq::Aggregates a = expected_fixture_aggregates();

    SUBCASE("is written in its documented shape, to the byte") {
        CHECK(nq::aggregates_to_json(a) ==
              R"({"format":"newsquiz-aggregates/1","statements":{"read":100,"answers":65,"attempts":10,"duplicates":5,)"
              R"("without_id":2,"voided":1,"foreign":3,"without_result":4,"other_verbs":10},"articles":{)"
              R"("civic-toolkit-us-mexico-security":{"attempts":2,"percents":)" + percents_json({50, 100}) +
              R"(,"questions":{"q2":{"responses":6,"right":4}}},)"
              R"("rubio-us-mexico-security-2025-09-03":{"attempts":8,"percents":)" + percents_json({0, 25, 50, 62, 75, 87, 91, 100}) +
              R"(,"questions":{"q1":{"responses":30,"right":21},"q2":{"responses":29,"right":10}}}}})");
    }
    SUBCASE("loads back to the same figures and the same bytes") {
        nq::AggregatesLoad loaded = nq::aggregates_load(nq::aggregates_to_json(a));
        INFO(expect_lines(loaded.errors));
        REQUIRE(loaded.ok);
        CHECK(loaded.aggregates == a);
        CHECK(nq::aggregates_to_json(loaded.aggregates) == nq::aggregates_to_json(a));
    }
    SUBCASE("members a later version adds are ignored, and statements may be left out") {
        nq::AggregatesLoad loaded = nq::aggregates_load(R"({"format":"newsquiz-aggregates/1","generated":"2025-09-04",)"
                                                        R"("articles":{"a":{"attempts":1,"percents":)" + percents_json({7}) +
                                                        R"(,"questions":{},"median":7}}})");
        INFO(expect_lines(loaded.errors));
        CHECK(loaded.ok);
        CHECK(loaded.aggregates.articles.at("a").percents == percents_at({7}));
        CHECK(loaded.aggregates.statements == nq::AggregateCounts{});
    }
    SUBCASE("malformed files are refused, each with its pointer") {
        for (const std::string& path : fixtures_in("invalid-agg")) {
            CAPTURE(path);
            std::string expect = read_file(path.substr(0, path.size() - 5) + ".expect");
            REQUIRE_FALSE(expect.empty());
            nq::AggregatesLoad loaded = nq::aggregates_load(read_file(path));
            CHECK_FALSE(loaded.ok);
            CHECK(expect_lines(loaded.errors) == expect);
            CHECK(loaded.aggregates == nq::Aggregates{});
        }
    }
    SUBCASE("more than 16 MiB is refused before parsing") {
        nq::AggregatesLoad loaded = nq::aggregates_load(std::string(nq::kAggregatesMaxBytes + 1, ' '));
        CHECK(expect_lines(loaded.errors) == "error too_large (document)\n");
    }
}

// [SECTION] For the widget
TEST_CASE("aggregate: the share of right answers") {
    nq::Aggregates a;
    a.articles["art"].questions["q29"] = {29, 29};
    a.articles["art"].questions["q30"] = {30, 19};
    a.articles["art"].questions["none"] = {0, 0};

    SUBCASE("under 30 responses it is not shown") {
        nq::AggregateShare s = nq::aggregate_right_share(a, "art", "q29");
        CHECK_FALSE(s.shown);
        CHECK(s.count == 29);
        CHECK(s.total == 29);
    }
    SUBCASE("at 30 it is shown, exact") {
        nq::AggregateShare s = nq::aggregate_right_share(a, "art", "q30");
        CHECK(s.shown);
        CHECK(s.count == 19);
        CHECK(s.total == 30);
        CHECK(s.percent == 19 * 100.0 / 30);  // 63.333...: the view rounds it
    }
    SUBCASE("an unknown article or question, or none answered, gives nothing") {
        for (nq::AggregateShare s : {nq::aggregate_right_share(a, "other", "q30"), nq::aggregate_right_share(a, "art", "q31"),
                                     nq::aggregate_right_share(a, "art", "none")}) {
            CHECK_FALSE(s.shown);
            CHECK(s.total == 0);
            CHECK(s.percent == 0);
        }
    }
}

TEST_CASE("aggregate: better than other readers") {
    nq::Aggregates a;
    nq::ArticleTally& t = a.articles["art"];
    t.percents[40] = 10;
    t.percents[66] = 10;
    t.percents[80] = 9;
    t.percents[100] = 1;
    t.attempts = 30;

    SUBCASE("counts attempts with a lower whole percent; ties are not beaten") {
        struct Case {
            double reader;
            uint64_t beaten;
        };
        for (Case c : {Case{0, 0}, Case{40, 0}, Case{40.9, 0}, Case{41, 10}, Case{66, 10}, Case{66.7, 10}, Case{67, 20},
                       Case{80, 20}, Case{99.99, 29}, Case{100, 29}}) {
            CAPTURE(c.reader);
            nq::AggregateShare s = nq::aggregate_beaten_share(a, "art", c.reader);
            CHECK(s.shown);
            CHECK(s.count == c.beaten);
            CHECK(s.total == 30);
            CHECK(s.percent == double(c.beaten) * 100 / 30);
        }
    }
    SUBCASE("a reader's percent with float noise counts as its whole percent") {
        CHECK(nq::aggregate_beaten_share(a, "art", 0.67 * 100).count == 20);  // 67.00000000000001
        CHECK(nq::aggregate_beaten_share(a, "art", 0.41 * 100).count == 10);  // 41 after 1e-9
    }
    SUBCASE("under 30 attempts it is not shown") {
        t.percents[100] = 0;
        t.attempts = 29;
        nq::AggregateShare s = nq::aggregate_beaten_share(a, "art", 100);
        CHECK_FALSE(s.shown);
        CHECK(s.count == 29);
        CHECK(s.total == 29);
    }
    SUBCASE("an unknown article gives nothing") {
        nq::AggregateShare s = nq::aggregate_beaten_share(a, "other", 50);
        CHECK_FALSE(s.shown);
        CHECK(s.total == 0);
    }
}
