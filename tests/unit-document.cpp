// unit-document.cpp: load_document against the fixtures, the limits, every default and
// the seed articles.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "document.h"
#include "fixture-support.h"

// [SECTION] Helpers
using nq::test::expect_lines;
using nq::test::read_file;

static std::vector<std::string> fixtures(const char* folder) {
    return nq::test::files_in(std::string(NQ_SOURCE_DIR "/tests/fixtures/") + folder, ".json");
}

static nq::LoadResult load(const std::string& text) { return nq::load_document(text); }

static const char* kMinimal = R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}})";

// A valid document around one question (JSON text of the question object).
static std::string with_question(const std::string& question) {
    return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"},
              "quiz": {"questions": [)" + question + "]}}";
}

static std::string with_action(const std::string& action) {
    return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}, "actions": [)" + action + "]}";
}

static std::string repeat(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

// [SECTION] Fixtures
TEST_CASE("every invalid fixture gives exactly the diagnostics beside it, in order") {
    std::vector<std::string> paths = fixtures("invalid");
    REQUIRE(paths.size() >= 70);
    for (const std::string& path : paths) {
        INFO(path);
        std::string expect_path = path.substr(0, path.size() - 5) + ".expect";
        REQUIRE(std::filesystem::exists(expect_path));
        nq::LoadResult r = load(read_file(path));
        CHECK_FALSE(r.ok);
        CHECK(expect_lines(r.diagnostics) == read_file(expect_path));
        for (const nq::Diagnostic& d : r.diagnostics) {
            INFO(nq::diagnostic_to_string(d));
            CHECK(d.message.find("expected") != std::string::npos);  // says what was expected
            CHECK(d.message.find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("every pointer of a diagnostic names the value in the document") {
    for (const std::string& path : fixtures("invalid")) {
        std::string text = read_file(path);
        nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
        if (doc.is_discarded()) continue;  // syntax errors: the pointer is where reading stopped
        nq::LoadResult r = load(text);
        for (const nq::Diagnostic& d : r.diagnostics) {
            INFO(path << ": " << nq::diagnostic_to_string(d));
            nlohmann::json::json_pointer pointer(d.pointer);
            if (d.code == nq::DiagCode::missing_field) {
                CHECK_FALSE(doc.contains(pointer));
                CHECK(doc.contains(pointer.parent_pointer()));
            } else {
                CHECK(doc.contains(pointer));
            }
        }
    }
}

TEST_CASE("every valid fixture loads with no diagnostic at all") {
    std::vector<std::string> paths = fixtures("valid");
    REQUIRE(paths.size() == 10);
    for (const std::string& path : paths) {
        INFO(path);
        nq::LoadResult r = load(read_file(path));
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "");
        CHECK(r.doc.has_quiz);
        CHECK(r.doc.quiz.questions.size() >= 2);
        for (const nq::Question& q : r.doc.quiz.questions) CHECK_FALSE(q.explanation.empty());
    }
}

TEST_CASE("the valid fixtures hold what their names say") {
    auto fixture = [](const char* name) {
        nq::LoadResult r = load(read_file(std::string(NQ_SOURCE_DIR "/tests/fixtures/valid/") + name + ".json"));
        REQUIRE(r.ok);
        return r.doc;
    };
    SUBCASE("single: one correct choice each") {
        nq::Document d = fixture("single");
        REQUIRE(d.quiz.questions.size() == 3);
        CHECK(d.quiz.questions[1].type == nq::QuestionType::single);
        CHECK(d.quiz.questions[1].choices[1].id == "b");
        CHECK(d.quiz.questions[1].choices[1].correct);
        CHECK(d.quiz.questions[2].points == 2);
        CHECK(d.quiz.questions[0].choices[0].feedback == "Right: the first paragraph names these three.");
    }
    SUBCASE("multiple: partial, all or nothing, and weights") {
        nq::Document d = fixture("multiple");
        CHECK(d.quiz.questions[0].scoring == nq::Scoring::partial);
        CHECK(d.quiz.questions[1].scoring == nq::Scoring::all_or_nothing);
        REQUIRE(d.quiz.questions[2].choices.size() == 4);
        CHECK(d.quiz.questions[2].choices[0].weight == 50.0);
        CHECK(d.quiz.questions[2].choices[3].weight == -50.0);
        CHECK_FALSE(d.quiz.questions[2].choices[0].correct);
    }
    SUBCASE("true_false: the answer and both feedbacks") {
        nq::Document d = fixture("true_false");
        CHECK(d.quiz.questions[0].answer_bool == false);
        CHECK(d.quiz.questions[1].answer_bool == true);
        CHECK(d.quiz.questions[0].feedback_true == "Not quite: the channels continue functioning professionally.");
    }
    SUBCASE("numeric with tolerance, and with a range") {
        nq::Document d = fixture("numeric");
        CHECK(d.quiz.questions[1].answer_number == 33);
        CHECK(d.quiz.questions[1].tolerance == 2);
        CHECK(d.quiz.questions[1].unit == "outlets");
        CHECK(d.quiz.questions[2].answer_number == 0.7);
        CHECK(d.quiz.questions[2].tolerance == 0.05);
        CHECK_FALSE(d.quiz.questions[0].min.has_value());
        nq::Document r = fixture("numeric-range");
        CHECK(r.quiz.questions[0].min == 2.0);
        CHECK(r.quiz.questions[0].max == 4.0);
        CHECK(r.quiz.questions[0].answer_number == 3);
        CHECK(r.quiz.questions[2].min == 1.0);  // a range alone, without answer
        CHECK(r.quiz.questions[2].max == 7.0);
    }
    SUBCASE("text, order and match") {
        nq::Document t = fixture("text");
        CHECK(t.quiz.questions[0].accept == std::vector<std::string>{"National Guard", "the National Guard", "Guardia Nacional"});
        nq::Document o = fixture("order");
        REQUIRE(o.quiz.questions[0].items.size() == 3);
        CHECK(o.quiz.questions[0].items[2].id == "i3");
        CHECK(o.quiz.questions[0].items[2].text == "Fuel theft");
        CHECK(o.quiz.questions[1].scoring == nq::Scoring::all_or_nothing);
        nq::Document m = fixture("match");
        REQUIRE(m.quiz.questions[0].pairs.size() == 3);
        CHECK(m.quiz.questions[0].pairs[1].id == "p2");
        CHECK(m.quiz.questions[0].pairs[1].left == "202-224-3121");
        CHECK(m.quiz.questions[0].pairs[1].right == "Contacting border state representatives");
    }
    SUBCASE("every optional field set") {
        nq::Document d = fixture("every-field");
        CHECK(d.lang == "es-MX");
        CHECK(d.article.dek == "Border diplomacy contradicts campaign promises as security needs trump politics");
        CHECK(d.article.url == "https://example.org/news/rubio-mexico-security");
        REQUIRE(d.article.sources.size() == 2);
        CHECK(d.article.sources[1].url == "http://apnews.com/");
        CHECK(d.article.more_sources == 31);
        CHECK(d.quiz.title == "Check what you read");
        CHECK(d.quiz.pass_percent == 60);
        CHECK(d.quiz.feedback == nq::FeedbackMode::end);
        CHECK(d.quiz.shuffle_questions);
        CHECK(d.quiz.shuffle_choices);
        CHECK(d.quiz.pick == 5);
        CHECK_FALSE(d.quiz.allow_retry);
        CHECK_FALSE(d.quiz.show_solutions);
        CHECK(d.quiz.time_limit_s == 300);
        REQUIRE(d.quiz.questions.size() == 7);
        CHECK(d.quiz.questions[0].shuffle == false);
        CHECK(d.quiz.questions[1].shuffle == true);
        CHECK(d.quiz.questions[1].points == 1.5);
        CHECK(d.quiz.questions[0].choices[1].weight == 50.0);
        CHECK(d.quiz.questions[6].scoring == nq::Scoring::all_or_nothing);
        REQUIRE(d.quiz.results.size() == 3);
        CHECK(d.quiz.results[2].min_percent == 90);
        REQUIRE(d.actions.size() == 3);
        CHECK(d.actions[0].url == "tel:+12022243121");
        CHECK(d.actions[2].url == "mailto:contact@gao.gov");
    }
}

// [SECTION] The seed articles
TEST_CASE("the seed articles load with no diagnostic") {
    for (const char* name : {"rubio-us-mexico-security.json", "rubio-us-mexico-security.es.json", "civic-toolkit-us-mexico-security.json"}) {
        INFO(name);
        nq::LoadResult r = load(read_file(std::string(NQ_SOURCE_DIR "/assets/articles/") + name));
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "");
    }
}

TEST_CASE("the seed article reads field by field") {
    nq::LoadResult r = load(read_file(NQ_SOURCE_DIR "/assets/articles/rubio-us-mexico-security.json"));
    REQUIRE(r.ok);
    const nq::Document& d = r.doc;
    CHECK(d.lang == "en");
    CHECK(d.article.id == "rubio-us-mexico-security-2025-09-03");
    CHECK(d.article.headline == "Rubio announces expanded US-Mexico security collaboration");
    CHECK(d.article.date == "2025-09-03");
    // the seed's five source chips, "+31", and its words kept verbatim
    REQUIRE(d.article.sources.size() == 5);
    CHECK(d.article.sources[0].name == "ABC News");
    for (size_t i = 1; i < 5; ++i) CHECK(d.article.sources[i].name == "Associated Press");
    CHECK(d.article.more_sources == 31);
    REQUIRE(d.article.body.size() == 8);
    CHECK(d.article.body[0].find("both countries economies") != std::string::npos);
    CHECK(d.article.body[0].rfind("Secretary of State Marco Rubio met with Mexican officials Sep. 3, 2025,", 0) == 0);
    REQUIRE(d.article.topics.size() == 2);
    CHECK(d.article.topics[0].id == "foreign-policy");
    CHECK(d.article.topics[0].emoji == "\xF0\x9F\x8C\x8D");  // U+1F30D
    CHECK(d.article.topics[1].label == "Government");
    CHECK(d.article.topics[1].emoji == "\xF0\x9F\x8F\x9B\xEF\xB8\x8F");  // U+1F3DB U+FE0F
    CHECK(d.has_quiz);
    CHECK(d.quiz.pass_percent == 70);
    REQUIRE(d.quiz.questions.size() == 10);
    CHECK(d.quiz.questions[3].type == nq::QuestionType::multiple);
    CHECK(d.quiz.questions[3].points == 2);
    CHECK(d.quiz.questions[5].type == nq::QuestionType::numeric);
    CHECK(d.quiz.questions[5].answer_number == 3);
    CHECK(d.quiz.questions[7].pairs.size() == 4);
    REQUIRE(d.quiz.results.size() == 3);
    CHECK(d.quiz.results[1].min_percent == 70);

    REQUIRE(d.actions.size() == 8);
    for (size_t i : {0, 2, 3, 5, 7}) {
        INFO("action " << i);
        REQUIRE(d.actions[i].spans.size() == 1);
        CHECK(d.actions[i].spans[0].href == "");
        CHECK(d.actions[i].spans[0].text == d.actions[i].text);
    }
    auto link = [&](size_t action) {
        for (const nq::Span& s : d.actions[action].spans)
            if (!s.href.empty()) return s.text + " -> " + s.href;
        return std::string();
    };
    CHECK(link(1) == "202-224-3121 -> tel:+12022243121");
    CHECK(link(4) == "DEA.gov -> https://DEA.gov");
    CHECK(link(6) == "gao.gov -> https://gao.gov");
    REQUIRE(d.actions[1].spans.size() == 3);
    CHECK(d.actions[1].spans[0].text == "Contact border state representatives at ");
}

// [SECTION] Defaults
TEST_CASE("every optional field has its documented default") {
    nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "single", "prompt": "P",
        "choices": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B"}]},
        {"id": "q2", "type": "numeric", "prompt": "P", "answer": 1})"));
    REQUIRE(r.ok);
    const nq::Document& d = r.doc;
    CHECK(d.lang == "en");
    CHECK(d.article.dek == "");
    CHECK(d.article.url == "");
    CHECK(d.article.sources.empty());
    CHECK(d.article.more_sources == 0);
    CHECK(d.article.body.empty());
    CHECK(d.article.topics.empty());
    CHECK(d.has_quiz);
    CHECK(d.quiz.title == "");
    CHECK(d.quiz.pass_percent == 70);
    CHECK(d.quiz.feedback == nq::FeedbackMode::immediate);
    CHECK_FALSE(d.quiz.shuffle_questions);
    CHECK_FALSE(d.quiz.shuffle_choices);
    CHECK(d.quiz.pick == 0);
    CHECK(d.quiz.allow_retry);
    CHECK(d.quiz.show_solutions);
    CHECK(d.quiz.time_limit_s == 0);
    CHECK(d.quiz.results.empty());
    CHECK(d.actions.empty());
    const nq::Question& q = d.quiz.questions[0];
    CHECK(q.points == 1);
    CHECK(q.explanation == "");
    CHECK(q.topic == "");
    CHECK_FALSE(q.shuffle.has_value());
    CHECK(q.scoring == nq::Scoring::partial);
    CHECK_FALSE(q.choices[1].correct);
    CHECK_FALSE(q.choices[1].weight.has_value());
    CHECK(q.choices[1].feedback == "");
    const nq::Question& n = d.quiz.questions[1];
    CHECK(n.tolerance == 0);
    CHECK_FALSE(n.min.has_value());
    CHECK_FALSE(n.max.has_value());
    CHECK(n.unit == "");
}

TEST_CASE("a document without a quiz is the card alone") {
    nq::LoadResult r = load(kMinimal);
    CHECK(r.ok);
    CHECK(r.diagnostics.empty());
    CHECK_FALSE(r.doc.has_quiz);
    CHECK(r.doc.quiz.questions.empty());
}

// [SECTION] Rules the fixtures do not show
TEST_CASE("unknown fields are warnings, not errors") {
    SUBCASE("anywhere in the document") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "theme": "dark",
            "article": {"id": "a", "headline": "H", "date": "2025-09-03", "subtitle": "S"}})");
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "warning unknown_field /theme\nwarning unknown_field /article/subtitle\n");
        CHECK(r.diagnostics[1].message == "expected a field of an article, got \"subtitle\"; it is ignored");
    }
    SUBCASE("a field of another question type") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "numeric", "prompt": "P", "answer": 3,
            "choices": [{"id": "a", "text": "3"}], "shuffle": false, "scoring": "partial"})"));
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) ==
              "warning unknown_field /quiz/questions/0/choices\nwarning unknown_field /quiz/questions/0/shuffle\n"
              "warning unknown_field /quiz/questions/0/scoring\n");
        CHECK(r.diagnostics[0].message == "expected a field of a numeric question, got \"choices\"; it is ignored");
        CHECK(r.doc.quiz.questions[0].choices.empty());
    }
    SUBCASE("scoring belongs to match questions too") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "match", "prompt": "P", "scoring": "all_or_nothing",
            "pairs": [{"id": "p1", "left": "L", "right": "R"}, {"id": "p2", "left": "L2", "right": "R2"}]})"));
        CHECK(r.ok);
        CHECK(r.diagnostics.empty());
        CHECK(r.doc.quiz.questions[0].scoring == nq::Scoring::all_or_nothing);
    }
}

