#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "capi.h"
#include "widget.h"

using nlohmann::json;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::string kSeedDoc = read_file(NQ_SOURCE_DIR "/assets/articles/rubio-us-mexico-security.json");
const char* const kOptions =
    R"({"seed":7,"now_ms":1000,"today":20334,"learner":"reader-1","home_page":"https://news.example","activity_base":"https://news.example/newsquiz/"})";
const char* const kStamp = R"({"timestamp":"2025-09-03T10:00:00.000Z","id_seed":"00112233445566778899aabbccddeeff"})";

// Takes a string returned by the C ABI, parses it and frees it.
json take(char* text) {
    json j = json::parse(text);
    nq_free(text);
    return j;
}

json state(const NqWidget* w) { return take(nq_state(w)); }
json events(NqWidget* w, const char* stamp = kStamp) { return take(nq_take_events(w, stamp)); }

void answer(NqWidget* w, const std::string& response_json, double now_ms) {
    std::string intent = R"({"intent":"answer","response":)" + response_json + "}";
    REQUIRE(nq_apply(w, intent.c_str(), now_ms) == 1);
    REQUIRE(nq_apply(w, R"({"intent":"submit"})", now_ms) == 1);
    REQUIRE(nq_apply(w, R"({"intent":"next"})", now_ms) == 1);
}

// The seed quiz's correct responses, in document order.
const char* const kCorrect[] = {R"("a")", R"("a")", R"("a")", R"(["a","b"])", "false", "3", R"("National Guard")",
                                R"({"p1":"p1","p2":"p2","p3":"p3","p4":"p4"})", R"("a")", "true"};

}  // namespace

TEST_CASE("capi: a widget opens on the article card") {
    NqWidget* w = nq_open(kSeedDoc.c_str(), kOptions);
    json s = state(w);
    CHECK(s["screen"] == "article");
    CHECK(s["article"] == json{{"id", "rubio-us-mexico-security-2025-09-03"},
                               {"headline", "Rubio announces expanded US-Mexico security collaboration"}});
    CHECK(s["question"] == nullptr);
    CHECK(s["result"] == nullptr);
    CHECK(s["error"] == nullptr);
    CHECK(s["targets"] == json::array());
    CHECK(s["progress"] == json{{"attempts", 0}, {"best", nullptr}, {"due", 0}, {"reviewing", false}, {"streak", 0}, {"topics", json::array()}});
    CHECK(nq_pending_events(w) == 0);
    json v = take(nq_view(w, 1000));
    CHECK(v["screen"] == "article");
    CHECK(v["article"]["date"] == "September 3, 2025");
    CHECK(v["article"]["sources"].back() == json{{"id", "source/more"}, {"text", "+31"}, {"label", "and 31 more sources"},
                                                 {"href", ""}, {"emoji", ""}});
    CHECK(v["buttons"][0] == json{{"id", "start"}, {"intent", "start_quiz"}, {"label", "Start quiz"}, {"style", "primary"},
                                  {"disabled", false}, {"row", 0}});
    CHECK(v["article"]["actions_title"] == "What you can do");  // the card lists the actions
    CHECK(v["actions"].size() == 8);
    CHECK(v["actions"][7]["id"] == "action/8");
    CHECK(v["buttons"].size() == 1);
    nq_close(w);

    NqWidget* compact = nq_open(kSeedDoc.c_str(), R"({"seed":7,"actions":"button"})");
    json c = take(nq_view(compact, 1000));
    CHECK(c["article"]["actions_title"] == "");
    CHECK(c["actions"] == json::array());
    CHECK(c["buttons"][1]["label"] == "What you can do (8)");
    CHECK(c["buttons"][1]["intent"] == "show_actions");
    nq_close(compact);
}

