// unit-linkify.cpp: which parts of an action's text become links, and which links are safe.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "linkify.h"

// Spans written back as text, links as [text](href): one string to compare per case.
static std::string shown(const nq::Linkified& l) {
    std::string s;
    for (const nq::Span& span : l.spans) s += span.href.empty() ? span.text : "[" + span.text + "](" + span.href + ")";
    return s;
}

static std::string joined(const nq::Linkified& l) {
    std::string s;
    for (const nq::Span& span : l.spans) s += span.text;
    return s;
}

struct Case {
    const char* text;
    const char* shown;
};

static void check_cases(std::initializer_list<Case> cases) {
    for (const Case& c : cases) {
        INFO(c.text);
        nq::Linkified l = nq::linkify(c.text);
        CHECK(shown(l) == c.shown);
        CHECK(joined(l) == c.text);  // nothing lost, nothing added
        CHECK(l.unsafe.empty());
        for (size_t i = 1; i < l.spans.size(); ++i) CHECK_FALSE((l.spans[i - 1].href.empty() && l.spans[i].href.empty()));
    }
}

TEST_CASE("the seed article's eight actions") {
    check_cases({
        {"Monitor State Department diplomatic communications through FOIA requests tracking contradictions between public rhetoric and private policy coordination with Mexico",
         "Monitor State Department diplomatic communications through FOIA requests tracking contradictions between public rhetoric and private policy coordination with Mexico"},
        {"Contact border state representatives at 202-224-3121 demanding consistency between diplomatic cooperation messaging and immigration enforcement that requires Mexican partnership",
         "Contact border state representatives at [202-224-3121](tel:+12022243121) demanding consistency between diplomatic cooperation messaging and immigration enforcement that requires Mexican partnership"},
        {"Support congressional oversight committees investigating how State Department balances diplomatic needs with campaign promises that undermine essential international security cooperation",
         "Support congressional oversight committees investigating how State Department balances diplomatic needs with campaign promises that undermine essential international security cooperation"},
        {"Join border community organizations advocating for realistic policies that maintain security cooperation while addressing legitimate immigration enforcement concerns",
         "Join border community organizations advocating for realistic policies that maintain security cooperation while addressing legitimate immigration enforcement concerns"},
        {"Track drug interdiction statistics at DEA.gov measuring whether diplomatic cooperation translates into measurable security improvements for American communities",
         "Track drug interdiction statistics at [DEA.gov](https://DEA.gov) measuring whether diplomatic cooperation translates into measurable security improvements for American communities"},
        {"Pressure administration officials through congressional hearings to explain how anti-Mexico rhetoric serves security interests requiring sustained Mexican partnership",
         "Pressure administration officials through congressional hearings to explain how anti-Mexico rhetoric serves security interests requiring sustained Mexican partnership"},
        {"Contact Government Accountability Office at gao.gov demanding analysis of security cooperation effectiveness versus political messaging impacts on bilateral relationships",
         "Contact Government Accountability Office at [gao.gov](https://gao.gov) demanding analysis of security cooperation effectiveness versus political messaging impacts on bilateral relationships"},
        {"Support bipartisan foreign policy organizations like Council on Foreign Relations studying how campaign rhetoric affects essential diplomatic partnerships during governance",
         "Support bipartisan foreign policy organizations like Council on Foreign Relations studying how campaign rhetoric affects essential diplomatic partnerships during governance"},
        // the Spanish version of the seed: links next to accented words
        {"Consulta las estadísticas de interdicción de drogas en DEA.gov para medir",
         "Consulta las estadísticas de interdicción de drogas en [DEA.gov](https://DEA.gov) para medir"},
        {"Contacta a los representantes en el 202-224-3121 para exigir coherencia",
         "Contacta a los representantes en el [202-224-3121](tel:+12022243121) para exigir coherencia"},
    });
}

