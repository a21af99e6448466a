// The static HTML of a quiz (core/static_html.h): the card and questions from the View, no
// answer in the visible text, JSON-LD with acceptedAnswer only where solutions show, and
// nothing a hostile document writes turned into markup or script.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "static_html.h"

using namespace nq;

namespace {

std::string doc(const std::string& quiz_fields, const std::string& article_extra = "", const std::string& extra = "") {
    return R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03")" + article_extra +
           R"(}, "quiz": {)" + quiz_fields + R"( "questions": [
      {"id": "q1", "type": "single", "prompt": "Which one?", "explanation": "Because B.",
       "choices": [{"id": "a", "text": "Alpha"}, {"id": "b", "text": "Beta", "correct": true, "feedback": "Yes, Beta."}]},
      {"id": "q2", "type": "numeric", "prompt": "How many?", "answer": 42, "unit": "days"},
      {"id": "q3", "type": "order", "prompt": "Order them", "items": [
        {"id": "i1", "text": "First"}, {"id": "i2", "text": "Second"}, {"id": "i3", "text": "Third"}]}]})" +
           extra + "}";
}

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

// The JSON inside the fragment's one <script type="application/ld+json">.
nlohmann::json json_ld(const std::string& html) {
    const std::string open = "<script type=\"application/ld+json\">";
    size_t from = html.find(open);
    REQUIRE(from != std::string::npos);
    from += open.size();
    size_t to = html.find("</script>", from);
    REQUIRE(to != std::string::npos);
    return nlohmann::json::parse(html.substr(from, to - from), nullptr, false);
}

// The fragment without its JSON-LD: what a reader can see (or unfold).
std::string visible(const std::string& html) {
    size_t from = html.find("<script");
    return from == std::string::npos ? html : html.substr(0, from);
}

}  // namespace

TEST_CASE("escaping") {
    CHECK(html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(html_escape(std::string("x\0y\x01z\tq\n", 8)) == "x\xEF\xBF\xBDy\xEF\xBF\xBDz\tq\n");
    CHECK(html_escape("más 🌍") == "más 🌍");
    CHECK(json_for_script(R"({"t":"</script><!--&"})") == R"({"t":"\u003c/script\u003e\u003c!--\u0026"})");
}

TEST_CASE("the fragment") {
    SUBCASE("the card, the questions in a closed details, no answer in what readers see") {
        StaticHtml page = static_html(doc(""), {"", 1});
        REQUIRE(page.ok);
        const std::string& h = page.html;
        CHECK(h.rfind("<div class=\"newsquiz-static\" lang=\"en\" dir=\"ltr\">\n", 0) == 0);
        CHECK(h.find("<time datetime=\"2025-09-03\">September 3, 2025</time>") != std::string::npos);
        CHECK(h.find("<h2 class=\"newsquiz-static__headline\">H</h2>") != std::string::npos);
        CHECK(h.find("<h3 class=\"newsquiz-static__title\">Test your knowledge</h3>") != std::string::npos);
        CHECK(h.find("<details class=\"newsquiz-static__questions\"><summary>The 3 questions of this quiz</summary>") !=
              std::string::npos);
        CHECK(count(h, "<details") == 1);
        CHECK(count(h, " open") == 0);
        CHECK(h.find("<li>Alpha</li>") != std::string::npos);
        CHECK(h.find("<li>Beta</li>") != std::string::npos);
        CHECK(h.find("Enter a number (days)") != std::string::npos);
        std::string seen = visible(h);
        for (const char* secret : {"Because B.", "Yes, Beta.", "42", "Correct answer"}) CHECK(seen.find(secret) == std::string::npos);
        // the order's items never in their solved order
        size_t first = seen.find(">First<"), second = seen.find(">Second<"), third = seen.find(">Third<");
        REQUIRE(first != std::string::npos);
        CHECK_FALSE((first < second && second < third));
        CHECK(count(h, "<script") == 1);
    }
    SUBCASE("Spanish words with --lang es") {
        StaticHtml page = static_html(doc(""), {"es", 1});
        CHECK(page.html.find("Las 3 preguntas de este cuestionario") != std::string::npos);
        CHECK(page.html.find("lang=\"es\"") != std::string::npos);
        CHECK(page.html.find("3 de septiembre de 2025") != std::string::npos);
    }
    SUBCASE("a right-to-left language: dir on the fragment") {
        StaticHtml page = static_html(R"({"format": "newsquiz/1", "lang": "ar", "article": {"id": "a", "headline": "مرحبا", "date": "2025-09-03"},
            "quiz": {"questions": [{"id": "q", "type": "true_false", "prompt": "P", "answer": false}]}})", {"", 1});
        CHECK(page.html.rfind("<div class=\"newsquiz-static\" lang=\"ar\" dir=\"rtl\">\n", 0) == 0);
    }
    SUBCASE("one question") {
        StaticHtml page = static_html(R"({"format": "newsquiz/1", "article": {"id": "a", "headline": "H", "date": "2025-09-03"},
            "quiz": {"questions": [{"id": "q", "type": "true_false", "prompt": "P", "answer": false}]}})", {"", 1});
        CHECK(page.html.find("<summary>The question of this quiz</summary>") != std::string::npos);
        CHECK(page.html.find("<li>True</li>") != std::string::npos);
    }
    SUBCASE("an invalid document: its diagnostics and no fragment") {
        StaticHtml page = static_html(R"({"format": "newsquiz/1"})", {"", 1});
        CHECK_FALSE(page.ok);
        CHECK(page.html.empty());
        REQUIRE_FALSE(page.diagnostics.empty());
        CHECK(page.diagnostics[0].pointer == "/article");
    }
}