TEST_CASE("$schema names the JSON Schema for editors, without a warning") {
    SUBCASE("any string is accepted and ignored") {
        for (const char* url : {"../assets/schema/newsquiz-1.schema.json", "https://example.org/newsquiz-1.schema.json", ""}) {
            nq::LoadResult r = load(std::string(R"({"$schema": ")") + url + R"(", "format": "newsquiz/1",
                "article": {"id": "a", "headline": "H", "date": "2025-09-03"}})");
            CHECK(r.ok);
            CHECK(expect_lines(r.diagnostics) == "");
        }
    }
    SUBCASE("it is a string") {
        nq::LoadResult r = load(std::string(kMinimal).replace(0, 1, R"({"$schema": 1, )"));
        CHECK_FALSE(r.ok);
        CHECK(expect_lines(r.diagnostics) == "error wrong_type /$schema\n");
        CHECK(r.diagnostics[0].message == "expected a string, got the number 1");
    }
    SUBCASE("only at the top: inside the article it is an unknown field") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"$schema": "x", "id": "a", "headline": "H", "date": "2025-09-03"}})");
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "warning unknown_field /article/$schema\n");
    }
}

TEST_CASE("messages say what was expected and what was found") {
    auto message = [](const std::string& text) {
        nq::LoadResult r = load(text);
        return r.diagnostics.empty() ? std::string() : r.diagnostics[0].message;
    };
    CHECK(message(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": 42, "date": "2025-09-03"}})") ==
          "expected a string, got the number 42");
    CHECK(message(with_question(R"({"id": "q1", "type": "single", "prompt": "P", "choices": [{"id": "a", "text": "A", "correct": true}]})")) ==
          "expected 2..20 entries, got 1");
    CHECK(message(R"({"format": "newsquiz/2"})") == "expected \"newsquiz/1\", got \"newsquiz/2\": this reader knows version 1 only");
    CHECK(message(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-02-29"}})") ==
          "expected a real calendar date as YYYY-MM-DD, got \"2025-02-29\"");
    CHECK(message(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"},
                      "quiz": {"pass_percent": 150, "questions": [{"id": "q1", "type": "true_false", "prompt": "P", "answer": true}]}})") ==
          "expected a number 0..100, got 150");
    CHECK(message(with_question(R"({"id": "q1", "type": "single", "prompt": "P", "choices": [{"id": "a", "text": "A", "correct": true},
        {"id": "b", "text": "B", "correct": true}]})")) == "expected exactly one choice with \"correct\": true, got 2 (\"a\", \"b\")");
    CHECK(message("{\"format\": \"newsquiz/1\",}") == "expected a member name in double quotes, got '}'");
    CHECK(message("") == "expected a value, got the end of the text");
    CHECK(message(std::string(kMinimal) + " x") == "expected the end of the text, got more text");
}

