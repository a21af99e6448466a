// unit-import-gift.cpp: Moodle GIFT -> newsquiz/1 (import/gift.cpp), read the way Moodle reads it.
//
// One fixture per construct (tests/fixtures/import/gift): the exact questions written and the
// exact diagnostics (line:column code); then what the converted questions score, by the core's
// own scoring, against GIFT's rules. tests/cli/gift-oracle.test.mjs checks the same fixtures
// against gift-pegjs.
#include "import_support.h"

#include "scoring.h"

namespace {

using test_import::codes;

nq::ImportResult convert(const std::string& name) {
    return test_import::convert(nq::ImportFormat::gift, test_import::read_fixture("gift/" + name));
}

std::string questions(const nq::ImportResult& r) { return test_import::part(r, "/quiz/questions"); }

// The converted document, loaded by the core (it must load).
nq::Document load(const std::string& name) {
    nq::ImportResult r = convert(name);
    REQUIRE_MESSAGE(r.ok, name);
    nq::LoadResult loaded = nq::load_document(r.json);
    REQUIRE(loaded.ok);
    return loaded.doc;
}

nq::Response choose(std::vector<std::string> ids) {
    nq::Response r;
    r.answered = true;
    r.ids = std::move(ids);
    return r;
}

double score(const nq::Question& q, const nq::Response& r) { return nq::score_question(q, r).score; }

// Whether the core's loader takes a numeric range without an answer (content-format.md allows it).
bool ranges_load() {
    return nq::load_document(R"({"format":"newsquiz/1","article":{"id":"a","headline":"H","date":"2025-01-01"},
        "quiz":{"questions":[{"id":"q1","type":"numeric","prompt":"P","min":1,"max":2}]}})")
        .ok;
}

struct Case {
    const char* file;
    const char* questions;  // "" = no document (errors)
    std::vector<std::string> diagnostics;
};

