#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "xapi.h"

using nlohmann::json;

namespace {

nq::XapiContext context() {
    nq::XapiContext ctx;
    ctx.home_page = "https://news.example";
    ctx.actor_name = "reader-1";
    ctx.activity_base = "https://news.example/newsquiz/";
    ctx.lang = "en";
    return ctx;
}

nq::Article article() {
    nq::Article a;
    a.id = "rubio";
    a.headline = "Rubio announces expanded US-Mexico security collaboration";
    return a;
}

const nq::XapiStamp kStamp = {"6f1c2a40-0d3e-4b5a-9c7d-123456789abc", "2025-09-03T10:00:00.000Z"};

nq::Question choice_question(nq::QuestionType type) {
    nq::Question q;
    q.id = "q1";
    q.type = type;
    q.prompt = "Which?";
    q.choices = {{"a", "Alpha", true, {}, ""}, {"b", "Beta", type == nq::QuestionType::multiple, {}, ""},
                 {"c", "Gamma", false, {}, ""}};
    return q;
}

nq::Response ids(std::vector<std::string> v) {
    nq::Response r;
    r.answered = true;
    r.ids = std::move(v);
    return r;
}

}  // namespace

TEST_CASE("xapi: an answered statement") {
    nq::Question q = choice_question(nq::QuestionType::single);
    nq::QuestionScore score{1, 1, true, true};
    json s = json::parse(nq::xapi_answered(context(), article(), q, ids({"a"}), score, 7420, kStamp));

    SUBCASE("names the statement, the anonymous actor and the verb") {
        CHECK(s["id"] == kStamp.id);
        CHECK(s["timestamp"] == kStamp.timestamp);
        CHECK(s["actor"] == json::parse(R"({"objectType":"Agent","account":{"homePage":"https://news.example","name":"reader-1"}})"));
        CHECK(s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
        CHECK(s["verb"]["display"]["en-US"] == "answered");
    }
    SUBCASE("describes the question as a cmi.interaction under the quiz") {
        CHECK(s["object"]["id"] == "https://news.example/newsquiz/rubio/q1");
        const json& d = s["object"]["definition"];
        CHECK(d["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction");
        CHECK(d["interactionType"] == "choice");
        CHECK(d["name"] == json{{"en", "Which?"}});
        CHECK(d["correctResponsesPattern"] == json::array({"a"}));
        CHECK(d["choices"].size() == 3);
        CHECK(d["choices"][1] == json::parse(R"({"id":"b","description":{"en":"Beta"}})"));
        CHECK(s["context"]["contextActivities"]["parent"][0]["id"] == "https://news.example/newsquiz/rubio");
        CHECK(s["context"]["language"] == "en");
    }
    SUBCASE("carries response, success, score and duration") {
        CHECK(s["result"] == json::parse(R"({"response":"a","success":true,"completion":true,
            "score":{"scaled":1.0,"raw":1.0,"min":0,"max":1.0},"duration":"PT7.42S"})"));
    }
}

TEST_CASE("xapi: responses and correct patterns per question type") {
    SUBCASE("multiple choice joins ids with [,]") {
        nq::Question q = choice_question(nq::QuestionType::multiple);
        CHECK(nq::xapi_interaction_type(q.type) == std::string("choice"));
        CHECK(nq::xapi_response(q, ids({"b", "a"})) == "b[,]a");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"a[,]b"});
    }
    SUBCASE("weights decide which choices are correct") {
        nq::Question q = choice_question(nq::QuestionType::single);
        q.choices[0].weight = 50;
        q.choices[2].weight = 100;
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"c"});
        q.type = nq::QuestionType::multiple;
        q.choices[1].weight = -50;
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"a[,]c"});
    }
    SUBCASE("true-false") {
        nq::Question q;
        q.type = nq::QuestionType::true_false;
        q.answer_bool = false;
        nq::Response r;
        r.answered = true;
        r.boolean = true;
        CHECK(nq::xapi_interaction_type(q.type) == std::string("true-false"));
        CHECK(nq::xapi_response(q, r) == "true");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"false"});
    }
    SUBCASE("numeric: exact, tolerance and range") {
        nq::Question q;
        q.type = nq::QuestionType::numeric;
        q.answer_number = 3;
        nq::Response r;
        r.answered = true;
        r.number = 2.5;
        CHECK(nq::xapi_interaction_type(q.type) == std::string("numeric"));
        CHECK(nq::xapi_response(q, r) == "2.5");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"3"});
        q.tolerance = 0.5;
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"2.5[:]3.5"});
        q.min = 1;
        q.max = 10;
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"1[:]10"});
    }
    SUBCASE("text is fill-in with one pattern per accepted answer") {
        nq::Question q;
        q.type = nq::QuestionType::text;
        q.accept = {"National Guard", "{curly}"};
        nq::Response r;
        r.answered = true;
        r.text = "national guard";
        CHECK(nq::xapi_interaction_type(q.type) == std::string("fill-in"));
        CHECK(nq::xapi_response(q, r) == "national guard");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"National Guard", "{case_matters=false}{curly}"});
    }
    SUBCASE("order is sequencing") {
        nq::Question q;
        q.type = nq::QuestionType::order;
        q.items = {{"x", "First"}, {"y", "Second"}, {"z", "Third"}};
        CHECK(nq::xapi_interaction_type(q.type) == std::string("sequencing"));
        CHECK(nq::xapi_response(q, ids({"y", "x", "z"})) == "y[,]x[,]z");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"x[,]y[,]z"});
    }
    SUBCASE("match is matching with source and target") {
        nq::Question q;
        q.id = "q8";
        q.type = nq::QuestionType::match;
        q.pairs = {{"p1", "FOIA", "Monitoring"}, {"p2", "DEA.gov", "Statistics"}};
        nq::Response r;
        r.answered = true;
        r.matches = {{"p1", "p2"}, {"p2", "p1"}};
        CHECK(nq::xapi_interaction_type(q.type) == std::string("matching"));
        CHECK(nq::xapi_response(q, r) == "p1[.]p2[,]p2[.]p1");
        CHECK(nq::xapi_correct_pattern(q) == std::vector<std::string>{"p1[.]p1[,]p2[.]p2"});
        json s = json::parse(nq::xapi_answered(context(), article(), q, r, {0, 2, true, false}, 0, kStamp));
        CHECK(s["object"]["definition"]["source"][1] == json::parse(R"({"id":"p2","description":{"en":"DEA.gov"}})"));
        CHECK(s["object"]["definition"]["target"][0] == json::parse(R"({"id":"p1","description":{"en":"Monitoring"}})"));
        CHECK(s["result"]["success"] == false);
        CHECK(s["result"]["score"]["scaled"] == 0.0);
    }
}