TEST_CASE("capi: intents drive the quiz and events come out once, with xAPI statements") {
    NqWidget* w = nq_open(kSeedDoc.c_str(), kOptions);
    REQUIRE(nq_apply(w, R"({"intent":"start_quiz"})", 2000) == 1);
    json e = events(w);
    CHECK(e == json::parse(R"([{"type":"newsquiz:start","detail":{"articleId":"rubio-us-mexico-security-2025-09-03","attempt":1}}])"));
    CHECK(events(w) == json::array());

    json s = state(w);
    CHECK(s["screen"] == "question");
    CHECK(s["question"] == json::parse(R"({"index":0,"total":10,"id":"q1","type":"single","answered":false,"correct":null})"));

    SUBCASE("the view lists the choices in display order and disables Submit until an answer") {
        json v = take(nq_view(w, 2000));
        CHECK(v["question"]["counter"] == "Question 1 of 10");
        CHECK(v["question"]["choices"].size() == 3);
        CHECK(v["question"]["choices"][0]["id"] == "a");
        CHECK(v["buttons"][0]["intent"] == "submit");
        CHECK(v["buttons"][0]["disabled"] == true);
    }
    SUBCASE("an answer is an event with the response as in the content format, then its statement") {
        REQUIRE(nq_apply(w, R"({"intent":"answer","response":"b"})", 9420) == 1);
        REQUIRE(nq_apply(w, R"({"intent":"submit"})", 9420) == 1);
        CHECK(state(w)["question"]["correct"] == false);
        json v = take(nq_view(w, 9420));
        CHECK(v["question"]["feedback"]["title"] == "Not quite");
        CHECK(v["question"]["feedback"]["verdict"] == "wrong");
        CHECK(v["question"]["choices"][1]["id"] == "b");
        CHECK(v["question"]["choices"][1]["mark"] == "wrong");
        CHECK(v["question"]["choices"][1]["note"] == "None of these is mentioned in the article.");
        CHECK(v["question"]["choices"][0]["mark"] == "right");  // the seed quiz shows solutions
        e = events(w);
        REQUIRE(e.size() == 2);
        CHECK(e[0] == json::parse(R"({"type":"newsquiz:answer","detail":{"articleId":"rubio-us-mexico-security-2025-09-03",
            "questionId":"q1","response":"b","correct":false,"score":0,"max":1}})"));
        const json& st = e[1]["detail"]["statement"];
        CHECK(e[1]["type"] == "newsquiz:xapi");
        CHECK(st["id"] == "00112233-4455-4677-8899-aabbccddeeff");
        CHECK(st["timestamp"] == "2025-09-03T10:00:00.000Z");
        CHECK(st["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
        CHECK(st["object"]["id"] == "https://news.example/newsquiz/rubio-us-mexico-security-2025-09-03/q1");
        CHECK(st["result"]["response"] == "b");
        CHECK(st["result"]["duration"] == "PT7.42S");
        CHECK(st["actor"]["account"]["name"] == "reader-1");
    }
    SUBCASE("the whole quiz answered right completes with 12 of 12, passed") {
        double t = 2000;
        for (const char* r : kCorrect) answer(w, r, t += 1000);
        s = state(w);
        CHECK(s["screen"] == "results");
        CHECK(s["result"] == json::parse(R"({"score":12,"max":12,"percent":100,"passed":true,"band":"You know this story inside out."})"));
        e = events(w);
        REQUIRE(e.size() == 23);  // 10 answers and their statements, complete, completed, passed
        CHECK(e[20] == json::parse(R"({"type":"newsquiz:complete","detail":{"articleId":"rubio-us-mexico-security-2025-09-03",
            "score":12,"max":12,"percent":100,"passed":true,"durationMs":10000}})"));
        CHECK(e[21]["detail"]["statement"]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
        CHECK(e[22]["detail"]["statement"]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed");
        CHECK(e[21]["detail"]["statement"]["id"] == "00112233-4455-4677-8899-aabbccddef09");  // the 11th id of this draw
        CHECK(e[22]["detail"]["statement"]["id"] == "00112233-4455-4677-8899-aabbccddef0a");
        CHECK(e[6]["detail"]["response"] == json::array({"a", "b"}));
        CHECK(e[15]["detail"]["statement"]["result"]["response"] == "p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4");
    }
    nq_close(w);
}

TEST_CASE("capi: what cannot be read is refused") {
    NqWidget* w = nq_open(kSeedDoc.c_str(), kOptions);
    CHECK(nq_apply(w, "not json", 1) == 0);
    CHECK(nq_apply(w, R"({"intent":"fly"})", 1) == 0);
    CHECK(nq_apply(w, R"({"intent":"answer","response":"a"})", 1) == 0);  // no question on screen
    REQUIRE(nq_apply(w, R"({"intent":"start_quiz"})", 1) == 1);
    CHECK(nq_apply(w, R"({"intent":"answer","response":["a"]})", 1) == 0);  // single takes one id
    CHECK(nq_apply(w, R"({"intent":"answer"})", 1) == 0);
    CHECK(nq_apply(w, R"({"intent":"toggle_action_done","index":1e300})", 1) == 1);  // out of range: no action
    CHECK(w->app.actions_done == std::vector<bool>(8, false));
    CHECK(state(w)["question"]["answered"] == false);
    SUBCASE("events without a stamp carry no statements") {
        CHECK(events(w, "{}").size() == 1);
    }
    nq_close(w);
}

TEST_CASE("capi: a broken document opens on the error screen") {
    NqWidget* w = nq_open(R"({"format":"newsquiz/1","article":{"id":"x"}})", kOptions);
    json s = state(w);
    CHECK(s["screen"] == "error");
    CHECK(s["error"].get<std::string>().rfind("/article/headline: ", 0) == 0);
    CHECK(nq_apply(w, R"({"intent":"start_quiz"})", 1) == 1);
    CHECK(state(w)["screen"] == "error");
    CHECK(events(w) == json::array());
    nq_close(w);
    NqWidget* empty = nq_open(nullptr, nullptr);
    CHECK(state(empty)["screen"] == "error");
    nq_close(empty);
    NqWidget* odd = nq_open(kSeedDoc.c_str(), R"({"seed":1e300,"today":-1e300,"start":7,"lang":[]})");
    CHECK(odd->seed == 0);
    CHECK(odd->app.today == 0);
    CHECK(state(odd)["screen"] == "article");
    nq_close(odd);
}

TEST_CASE("capi: progress replays silently into the same place") {
    NqWidget* w = nq_open(kSeedDoc.c_str(), R"({"seed":"18446744073709551615","start":"quiz","now_ms":1000})");
    CHECK(events(w).size() == 1);  // data-start="quiz": the start event, once
    answer(w, kCorrect[0], 3000);
    REQUIRE(nq_apply(w, R"({"intent":"answer","response":"c"})", 3500) == 1);
    REQUIRE(nq_apply(w, R"({"intent":"answer","response":"a"})", 4000) == 1);
    json progress = take(nq_progress(w));
    CHECK(progress["seed"] == "18446744073709551615");
    CHECK(progress["log"] == json::parse(R"([{"t":1000,"intent":"start_quiz"},{"t":3000,"intent":"answer","response":"a"},
        {"t":3000,"intent":"submit"},{"t":3000,"intent":"next"},{"t":4000,"intent":"answer","response":"a"}])"));

    std::string options = R"({"seed":1,"start":"quiz","resume":)" + progress.dump() + "}";
    NqWidget* again = nq_open(kSeedDoc.c_str(), options.c_str());
    CHECK(nq_pending_events(again) == 0);
    CHECK(state(again)["question"] == state(w)["question"]);
    CHECK(take(nq_view(again, 4000)) == take(nq_view(w, 4000)));
    CHECK(take(nq_progress(again)) == progress);
    nq_close(w);
    nq_close(again);
}

// Found by fuzz-capi (tests/fixtures/fuzz/fuzz-capi/quiz-started-in-a-review.bin): a quiz started
// from a review (the review ends, the article's attempt starts) was not in the resume log, so a
// reload lost the attempt.
TEST_CASE("regression: capi: a quiz started in the middle of a review resumes where the reader is") {
    NqWidget* first = nq_open(kSeedDoc.c_str(), kOptions);
    REQUIRE(nq_apply(first, R"({"intent":"start_quiz"})", 2000) == 1);
    double t = 2000;
    for (const char* r : kCorrect) answer(first, r, t += 1000);
    std::string store = take(nq_progress_save(first, "")).dump();
    nq_close(first);

    // The second article's page 40 days on: the seed's cards are due.
    const std::string second = read_file(NQ_SOURCE_DIR "/assets/articles/civic-toolkit-us-mexico-security.json");
    const std::string options = R"({"seed":3,"today":20374,"learner":"reader-1","progress":)" + json(store).dump();
    NqWidget* w = nq_open(second.c_str(), (options + "}").c_str());
    REQUIRE(nq_apply(w, R"({"intent":"start_review"})", 100000) == 1);
    REQUIRE(state(w)["progress"]["reviewing"] == true);
    REQUIRE(nq_apply(w, R"({"intent":"show_progress"})", 101000) == 1);
    REQUIRE(nq_apply(w, R"({"intent":"start_quiz"})", 102000) == 1);  // the review ends, the article's quiz starts
    json now = state(w);
    REQUIRE(now["screen"] == "question");
    CHECK(now["progress"]["reviewing"] == false);
    REQUIRE(nq_apply(w, R"({"intent":"answer","response":"a"})", 103000) == 1);

    json progress = take(nq_progress(w));
    CHECK(progress["log"] == json::parse(R"([{"t":102000,"intent":"start_quiz"},{"t":103000,"intent":"answer","response":"a"}])"));
    NqWidget* again = nq_open(second.c_str(), (options + R"(,"resume":)" + progress.dump() + "}").c_str());
    CHECK(state(again)["screen"] == "question");
    CHECK(state(again)["question"] == now["question"]);
    CHECK(take(nq_view(again, 104000)) == take(nq_view(w, 104000)));
    nq_close(w);
    nq_close(again);
}

TEST_CASE("capi: the site's progress keeps finished attempts and ticked actions, merged with another tab's") {
    NqWidget* w = nq_open(kSeedDoc.c_str(), kOptions);
    CHECK(nq_progress_changed(w) == 0);
    REQUIRE(nq_apply(w, R"({"intent":"toggle_action_done","index":1})", 1500) == 1);
    CHECK(nq_progress_changed(w) == 1);
    REQUIRE(nq_apply(w, R"({"intent":"start_quiz"})", 2000) == 1);
    double t = 2000;
    for (const char* r : kCorrect) answer(w, r, t += 1000);
    json saved = take(nq_progress_save(w, ""));
    CHECK(nq_progress_changed(w) == 0);
    CHECK(saved["learner"] == "reader-1");

    SUBCASE("a reload finds the ticks; the actor is the stored learner") {
        std::string options = std::string(R"({"learner":"someone-else","progress":)") + json(saved.dump()).dump() + "}";
        NqWidget* again = nq_open(kSeedDoc.c_str(), options.c_str());
        CHECK(again->app.actions_done == std::vector<bool>{false, true, false, false, false, false, false, false});
        CHECK(again->xapi.actor_name == "reader-1");
        CHECK(take(nq_warnings(again)) == json::array());
        CHECK(nq_progress_damaged(again) == 0);
        nq_close(again);
    }
    SUBCASE("the HTML card's quiz button: Retake after an earlier visit, none once finished when allow_retry is false") {
        auto ids = [](NqWidget* x) {
            json list = json::array(), view = take(nq_view(x, 3000));
            for (const json& b : view["buttons"]) list.push_back(b["id"].get<std::string>() + "=" + b["label"].get<std::string>());
            return list;
        };
        std::string options = R"({"progress":)" + json(saved.dump()).dump() + "}";
        NqWidget* again = nq_open(kSeedDoc.c_str(), options.c_str());
        CHECK(ids(again) == json{"start=Retake", "show-progress=Your progress"});
        nq_close(again);

        json once_doc = json::parse(kSeedDoc);
        once_doc["quiz"]["allow_retry"] = false;
        NqWidget* earlier = nq_open(once_doc.dump().c_str(), options.c_str());
        CHECK(ids(earlier) == json{"show-progress=Your progress"});
        nq_close(earlier);

        NqWidget* now = nq_open(once_doc.dump().c_str(), kOptions);
        CHECK(ids(now)[0] == "start=Start quiz");
        REQUIRE(nq_apply(now, R"({"intent":"start_quiz"})", 2000) == 1);
        REQUIRE(nq_apply(now, R"({"intent":"show_article"})", 2500) == 1);
        CHECK(ids(now)[0] == "start=Continue quiz");
        REQUIRE(nq_apply(now, R"({"intent":"start_quiz"})", 2600) == 1);
        REQUIRE(nq_apply(now, R"({"intent":"finish"})", 2700) == 1);
        REQUIRE(nq_apply(now, R"({"intent":"show_article"})", 2800) == 1);
        CHECK(ids(now) == json{"results=Your result", "show-progress=Your progress"});
        nq_close(now);
    }
    SUBCASE("what another tab stored is kept: both attempts survive") {
        NqWidget* other = nq_open(kSeedDoc.c_str(), R"({"seed":9,"learner":"reader-1","today":20334})");
        REQUIRE(nq_apply(other, R"({"intent":"start_quiz"})", 50000) == 1);
        REQUIRE(nq_apply(other, R"({"intent":"finish"})", 51000) == 1);
        json both = take(nq_progress_save(other, saved.dump().c_str()));
        const json& attempts = both["articles"][0]["attempts"];
        CHECK(attempts.size() == 2);
        nq_close(other);
    }
    SUBCASE("another tab saved over the store at the same moment: what it lacks is written back, once") {
        NqWidget* other = nq_open(kSeedDoc.c_str(), R"({"seed":9,"learner":"reader-2","today":20334})");
        REQUIRE(nq_apply(other, R"({"intent":"start_quiz"})", 50000) == 1);
        REQUIRE(nq_apply(other, R"({"intent":"finish"})", 51000) == 1);
        std::string theirs = take(nq_progress_save(other, "")).dump();
        nq_close(other);

        char* missing = nq_progress_missing(w, theirs.c_str());
        REQUIRE(missing != nullptr);
        std::string back = missing;
        nq_free(missing);
        json both = json::parse(back);
        CHECK(both["learner"] == "reader-2");  // the stored store's learner stays
        CHECK(both["articles"][0]["attempts"].size() == 2);
        CHECK(both["articles"][0]["actions"] == saved["articles"][0]["actions"]);  // the tick this tab made
        CHECK(nq_progress_missing(w, back.c_str()) == nullptr);  // written back: nothing lacks any more
        CHECK(nq_progress_missing(w, saved.dump().c_str()) == nullptr);  // the widget's own save lacks nothing
        json newer = json::parse(theirs);
        newer["version"] = 99;
        CHECK(nq_progress_missing(w, newer.dump().c_str()) == nullptr);  // a newer newsquiz's store is never written over
    }
    SUBCASE("unreadable stored progress is reported, and replaced by what the widget knows") {
        NqWidget* broken = nq_open(kSeedDoc.c_str(), R"({"learner":"r2","progress":"{not json"})");
        json warnings = take(nq_warnings(broken));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].get<std::string>() == "[newsquiz] progress: /: is not valid JSON; starting from an empty store");
        CHECK(nq_progress_damaged(broken) == 1);
        nq_close(broken);
    }
    SUBCASE("a store with one bad entry is damaged too; one from a newer newsquiz is not (it is never saved over)") {
        json bad = saved;
        bad["days"].push_back("yesterday");
        NqWidget* partly = nq_open(kSeedDoc.c_str(), (R"({"progress":)" + json(bad.dump()).dump() + "}").c_str());
        CHECK(take(nq_warnings(partly)).size() == 1);
        CHECK(nq_progress_damaged(partly) == 1);
        nq_close(partly);
        json newer = saved;
        newer["version"] = 99;
        NqWidget* later = nq_open(kSeedDoc.c_str(), (R"({"progress":)" + json(newer.dump()).dump() + "}").c_str());
        CHECK(take(nq_warnings(later)) == json::array({"[newsquiz] progress: /: was written by a newer newsquiz; starting from an empty store"}));
        CHECK(nq_progress_damaged(later) == 0);
        nq_close(later);
    }
    nq_close(w);
}

TEST_CASE("capi: options.aggregates gives how other readers did; a malformed file is one warning and no figures") {
    // q1 of the seed article: 40 answers, 26 right (65%); the quiz's attempts are too few (0).
    json agg = json::parse(R"({"format":"newsquiz-aggregates/1",
        "statements":{"read":40,"answers":40,"attempts":0,"duplicates":0,"without_id":0,"voided":0,"foreign":0,
                      "without_result":0,"other_verbs":0},
        "articles":{"rubio-us-mexico-security-2025-09-03":{"attempts":0,"percents":[],
                    "questions":{"q1":{"responses":40,"right":26}}}}})");
    agg["articles"]["rubio-us-mexico-security-2025-09-03"]["percents"] = json(std::vector<int>(101, 0));
    auto open_with = [](const std::string& agg_text) {
        json o = json::parse(kOptions);
        o["aggregates"] = agg_text;
        return nq_open(kSeedDoc.c_str(), o.dump().c_str());
    };
    auto feedback_others = [](NqWidget* w) {
        REQUIRE(nq_apply(w, R"({"intent":"start_quiz"})", 2000) == 1);
        REQUIRE(nq_apply(w, R"({"intent":"answer","response":"b"})", 3000) == 1);
        REQUIRE(nq_apply(w, R"({"intent":"submit"})", 3000) == 1);
        return take(nq_view(w, 3000))["question"]["feedback"]["others"];
    };
    SUBCASE("a valid file: the figure after the answer, no warning") {
        NqWidget* w = open_with(agg.dump());
        CHECK(take(nq_warnings(w)) == json::array());
        CHECK(feedback_others(w) == "65% of readers got this right");
        nq_close(w);
    }
    SUBCASE("a malformed file: exactly one warning naming its first error, and no figure") {
        agg["articles"]["rubio-us-mexico-security-2025-09-03"]["questions"]["q1"]["right"] = 41;
        NqWidget* w = open_with(agg.dump());
        json warnings = take(nq_warnings(w));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].get<std::string>().rfind(
                  "the aggregates file is ignored: /articles/rubio-us-mexico-security-2025-09-03/questions/q1/right: ", 0) == 0);
        CHECK(feedback_others(w) == "");
        nq_close(w);
    }
    SUBCASE("no file: no figure") {
        NqWidget* w = nq_open(kSeedDoc.c_str(), kOptions);
        CHECK(feedback_others(w) == "");
        nq_close(w);
    }
}