const Case kCases[] = {
    {"blank-lines-whitespace.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"First?","answer":true},{"id":"q2","type":"true_false","prompt":"Second?","answer":false}])J",
     {}},
    {"bom.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {}},
    {"brace-line-start.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which?","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}]}])J",
     {}},
    {"category-root.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"First?","answer":true,"topic":"world"},{"id":"q2","type":"true_false","prompt":"Second?","answer":false}])J",
     {}},
    {"category-runs-on.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true,"topic":"geography"}])J",
     {"2:1 changed_meaning"}},
    {"category.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is the capital of France?","choices":[{"id":"a","text":"Paris","correct":true},{"id":"b","text":"Lyon"}],"topic":"capitals"},{"id":"q2","type":"true_false","prompt":"The sun is a star.","answer":true,"topic":"science"}])J",
     {}},
    {"close-before-open.gift",
     R"J()J",
     {"1:6 missing_brace"}},
    {"colon-in-text.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"Ratio: is 1:2 the same as 2#4?","answer":true}])J",
     {}},
    {"comment-after-brace.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2? _____ // not a comment here","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {}},
    {"comment-inside.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is\n2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {}},
    {"comments.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {}},
    {"cr-only.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]},{"id":"q2","type":"true_false","prompt":"The sun is a star.","answer":true}])J",
     {}},
    {"crlf.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]},{"id":"q2","type":"true_false","prompt":"The sun is a star.","answer":true}])J",
     {}},
    {"description.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {"1:1 skipped_question"}},
    {"escape-backslash.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"A \\ backslash and a \\q?","answer":true}])J",
     {}},
    {"escape-newline.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"Line one\nline two?","answer":true}])J",
     {}},
    {"escaped-braces-answer.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which is a set?","choices":[{"id":"a","text":"{1, 2}","correct":true},{"id":"b","text":"(1, 2)"}]}])J",
     {}},
    {"escapes.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"Is 1 = 1 ~ # { } : true?","answer":true}])J",
     {}},
    {"essay.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {"1:1 skipped_question"}},
    {"feedback-equals.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true,"weight":100,"feedback":"2+2"},{"id":"b","text":"4","correct":true,"weight":100},{"id":"c","text":"5"}]},{"id":"q2","type":"single","prompt":"What is 3+3?","choices":[{"id":"a","text":"6","correct":true,"feedback":"3+3=6"},{"id":"b","text":"5"}]}])J",
     {"1:21 changed_meaning"}},
    {"format-feedback.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which?","choices":[{"id":"a","text":"a","correct":true,"feedback":"Yes, a."},{"id":"b","text":"b","feedback":"<b>No</b>"}]}])J",
     {}},
    {"format-html-entities.gift",
     R"J([{"id":"q1","type":"single","prompt":"Café & crème <3?","choices":[{"id":"a","text":"Oui","correct":true},{"id":"b","text":"Non"}]}])J",
     {}},
    {"format-html.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is bold text?","choices":[{"id":"a","text":"heavy letters","correct":true},{"id":"b","text":"thin letters"}]}])J",
     {}},
    {"format-markdown.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"What is **bold**?","answer":true}])J",
     {"1:1 text_as_written"}},
    {"format-moodle.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"Line one\nline two?","answer":false}])J",
     {}},
    {"format-plain.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"Is <b> a tag?","answer":true}])J",
     {}},
    {"general-and-answer-feedback.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which letter comes first?","choices":[{"id":"a","text":"a","correct":true,"feedback":"Yes."},{"id":"b","text":"b","feedback":"No."}],"explanation":"The alphabet starts with a."}])J",
     {}},
    {"general-feedback.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which letter comes first?","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}],"explanation":"The alphabet starts with a."}])J",
     {}},
    {"html-image.gift",
     R"J([{"id":"q1","type":"single","prompt":"A map of France Where is Paris?","choices":[{"id":"a","text":"north","correct":true},{"id":"b","text":"south"}]},{"id":"q2","type":"single","prompt":"What is shown?","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}]}])J",
     {"3:1 dropped_content"}},
    {"match-distractor.gift",
     R"J([{"id":"q1","type":"match","prompt":"Match the capitals.","pairs":[{"id":"a","left":"France","right":"Paris"},{"id":"b","left":"Italy","right":"Rome"}]}])J",
     {"1:56 dropped_answer"}},
    {"match-duplicate-right.gift",
     R"J([{"id":"q1","type":"match","prompt":"Which is which?","pairs":[{"id":"a","left":"a","right":"1"},{"id":"b","left":"b","right":"2"}]}])J",
     {"1:1 skipped_question"}},
    {"match-missing-arrow.gift",
     R"J()J",
     {"1:23 missing_arrow"}},
    {"match-multiline.gift",
     R"J([{"id":"q1","type":"match","prompt":"Match the animals.","pairs":[{"id":"a","left":"cat","right":"meows"},{"id":"b","left":"dog","right":"barks"},{"id":"c","left":"cow","right":"moos"}]}])J",
     {}},
    {"match-too-few.gift",
     R"J()J",
     {"1:11 too_few_answers"}},
    {"match.gift",
     R"J([{"id":"q1","type":"match","prompt":"Match the countries with their capitals.","pairs":[{"id":"a","left":"Canada","right":"Ottawa"},{"id":"b","left":"Italy","right":"Rome"},{"id":"c","left":"Japan","right":"Tokyo"}]}])J",
     {}},
    {"mc-bare-first.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which one?","choices":[{"id":"a","text":"a"},{"id":"b","text":"b"},{"id":"c","text":"c","correct":true}]}])J",
     {}},
    {"mc-decimal-weights.gift",
     R"J([{"id":"q1","type":"multiple","prompt":"Pick the three vowels.","choices":[{"id":"a","text":"a","correct":true,"weight":33.33333},{"id":"b","text":"e","correct":true,"weight":33.33333},{"id":"c","text":"i","correct":true,"weight":33.33333},{"id":"d","text":"x","weight":-100}]}])J",
     {}},
    {"mc-equals-weight.gift",
     R"J([{"id":"q1","type":"single","prompt":"Half right?","choices":[{"id":"a","text":"%50%a","correct":true},{"id":"b","text":"b"}]}])J",
     {"1:14 changed_meaning"}},
    {"mc-feedback.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is the capital of France?","choices":[{"id":"a","text":"Paris","correct":true,"feedback":"Right, Paris."},{"id":"b","text":"Lyon","feedback":"No, Lyon is in the south."}]}])J",
     {}},
    {"mc-malformed-weight.gift",
     R"J([{"id":"q1","type":"single","prompt":"Odd weight.","choices":[{"id":"a","text":"%x%a"},{"id":"b","text":"b","correct":true}]}])J",
     {"1:15 changed_meaning"}},
    {"mc-multiline.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which colour is the sky?","choices":[{"id":"a","text":"blue","correct":true},{"id":"b","text":"green"},{"id":"c","text":"red"}]}])J",
     {}},
    {"mc-multiple-weights.gift",
     R"J([{"id":"q1","type":"multiple","prompt":"Which numbers are prime?","choices":[{"id":"a","text":"2","correct":true,"weight":50},{"id":"b","text":"3","correct":true,"weight":50},{"id":"c","text":"4","weight":-100}]}])J",
     {}},
    {"mc-negative-weights.gift",
     R"J([{"id":"q1","type":"multiple","prompt":"Pick the fruits.","choices":[{"id":"a","text":"apple","correct":true,"weight":50},{"id":"b","text":"pear","correct":true,"weight":50},{"id":"c","text":"carrot","weight":-50},{"id":"d","text":"potato","weight":-50}]}])J",
     {}},
    {"mc-no-right.gift",
     R"J([{"id":"q1","type":"single","prompt":"Something is right here.","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}]}])J",
     {"1:1 skipped_question"}},
    {"mc-single-partial.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which is best?","choices":[{"id":"a","text":"best","correct":true,"weight":100},{"id":"b","text":"good","weight":50},{"id":"c","text":"bad"}]}])J",
     {}},
    {"mc-single.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"3"},{"id":"c","text":"5"}]}])J",
     {}},
    {"mc-too-few.gift",
     R"J()J",
     {"1:11 too_few_answers"}},
    {"mc-two-right.gift",
     R"J([{"id":"q1","type":"single","prompt":"Either will do.","choices":[{"id":"a","text":"a","correct":true,"weight":100},{"id":"b","text":"b","correct":true,"weight":100},{"id":"c","text":"c"}]}])J",
     {}},
    {"mc-weight-out-of-range.gift",
     R"J()J",
     {"1:13 invalid_weight"}},
    {"mc-weights-not-100.gift",
     R"J([{"id":"q1","type":"multiple","prompt":"Pick them.","choices":[{"id":"a","text":"a","correct":true,"weight":50},{"id":"b","text":"b","correct":true,"weight":40},{"id":"c","text":"c"}]}])J",
     {"1:1 partial_credit"}},
    {"missing-close.gift",
     R"J()J",
     {"2:1 missing_brace"}},
    {"missing-open.gift",
     R"J()J",
     {"1:19 missing_brace"}},
    {"missing-word-choice.gift",
     R"J([{"id":"q1","type":"single","prompt":"The _____ sat on the mat.","choices":[{"id":"a","text":"cat","correct":true},{"id":"b","text":"dog"}]}])J",
     {}},
    {"missing-word-short.gift",
     R"J([{"id":"q1","type":"text","prompt":"Paris is the capital of _____.","accept":["France"]}])J",
     {}},
    {"missing-word-start.gift",
     R"J([{"id":"q1","type":"single","prompt":"_____ is the capital of France.","choices":[{"id":"a","text":"Paris","correct":true},{"id":"b","text":"Rome"}]}])J",
     {}},
    {"num-backwards-range.gift",
     R"J()J",
     {"1:12 not_a_number"}},
    {"num-empty.gift",
     R"J()J",
     {"1:14 too_few_answers"}},
    {"num-exact.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"What is 6 times 7?","answer":42}])J",
     {}},
    {"num-exponent.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"How many metres in 1.5 km?","answer":1500,"tolerance":10}])J",
     {}},
    {"num-multiple.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"When was Grant born?","answer":1822}])J",
     {"1:25 dropped_feedback", "1:45 dropped_answer"}},
    {"num-negative.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"What is 2 minus 7?","answer":-5,"tolerance":1}])J",
     {}},
    {"num-no-full.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"Roughly when?","answer":1820,"tolerance":5}])J",
     {"1:18 partial_credit"}},
    {"num-not-number.gift",
     R"J()J",
     {"1:15 not_a_number"}},
    {"num-tolerance.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"What is pi to two decimals?","answer":3.14,"tolerance":0.01}])J",
     {}},
    {"num-wrong-feedback.gift",
     R"J([{"id":"q1","type":"numeric","prompt":"What is 6 times 7?","answer":42}])J",
     {"1:26 dropped_feedback"}},
    {"second-block.gift",
     R"J([{"id":"q1","type":"single","prompt":"Which? and which? {=c ~d}","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}]}])J",
     {"1:15 changed_meaning"}},
    {"several.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"First?","answer":true},{"id":"q2","type":"true_false","prompt":"Second?","answer":false},{"id":"q3","type":"single","prompt":"Third?","choices":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b"}]}])J",
     {}},
    {"short-bare.gift",
     R"J([{"id":"q1","type":"text","prompt":"What is the capital of France?","accept":["Paris"]}])J",
     {}},
    {"short-feedback.gift",
     R"J([{"id":"q1","type":"text","prompt":"What is the capital of France?","accept":["Paris"]}])J",
     {"1:34 dropped_feedback"}},
    {"short-one.gift",
     R"J([{"id":"q1","type":"text","prompt":"What is the capital of France?","accept":["Paris"]}])J",
     {}},
    {"short-several.gift",
     R"J([{"id":"q1","type":"text","prompt":"Name the capital of France.","accept":["Paris","paris city","City of Light"]}])J",
     {}},
    {"short-weights.gift",
     R"J([{"id":"q1","type":"text","prompt":"Where is the Eiffel Tower?","accept":["Paris"]}])J",
     {"1:42 dropped_answer"}},
    {"short-wildcard.gift",
     R"J([{"id":"q1","type":"text","prompt":"What is the capital of France?","accept":["Paris"]}])J",
     {"1:34 dropped_answer"}},
    {"tags-comment.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true}])J",
     {"1:1 dropped_content"}},
    {"tf-f.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The moon is a star.","answer":false}])J",
     {}},
    {"tf-false.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The moon is a star.","answer":false}])J",
     {}},
    {"tf-feedback.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true,"feedback_true":"Yes, it is.","feedback_false":"No, it is a star."}])J",
     {}},
    {"tf-general-feedback.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true,"explanation":"Stars make their own light."}])J",
     {}},
    {"tf-lowercase.gift",
     R"J([{"id":"q1","type":"text","prompt":"The sun is a star.","accept":["true"]}])J",
     {"1:21 changed_meaning"}},
    {"tf-one-feedback.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The moon is a star.","answer":false,"feedback_true":"It is a star, you think?"}])J",
     {}},
    {"tf-t.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true}])J",
     {}},
    {"tf-true.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"The sun is a star.","answer":true}])J",
     {}},
    {"title-escaped-colon.gift",
     R"J([{"id":"q1","type":"single","prompt":"When is noon?","choices":[{"id":"a","text":"12:00","correct":true},{"id":"b","text":"18:00"}]}])J",
     {"1:1 dropped_content"}},
    {"title-only.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is 2+2?","choices":[{"id":"a","text":"4","correct":true},{"id":"b","text":"5"}]}])J",
     {"1:1 changed_meaning"}},
    {"title.gift",
     R"J([{"id":"q1","type":"single","prompt":"What is the capital of France?","choices":[{"id":"a","text":"Paris","correct":true},{"id":"b","text":"Lyon"}]}])J",
     {"1:1 dropped_content"}},
    {"unicode.gift",
     R"J([{"id":"q1","type":"single","prompt":"¿Cuál es la capital de España?","choices":[{"id":"a","text":"Madrid","correct":true},{"id":"b","text":"Sevilla"},{"id":"c","text":"Málaga"}]}])J",
     {}},
    {"weird-brace-answer.gift",
     R"J([{"id":"q1","type":"text","prompt":"Which? ~b}","accept":["a"]}])J",
     {"1:12 changed_meaning"}},
    {"zero-line.gift",
     R"J([{"id":"q1","type":"true_false","prompt":"First?","answer":true},{"id":"q2","type":"true_false","prompt":"Second?","answer":false}])J",
     {"2:1 changed_meaning"}}
};

}  // namespace

