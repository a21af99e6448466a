// The words table (core/words.h): every language, dates, numbers, percents, and what a reader
// types into a number field.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "words.h"

using namespace nq;

namespace {

// The keys whose text may equal the English one, each with its reason; every other key must be
// translated. A key listed here whose text differs fails too, so the list stays exact.
struct SameAsEnglish {
    Str key;
    const char* reason;
};
const std::vector<SameAsEnglish> kSameIn[] = {
    {},  // en
    {{Str::announce_answer, "punctuation around two texts"},
     {Str::topic_level, "punctuation around two texts"},
     {Str::topic_change, "punctuation around three texts"},
     {Str::totals, "punctuation around two texts"},
     {Str::topic_figure, "punctuation around four texts"},
     {Str::topic_level_figure, "punctuation around three texts"},
     {Str::no, "\"No\" is Spanish too"}},
    {{Str::announce_answer, "punctuation around two texts"},
     {Str::totals, "punctuation around two texts"},
     {Str::question_n, "\"Question\" is French too"},
     {Str::articles_one, "\"article\" is French too"},
     {Str::articles_many, "\"articles\" is French too"}},
    {{Str::announce_answer, "punctuation around two texts"},
     {Str::topic_level, "punctuation around two texts"},
     {Str::topic_change, "punctuation around three texts"},
     {Str::totals, "punctuation around two texts"},
     {Str::topic_figure, "punctuation around four texts"},
     {Str::topic_level_figure, "punctuation around three texts"}},
};

}  // namespace

TEST_CASE("the strings table") {
    SUBCASE("every key is translated into Spanish, French and German, with the English placeholders") {
        for (Lang lang : {Lang::es, Lang::fr, Lang::de}) {
            std::set<std::string> same, expected_same;  // key names
            for (const SameAsEnglish& s : kSameIn[int(lang)]) expected_same.insert(str_name(s.key));
            for (int i = 0; i < int(Str::count); ++i) {
                const std::string en = str(Str(i), Lang::en), text = str(Str(i), lang), name = str_name(Str(i));
                CAPTURE(name);
                CAPTURE(text);
                CHECK(!en.empty());
                CHECK(!text.empty());
                CHECK(placeholders(text) == placeholders(en));
                if (text == en) same.insert(name);
            }
            CAPTURE(int(lang));
            for (const std::string& name : same) CHECK_MESSAGE(expected_same.count(name) == 1, "untranslated: ", name);
            for (const std::string& name : expected_same) CHECK_MESSAGE(same.count(name) == 1, "listed as the same, but differs: ", name);
        }
    }
    SUBCASE("BCP 47 tags pick the language") {
        CHECK(lang_from_tag("es") == Lang::es);
        CHECK(lang_from_tag("es-MX") == Lang::es);
        CHECK(lang_from_tag("ES_es") == Lang::es);
        CHECK(lang_from_tag("fr") == Lang::fr);
        CHECK(lang_from_tag("fr-CA") == Lang::fr);
        CHECK(lang_from_tag("DE-at") == Lang::de);
        CHECK(lang_from_tag("de") == Lang::de);
        CHECK(lang_from_tag("fra") == Lang::en);
        CHECK(lang_from_tag("pt") == Lang::en);
        CHECK(lang_from_tag("en-GB") == Lang::en);
        CHECK(lang_from_tag("est") == Lang::en);
        CHECK(lang_from_tag("e") == Lang::en);
        CHECK(lang_from_tag("") == Lang::en);
    }
    SUBCASE("the placeholders of a text, each once, in order") {
        CHECK(placeholders("{1} of {0}") == "{0} {1}");
        CHECK(placeholders("{0}{0} and {2}") == "{0} {2}");
        CHECK(placeholders("no {x} here {") == "");
    }
    SUBCASE("placeholders fill in any order; unknown ones stay") {
        CHECK(fmt("{1} of {0}", {"a", "b"}) == "b of a");
        CHECK(fmt("{0}{0}", {"x"}) == "xx");
        CHECK(fmt("{2} {", {"x"}) == "{2} {");
        CHECK(fmt(str(Str::question_n_of_m, Lang::es), {"3", "8"}) == "Pregunta 3 de 8");
        CHECK(fmt(str(Str::question_n_of_m, Lang::fr), {"3", "8"}) == "Question 3 sur 8");
        CHECK(fmt(str(Str::question_n_of_m, Lang::de), {"3", "8"}) == "Frage 3 von 8");
        CHECK(fmt(str(Str::share_text, Lang::fr), {"9", "12", "Rubio"}) == "J’ai obtenu 9/12 au quiz «\u00a0Rubio\u00a0»");
        CHECK(fmt(str(Str::share_text, Lang::de), {"9", "12", "Rubio"}) == "Ich habe 9/12 bei „Rubio“ erreicht");
    }
}