TEST_CASE("a newsquiz/2 document is refused with that one error") {
    nq::LoadResult r = load(R"({"format": "newsquiz/2", "article": {"id": "NOT VALID"}, "widgets": []})");
    CHECK_FALSE(r.ok);
    CHECK(expect_lines(r.diagnostics) == "error unsupported_format /format\n");
}

TEST_CASE("ids") {
    SUBCASE("article and topic ids refuse anything but a-z, 0-9 and hyphens") {
        for (const char* id : {"caf\xC3\xA9", "\xE2\x80\x8Bzero-width", "ABC", "a_b", "a.b", "", "-a", "\xF0\x9F\x8C\x8D"}) {
            INFO(id);
            nq::LoadResult r = load(std::string(R"({"format": "newsquiz/1", "article": {"id": ")") + id +
                                    R"(", "headline": "H", "date": "2025-09-03", "topics": [{"id": ")" + id + R"(", "label": "L"}]}})");
            CHECK(expect_lines(r.diagnostics) == "error invalid_id /article/id\nerror invalid_id /article/topics/0/id\n");
        }
    }
    SUBCASE("an id of exactly 100 characters is accepted") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": ")" + std::string(100, 'a') +
                                R"(", "headline": "H", "date": "2025-09-03"}})");
        CHECK(r.ok);
    }
    SUBCASE("question and choice ids may be any text of 1..100 characters") {
        nq::LoadResult r = load(with_question(R"({"id": "Pregunta ñ 1", "type": "single", "prompt": "P",
            "choices": [{"id": "Sí", "text": "A", "correct": true}, {"id": "No", "text": "B"}]})"));
        CHECK(r.ok);
        CHECK(r.doc.quiz.questions[0].id == "Pregunta \xC3\xB1 1");
        CHECK(r.doc.quiz.questions[0].choices[0].id == "S\xC3\xAD");
    }
    SUBCASE("a repeated id names where it was first used") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "true_false", "prompt": "P", "answer": true},
            {"id": "q2", "type": "order", "prompt": "P", "items": [{"id": "a/b~", "text": "A"}, {"id": "c", "text": "C"}, {"id": "a/b~", "text": "B"}]},
            {"id": "q1", "type": "true_false", "prompt": "P", "answer": false})"));
        CHECK(expect_lines(r.diagnostics) == "error duplicate_id /quiz/questions/1/items/2/id\nerror duplicate_id /quiz/questions/2/id\n");
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].message == "expected a unique id, got \"a/b~\" again (first at /quiz/questions/1/items/0/id)");
        CHECK(r.diagnostics[1].message == "expected a unique id, got \"q1\" again (first at /quiz/questions/0/id)");
    }
    SUBCASE("the same choice id in two questions is fine") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "order", "prompt": "P", "items": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]},
            {"id": "q2", "type": "order", "prompt": "P", "items": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]})"));
        CHECK(r.ok);
    }
}

