// The words table (core/words.h): both languages, dates, numbers, percents, and what a reader
// types into a number field.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "words.h"

using namespace nq;

TEST_CASE("the strings table") {
    SUBCASE("every string exists in both languages, and they differ where the words differ") {
        std::vector<Str> same;
        for (int i = 0; i < int(Str::count); ++i) {
            CHECK(std::string(str(Str(i), Lang::en)).size() > 0);
            CHECK(std::string(str(Str(i), Lang::es)).size() > 0);
            if (std::string(str(Str(i), Lang::en)) == str(Str(i), Lang::es)) same.push_back(Str(i));
        }
        // Only patterns of punctuation read the same: "{0}. {1}.", "{0}: {1} → {2}", ...
        CHECK(same == std::vector<Str>{Str::announce_answer, Str::topic_level, Str::topic_change, Str::totals,
                                       Str::topic_figure, Str::topic_level_figure});
    }
    SUBCASE("BCP 47 tags pick the language") {
        CHECK(lang_from_tag("es") == Lang::es);
        CHECK(lang_from_tag("es-MX") == Lang::es);
        CHECK(lang_from_tag("ES_es") == Lang::es);
        CHECK(lang_from_tag("en-GB") == Lang::en);
        CHECK(lang_from_tag("est") == Lang::en);
        CHECK(lang_from_tag("") == Lang::en);
    }
    SUBCASE("placeholders fill in any order; unknown ones stay") {
        CHECK(fmt("{1} of {0}", {"a", "b"}) == "b of a");
        CHECK(fmt("{0}{0}", {"x"}) == "xx");
        CHECK(fmt("{2} {", {"x"}) == "{2} {");
        CHECK(fmt(str(Str::question_n_of_m, Lang::es), {"3", "8"}) == "Pregunta 3 de 8");
    }
}

TEST_CASE("dates and numbers for the language") {
    SUBCASE("dates") {
        CHECK(format_date("2025-09-03", Lang::en) == "September 3, 2025");
        CHECK(format_date("2025-09-03", Lang::es) == "3 de septiembre de 2025");
        CHECK(format_date("2024-12-31", Lang::en) == "December 31, 2024");
        CHECK(format_date("2024-01-01", Lang::es) == "1 de enero de 2024");
        CHECK(format_date("2025-13-01", Lang::en) == "2025-13-01");  // not a date: shown as given
        CHECK(format_date("yesterday", Lang::en) == "yesterday");
    }
    SUBCASE("percents are cut to one decimal, never rounded up past a mark") {
        CHECK(percent_text(69.96, Lang::en) == "69.9%");
        CHECK(percent_text(70, Lang::en) == "70%");
        CHECK(percent_text(81.25, Lang::es) == "81,2 %");
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
