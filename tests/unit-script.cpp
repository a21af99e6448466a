// Which text the canvas can draw (core/script.h): right-to-left and shaped scripts go to the
// HTML version; Latin, Greek, Cyrillic, CJK and emoji stay on the canvas.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "script.h"

using namespace nq;

TEST_CASE("the first code point that needs a shaping engine") {
    CHECK(first_shaped_code_point("Rubio meets Sheinbaum, 3 de septiembre") == 0);
    CHECK(first_shaped_code_point("Ελλάδα, Україна, 中国, 日本語, 한국어, 🌍") == 0);
    CHECK(first_shaped_code_point("La ministra dijo: \"سلام\"") == U'س');   // Arabic
    CHECK(first_shaped_code_point("שלום") == U'ש');                          // Hebrew
    CHECK(first_shaped_code_point("नमस्ते") == U'न');                         // Devanagari
    CHECK(first_shaped_code_point("ภาษาไทย") == U'ภ');                        // Thai
    CHECK(first_shaped_code_point("ខ្មែរ") == U'ខ');                          // Khmer
    CHECK(first_shaped_code_point("ﻻ") == U'\uFEFB');                        // an Arabic presentation form
    CHECK(first_shaped_code_point("\xD7") == 0);                             // cut short: skipped, no read past the end
    CHECK(first_shaped_code_point("") == 0);
}

TEST_CASE("a document needs shaping when any text a reader sees does") {
    Document doc;
    doc.article.headline = "Rubio in Mexico";
    doc.article.body = {"One.", "Two."};
    Question q;
    q.prompt = "Who?";
    q.choices = {{"a", "Rubio"}, {"b", "Sheinbaum"}};
    doc.quiz.questions = {q};
    CHECK_FALSE(document_needs_shaping(doc));
    SUBCASE("a paragraph") {
        doc.article.body[1] = "مرحبا";
        CHECK(document_needs_shaping(doc));
    }
    SUBCASE("a choice") {
        doc.quiz.questions[0].choices[1].text = "עברית";
        CHECK(document_needs_shaping(doc));
    }
    SUBCASE("an action") {
        doc.actions.push_back({"कॉल करें", "", {}});
        CHECK(document_needs_shaping(doc));
    }
    SUBCASE("an id is never shown: it does not count") {
        doc.quiz.questions[0].id = "q1";
        doc.article.id = "rubio-2025";
        CHECK_FALSE(document_needs_shaping(doc));
    }
}

TEST_CASE("the direction of a language") {
    CHECK(std::string(text_direction("ar")) == "rtl");
    CHECK(std::string(text_direction("ar-EG")) == "rtl");
    CHECK(std::string(text_direction("HE")) == "rtl");
    CHECK(std::string(text_direction("fa_IR")) == "rtl");
    CHECK(std::string(text_direction("ur")) == "rtl");
    CHECK(std::string(text_direction("en")) == "ltr");
    CHECK(std::string(text_direction("es-MX")) == "ltr");
    CHECK(std::string(text_direction("arn")) == "ltr");  // Mapudungun: a prefix is not the language
    CHECK(std::string(text_direction("")) == "ltr");
}