TEST_CASE("JSON-LD") {
    SUBCASE("with solutions: acceptedAnswer for each question, suggestedAnswer the other choices") {
        nlohmann::json ld = json_ld(static_html(doc(""), {"", 1}).html);
        REQUIRE(ld.is_object());
        CHECK(ld["@type"] == "Quiz");
        CHECK(ld["hasPart"].size() == 3);
        CHECK(ld["hasPart"][0]["eduQuestionType"] == "Multiple choice");
        CHECK(ld["hasPart"][0]["acceptedAnswer"]["text"] == "Beta");
        CHECK(ld["hasPart"][0]["acceptedAnswer"]["answerExplanation"]["text"] == "Because B.");
        CHECK(ld["hasPart"][0]["suggestedAnswer"] == nlohmann::json::parse(R"([{"@type": "Answer", "text": "Alpha"}])"));
        CHECK(ld["hasPart"][1]["acceptedAnswer"]["text"] == "42 days");
        CHECK(ld["hasPart"][2]["acceptedAnswer"]["text"] == "First → Second → Third");
    }
    SUBCASE("show_solutions false: no acceptedAnswer anywhere, every choice suggested") {
        StaticHtml page = static_html(doc(R"("show_solutions": false,)"), {"", 1});
        CHECK(page.html.find("acceptedAnswer") == std::string::npos);
        nlohmann::json ld = json_ld(page.html);
        CHECK(ld["hasPart"][0]["suggestedAnswer"].size() == 2);
        CHECK(ld["hasPart"][1].contains("suggestedAnswer") == false);
    }
    SUBCASE("topics are what the quiz is about") {
        nlohmann::json ld = json_ld(static_html(doc("", R"(, "topics": [{"id": "t", "label": "Trade", "emoji": "🚢"}])"), {"", 1}).html);
        CHECK(ld["about"] == nlohmann::json::parse(R"([{"@type": "Thing", "name": "Trade"}])"));
    }
}

TEST_CASE("a hostile document writes no markup and no script") {
    const std::string evil = R"(</script><script>alert(1)</script><img src=x onerror=alert(2)>\"'&)";
    std::string json = R"({"format": "newsquiz/1", "article": {"id": "a", "headline": ")" + evil + R"(", "date": "2025-09-03",
        "dek": ")" + evil + R"(", "body": [")" + evil + R"("], "sources": [{"name": ")" + evil + R"("}],
        "topics": [{"id": "t", "label": ")" + evil + R"("}]},
      "quiz": {"title": ")" + evil + R"(", "questions": [{"id": "q", "type": "single", "prompt": ")" + evil + R"(",
        "choices": [{"id": "a", "text": ")" + evil + R"(", "correct": true}, {"id": "b", "text": "b"}]}]},
      "actions": [{"text": ")" + evil + R"( see https://example.org/a\"b"}, {"text": "call javascript:alert(4) now"}]})";
    StaticHtml page = static_html(json, {"", 1});
    REQUIRE(page.ok);
    const std::string& h = page.html;
    CHECK(count(h, "<script") == 1);
    CHECK(count(h, "</script>") == 1);
    CHECK(h.find("<img") == std::string::npos);
    CHECK(h.find("href=\"javascript:") == std::string::npos);
    CHECK(h.find("<a href=\"https://example.org/a\" rel=\"noopener\">https://example.org/a</a>") != std::string::npos);
    CHECK(h.find("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;") !=
          std::string::npos);
    nlohmann::json ld = json_ld(h);
    REQUIRE(ld.is_object());
    CHECK(ld["hasPart"][0]["text"] == "</script><script>alert(1)</script><img src=x onerror=alert(2)>\"'&");
}