TEST_CASE("dates are real calendar dates") {
    for (const char* date : {"2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01", "2025-01-31"}) {
        INFO(date);
        CHECK(load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": ")" + std::string(date) + "\"}}").ok);
    }
    for (const char* date : {"2100-02-29", "2025-06-31", "2025-00-10", "2025-01-00", "0000-01-01", "2025-1-01", "2025-01-01 ", "２０２５-01-01"}) {
        INFO(date);
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": ")" + std::string(date) + "\"}}");
        CHECK(expect_lines(r.diagnostics) == "error invalid_date /article/date\n");
    }
}

TEST_CASE("language tags") {
    for (const char* lang : {"en", "es", "es-MX", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "en-US-x-twain", "ast"}) {
        INFO(lang);
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "lang": ")" + std::string(lang) + R"(", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}})");
        CHECK(r.ok);
        CHECK(r.doc.lang == lang);
    }
    for (const char* lang : {"", "e", "english", "en_US", "en-", "en--US", "en-x", "1en", "en-US-abcdefghi", "es MX"}) {
        INFO(lang);
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "lang": ")" + std::string(lang) + R"(", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}})");
        CHECK(expect_lines(r.diagnostics) == "error invalid_value /lang\n");
        CHECK(r.doc.lang == "en");
    }
}

