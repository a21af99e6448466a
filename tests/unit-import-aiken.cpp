// unit-import-aiken.cpp: Moodle's Aiken format -> newsquiz/1 (import/aiken.cpp).
#include "import_support.h"

using test_import::codes;
using test_import::part;

static nq::ImportResult aiken(const std::string& name) {
    return test_import::convert(nq::ImportFormat::aiken, test_import::read_fixture("aiken/" + name));
}

TEST_CASE("Aiken: questions, options and the right one") {
    SUBCASE("'A.' and 'B)' options, ANSWER:, a question over two lines") {
        nq::ImportResult r = aiken("basic.txt");
        CHECK(codes(r).empty());
        CHECK(part(r, "/quiz/questions") ==
              R"([{"id":"q1","type":"single","prompt":"What is the capital of France?","choices":[{"id":"a","text":"Lyon"},)"
              R"({"id":"b","text":"Paris","correct":true},{"id":"c","text":"Marseille"}]},)"
              R"({"id":"q2","type":"single","prompt":"Which planet is\nthe largest?","choices":[{"id":"a","text":"Mars"},)"
              R"({"id":"b","text":"Jupiter","correct":true}]}])");
    }
    SUBCASE("CRLF line ends and a UTF-8 BOM") {
        nq::ImportResult r = aiken("crlf-bom.txt");
        CHECK(codes(r).empty());
        CHECK(part(r, "/quiz/questions/0/prompt") == R"("Quelle est la capitale ?")");
        CHECK(part(r, "/quiz/questions/0/choices/1") == R"({"id":"b","text":"Paris","correct":true})");
    }
    SUBCASE("text is plain: no HTML is read") {
        nq::ImportResult r = test_import::convert(nq::ImportFormat::aiken, "Is <b>this</b> &amp; bold?\nA. yes\nB. no\nANSWER: A\n");
        CHECK(part(r, "/quiz/questions/0/prompt") == R"("Is <b>this</b> &amp; bold?")");
    }
}

TEST_CASE("Aiken: malformed files give their line and code, and no document") {
    struct Case {
        const char* file;
        std::vector<std::string> codes;
        const char* first_message;
    };
    const Case cases[] = {
        {"no-answer-line.txt", {"1:1 missing_answer_line"}, "1:1: error: the question has no ANSWER: line after its options"},
        {"unfinished.txt", {"1:1 missing_answer_line"}, "1:1: error: the question has no ANSWER: line after its options"},
        {"unknown-answer.txt", {"5:1 unknown_answer"}, "5:1: error: expected ANSWER: followed by one letter from A to C, got \"D\""},
        {"letters-out-of-order.txt", {"4:1 syntax_error"}, "4:1: error: options are lettered A, B, C... in order: expected C, got D"},
        {"option-without-question.txt", {"1:1 missing_question", "2:1 missing_question", "3:1 missing_question"},
         "1:1: error: an option without a question before it"},
        {"one-option.txt", {"1:1 too_few_answers"}, "1:1: error: the question needs at least 2 options, got 1"},
    };
    for (const Case& c : cases) {
        SUBCASE(c.file) {
            nq::ImportResult r = aiken(c.file);
            CHECK_FALSE(r.ok);
            CHECK(r.json.empty());
            CHECK(codes(r) == c.codes);
            REQUIRE_FALSE(r.diagnostics.empty());
            CHECK(nq::import_diagnostic_to_string(r.diagnostics[0]) == c.first_message);
        }
    }
}