TEST_CASE("dates and numbers for the language") {
    SUBCASE("dates") {
        CHECK(format_date("2025-09-03", Lang::en) == "September 3, 2025");
        CHECK(format_date("2025-09-03", Lang::es) == "3 de septiembre de 2025");
        CHECK(format_date("2024-12-31", Lang::en) == "December 31, 2024");
        CHECK(format_date("2024-01-01", Lang::es) == "1 de enero de 2024");
        CHECK(format_date("2025-09-03", Lang::fr) == "3 septembre 2025");
        CHECK(format_date("2025-08-01", Lang::fr) == "1er août 2025");
        CHECK(format_date("2025-09-03", Lang::de) == "3. September 2025");
        CHECK(format_date("2025-03-31", Lang::de) == "31. März 2025");
        CHECK(format_date("2025-13-01", Lang::en) == "2025-13-01");  // not a date: shown as given
        CHECK(format_date("yesterday", Lang::en) == "yesterday");
    }
    SUBCASE("percents are cut to one decimal, never rounded up past a mark") {
        CHECK(percent_text(69.96, Lang::en) == "69.9%");
        CHECK(percent_text(70, Lang::en) == "70%");
        CHECK(percent_text(81.25, Lang::es) == "81,2 %");
        CHECK(percent_text(64, Lang::fr) == "64\u00a0%");
        CHECK(percent_text(81.25, Lang::de) == "81,2\u00a0%");
        CHECK(percent_text(200.0 / 3, Lang::en) == "66.6%");
        CHECK(percent_text(0.7 * 100, Lang::en) == "70%");  // binary noise does not cut a tenth
        CHECK(percent_text(100, Lang::en) == "100%");
        CHECK(percent_text(0, Lang::en) == "0%");
    }
    SUBCASE("numbers in messages and data: whole in full, else the shortest that reads back") {
        CHECK(number_text(100) == "100");
        CHECK(number_text(2.5) == "2.5");
        CHECK(number_text(0.1 + 0.2) == "0.30000000000000004");
        CHECK(number_text(-1e300) == "-1e+300");
    }
    SUBCASE("numbers: at most two decimals, a comma in Spanish") {
        CHECK(format_number(9, Lang::en) == "9");
        CHECK(format_number(0.5, Lang::en) == "0.5");
        CHECK(format_number(0.5, Lang::es) == "0,5");
        CHECK(format_number(2.25, Lang::fr) == "2,25");
        CHECK(format_number(-1.5, Lang::de) == "-1,5");
        CHECK(format_number(66.67, Lang::en) == "66.67");
        CHECK(format_number(1.005, Lang::en) == "1");  // 1.005 is 1.00499... in binary
        CHECK(format_number(-0.001, Lang::en) == "0");
        CHECK(format_number(1234567, Lang::en) == "1234567");
    }
    SUBCASE("durations") {
        CHECK(format_duration(300) == "5:00");
        CHECK(format_duration(59) == "0:59");
        CHECK(format_duration(-3) == "0:00");
    }
    SUBCASE("what a reader types into a number field") {
        CHECK(parse_number("3") == 3.0);
        CHECK(parse_number(" 3.5 ") == 3.5);
        CHECK(parse_number("3,5") == 3.5);
        CHECK(parse_number("-0.25") == -0.25);
        CHECK(parse_number("+7") == 7.0);
        CHECK(parse_number(".5") == 0.5);
        CHECK_FALSE(parse_number("").has_value());
        CHECK_FALSE(parse_number("-").has_value());
        CHECK_FALSE(parse_number("1.2.3").has_value());
        CHECK_FALSE(parse_number("12abc").has_value());
        CHECK_FALSE(parse_number("1e5").has_value());
        CHECK(*parse_number(std::string(20, '9')) == doctest::Approx(1e20));
        CHECK_FALSE(parse_number(std::string(400, '9')).has_value());  // beyond a double: not a number
    }
}
