// unit-import-moodle-xml.cpp: Moodle XML -> newsquiz/1 (import/moodle_xml.cpp, pugixml).
#include "import_support.h"

#include "scoring.h"

using test_import::codes;
using test_import::part;

static nq::ImportResult xml(const std::string& name) {
    return test_import::convert(nq::ImportFormat::moodle_xml, test_import::read_fixture("moodle-xml/" + name));
}

TEST_CASE("Moodle XML: every question type that maps") {
    nq::ImportResult r = xml("all-types.xml");
    REQUIRE(r.ok);
    SUBCASE("multichoice, one answer: CDATA and HTML to text, fractions, feedback, generalfeedback, defaultgrade, shuffle") {
        CHECK(part(r, "/quiz/questions/0") ==
              R"J({"id":"q1","type":"single","prompt":"What is the capital of France?","points":2,"shuffle":false,"choices":[)J"
              R"J({"id":"a","text":"Paris","correct":true,"weight":100,"feedback":"Right & well done."},{"id":"b","text":"Lyon"},)J"
              R"J({"id":"c","text":"Café de Paris","weight":50}],"explanation":"Paris has been the capital since 987.","topic":"capitals"})J");
    }
    SUBCASE("multichoice, several answers: weights, line breaks of moodle_auto_format kept") {
        CHECK(part(r, "/quiz/questions/1") ==
              R"J({"id":"q2","type":"multiple","prompt":"Which are prime?\nPick all.","choices":[)J"
              R"J({"id":"a","text":"2","correct":true,"weight":50},{"id":"b","text":"3","correct":true,"weight":50},)J"
              R"J({"id":"c","text":"4","weight":-100}],"topic":"capitals"})J");
    }
    SUBCASE("truefalse with the feedback of each answer; plain_text keeps what looks like a tag") {
        CHECK(part(r, "/quiz/questions/2") ==
              R"J({"id":"q3","type":"true_false","prompt":"The sun is a <star>?","answer":true,"feedback_true":"Yes.",)J"
              R"J("feedback_false":"It is a star.","topic":"capitals"})J");
    }
    SUBCASE("shortanswer: the full-marks answers accepted") {
        CHECK(part(r, "/quiz/questions/3") ==
              R"J({"id":"q4","type":"text","prompt":"Name the capital of Italy.","accept":["Rome","Roma"],"topic":"capitals"})J");
    }
    SUBCASE("numerical: tolerance and the base unit") {
        CHECK(part(r, "/quiz/questions/4") ==
              R"J({"id":"q5","type":"numeric","prompt":"How long is a marathon?","answer":42.195,"tolerance":0.5,"unit":"km","topic":"capitals"})J");
    }
    SUBCASE("matching: rows; the extra answer without a question is left out") {
        CHECK(part(r, "/quiz/questions/5") ==
              R"J({"id":"q6","type":"match","prompt":"Match the countries.","pairs":[{"id":"a","left":"Canada","right":"Ottawa"},)J"
              R"J({"id":"b","left":"Japan","right":"Tokyo"}],"topic":"capitals"})J");
    }
    SUBCASE("ddwtos with one gap: a choice among its group") {
        CHECK(part(r, "/quiz/questions/6") ==
              R"J({"id":"q7","type":"single","prompt":"The _____ sat on the mat.","choices":[{"id":"a","text":"cat","correct":true},)J"
              R"J({"id":"b","text":"dog"}],"topic":"capitals"})J");
    }
    SUBCASE("gapselect with two gaps: each gap matched with its word") {
        CHECK(part(r, "/quiz/questions/7") ==
              R"J({"id":"q8","type":"match","prompt":"(1) _____ is the capital of (2) _____.","pairs":[)J"
              R"J({"id":"a","left":"(1)","right":"Paris"},{"id":"b","left":"(2)","right":"France"}],"topic":"capitals"})J");
    }
    SUBCASE("ordering: the items in their order") {
        CHECK(part(r, "/quiz/questions/8") ==
              R"J({"id":"q9","type":"order","prompt":"Put them in order, smallest first.","items":[{"id":"a","text":"one"},)J"
              R"J({"id":"b","text":"two"},{"id":"c","text":"three"}],"topic":"capitals"})J");
        CHECK(part(r, "/quiz/questions/9") == "(none)");
    }
    SUBCASE("the category is the topic") {
        CHECK(part(r, "/article/topics") == R"J([{"id":"capitals","label":"Capitals"}])J");
    }
    SUBCASE("what is not kept is a warning at its line") {
        CHECK(codes(r) == std::vector<std::string>{"6:3 dropped_content", "34:5 changed_meaning", "35:5 dropped_feedback",
                                                   "37:5 dropped_answer", "42:5 dropped_feedback", "45:7 dropped_answer",
                                                   "53:5 dropped_answer", "65:5 dropped_answer", "73:3 skipped_question",
                                                   "76:3 skipped_question", "79:3 skipped_question"});
        CHECK(nq::import_diagnostic_to_string(r.diagnostics[8]) ==
              "73:3: warning: a question of type \"essay\" is skipped: newsquiz has no such type");
    }
    SUBCASE("fractions score as in Moodle") {
        nq::Document d = nq::load_document(r.json).doc;
        nq::Response pick;
        pick.answered = true;
        pick.ids = {"c"};
        CHECK(nq::score_question(d.quiz.questions[0], pick).score == 1);  // 50 % of 2 points
        pick.ids = {"a", "c"};
        CHECK(nq::score_question(d.quiz.questions[1], pick).score == 0);  // 50 - 100, clamped
    }
}

TEST_CASE("Moodle XML: feedback, hints, files and tags are warned about") {
    nq::ImportResult r = xml("feedback-and-files.xml");
    CHECK(codes(r) == std::vector<std::string>{"4:5 dropped_content", "6:5 dropped_feedback", "7:5 dropped_feedback", "8:5 dropped_content"});
    CHECK(part(r, "/quiz/questions/0/prompt") == R"J("Which flag?")J");
}

TEST_CASE("Moodle XML: malformed files give their line and code, and no document") {
    struct Case {
        const char* file;
        std::vector<std::string> codes;
        const char* message;
    };
    const Case cases[] = {
        {"malformed.xml", {"5:5 syntax_error"}, "5:5: error: the XML is malformed: Start-end tags mismatch"},
        {"not-quiz.xml", {"2:1 wrong_shape"}, "2:1: error: expected Moodle XML, whose root element is <quiz>, got <questions>"},
        {"bad-fraction.xml", {"5:5 invalid_weight"}, "5:5: error: fraction=\"150\" is not a percent from -100 to 100"},
    };
    for (const Case& c : cases) {
        SUBCASE(c.file) {
            nq::ImportResult r = xml(c.file);
            CHECK_FALSE(r.ok);
            CHECK(codes(r) == c.codes);
            REQUIRE(r.diagnostics.size() == 1);
            CHECK(nq::import_diagnostic_to_string(r.diagnostics[0]) == c.message);
        }
    }
    SUBCASE("entities are never expanded from a DTD (no billion laughs)J") {
        nq::ImportResult r = test_import::convert(nq::ImportFormat::moodle_xml,
            "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
            "<quiz><question type=\"truefalse\"><questiontext><text>&b;?</text></questiontext>"
            "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question></quiz>\n");
        CHECK(part(r, "/quiz/questions/0/prompt") == R"J("&b;?")J");
    }
}
