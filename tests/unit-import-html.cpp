// unit-import-html.cpp: text as Moodle and Open Trivia DB write it -> plain text (import/html_text.h).
#include <doctest/doctest.h>

#include "html_text.h"

using nq::TextFormat;

static std::string html(const char* s) { return nq::text_from(TextFormat::html, s).text; }

TEST_CASE("HTML to plain text") {
    SUBCASE("tags go, white space collapses") {
        CHECK(html("<p>What is <b>bold</b>\n   text?</p>") == "What is bold text?");
        CHECK(html("  <span class=\"x\">a</span>  b  ") == "a b");
    }
    SUBCASE("line breaks where <br> and blocks are, never blank lines") {
        CHECK(html("one<br>two<br/>three") == "one\ntwo\nthree");
        CHECK(html("<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul>") == "one\ntwo\na\nb");
    }
    SUBCASE("comments, scripts and styles are no text") {
        CHECK(html("a<!-- hidden -->b<script>alert(1)</script>c<style>p{}</style>d") == "abcd");
    }
    SUBCASE("'<' that opens no tag stays text") {
        CHECK(html("3 < 5 and 5 > 3") == "3 < 5 and 5 > 3");
        CHECK(html("a <b") == "a <b");
    }
    SUBCASE("a quoted '>' inside an attribute does not end the tag") {
        CHECK(html("<a title=\"x>y\">link</a> <a title = 'p>q'>two</a>") == "link two");
    }
    SUBCASE("images leave their alt text, or are counted as lost") {
        nq::PlainText t = nq::text_from(TextFormat::html, "<img src=\"a.png\" alt=\"A &amp; B\"> and <IMG SRC=b.png>");
        CHECK(t.text == "A & B and");
        CHECK(t.images_dropped == 1);
    }
    SUBCASE("non-breaking spaces are spaces") { CHECK(html("a&nbsp;&nbsp;b&nbsp;") == "a b"); }
}

TEST_CASE("Moodle's auto-format keeps each line break of the source") {
    CHECK(nq::text_from(TextFormat::moodle, "Line one\nline <b>two</b>").text == "Line one\nline two");
}

TEST_CASE("plain text and Markdown are kept as written") {
    CHECK(nq::text_from(TextFormat::plain, " Is <b> &amp; a tag?\r\nyes ").text == "Is <b> &amp; a tag?\nyes");
    CHECK(nq::text_from(TextFormat::markdown, "**bold**\r_it_").text == "**bold**\n_it_");
}

TEST_CASE("entities") {
    CHECK(nq::decode_entities("&quot;&#039;&amp;&lt;&gt;&apos;") == "\"'&<>'");
    CHECK(nq::decode_entities("&eacute;&Uuml;&szlig;&euro;&hellip;&ndash;&pi;") == "éÜß€…–π");
    CHECK(nq::decode_entities("&#233;&#xE9;&#XE9;&#x1F600;") == "ééé😀");
    SUBCASE("&#128;..&#159; read as Windows-1252, as browsers do") { CHECK(nq::decode_entities("&#146;&#150;") == "’–"); }
    SUBCASE("what is no character becomes U+FFFD") {
        CHECK(nq::decode_entities("&#0;&#xD800;&#x110000;&#99999999999;") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    }
    SUBCASE("unknown or unterminated references stay as written") {
        CHECK(nq::decode_entities("&nosuch; &amp &#; &#x; AT&T &") == "&nosuch; &amp &#; &#x; AT&T &");
    }
}