TEST_CASE("numbers") {
    SUBCASE("integers may be written with a zero fraction") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03", "more_sources": 31.0}})");
        CHECK(r.ok);
        CHECK(r.doc.article.more_sources == 31);
    }
    SUBCASE("the ends of every range are inside it") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "multiple", "prompt": "P", "points": 0.01,
            "choices": [{"id": "a", "text": "A", "weight": 100}, {"id": "b", "text": "B", "weight": -100}]})"));
        CHECK(r.ok);
        std::string bounds = R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03", "more_sources": 0},
            "quiz": {"pass_percent": 100, "pick": 1, "time_limit_s": 0, "results": [{"min_percent": 100, "message": "M"}],
                     "questions": [{"id": "q1", "type": "numeric", "prompt": "P", "answer": 5, "min": 5, "max": 5}]}})";
        CHECK(load(bounds).ok);
    }
    SUBCASE("a numeric range needs no answer; without answer or range the answer is missing") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "numeric", "prompt": "P", "min": -2, "max": 2.5})"));
        CHECK(r.ok);
        CHECK(r.diagnostics.empty());
        r = load(with_question(R"({"id": "q1", "type": "numeric", "prompt": "P", "min": -2})"));
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == nq::DiagCode::missing_field);
        CHECK(r.diagnostics[0].pointer == "/quiz/questions/0/max");
        r = load(with_question(R"({"id": "q1", "type": "numeric", "prompt": "P", "unit": "km"})"));
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == nq::DiagCode::missing_field);
        CHECK(r.diagnostics[0].pointer == "/quiz/questions/0/answer");
        CHECK(r.diagnostics[0].message == "missing; expected a number, or min and max");
    }
    SUBCASE("a numeric range may be a single value, the answer at one end") {
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "numeric", "prompt": "P", "answer": -1.5, "min": -1.5, "max": 2})"));
        CHECK(r.ok);
        CHECK(r.doc.quiz.questions[0].min == -1.5);
    }
}

