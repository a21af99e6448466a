// unit-import.cpp: what every importer shares (import/import.h): the checks on the input, the
// article skeleton and its placeholders, slugs, limits, diagnostics as text.
#include "import_support.h"

using test_import::codes;
using test_import::part;

static const char kOne[] = "What is 2+2? {=4 ~5}\n";

TEST_CASE("formats by name") {
    nq::ImportFormat f = nq::ImportFormat::gift;
    for (const char* name : {"gift", "aiken", "moodle-xml", "opentdb"}) {
        REQUIRE(nq::import_format_from_name(name, f));
        CHECK(std::string(nq::import_format_name(f)) == name);
    }
    CHECK_FALSE(nq::import_format_from_name("moodle", f));
    CHECK_FALSE(nq::import_format_from_name("GIFT", f));
}

TEST_CASE("the article skeleton") {
    SUBCASE("given in full: kept as given, nothing to fill in") {
        nq::ImportOptions o = test_import::given_article();
        o.article.lang = "es";
        o.article.url = "https://example.org/story";
        o.article.dek = "Sub";
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, kOne, o);
        CHECK(codes(r).empty());
        CHECK(part(r, "/lang") == R"("es")");
        CHECK(part(r, "/article") ==
              R"({"id":"x","headline":"H","dek":"Sub","date":"2025-01-01","url":"https://example.org/story"})");
    }
    SUBCASE("left out: placeholders that load, each warned about with its pointer") {
        nq::ImportOptions o;
        o.article.fallback_id = "Capitals of Europe";
        o.article.fallback_headline = "Capitals of Europe";
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, kOne, o);
        REQUIRE(r.ok);
        CHECK(part(r, "/article") == R"({"id":"capitals-of-europe","headline":"Capitals of Europe","date":"1970-01-01"})");
        CHECK(part(r, "/lang") == "(none)");
        CHECK(codes(r) == std::vector<std::string>{"0:0 article_placeholder", "0:0 article_placeholder", "0:0 article_placeholder"});
        CHECK(r.diagnostics[0].pointer == "/article/id");
        CHECK(r.diagnostics[1].pointer == "/article/headline");
        CHECK(nq::import_diagnostic_to_string(r.diagnostics[2]) ==
              "warning: /article/date: the date is a placeholder, 1970-01-01; give --date YYYY-MM-DD (or --date today)");
    }
    SUBCASE("the headline comes from the first category before the file name") {
        nq::ImportOptions o;
        o.article.fallback_headline = "file";
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, std::string("$CATEGORY: top/Géographie\n\n") + kOne, o);
        CHECK(part(r, "/article/headline") == R"("Géographie")");
        CHECK(part(r, "/article/id") == R"("imported-quiz")");  // no fallback id
        CHECK(part(r, "/article/topics") == R"([{"id":"geographie","label":"Géographie"}])");
    }
    SUBCASE("a value the document cannot take fails at its pointer") {
        nq::ImportOptions o = test_import::given_article();
        o.article.date = "2025-02-30";
        nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, kOne, o);
        CHECK_FALSE(r.ok);
        CHECK(r.json.empty());
        CHECK(codes(r) == std::vector<std::string>{"0:0 invalid_output"});
        CHECK(r.diagnostics[0].pointer == "/article/date");
    }
}

TEST_CASE("slugs for ids") {
    CHECK(nq::import_slug("Capitals of Europe") == "capitals-of-europe");
    CHECK(nq::import_slug("  Science & Nature!  ") == "science-nature");
    CHECK(nq::import_slug("Ærø Straße Čeština") == "r-strasse-cestina");  // Æ and ø do not decompose to ASCII
    CHECK(nq::import_slug("日本") == "");
    CHECK(nq::import_slug(std::string(150, 'a')).size() == 100);
    CHECK(nq::import_slug(std::string(99, 'a') + " b") == std::string(99, 'a'));  // never ends in '-'
}