TEST_CASE("xapi: attempt statements") {
    nq::QuizScore score;
    score.score = 8.5;
    score.max = 12;
    score.percent = 70.8;
    score.passed = true;
    json completed = json::parse(nq::xapi_attempt(context(), article(), score, nq::XapiVerb::completed, 95000, kStamp));
    json failed = json::parse(nq::xapi_attempt(context(), article(), score, nq::XapiVerb::failed, 95000, kStamp));
    CHECK(completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(failed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed");
    CHECK(nq::xapi_verb_iri(nq::XapiVerb::passed) == std::string("http://adlnet.gov/expapi/verbs/passed"));
    CHECK(completed["object"] == json::parse(R"({"objectType":"Activity","id":"https://news.example/newsquiz/rubio",
        "definition":{"type":"http://adlnet.gov/expapi/activities/assessment",
        "name":{"en":"Rubio announces expanded US-Mexico security collaboration"}}})"));
    CHECK(completed["result"] == json::parse(R"({"success":true,"completion":true,
        "score":{"scaled":0.7083,"raw":8.5,"min":0,"max":12.0},"duration":"PT1M35S"})"));
}

TEST_CASE("xapi: ISO 8601 durations") {
    CHECK(nq::xapi_duration(7420) == "PT7.42S");
    CHECK(nq::xapi_duration(7500) == "PT7.5S");
    CHECK(nq::xapi_duration(7050) == "PT7.05S");
    CHECK(nq::xapi_duration(7004) == "PT7S");
    CHECK(nq::xapi_duration(0) == "PT0S");
    CHECK(nq::xapi_duration(-5) == "PT0S");
    CHECK(nq::xapi_duration(60000) == "PT1M");
    CHECK(nq::xapi_duration(3723000) == "PT1H2M3S");
    CHECK(nq::xapi_duration(3600010) == "PT1H0.01S");
}

TEST_CASE("xapi: statement ids") {
    const std::string seed = "00112233445566778899aabbccddeeff";
    SUBCASE("are version 4 UUIDs with the RFC 4122 variant") {
        CHECK(nq::xapi_uuid(seed, 0) == "00112233-4455-4677-8899-aabbccddeeff");
    }
    SUBCASE("differ by counter, carrying across the last four bytes") {
        CHECK(nq::xapi_uuid(seed, 1) == "00112233-4455-4677-8899-aabbccddef00");
        CHECK(nq::xapi_uuid("ffffffffffffffffffffffffffffffff", 1) == "ffffffff-ffff-4fff-bfff-ffff00000000");
    }
    SUBCASE("need exactly 32 hex digits") {
        CHECK(nq::xapi_uuid("0011", 0) == "");
        CHECK(nq::xapi_uuid("g0112233445566778899aabbccddeeff", 0) == "");
    }
}

TEST_CASE("xapi: a statement's exact text, members in the order written") {
    nq::Question q;
    q.id = "q5";
    q.type = nq::QuestionType::true_false;
    q.prompt = "True?";
    q.answer_bool = false;
    nq::Response r;
    r.answered = true;
    r.boolean = true;
    CHECK(nq::xapi_answered(context(), article(), q, r, {0, 1, true, false}, 7420, kStamp) ==
          R"({"id":"6f1c2a40-0d3e-4b5a-9c7d-123456789abc",)"
          R"("actor":{"objectType":"Agent","account":{"homePage":"https://news.example","name":"reader-1"}},)"
          R"("verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"en-US":"answered"}},)"
          R"("timestamp":"2025-09-03T10:00:00.000Z",)"
          R"("object":{"objectType":"Activity","id":"https://news.example/newsquiz/rubio/q5",)"
          R"("definition":{"type":"http://adlnet.gov/expapi/activities/cmi.interaction","name":{"en":"True?"},)"
          R"("interactionType":"true-false","correctResponsesPattern":["false"]}},)"
          R"("result":{"response":"true","success":false,"completion":true,)"
          R"("score":{"scaled":0,"raw":0,"min":0,"max":1},"duration":"PT7.42S"},)"
          R"("context":{"contextActivities":{"parent":[{"objectType":"Activity","id":"https://news.example/newsquiz/rubio"}]},"language":"en"}})");
}