TEST_CASE("phone numbers") {
    check_cases({
        {"Call 202-224-3121.", "Call [202-224-3121](tel:+12022243121)."},
        {"Call (202) 224-3121 today", "Call [(202) 224-3121](tel:+12022243121) today"},
        {"Call (202)224-3121", "Call [(202)224-3121](tel:+12022243121)"},
        {"Call +1 202 224 3121", "Call [+1 202 224 3121](tel:+12022243121)"},
        {"Call +1-202-224-3121, then wait", "Call [+1-202-224-3121](tel:+12022243121), then wait"},
        {"Call 1-202-224-3121", "Call [1-202-224-3121](tel:+12022243121)"},
        {"Call 202.224.3121", "Call [202.224.3121](tel:+12022243121)"},
        {"Call 202 224 3121", "Call [202 224 3121](tel:+12022243121)"},
        {"London: +44 20 7946 0958", "London: [+44 20 7946 0958](tel:+442079460958)"},
        {"Call +12022243121", "Call [+12022243121](tel:+12022243121)"},
        {"(202-224-3121)", "([202-224-3121](tel:+12022243121))"},
    });
}

TEST_CASE("numbers that are not phone numbers stay text") {
    check_cases({
        {"Sep. 3, 2025", "Sep. 3, 2025"},
        {"In 2025 and 2026, 31 more sources", "In 2025 and 2026, 31 more sources"},
        {"Call 2022243121", "Call 2022243121"},
        {"Mixed 202-224.3121 separators", "Mixed 202-224.3121 separators"},
        {"Too long 202-224-31210", "Too long 202-224-31210"},
        {"Extension 202-224-3121-5", "Extension 202-224-3121-5"},
        {"Part of a word x202-224-3121", "Part of a word x202-224-3121"},
        {"Amount 3.14 and 1,000,000", "Amount 3.14 and 1,000,000"},
        {"Short +1 202", "Short +1 202"},
        {"Price +5", "Price +5"},
    });
}

TEST_CASE("web addresses and bare domains") {
    check_cases({
        {"See gao.gov.", "See [gao.gov](https://gao.gov)."},
        {"See DEA.gov, then gao.gov!", "See [DEA.gov](https://DEA.gov), then [gao.gov](https://gao.gov)!"},
        {"Go to example.org/path/to?x=1.", "Go to [example.org/path/to?x=1](https://example.org/path/to?x=1)."},
        {"Data at https://www.dea.gov/data.", "Data at [https://www.dea.gov/data](https://www.dea.gov/data)."},
        {"Old http://example.org site", "Old [http://example.org](http://example.org) site"},
        {"(see https://en.wikipedia.org/wiki/GAO_(agency))", "(see [https://en.wikipedia.org/wiki/GAO_(agency)](https://en.wikipedia.org/wiki/GAO_(agency)))"},
        {"<https://gao.gov>", "<[https://gao.gov](https://gao.gov)>"},
        {"\"www.senate.gov\"", "\"[www.senate.gov](https://www.senate.gov)\""},
        {"Sites: DEA.GOV", "Sites: [DEA.GOV](https://DEA.GOV)"},
        {"Write to press@gao.gov.", "Write to [press@gao.gov](mailto:press@gao.gov)."},
        {"mailto:press@gao.gov", "[mailto:press@gao.gov](mailto:press@gao.gov)"},
        {"tel:+12022243121", "[tel:+12022243121](tel:+12022243121)"},
    });
}

TEST_CASE("words with dots are not domains") {
    check_cases({
        {"Note: read e.g. the U.S. report, i.e. the Node.js docs", "Note: read e.g. the U.S. report, i.e. the Node.js docs"},
        {"Sep. 3", "Sep. 3"},
        {"version 1.2.3", "version 1.2.3"},
        {"see México.gob.mx", "see México.gob.mx"},  // non-ASCII host: left alone
        {"a https:// alone", "a https:// alone"},
        {"mailto: nobody", "mailto: nobody"},
        {"mailto:", "mailto:"},
        {"", ""},
    });
    CHECK(nq::linkify("").spans.empty());
}