TEST_CASE("hostile input: a clear error, never a crash") {
    for (nq::ImportFormat f : {nq::ImportFormat::gift, nq::ImportFormat::aiken, nq::ImportFormat::moodle_xml, nq::ImportFormat::opentdb}) {
        CAPTURE(nq::import_format_name(f));
        SUBCASE("binary") {
            nq::ImportResult r = test_import::convert(f, std::string("ab\ncd\0\x01\xff", 8));
            CHECK(codes(r) == std::vector<std::string>{"2:3 binary_input"});
        }
        SUBCASE("not UTF-8") {
            nq::ImportResult r = test_import::convert(f, "caf\xe9 {=a ~b}");
            CHECK(codes(r) == std::vector<std::string>{"1:4 invalid_utf8"});
        }
        SUBCASE("over 2 MiB") {
            nq::ImportResult r = test_import::convert(f, std::string(nq::kMaxDocumentBytes + 1, ' '));
            CHECK(codes(r) == std::vector<std::string>{"0:0 too_large"});
        }
        SUBCASE("empty") {
            nq::ImportResult r = test_import::convert(f, "");
            CHECK_FALSE(r.ok);
            REQUIRE_FALSE(r.diagnostics.empty());
            CHECK(r.diagnostics.back().severity == nq::Severity::error);
        }
        SUBCASE("truncated halfway through every file of the format") {
            const char* file = f == nq::ImportFormat::gift ? "gift/match.gift"
                               : f == nq::ImportFormat::aiken ? "aiken/basic.txt"
                               : f == nq::ImportFormat::moodle_xml ? "moodle-xml/all-types.xml"
                                                                   : "opentdb/default.json";
            std::string text = test_import::read_fixture(file);
            for (size_t n = 0; n < text.size(); n += 7) {
                nq::ImportResult r = test_import::convert(f, text.substr(0, n));
                CHECK(r.ok == !r.json.empty());
                if (r.ok) CHECK(nq::load_document(r.json).ok);
                else CHECK(nq::import_has_errors(r.diagnostics));
            }
        }
    }
}

TEST_CASE("limits of newsquiz/1") {
    SUBCASE("past 500 questions the rest is left out, warned at the first one left out") {
        std::string text;
        for (int i = 0; i < 502; ++i) text += "Q" + std::to_string(i) + " {T}\n\n";
        nq::ImportResult r = test_import::convert(nq::ImportFormat::gift, text);
        REQUIRE(r.ok);
        CHECK(codes(r) == std::vector<std::string>{"1001:1 too_many_questions"});
        CHECK(nq::load_document(r.json).doc.quiz.questions.size() == 500);
    }
    SUBCASE("more than 20 answers: the question is skipped") {
        std::string text = "Many {=a";
        for (int i = 0; i < 20; ++i) text += " ~w" + std::to_string(i);
        text += "}\n\nFew {=a ~b}\n";
        nq::ImportResult r = test_import::convert(nq::ImportFormat::gift, text);
        CHECK(codes(r) == std::vector<std::string>{"1:1 skipped_question"});
        CHECK(r.diagnostics[0].message == "the question is skipped: it has 21 answers; newsquiz takes at most 20");
        CHECK(part(r, "/quiz/questions/0/prompt") == R"("Few")");
    }
    SUBCASE("a text over 20000 characters: the question is skipped") {
        nq::ImportResult r = test_import::convert(nq::ImportFormat::gift, std::string(20001, 'x') + " {T}\n\nShort {F}\n");
        CHECK(codes(r) == std::vector<std::string>{"1:1 skipped_question"});
        CHECK(part(r, "/quiz/questions/0/prompt") == R"("Short")");
    }
    SUBCASE("nothing left: no_questions, and no document") {
        nq::ImportResult r = test_import::convert(nq::ImportFormat::gift, "Essay {}\n");
        CHECK(codes(r) == std::vector<std::string>{"1:1 skipped_question", "0:0 no_questions"});
        CHECK(r.json.empty());
    }
}

TEST_CASE("every code has a name and words") {
#define NQ_X(name, text) CHECK(std::string(nq::import_code_name(nq::ImportCode::name)) == #name);
    NQ_IMPORT_CODES(NQ_X)
#undef NQ_X
    CHECK(nq::import_diagnostic_to_string({nq::Severity::warning, nq::ImportCode::dropped_feedback, 3, 0, "", ""}) ==
          "3: warning: is feedback newsquiz cannot show; it is left out");
}
