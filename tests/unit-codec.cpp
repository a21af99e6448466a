// The JSON of responses and scores: every shape round trips byte for byte, every
// malformed shape gives its code, pointer and message.
#include <doctest/doctest.h>

#include <cmath>

#include "codec.h"
#include "json_reader.h"

namespace {

nq::Question of_type(nq::QuestionType type) {
    nq::Question q;
    q.id = "q";
    q.type = type;
    return q;
}

struct RoundTrip {
    nq::QuestionType type;
    const char* json;
};

struct Malformed {
    nq::QuestionType type;
    const char* json;
    nq::DiagCode code;
    const char* pointer;
    const char* message;
};

}  // namespace

TEST_CASE("every response shape round trips byte for byte") {
    using T = nq::QuestionType;
    const std::vector<RoundTrip> cases = {
        {T::single, R"("b")"},
        {T::single, R"("")"},
        {T::multiple, R"(["a","c"])"},
        {T::multiple, R"(["c","a","c"])"},
        {T::multiple, R"([])"},
        {T::true_false, "true"},
        {T::true_false, "false"},
        {T::numeric, "3"},
        {T::numeric, "-2.5"},
        {T::numeric, "0.1"},
        {T::numeric, "0.30000000000000004"},
        {T::numeric, "1e+20"},
        {T::numeric, "1e-300"},
        {T::numeric, "-9007199254740992"},
        {T::text, R"("National Guard")"},
        {T::text, "\"\xC2\xBFQu\xC3\xA9? \xF0\x9F\x8C\x8D\""},
        {T::text, R"("a \"quote\", a \\ and a\nline")"},
        {T::text, R"("")"},
        {T::order, R"(["i3","i1","i2"])"},
        {T::match, R"({"p2":"p1","p1":"p2"})"},
        {T::match, R"({"a/b~c":"p1"})"},
        {T::match, R"({})"},
    };
    for (const RoundTrip& c : cases) {
        INFO(std::string(nq::question_type_name(c.type)), " ", std::string(c.json));
        nq::Question q = of_type(c.type);
        nq::ParsedResponse p = nq::response_from_text(q, c.json);
        REQUIRE(p.ok);
        CHECK(p.response.answered);
        CHECK(nq::json_dump(nq::response_to_json(q, p.response)) == c.json);
    }
    for (T type : {T::single, T::multiple, T::true_false, T::numeric, T::text, T::order, T::match}) {
        INFO(std::string(nq::question_type_name(type)), " null is no response");
        nq::ParsedResponse p = nq::response_from_text(of_type(type), "null");
        REQUIRE(p.ok);
        CHECK_FALSE(p.response.answered);
        CHECK(nq::json_dump(nq::response_to_json(of_type(type), p.response)) == "null");
    }
}

TEST_CASE("responses parse into the fields of their type") {
    using T = nq::QuestionType;
    SUBCASE("single") {
        nq::ParsedResponse p = nq::response_from_text(of_type(T::single), R"("b")");
        CHECK(p.response.ids == std::vector<std::string>{"b"});
    }
    SUBCASE("multiple keeps order and repeats") {
        nq::ParsedResponse p = nq::response_from_text(of_type(T::multiple), R"(["c","a","c"])");
        CHECK(p.response.ids == std::vector<std::string>{"c", "a", "c"});
    }
    SUBCASE("true_false") {
        CHECK(nq::response_from_text(of_type(T::true_false), "true").response.boolean);
        CHECK_FALSE(nq::response_from_text(of_type(T::true_false), "false").response.boolean);
    }
    SUBCASE("numeric, integer or not") {
        CHECK(nq::response_from_text(of_type(T::numeric), "3").response.number == 3);
        CHECK(nq::response_from_text(of_type(T::numeric), "-2.5e-3").response.number == -0.0025);
        CHECK(nq::response_from_text(of_type(T::numeric), "18446744073709551615").response.number == 18446744073709551615.0);
    }
    SUBCASE("text keeps its bytes") {
        CHECK(nq::response_from_text(of_type(T::text), R"("  Gu\u00e1rdia ")").response.text == "  Gu\xC3\xA1rdia ");
    }
    SUBCASE("match keeps the order of its keys") {
        nq::ParsedResponse p = nq::response_from_text(of_type(T::match), R"({"p2":"p1","p1":"p2"})");
        using M = std::vector<std::pair<std::string, std::string>>;
        CHECK(p.response.matches == M{{"p2", "p1"}, {"p1", "p2"}});
    }
    SUBCASE("a response built in C++ comes back the same") {
        nq::Response r;
        r.answered = true;
        r.number = 0.1 + 0.2;
        nq::ParsedResponse p = nq::response_from_json(of_type(T::numeric), nq::response_to_json(of_type(T::numeric), r));
        CHECK(p.response.number == r.number);
        r.matches = {{"p1", "p1"}, {"p3", "p2"}};
        p = nq::response_from_json(of_type(T::match), nq::response_to_json(of_type(T::match), r));
        CHECK(p.response.matches == r.matches);
    }
}

