// unit-import-opentdb.cpp: Open Trivia DB responses -> newsquiz/1 (import/opentdb.cpp).
#include "import_support.h"

using test_import::codes;
using test_import::part;

static nq::ImportResult opentdb(const std::string& name) {
    return test_import::convert(nq::ImportFormat::opentdb, test_import::read_fixture("opentdb/" + name));
}

static const char kQuestions[] =
    R"([{"id":"q1","type":"single","prompt":"What is the name of Mario's brother?","shuffle":true,"choices":[)"
    R"({"id":"a","text":"Luigi","correct":true},{"id":"b","text":"Wario"},{"id":"c","text":"Toad"},{"id":"d","text":"Yoshi"}],)"
    R"("topic":"entertainment-video-games"},)"
    R"({"id":"q2","type":"true_false","prompt":"The \"Sun\" is a star – true?","answer":true,"topic":"science-nature"},)"
    R"({"id":"q3","type":"single","prompt":"Which city is called éternelle?","shuffle":true,"choices":[)"
    R"({"id":"a","text":"Rome","correct":true},{"id":"b","text":"París"},{"id":"c","text":"Köln"},{"id":"d","text":"Zürich"}],)"
    R"("topic":"geography"}])";

static const char kTopics[] =
    R"([{"id":"entertainment-video-games","label":"Entertainment: Video Games"},{"id":"science-nature","label":"Science & Nature"},)"
    R"({"id":"geography","label":"Geography"}])";

TEST_CASE("Open Trivia DB: both types and every encoding give the same quiz") {
    // The same three questions, as the API sends them with each `encode` option.
    for (const char* file : {"default.json", "url3986.json", "url-legacy.json", "base64.json"}) {
        SUBCASE(file) {
            nq::ImportResult r = opentdb(file);
            CHECK(codes(r) == std::vector<std::string>{"4:5 dropped_content"});  // difficulty, once
            CHECK(r.diagnostics[0].message == "difficulty is left out (3 questions)");
            CHECK(part(r, "/quiz/questions") == kQuestions);
            CHECK(part(r, "/article/topics") == kTopics);
        }
    }
}

TEST_CASE("Open Trivia DB: what is skipped, and what is refused") {
    SUBCASE("a type other than multiple or boolean is skipped, at its line") {
        nq::ImportResult r = opentdb("unknown-type.json");
        CHECK(codes(r) == std::vector<std::string>{"4:5 skipped_question", "11:5 dropped_content"});
        CHECK(part(r, "/quiz/questions/0/id") == R"("q1")");
        CHECK(part(r, "/quiz/questions/1") == "(none)");
    }
    struct Case {
        const char* file;
        std::vector<std::string> codes;
        const char* message;
    };
    const Case cases[] = {
        {"malformed.json", {"3:55 syntax_error"}, "3:55: error: the JSON is malformed: expected '}', got a string"},
        {"no-results.json", {"1:1 no_results"},
         "1:1: error: response_code 1 (no results: the API had fewer questions than asked for): the response holds no questions"},
        {"wrong-shape.json", {"1:1 wrong_shape"},
         "1:1: error: expected an Open Trivia DB response, {\"response_code\": 0, \"results\": [...]}"},
        {"bad-base64.json", {"4:5 dropped_content", "16:5 bad_encoding"},
         "16:5: error: \"question\" \"!!notbase64\" cannot be decoded (base64, as the other values are)"},
        {"bad-boolean.json", {"4:5 dropped_content", "16:5 wrong_shape"},
         "16:5: error: a boolean question's correct_answer must be \"True\" or \"False\", got \"Yes\""},
    };
    for (const Case& c : cases) {
        SUBCASE(c.file) {
            nq::ImportResult r = opentdb(c.file);
            CHECK_FALSE(r.ok);
            CHECK(codes(r) == c.codes);
            REQUIRE_FALSE(r.diagnostics.empty());
            CHECK(nq::import_diagnostic_to_string(r.diagnostics.back()) == c.message);
        }
    }
}