TEST_CASE("single with weights needs no correct flag but a choice worth points") {
    nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "single", "prompt": "P",
        "choices": [{"id": "a", "text": "A", "weight": 100}, {"id": "b", "text": "B", "weight": 50}, {"id": "c", "text": "C", "correct": true}]})"));
    CHECK(r.ok);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("actions") {
    SUBCASE("their text is split into links") {
        nq::LoadResult r = load(with_action(R"({"text": "Call (202) 224-3121 or see gao.gov."})"));
        REQUIRE(r.ok);
        const std::vector<nq::Span>& spans = r.doc.actions[0].spans;
        REQUIRE(spans.size() == 5);
        CHECK(spans[1].href == "tel:+12022243121");
        CHECK(spans[3].text == "gao.gov");
        CHECK(spans[4].text == ".");
    }
    SUBCASE("safe links in url are kept") {
        for (const char* url : {"https://www.senate.gov/", "http://example.org", "tel:+12022243121", "mailto:press@gao.gov", "HTTPS://GAO.GOV"}) {
            INFO(url);
            nq::LoadResult r = load(with_action(R"({"text": "T", "url": ")" + std::string(url) + "\"}"));
            CHECK(r.diagnostics.empty());
            CHECK(r.doc.actions[0].url == url);
        }
    }
    SUBCASE("other links in url are dropped with a warning") {
        for (const char* url : {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox", "file:///etc/passwd",
                                "/relative/path", "//evil.example/x", "gao.gov", "ftp://example.org"}) {
            INFO(url);
            nq::LoadResult r = load(with_action(R"({"text": "T", "url": ")" + std::string(url) + "\"}"));
            CHECK(r.ok);
            CHECK(expect_lines(r.diagnostics) == "warning unsafe_link /actions/0/url\n");
            CHECK(r.doc.actions[0].url == "");
        }
    }
    SUBCASE("malformed safe links in url are dropped with a warning") {
        for (const char* url : {"https://", "https://exa mple.org", "mailto:", "tel:", "tel:abc", "https://user@evil.example/", " https://gao.gov"}) {
            INFO(url);
            nq::LoadResult r = load(with_action(R"({"text": "T", "url": ")" + std::string(url) + "\"}"));
            CHECK(r.ok);
            CHECK(expect_lines(r.diagnostics) == "warning invalid_url /actions/0/url\n");
            CHECK(r.doc.actions[0].url == "");
        }
    }
    SUBCASE("unsafe links in text stay text, with a warning each") {
        nq::LoadResult r = load(with_action(R"({"text": "Click javascript:alert(1) or data:text/html,x now"})"));
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "warning unsafe_link /actions/0/text\nwarning unsafe_link /actions/0/text\n");
        CHECK(r.diagnostics[0].message == "expected https:, http:, tel: or mailto: links, got \"javascript:alert(1)\"; it is shown as plain text");
        REQUIRE(r.doc.actions[0].spans.size() == 1);
        CHECK(r.doc.actions[0].spans[0].href == "");
    }
}

TEST_CASE("reading") {
    SUBCASE("a UTF-8 byte order mark is skipped and takes no column") {
        CHECK(load("\xEF\xBB\xBF" + std::string(kMinimal)).ok);
        nq::LoadResult r = load("\xEF\xBB\xBF{x");
        CHECK(expect_lines(r.diagnostics) == "error json_syntax (document) @1:2\n");
    }
    SUBCASE("a repeated member keeps the first value") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "First", "headline": "Second", "date": "2025-09-03"}})");
        CHECK(expect_lines(r.diagnostics) == "error duplicate_key /article/headline\n");
        CHECK(r.doc.article.headline == "First");
    }
    SUBCASE("a line counts from its last newline, CRLF included") {
        nq::LoadResult r = load("{\r\n  \"format\": \"newsquiz/1\",\r\n  x\r\n}");
        CHECK(expect_lines(r.diagnostics) == "error json_syntax (document) @3:3\n");
    }
    SUBCASE("escapes in strings are decoded") {
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "Caf\u00e9 \ud83c\udf0d \"q\"", "date": "2025-09-03"}})");
        CHECK(r.ok);
        CHECK(r.doc.article.headline == "Caf\xC3\xA9 \xF0\x9F\x8C\x8D \"q\"");
    }
    SUBCASE("the printed form of a diagnostic") {
        nq::LoadResult r = load("{\n  \"format\": \"newsquiz/1\",\n}");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(nq::diagnostic_to_string(r.diagnostics[0]) ==
              "error: (document): line 3, column 1: expected a member name in double quotes, got '}'");
        CHECK(nq::pointer_for_humans("/a\nb") == "/a\\u000ab");
    }
}