TEST_CASE("every malformed response gives its error") {
    using T = nq::QuestionType;
    using C = nq::DiagCode;
    const std::vector<Malformed> cases = {
        {T::single, "3", C::wrong_type, "", "expected a choice id (a string), got number"},
        {T::single, R"(["a"])", C::wrong_type, "", "expected a choice id (a string), got array"},
        {T::multiple, R"("a")", C::wrong_type, "", "expected an array of choice ids, got string"},
        {T::multiple, R"(["a",3])", C::wrong_type, "/1", "expected a choice id (a string), got number"},
        {T::multiple, R"([null])", C::wrong_type, "/0", "expected a choice id (a string), got null"},
        {T::true_false, R"("true")", C::wrong_type, "", "expected true or false, got string"},
        {T::true_false, "1", C::wrong_type, "", "expected true or false, got number"},
        {T::numeric, R"("3")", C::wrong_type, "", "expected a number, got string"},
        {T::numeric, "true", C::wrong_type, "", "expected a number, got boolean"},
        {T::numeric, "[3]", C::wrong_type, "", "expected a number, got array"},
        {T::text, "3", C::wrong_type, "", "expected a string, got number"},
        {T::text, R"({"text":"x"})", C::wrong_type, "", "expected a string, got object"},
        {T::order, R"({"a":1})", C::wrong_type, "", "expected an array of item ids, got object"},
        {T::order, R"(["i1",false])", C::wrong_type, "/1", "expected an item id (a string), got boolean"},
        {T::match, R"(["p1"])", C::wrong_type, "", "expected an object of left pair id -> pair id, got array"},
        {T::match, R"({"p1":"p1","p2":2})", C::wrong_type, "/p2", "expected a pair id (a string), got number"},
        {T::match, R"({"a/b~c":[]})", C::wrong_type, "/a~1b~0c", "expected a pair id (a string), got array"},
    };
    for (const Malformed& c : cases) {
        INFO(std::string(nq::question_type_name(c.type)), " ", std::string(c.json));
        nq::ParsedResponse p = nq::response_from_text(of_type(c.type), c.json);
        CHECK_FALSE(p.ok);
        CHECK(p.error.severity == nq::Severity::error);
        CHECK(std::string(nq::diag_code_name(p.error.code)) == nq::diag_code_name(c.code));
        CHECK(p.error.pointer == std::string(c.pointer));
        CHECK(p.error.message == std::string(c.message));
    }
}

TEST_CASE("a non-finite number built in C++ is refused too") {
    for (double bad : {std::nan(""), HUGE_VAL, -HUGE_VAL}) {
        nq::ParsedResponse p = nq::response_from_json(of_type(nq::QuestionType::numeric), nq::Json(bad));
        CHECK_FALSE(p.ok);
        CHECK(p.error.code == nq::DiagCode::out_of_range);
    }
}

TEST_CASE("JSON that cannot be read gives its code, pointer, line and column") {
    struct Unreadable {
        std::string text;
        nq::DiagCode code;
        const char* pointer;
        int line;
        int column;
    };
    using C = nq::DiagCode;
    const std::vector<Unreadable> cases = {
        // NaN and Infinity are not JSON: they fail as syntax before any type check.
        {"NaN", C::json_syntax, "", 1, 1},
        {"-Infinity", C::json_syntax, "", 1, 2},
        {"", C::json_syntax, "", 1, 1},
        {"[\"a\",", C::json_syntax, "/1", 1, 6},
        {"[\n  \"a\",\n  ]", C::json_syntax, "/1", 3, 3},
        {"{\"p1\" \"p2\"}", C::json_syntax, "/p1", 1, 10},
        {"1e999", C::out_of_range, "", 1, 1},
        {"\n  -1e400 ", C::out_of_range, "", 2, 3},
        {"[\"a\xFF\"]", C::invalid_utf8, "/0", 1, 4},
        {"{\"p1\":\"p1\",\"p1\":\"p2\"}", C::duplicate_key, "/p1", 0, 0},
        {std::string(33, '[') + std::string(33, ']'), C::too_deep, "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", 1, 33},
    };
    for (const Unreadable& c : cases) {
        INFO(c.text);
        nq::ParsedResponse p = nq::response_from_text(of_type(nq::QuestionType::match), c.text);
        CHECK_FALSE(p.ok);
        CHECK(std::string(nq::diag_code_name(p.error.code)) == nq::diag_code_name(c.code));
        CHECK(p.error.pointer == std::string(c.pointer));
        CHECK(p.error.line == c.line);
        CHECK(p.error.column == c.column);
    }
}