TEST_CASE("GIFT: every construct, exactly") {
    for (const Case& c : kCases) {
        SUBCASE(c.file) {
            nq::ImportResult r = convert(c.file);
            CHECK(codes(r) == c.diagnostics);
            if (*c.questions == '\0') {
                CHECK_FALSE(r.ok);
                CHECK(r.json.empty());
            } else {
                REQUIRE(r.ok);
                CHECK(questions(r) == nlohmann::ordered_json::parse(c.questions).dump());
            }
        }
    }
}

TEST_CASE("GIFT: the converted questions score as GIFT's rules say") {
    SUBCASE("a 50 % answer scores half, a 0 % one nothing") {
        nq::Document d = load("mc-single-partial.gift");
        const nq::Question& q = d.quiz.questions[0];
        CHECK(score(q, choose({"a"})) == 1);
        CHECK(score(q, choose({"b"})) == 0.5);
        CHECK(score(q, choose({"c"})) == 0);
    }
    SUBCASE("two answers at 100 %: either is full marks") {
        const nq::Question q = load("mc-two-right.gift").quiz.questions[0];
        CHECK(score(q, choose({"a"})) == 1);
        CHECK(score(q, choose({"b"})) == 1);
        CHECK(score(q, choose({"c"})) == 0);
    }
    SUBCASE("several answers: the weights of those chosen add up, clamped to 0..100 %") {
        const nq::Question q = load("mc-multiple-weights.gift").quiz.questions[0];
        CHECK(score(q, choose({"a", "b"})) == 1);
        CHECK(score(q, choose({"a"})) == 0.5);
        CHECK(score(q, choose({"a", "b", "c"})) == 0);
        CHECK(score(q, choose({"a", "c"})) == 0);
    }
    SUBCASE("negative weights take points back") {
        const nq::Question q = load("mc-negative-weights.gift").quiz.questions[0];
        CHECK(score(q, choose({"a", "b", "c"})) == 0.5);
        CHECK(score(q, choose({"a", "b", "c", "d"})) == 0);
    }
    SUBCASE("three answers at 33.33333 % make full marks") {
        const nq::Question q = load("mc-decimal-weights.gift").quiz.questions[0];
        CHECK(score(q, choose({"a", "b", "c"})) == 1);
        CHECK(score(q, choose({"a"})) == 0.33);
    }
    SUBCASE("weights that add up to 90 % give at most 90 %") {
        const nq::Question q = load("mc-weights-not-100.gift").quiz.questions[0];
        CHECK(score(q, choose({"a", "b"})) == 0.9);
    }
    SUBCASE("true/false and the feedback shown for each answer") {
        const nq::Question q = load("tf-feedback.gift").quiz.questions[0];
        nq::Response r;
        r.answered = true;
        r.boolean = true;
        CHECK(score(q, r) == 1);
        CHECK(q.feedback_true == "Yes, it is.");
        r.boolean = false;
        CHECK(score(q, r) == 0);
        CHECK(q.feedback_false == "No, it is a star.");
    }
    SUBCASE("numeric: the tolerance both ways, negative answers too") {
        nq::Response r;
        r.answered = true;
        const nq::Question pi = load("num-tolerance.gift").quiz.questions[0];
        for (double x : {3.13, 3.14, 3.15}) {
            r.number = x;
            CHECK(score(pi, r) == 1);
        }
        r.number = 3.16;
        CHECK(score(pi, r) == 0);
        const nq::Question negative = load("num-negative.gift").quiz.questions[0];
        r.number = -6;
        CHECK(score(negative, r) == 1);
        r.number = -3.9;
        CHECK(score(negative, r) == 0);
    }
    SUBCASE("numeric ranges: min and max, no answer") {
        nq::ImportResult r = convert("num-range.gift");
        if (ranges_load()) {
            REQUIRE(r.ok);
            CHECK(questions(r) ==
                  R"([{"id":"q1","type":"numeric","prompt":"Pick a number from 1 to 5.","min":1,"max":5}])");
            nq::Document d = nq::load_document(r.json).doc;
            nq::Response x;
            x.answered = true;
            x.number = 5;
            CHECK(score(d.quiz.questions[0], x) == 1);
            x.number = 5.5;
            CHECK(score(d.quiz.questions[0], x) == 0);
        } else {
            // NOTE: until the loader takes ranges without an answer, no document is made (never a fake answer).
            CHECK_FALSE(r.ok);
            CHECK(codes(r) == std::vector<std::string>{"0:0 invalid_output"});
            CHECK(r.diagnostics[0].pointer == "/quiz/questions/0/answer");
        }
        nq::ImportResult negative = convert("num-negative-range.gift");
        CHECK(negative.ok == ranges_load());
        if (negative.ok)
            CHECK(questions(negative) == R"([{"id":"q1","type":"numeric","prompt":"How cold was it?","min":-10,"max":-5}])");
    }
    SUBCASE("short answers: any accepted one, case and accents aside") {
        const nq::Question q = load("short-several.gift").quiz.questions[0];
        nq::Response r;
        r.answered = true;
        for (const char* said : {"Paris", "PARIS", "paris city", "city of light", "Paris."}) {
            r.text = said;
            CHECK_MESSAGE(score(q, r) == 1, said);
        }
        r.text = "Lyon";
        CHECK(score(q, r) == 0);
    }
    SUBCASE("matching: a share per right row") {
        const nq::Question q = load("match.gift").quiz.questions[0];
        nq::Response r;
        r.answered = true;
        r.matches = {{"a", "a"}, {"b", "c"}, {"c", "b"}};
        CHECK(score(q, r) == 0.33);
        r.matches = {{"a", "a"}, {"b", "b"}, {"c", "c"}};
        CHECK(score(q, r) == 1);
    }
}

TEST_CASE("GIFT: places and words of errors") {
    SUBCASE("a syntax error names its line and column and what to write") {
        nq::ImportResult r = convert("missing-close.gift");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(nq::import_diagnostic_to_string(r.diagnostics[0]) ==
              "2:1: error: '{' without '}' after it: the answers never end (write \\{ for a brace in the text)");
    }
    SUBCASE("columns count characters, not bytes, and the BOM takes none") {
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, "\xEF\xBB\xBF" "¿Qué? {=sí ~no", {});
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column == 7);
    }
    SUBCASE("every error of the file is reported, not only the first") {
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, "A {=a ~b\n\nB {~only}\n\nC {#x}\n", {});
        CHECK(codes(r) == std::vector<std::string>{"1:3 missing_brace", "3:3 too_few_answers", "5:5 not_a_number"});
    }
}