// [SECTION] Limits, generated
TEST_CASE("limits") {
    SUBCASE("2 MiB is read, 2 MiB and one byte is refused before parsing") {
        std::string text = kMinimal;
        text += std::string(nq::kMaxDocumentBytes - text.size(), ' ');
        REQUIRE(text.size() == 2097152);
        CHECK(load(text).ok);
        text += ' ';
        nq::LoadResult r = load(text);
        CHECK(expect_lines(r.diagnostics) == "error too_large (document)\n");
        CHECK(r.diagnostics[0].message == "expected at most 2 MiB (2097152 bytes), got 2097153 bytes");
        // refused before parsing: even broken JSON of that size gives only too_large
        CHECK(expect_lines(load(std::string(2097153, '[')).diagnostics) == "error too_large (document)\n");
    }
    SUBCASE("32 levels of nesting are read, the 33rd stops the parse") {
        const std::string prefix = R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}, "x": )";
        auto nested = [&](int arrays) { return prefix + std::string(size_t(arrays), '[') + std::string(size_t(arrays), ']') + "}"; };
        nq::LoadResult ok = load(nested(31));  // the root object and 31 arrays: 32 levels
        CHECK(ok.ok);
        CHECK(expect_lines(ok.diagnostics) == "warning unknown_field /x\n");
        nq::LoadResult deep = load(nested(32));
        std::string pointer = "/x" + repeat("/0", 31);
        CHECK(expect_lines(deep.diagnostics) == "error too_deep " + pointer + " @1:" + std::to_string(prefix.size() + 32) + "\n");
        // nothing after the stop is looked at: not even a syntax error
        nq::LoadResult stopped = load(prefix + std::string(100000, '[') + "oops");
        CHECK(expect_lines(stopped.diagnostics) == "error too_deep " + pointer + " @1:" + std::to_string(prefix.size() + 32) + "\n");
    }
    SUBCASE("a string of 20,000 characters is read, 20,001 are refused") {
        auto doc = [](const std::string& headline) {
            return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": ")" + headline + R"(", "date": "2025-09-03"}})";
        };
        CHECK(load(doc(std::string(20000, 'h'))).ok);
        CHECK(load(doc(repeat("\xC3\xA9", 20000))).ok);  // counted in characters, not bytes
        nq::LoadResult r = load(doc(std::string(20001, 'h')));
        CHECK(expect_lines(r.diagnostics) == "error string_too_long /article/headline\n");
        CHECK(r.diagnostics[0].message == "expected at most 20000 characters, got 20001");
        CHECK(r.doc.article.headline == "");
        nq::LoadResult key = load(R"({"format": "newsquiz/1", ")" + std::string(20001, 'k') + R"(": 1, "article": {"id": "a", "headline": "H", "date": "2025-09-03"}})");
        CHECK(expect_lines(key.diagnostics) == "error string_too_long (document)\n");
    }
    SUBCASE("500 questions are read, the 501st is refused and never built") {
        auto quiz = [](size_t n) {
            std::string questions;
            for (size_t i = 0; i < n; ++i) {
                // the last question is broken: it must not be validated when beyond the limit
                std::string type = i == 500 ? "essay" : "true_false";
                questions += std::string(i ? "," : "") + R"({"id": "q)" + std::to_string(i + 1) + R"(", "type": ")" + type +
                             R"(", "prompt": "P", "answer": true})";
            }
            return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"}, "quiz": {"questions": [)" +
                   questions + "]}}";
        };
        nq::LoadResult ok = load(quiz(500));
        CHECK(ok.ok);
        CHECK(ok.doc.quiz.questions.size() == 500);
        nq::LoadResult r = load(quiz(501));
        CHECK(expect_lines(r.diagnostics) == "error too_many /quiz/questions\n");
        CHECK(r.diagnostics[0].message == "expected 1..500 entries, got 501");
        CHECK(r.doc.quiz.questions.size() == 500);
    }
    SUBCASE("20 choices, items or pairs are read, the 21st is refused and never built") {
        auto entries = [](size_t n, const std::string& fields) {
            std::string list;
            for (size_t i = 0; i < n; ++i) list += std::string(i ? "," : "") + R"({"id": "e)" + std::to_string(i) + "\", " + fields + "}";
            return list;
        };
        for (size_t n : {20, 21}) {
            INFO(n);
            std::string tail = n == 20 ? "" : "error too_many /quiz/questions/0/";
            nq::LoadResult single = load(with_question(R"({"id": "q1", "type": "single", "prompt": "P", "choices": [{"id": "right", "text": "R", "correct": true},)" +
                                                       entries(n - 1, R"("text": "T")") + "]}"));
            CHECK(expect_lines(single.diagnostics) == (n == 20 ? "" : tail + "choices\n"));
            CHECK(single.doc.quiz.questions[0].choices.size() == 20);
            nq::LoadResult order = load(with_question(R"({"id": "q1", "type": "order", "prompt": "P", "items": [)" + entries(n, R"("text": "T")") + "]}"));
            CHECK(expect_lines(order.diagnostics) == (n == 20 ? "" : tail + "items\n"));
            CHECK(order.doc.quiz.questions[0].items.size() == 20);
            nq::LoadResult match = load(with_question(R"({"id": "q1", "type": "match", "prompt": "P", "pairs": [)" +
                                                      entries(n, R"("left": "L", "right": "R")") + "]}"));
            CHECK(expect_lines(match.diagnostics) == (n == 20 ? "" : tail + "pairs\n"));
            CHECK(match.doc.quiz.questions[0].pairs.size() == 20);
        }
        nq::LoadResult r = load(with_question(R"({"id": "q1", "type": "single", "prompt": "P", "choices": [{"id": "right", "text": "R", "correct": true},)" +
                                              entries(20, R"("text": "T")") + "]}"));
        CHECK(r.diagnostics[0].message == "expected 2..20 entries, got 21");
    }
    SUBCASE("other arrays have no limit of their own") {
        std::string body;
        for (int i = 0; i < 1000; ++i) body += std::string(i ? "," : "") + "\"p\"";
        nq::LoadResult r = load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03", "body": [)" + body + "]}}");
        CHECK(r.ok);
        CHECK(r.doc.article.body.size() == 1000);
    }
}