TEST_CASE("scores as JSON") {
    SUBCASE("one question") {
        nq::QuestionScore s;
        s.score = 0.67;
        s.max = 1;
        s.answered = true;
        CHECK(nq::json_dump(nq::question_score_to_json("q3", s)) ==
              R"({"id":"q3","score":0.67,"max":1,"correct":false,"answered":true})");
    }
    SUBCASE("a quiz, with its band message, questions in the order scored") {
        nq::Document doc;
        doc.article.id = "story";
        doc.quiz.questions.resize(2);
        doc.quiz.questions[0].id = "q1";
        doc.quiz.questions[1].id = "q2";
        doc.quiz.results = {{0, "Keep reading"}, {80, "You know this story"}};
        nq::QuizScore s;
        s.score = 2.5;
        s.max = 3;
        s.percent = 83.3;
        s.passed = true;
        s.band = 1;
        s.questions = {{2, 2, true, true}, {0.5, 1, true, false}};
        CHECK(nq::json_dump(nq::quiz_score_to_json(doc, {1, 0}, s)) ==
              R"({"article":"story","score":2.5,"max":3,"percent":83.3,"passed":true,"band":"You know this story",)"
              R"("questions":[{"id":"q2","score":2,"max":2,"correct":true,"answered":true},)"
              R"({"id":"q1","score":0.5,"max":1,"correct":false,"answered":true}]})");
        s.band = -1;
        s.questions.clear();
        CHECK(nq::json_dump(nq::quiz_score_to_json(doc, {}, s)) ==
              R"({"article":"story","score":2.5,"max":3,"percent":83.3,"passed":true,"band":null,"questions":[]})");
    }
}

TEST_CASE("helpers") {
    SUBCASE("json_number writes whole numbers as integers and the rest without noise") {
        auto text = [](double v) { return nq::json_dump(nq::json_number(v)); };
        CHECK(text(12) == "12");
        CHECK(text(-0.0) == "0");
        CHECK(text(0.67) == "0.67");
        CHECK(text(66.7) == "66.7");
        CHECK(text(100) == "100");
        CHECK(text(9007199254740992.0) == "9007199254740992");
        CHECK(text(1e20) == "1e+20");
        CHECK(text(std::nan("")) == "null");
    }
    SUBCASE("json_dump replaces invalid UTF-8 instead of aborting") {
        CHECK(nq::json_dump(nq::Json("a\xFF" "b")) == "\"a\xEF\xBF\xBD" "b\"");
    }
}

TEST_CASE("regression: an object of many members reads whole (a name was looked up twice, the second look found the first)") {
    std::string text = "{";
    for (int i = 0; i < 20; ++i) text += (i ? ",\"m" : "\"m") + std::to_string(i) + "\":" + std::to_string(i);
    nq::Json out;
    nq::Diagnostic error;
    REQUIRE(nq::json_parse(text + "}", out, error));
    CHECK(out.size() == 20);
    CHECK(out["m19"] == 19);
    CHECK_FALSE(nq::json_parse(text + ",\"m17\":0}", out, error));
    CHECK(error.code == nq::DiagCode::duplicate_key);
    CHECK(error.pointer == "/m17");

    nq::JsonReadOptions options;
    options.last_repeat_wins = true;
    nq::JsonRead read = nq::json_read(text + ",\"m17\":\"last\"}", options);
    CHECK(read.complete);
    CHECK(read.findings.empty());
    CHECK(nq::json_dump(read.root).find("\"m16\":16,\"m17\":\"last\",\"m18\":18") != std::string::npos);
    CHECK(read.root.size() == 20);
}