TEST_CASE("links with other schemes stay text and are reported") {
    struct Unsafe {
        const char* text;
        std::vector<std::string> unsafe;
    };
    for (const Unsafe& c : std::initializer_list<Unsafe>{
             {"javascript:alert(1)", {"javascript:alert(1)"}},
             {"Click JavaScript:void(0).", {"JavaScript:void(0)"}},
             {"data:text/html;base64,PHNjcmlwdD4= here", {"data:text/html;base64,PHNjcmlwdD4="}},
             {"vbscript:msgbox and file:///etc/passwd", {"vbscript:msgbox", "file:///etc/passwd"}},
             {"ftp://files.example.org/x", {"ftp://files.example.org/x"}},
             {"blob:https://gao.gov/1", {"blob:https://gao.gov/1"}},
         }) {
        INFO(c.text);
        nq::Linkified l = nq::linkify(c.text);
        CHECK(l.unsafe == c.unsafe);
        REQUIRE(l.spans.size() == 1);
        CHECK(l.spans[0].href == "");
        CHECK(l.spans[0].text == c.text);
    }
}

TEST_CASE("link checks") {
    SUBCASE("check_link") {
        struct Check {
            const char* url;
            nq::LinkCheck expected;
        };
        for (const Check& c : std::initializer_list<Check>{
                 {"https://gao.gov", nq::LinkCheck::safe},
                 {"http://gao.gov:8080/a?b#c", nq::LinkCheck::safe},
                 {"HTTPS://GAO.GOV", nq::LinkCheck::safe},
                 {"https://[2001:db8::1]/", nq::LinkCheck::safe},
                 {"mailto:press@gao.gov?subject=Hi", nq::LinkCheck::safe},
                 {"tel:+1-202-224-3121", nq::LinkCheck::safe},
                 {"javascript:alert(1)", nq::LinkCheck::unsafe_scheme},
                 {"data:text/plain,x", nq::LinkCheck::unsafe_scheme},
                 {"ftp://gao.gov", nq::LinkCheck::unsafe_scheme},
                 {"gao.gov", nq::LinkCheck::relative},
                 {"/about", nq::LinkCheck::relative},
                 {"//evil.example", nq::LinkCheck::relative},
                 {"", nq::LinkCheck::relative},
                 {"https://", nq::LinkCheck::malformed},
                 {"https://gao.gov/a b", nq::LinkCheck::malformed},
                 {"java\tscript:alert(1)", nq::LinkCheck::malformed},
                 {"https://good.example@evil.example/", nq::LinkCheck::malformed},
                 {"https://gao.gov:99999999/", nq::LinkCheck::malformed},
                 {"mailto:nobody", nq::LinkCheck::malformed},
                 {"tel:12", nq::LinkCheck::malformed},
             }) {
            INFO(c.url);
            CHECK(int(nq::check_link(c.url)) == int(c.expected));
        }
    }
    SUBCASE("is_web_url") {
        CHECK(nq::is_web_url("https://example.org/news", true));
        CHECK_FALSE(nq::is_web_url("http://example.org/news", true));
        CHECK(nq::is_web_url("http://example.org/news", false));
        CHECK(nq::is_web_url("https://bücher.example/", true));
        CHECK_FALSE(nq::is_web_url("https://-bad.example/", true));
        CHECK_FALSE(nq::is_web_url("https://exa_mple.org/", true));
        CHECK_FALSE(nq::is_web_url("https://example.org/<script>", true));
    }
}

// [fuzz-linkify] what the fuzzer found, each input kept in tests/fixtures/fuzz/fuzz-linkify/.
static std::string fuzz_fixture(const char* name) {
    std::ifstream in(std::string(NQ_SOURCE_DIR "/tests/fixtures/fuzz/fuzz-linkify/") + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST_CASE("regression: a bare domain whose path holds a backslash stays text, as the same URL with https:// does") {
    std::string found = fuzz_fixture("bare-domain-backslash.txt");
    REQUIRE(found == "a.gov/\\");
    nq::Linkified l = nq::linkify(found);
    REQUIRE(l.spans.size() == 1);
    CHECK(l.spans[0].text == found);
    CHECK(l.spans[0].href == "");  // was https://a.gov/\, which check_link calls malformed
    check_cases({
        {"See gao.gov/a\\b now", "See gao.gov/a\\b now"},
        {"See https://gao.gov/a\\b now", "See https://gao.gov/a\\b now"},
        {"See gao.gov/a/b now", "See [gao.gov/a/b](https://gao.gov/a/b) now"},
    });
}