TEST_CASE("a publisher's words: strings") {
    auto with_strings = [](const std::string& strings) {
        return load(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"},
                        "strings": )" + strings + "}");
    };
    SUBCASE("keys of the words table, by language tag, kept as written") {
        nq::LoadResult r = with_strings(R"({"fr": {"start_quiz": "Lancer le quiz", "points_many": "{1} points possibles, {0} obtenus"},
                                            "pt-BR": {"start_quiz": "Começar"}})");
        CHECK(r.ok);
        REQUIRE(r.doc.strings.size() == 2);
        CHECK(r.doc.strings[0].tag == "fr");
        CHECK(r.doc.strings[0].text[size_t(nq::Str::start_quiz)] == "Lancer le quiz");
        CHECK(r.doc.strings[0].text[size_t(nq::Str::points_many)] == "{1} points possibles, {0} obtenus");
        CHECK(r.doc.strings[0].text[size_t(nq::Str::retake)] == "");
        CHECK(r.doc.strings[1].tag == "pt-BR");
        // pt-BR is no language of newsquiz's own: the keys it lacks are named, three of them.
        CHECK(expect_lines(r.diagnostics) == "warning missing_words /strings/pt-BR\n");
        CHECK(r.diagnostics[0].message ==
              "expected all " + std::to_string(size_t(nq::Str::count)) +
                  " keys for \"pt-BR\", a language newsquiz has no words of its own for; " +
                  std::to_string(size_t(nq::Str::count) - 1) +
                  " are missing and shown in English: \"cta_text\", \"retake\", \"continue_quiz\" and " +
                  std::to_string(size_t(nq::Str::count) - 4) + " more");
    }
    SUBCASE("an unknown key is a warning at its pointer, and ignored") {
        nq::LoadResult r = with_strings(R"({"de": {"start": "Los", "next": "Weiter geht's"}})");
        CHECK(r.ok);
        CHECK(expect_lines(r.diagnostics) == "warning unknown_word /strings/de/start\n");
        CHECK(r.diagnostics[0].message == "expected a key of newsquiz's words such as \"start_quiz\", got \"start\"; it is ignored");
        CHECK(r.doc.strings[0].text[size_t(nq::Str::next)] == "Weiter geht's");
    }
    SUBCASE("placeholders other than the English ones, blank text, a bad tag or type are errors") {
        nq::LoadResult r = with_strings(R"({"fr": {"question_n_of_m": "Question {0}", "your_score": "Score", "retake": " ",
                                                   "next": 3, "n_of_m": "{1} sur {2}"},
                                            "français": {"next": "Suivant"}, "de": []})");
        CHECK_FALSE(r.ok);
        CHECK(expect_lines(r.diagnostics) ==
              "error placeholder_mismatch /strings/fr/question_n_of_m\n"
              "error placeholder_mismatch /strings/fr/your_score\n"
              "error empty_string /strings/fr/retake\n"
              "error wrong_type /strings/fr/next\n"
              "error placeholder_mismatch /strings/fr/n_of_m\n"
              "error invalid_value /strings/français\n"
              "error wrong_type /strings/de\n");
        CHECK(r.diagnostics[0].message == "expected the placeholders of \"Question {0} of {1}\" ({0} {1}), got {0}");
        CHECK(r.diagnostics[1].message == "expected the placeholders of \"Your score: {0} of {1} ({2})\" ({0} {1} {2}), got none");
        CHECK(r.diagnostics[4].message == "expected the placeholders of \"{0} of {1}\" ({0} {1}), got {1} {2}");
        CHECK(r.diagnostics[5].message == "expected a BCP 47 language tag such as \"fr\" or \"pt-BR\" as the name, got \"français\"");
    }
    SUBCASE("strings must be an object") {
        nq::LoadResult r = with_strings(R"(["fr"])");
        CHECK(expect_lines(r.diagnostics) == "error wrong_type /strings\n");
    }
    SUBCASE("a strings file reads by the same rules, its pointers from its root") {
        nq::StringsLoad ok = nq::load_strings(R"({"de": {"start_quiz": "Jetzt mitmachen", "begin": "x"}})");
        CHECK(ok.ok);
        CHECK(expect_lines(ok.diagnostics) == "warning unknown_word /de/begin\n");
        CHECK(ok.words[0].text[size_t(nq::Str::start_quiz)] == "Jetzt mitmachen");
        nq::StringsLoad bad = nq::load_strings(R"({"de": {"next": "Weiter {0}"}})");
        CHECK_FALSE(bad.ok);
        CHECK(expect_lines(bad.diagnostics) == "error placeholder_mismatch /de/next\n");
        CHECK(expect_lines(nq::load_strings("{\"de\": ").diagnostics) == "error json_syntax /de @1:8\n");
    }
}
