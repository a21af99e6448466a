// Scoring per question type and rule (content-format.md), rounding, quizzes and text folding.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "scoring.h"

namespace {

nq::Choice choice(const char* id, bool correct = false) { return {id, id, correct, std::nullopt, ""}; }
nq::Choice weighted(const char* id, double weight, bool correct = false) { return {id, id, correct, weight, ""}; }

nq::Question choices_question(nq::QuestionType type, std::vector<nq::Choice> choices, double points = 1,
                              nq::Scoring scoring = nq::Scoring::partial) {
    nq::Question q;
    q.id = "q";
    q.type = type;
    q.points = points;
    q.choices = std::move(choices);
    q.scoring = scoring;
    return q;
}

nq::Response answered() {
    nq::Response r;
    r.answered = true;
    return r;
}
// clang-format off
nq::Response ids(std::vector<std::string> v) { nq::Response r = answered(); r.ids = std::move(v); return r; }
nq::Response boolean(bool b) { nq::Response r = answered(); r.boolean = b; return r; }
nq::Response number(double x) { nq::Response r = answered(); r.number = x; return r; }
nq::Response text(std::string s) { nq::Response r = answered(); r.text = std::move(s); return r; }
nq::Response matches(std::vector<std::pair<std::string, std::string>> m) { nq::Response r = answered(); r.matches = std::move(m); return r; }
// clang-format on

struct Case {
    const char* name;
    nq::Response response;
    double score;
    bool correct;
    bool answered = true;
};

void check_cases(const nq::Question& q, const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        INFO(c.name);
        nq::QuestionScore s = nq::score_question(q, c.response);
        CHECK(s.score == c.score);
        CHECK(s.max == q.points);
        CHECK(s.correct == c.correct);
        CHECK(s.answered == c.answered);
    }
}

const double kInf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_CASE("single choice") {
    SUBCASE("is all or nothing without weights") {
        nq::Question q = choices_question(nq::QuestionType::single, {choice("a", true), choice("b"), choice("c")}, 2);
        check_cases(q, {
                           {"the correct choice", ids({"a"}), 2, true},
                           {"a wrong choice", ids({"b"}), 0, false},
                           {"an unknown id", ids({"zz"}), 0, false},
                           {"an empty id is no answer", ids({""}), 0, false, false},
                           {"no id is no answer", ids({}), 0, false, false},
                           {"unanswered", nq::Response{}, 0, false, false},
                       });
    }
    SUBCASE("earns the chosen choice's weight, clamped to 0..100 %") {
        nq::Question q = choices_question(nq::QuestionType::single,
                                          {choice("a", true), weighted("b", 50), weighted("c", -50),
                                           weighted("d", 150), weighted("e", 33.3333), weighted("f", 0, true)},
                                          3);
        check_cases(q, {
                           {"correct without a weight counts 100 %", ids({"a"}), 3, true},
                           {"half", ids({"b"}), 1.5, false},
                           {"a negative weight earns nothing", ids({"c"}), 0, false},
                           {"over 100 % is clamped", ids({"d"}), 3, true},
                           {"a third of 3 points rounds to 1", ids({"e"}), 1, false},
                           {"the weight wins over correct", ids({"f"}), 0, false},
                       });
    }
}

TEST_CASE("multiple choice") {
    std::vector<nq::Choice> abc_right_de_wrong = {choice("a", true), choice("b", true), choice("c", true),
                                                  choice("d"), choice("e")};
    SUBCASE("partial credit is (right - wrong) / correct total, never below 0") {
        nq::Question q = choices_question(nq::QuestionType::multiple, abc_right_de_wrong, 1);
        check_cases(q, {
                           {"all correct", ids({"a", "b", "c"}), 1, true},
                           {"in any order", ids({"c", "a", "b"}), 1, true},
                           {"two of three", ids({"a", "b"}), 0.67, false},
                           {"one of three", ids({"a"}), 0.33, false},
                           {"all correct and one wrong", ids({"a", "b", "c", "d"}), 0.67, false},
                           {"one right, one wrong", ids({"a", "d"}), 0, false},
                           {"more wrong than right", ids({"a", "d", "e"}), 0, false},
                           {"only wrong", ids({"d"}), 0, false},
                           {"a repeated id counts once", ids({"a", "a", "a"}), 0.33, false},
                           {"unknown ids earn nothing and cost nothing", ids({"a", "zz", "yy"}), 0.33, false},
                           {"an empty array is no answer", ids({}), 0, false, false},
                       });
    }
    SUBCASE("partial credit of 3 points is exact for 2/3 and rounded for 1/3 of 2 points") {
        nq::Question three = choices_question(nq::QuestionType::multiple, abc_right_de_wrong, 3);
        check_cases(three, {{"2/3 of 3", ids({"a", "b"}), 2, false}, {"1/3 of 3", ids({"a"}), 1, false}});
        nq::Question two = choices_question(nq::QuestionType::multiple, abc_right_de_wrong, 2);
        check_cases(two, {{"1/3 of 2", ids({"a"}), 0.67, false}, {"2/3 of 2", ids({"a", "b"}), 1.33, false}});
    }
    SUBCASE("halves round away from zero") {
        std::vector<nq::Choice> eight;
        for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) eight.push_back(choice(id, true));
        nq::Question q = choices_question(nq::QuestionType::multiple, eight, 1);
        check_cases(q, {{"1/8 = 0.125", ids({"a"}), 0.13, false}, {"3/8 = 0.375", ids({"a", "b", "c"}), 0.38, false}});
    }
    SUBCASE("all_or_nothing gives the points only for exactly the correct set") {
        nq::Question q = choices_question(nq::QuestionType::multiple, abc_right_de_wrong, 2, nq::Scoring::all_or_nothing);
        check_cases(q, {
                           {"exactly the correct set", ids({"b", "c", "a"}), 2, true},
                           {"one missing", ids({"a", "b"}), 0, false},
                           {"one wrong added", ids({"a", "b", "c", "d"}), 0, false},
                       });
    }
    SUBCASE("weights add up over the chosen choices, clamped to 0..100 %") {
        nq::Question q = choices_question(nq::QuestionType::multiple,
                                          {weighted("a", 50, true), weighted("b", 50, true), weighted("c", -100), choice("d")});
        check_cases(q, {
                           {"both halves", ids({"a", "b"}), 1, true},
                           {"one half", ids({"a"}), 0.5, false},
                           {"a choice without weight that is wrong counts 0", ids({"a", "b", "d"}), 1, true},
                           {"a negative weight takes back", ids({"a", "b", "c"}), 0, false},
                           {"below 0 is clamped", ids({"a", "c"}), 0, false},
                           {"a repeated weight counts once", ids({"a", "a"}), 0.5, false},
                       });
    }
    SUBCASE("weights summing over 100 % are clamped") {
        nq::Question q = choices_question(nq::QuestionType::multiple, {weighted("a", 60, true), weighted("b", 60, true), choice("c")});
        check_cases(q, {{"120 %", ids({"a", "b"}), 1, true}, {"60 %", ids({"a"}), 0.6, false}});
    }
    SUBCASE("all weights negative earn nothing") {
        nq::Question q = choices_question(nq::QuestionType::multiple, {weighted("a", -50), weighted("b", -50)});
        check_cases(q, {{"one", ids({"a"}), 0, false}, {"both", ids({"a", "b"}), 0, false}});
    }
    SUBCASE("a correct choice without weight counts 100 / number of correct when others are weighted") {
        nq::Question q = choices_question(nq::QuestionType::multiple, {choice("a", true), choice("b", true), weighted("c", 50)});
        check_cases(q, {
                           {"both correct", ids({"a", "b"}), 1, true},
                           {"one correct", ids({"a"}), 0.5, false},
                           {"one correct and a weighted one", ids({"a", "c"}), 1, true},
                       });
    }
    SUBCASE("all_or_nothing with weights needs the full 100 %") {
        nq::Question q = choices_question(nq::QuestionType::multiple, {weighted("a", 50, true), weighted("b", 50, true)}, 1,
                                          nq::Scoring::all_or_nothing);
        check_cases(q, {{"half", ids({"a"}), 0, false}, {"all", ids({"a", "b"}), 1, true}});
    }
}

TEST_CASE("true or false") {
    nq::Question q;
    q.type = nq::QuestionType::true_false;
    q.answer_bool = false;
    check_cases(q, {
                       {"right", boolean(false), 1, true},
                       {"wrong", boolean(true), 0, false},
                       {"unanswered", nq::Response{}, 0, false, false},
                   });
}

TEST_CASE("numeric") {
    nq::Question q;
    q.type = nq::QuestionType::numeric;
    SUBCASE("without tolerance only the exact value counts") {
        q.answer_number = 3;
        check_cases(q, {
                           {"exact", number(3), 1, true},
                           {"just above", number(3.0000001), 0, false},
                           {"just below", number(2.9999999), 0, false},
                           {"unanswered", nq::Response{}, 0, false, false},
                       });
    }
    SUBCASE("tolerance boundaries are inclusive as written in decimal") {
        q.answer_number = 0.3;
        q.tolerance = 0.1;
        REQUIRE(std::fabs(0.4 - 0.3) > 0.1);  // NOTE: the binary trap the slack exists for
        check_cases(q, {
                           {"upper boundary", number(0.4), 1, true},
                           {"lower boundary", number(0.2), 1, true},
                           {"inside", number(0.35), 1, true},
                           {"just outside above", number(0.4000001), 0, false},
                           {"just outside below", number(0.1999999), 0, false},
                           {"outside by far less than a millionth", number(0.4 + 1e-12), 0, false},
                       });
    }
    SUBCASE("a range min..max includes both ends") {
        q.answer_number = 15;
        q.min = 10;
        q.max = 20;
        check_cases(q, {
                           {"min", number(10), 1, true},
                           {"max", number(20), 1, true},
                           {"inside", number(12.5), 1, true},
                           {"below", number(9.999), 0, false},
                           {"above", number(20.001), 0, false},
                       });
    }
    SUBCASE("a range without answer: any number in it is right, the unset answer (0) is not") {
        q.answer_number = 0;  // as loaded from {"min": 1, "max": 7} with no "answer"
        q.min = 1;
        q.max = 7;
        check_cases(q, {
                           {"the low end", number(1), 1, true},
                           {"inside", number(3), 1, true},
                           {"the high end", number(7), 1, true},
                           {"zero, the unset answer", number(0), 0, false},
                           {"above", number(7.5), 0, false},
                       });
    }
    SUBCASE("a decimal range holds sums computed in binary") {
        q.min = 0.1;
        q.max = 0.3;
        check_cases(q, {
                           {"0.1 + 0.2 at the top", number(0.1 + 0.2), 1, true},
                           {"0.3 - 0.2 at the bottom", number(0.3 - 0.2), 1, true},
                           {"0.31", number(0.31), 0, false},
                           {"0.09", number(0.09), 0, false},
                       });
    }
    SUBCASE("huge numbers") {
        q.answer_number = 1e300;
        check_cases(q, {{"exact", number(1e300), 1, true}, {"one part in ten billion off", number(1.0000000001e300), 0, false}});
        q.answer_number = 1e15;
        check_cases(q, {{"an integer one apart is not within the slack", number(1e15 + 1), 0, false}});
        q.answer_number = 1e308;
        q.tolerance = 1e308;
        check_cases(q, {{"at the tolerance", number(0), 1, true}, {"a difference that overflows", number(-1e308), 0, false}});
    }
    SUBCASE("tiny numbers") {
        q.answer_number = 1e-300;
        check_cases(q, {{"exact", number(1e-300), 1, true}, {"twice", number(2e-300), 0, false}});
        q.answer_number = 0;
        check_cases(q, {
                           {"the smallest subnormal is not zero", number(std::numeric_limits<double>::denorm_min()), 0, false},
                           {"minus zero is zero", number(-0.0), 1, true},
                       });
    }
    SUBCASE("a non-finite response is wrong, never a crash") {
        q.answer_number = 0;
        q.tolerance = 1e308;
        check_cases(q, {{"infinity", number(kInf), 0, false}, {"NaN", number(std::nan("")), 0, false}});
    }
}

TEST_CASE("text answers") {
    nq::Question q;
    q.type = nq::QuestionType::text;
    q.accept = {"National Guard", "Guardia Nacional", "!!!"};
    check_cases(q, {
                       {"as written", text("National Guard"), 1, true},
                       {"case, spacing and punctuation", text("  NATIONAL \t GUARD!! "), 1, true},
                       {"curly quotes and an accent", text("\u201CGu\u00E1rdia Nacional\u201D"), 1, true},
                       {"no-break space", text("Guardia\u00A0Nacional"), 1, true},
                       {"a typo", text("National Gaurd"), 0, false},
                       {"only punctuation never matches", text("!!!"), 0, false},
                       {"invalid UTF-8 is a wrong answer", text("National Guard\xFF"), 0, false},
                       {"empty is no answer", text(""), 0, false, false},
                       {"white space only is no answer", text(" \u00A0\u3000\n"), 0, false, false},
                   });
}

TEST_CASE("normalize_answer folds case, accents, punctuation and white space in every script") {
    struct Fold {
        const char* name;
        std::string in;
        std::string out;
    };
    const std::vector<Fold> folds = {
        {"Spanish", "¿Qué PASÓ, señor?", "que paso, senor"},
        {"French", "« Ça, c'est l'Élysée ! »", "ca, c'est l'elysee"},
        {"German sharp s", "Straße", "strasse"},
        {"German capital sharp s", "STRAẞE", "strasse"},
        {"Greek with tonos and final sigma", "Οδυσσεύς", "οδυσσευσ"},
        {"Greek capitals", "ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},
        {"Cyrillic", "МОСКВА", "москва"},
        {"Cyrillic yo", "Ёлка", "елка"},
        {"Turkish dotted capital I", "İSTANBUL", "istanbul"},
        {"Turkish dotless i stays its own letter", "ılık", "ılık"},
        {"full-width letters and digits", "ＮＡＴＯ １２３", "nato 123"},
        {"a ligature", "ﬁnal", "final"},
        {"an enclosing mark", "A\u20DD", "a"},
        {"no-break and ideographic spaces collapse", "a\u00A0\u00A0b\u3000c", "a b c"},
        {"tabs and line breaks collapse", "a\t\r\n b", "a b"},
        {"an embedded NUL is white space", std::string("a\0b", 3), "a b"},
        {"curly single quotes", "\u2018quoted\u2019", "quoted"},
        {"dashes and symbols at the ends", "\u2014 $100 \u2605", "100"},
        {"a percent sign", "100 %", "100"},
        {"inner punctuation stays", "U.S.", "u.s"},
        {"soft hyphen and zero-width space vanish", "Guar\u00ADdia\u200BNacional", "guardianacional"},
        {"spacing vowel signs stay", "\u0915\u093F", "\u0915\u093F"},
        {"only punctuation", " ?! ", ""},
        {"empty", "", ""},
    };
    for (const Fold& f : folds) {
        INFO(f.name);
        CHECK(nq::normalize_answer(f.in) == f.out);
    }
}

TEST_CASE("normalize_answer gives an empty string for invalid UTF-8") {
    for (const char* bad : {"\xFF", "abc\xFF", "\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80"}) {
        INFO(bad);
        CHECK(nq::normalize_answer(bad) == "");
    }
}

TEST_CASE("order") {
    nq::Question q;
    q.type = nq::QuestionType::order;
    q.items = {{"i1", "one"}, {"i2", "two"}, {"i3", "three"}, {"i4", "four"}};
    SUBCASE("partial credit is the share of items in their place") {
        check_cases(q, {
                           {"all in place", ids({"i1", "i2", "i3", "i4"}), 1, true},
                           {"first two swapped", ids({"i2", "i1", "i3", "i4"}), 0.5, false},
                           {"middle two swapped", ids({"i1", "i3", "i2", "i4"}), 0.5, false},
                           {"all shifted by one", ids({"i4", "i1", "i2", "i3"}), 0, false},
                           {"only the first given", ids({"i1"}), 0.25, false},
                           {"an extra id after the items", ids({"i1", "i2", "i3", "i4", "i5"}), 1, true},
                           {"one id repeated", ids({"i1", "i1", "i1", "i1"}), 0.25, false},
                           {"unknown ids", ids({"x", "y", "i3", "z"}), 0.25, false},
                           {"an empty array is no answer", ids({}), 0, false, false},
                       });
    }
    SUBCASE("thirds are rounded") {
        q.items.pop_back();
        check_cases(q, {{"one of three", ids({"i1", "i3", "i2"}), 0.33, false}});
    }
    SUBCASE("all_or_nothing") {
        q.scoring = nq::Scoring::all_or_nothing;
        check_cases(q, {{"all in place", ids({"i1", "i2", "i3", "i4"}), 1, true},
                        {"two swapped", ids({"i2", "i1", "i3", "i4"}), 0, false}});
    }
}

TEST_CASE("match") {
    nq::Question q;
    q.type = nq::QuestionType::match;
    q.points = 2;
    q.pairs = {{"p1", "l1", "r1"}, {"p2", "l2", "r2"}, {"p3", "l3", "r3"}, {"p4", "l4", "r4"}};
    SUBCASE("partial credit is the share of correct pairs") {
        check_cases(q, {
                           {"all right", matches({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}, {"p4", "p4"}}), 2, true},
                           {"two swapped", matches({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p4"}, {"p4", "p3"}}), 1, false},
                           {"one pair given", matches({{"p2", "p2"}}), 0.5, false},
                           {"one right pair chosen twice", matches({{"p1", "p1"}, {"p2", "p1"}}), 0.5, false},
                           {"an unknown left id", matches({{"zz", "zz"}, {"p1", "p1"}}), 0.5, false},
                           {"a left id given twice counts as first given", matches({{"p1", "p2"}, {"p1", "p1"}}), 0, false},
                           {"an empty object is no answer", matches({}), 0, false, false},
                       });
    }
    SUBCASE("thirds are rounded") {
        q.points = 1;
        q.pairs.pop_back();
        check_cases(q, {{"two of three", matches({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p1"}}), 0.67, false}});
    }
}

TEST_CASE("a question's max is its points rounded like its score") {
    nq::Question q = choices_question(nq::QuestionType::single, {choice("a", true), choice("b")}, 1.005);
    nq::QuestionScore s = nq::score_question(q, ids({"a"}));
    CHECK(s.max == 1.01);  // 1.005 * 100 is 100.49999999999999 in binary; rounded as written
    CHECK(s.score == 1.01);
    CHECK(s.correct);
}

TEST_CASE("quiz totals") {
    nq::Quiz quiz;
    for (const char* id : {"q1", "q2", "q3"}) {
        nq::Question q = choices_question(nq::QuestionType::multiple, {choice("a", true), choice("b", true), choice("c", true)});
        q.id = id;
        quiz.questions.push_back(q);
    }
    std::vector<int> all = {0, 1, 2};

    SUBCASE("a partial question adds its rounded score; two of three right is 66.666... %") {
        nq::QuizScore s = nq::score_quiz(quiz, all, {ids({"a", "b", "c"}), ids({"a", "b", "c"}), ids({"c"})});
        CHECK(s.score == 2.33);
        CHECK(s.max == 3);
        CHECK(s.percent == 233.0 / 3);  // 77.666..., exact: 2.33 of 3
        s = nq::score_quiz(quiz, all, {ids({"a", "b", "c"}), ids({"a", "b", "c"}), nq::Response{}});
        CHECK(s.score == 2);
        CHECK(s.percent == 200.0 / 3);
        CHECK(s.questions.size() == 3);
        CHECK_FALSE(s.questions[2].answered);
    }
    SUBCASE("the sum is of rounded scores") {
        nq::QuizScore s = nq::score_quiz(quiz, all, {ids({"a"}), ids({"b"}), ids({"c"})});
        CHECK(s.score == 0.99);  // 3 x 0.33, not 1
        CHECK(s.percent == 33);
    }
    SUBCASE("sums carry no binary noise") {
        quiz.questions[0].points = 0.1;
        quiz.questions[1].points = 0.2;
        nq::QuizScore s = nq::score_quiz(quiz, {0, 1}, {ids({"a", "b", "c"}), ids({"a", "b", "c"})});
        CHECK(s.max == 0.3);
        CHECK(s.score == 0.3);
        CHECK(s.percent == 100);
    }
    SUBCASE("questions come in the order given, a missing response is unanswered") {
        quiz.questions[2].points = 5;
        nq::QuizScore s = nq::score_quiz(quiz, {2, 0}, {ids({"a", "b", "c"})});
        REQUIRE(s.questions.size() == 2);
        CHECK(s.questions[0].max == 5);
        CHECK(s.questions[0].score == 5);
        CHECK_FALSE(s.questions[1].answered);
        CHECK(s.max == 6);
        CHECK(s.percent == 500.0 / 6);
    }
    SUBCASE("no questions: percent 0") {
        nq::QuizScore s = nq::score_quiz(quiz, {}, {});
        CHECK(s.max == 0);
        CHECK(s.percent == 0);
        CHECK(s.questions.empty());
    }
}

TEST_CASE("passing and bands") {
    nq::Quiz quiz;
    for (int i = 0; i < 10; ++i) {
        nq::Question q;
        q.id = "q" + std::to_string(i);
        q.type = nq::QuestionType::true_false;
        q.answer_bool = true;
        quiz.questions.push_back(q);
    }
    std::vector<int> all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    auto with_right = [&](int right) {
        std::vector<nq::Response> responses;
        for (int i = 0; i < 10; ++i) responses.push_back(boolean(i < right));
        return nq::score_quiz(quiz, all, responses);
    };
    quiz.pass_percent = 70;
    quiz.results = {{70, "good"}, {0, "low"}, {90, "great"}, {70, "also good"}};

    SUBCASE("exactly pass_percent passes") {
        nq::QuizScore s = with_right(7);
        CHECK(s.percent == 70);
        CHECK(s.passed);
        CHECK(s.band == 0);  // the first of two bands at 70
    }
    SUBCASE("just below fails") {
        nq::QuizScore s = with_right(6);
        CHECK(s.percent == 60);
        CHECK_FALSE(s.passed);
        CHECK(s.band == 1);
    }
    SUBCASE("the highest band reached wins, whatever the order") {
        CHECK(with_right(10).band == 2);
        CHECK(with_right(9).band == 2);
        CHECK(with_right(8).band == 0);
        CHECK(with_right(0).band == 1);
    }
    SUBCASE("no band reached") {
        quiz.results = {{50, "half"}, {80, "most"}};
        CHECK(with_right(4).band == -1);
        quiz.results.clear();
        CHECK(with_right(10).band == -1);
    }
    SUBCASE("the exact percent decides, never a rounded one") {
        quiz.questions.resize(3);
        quiz.questions[0].points = 100;
        quiz.questions[1].points = 100;
        quiz.questions[2].points = 100;
        quiz.questions[2].type = nq::QuestionType::single;
        quiz.questions[2].choices = {weighted("a", 9.9), choice("b", true)};
        nq::QuizScore s = nq::score_quiz(quiz, {0, 1, 2}, {boolean(true), boolean(false), ids({"a"})});
        CHECK(s.score == 109.9);
        CHECK(s.percent == 109.9 * 100 / 300);  // 36.6333..., not 36.6
        s = nq::score_quiz(quiz, {0, 1, 2}, {boolean(true), boolean(true), ids({"a"})});
        CHECK(s.score == 209.9);
        CHECK(s.percent == 209.9 * 100 / 300);  // 69.9666..., which a rounding to 0.1 would have passed
        CHECK_FALSE(s.passed);
        CHECK(s.band == 1);  // "low": the 70 bands are not reached either
    }
    SUBCASE("69.96 % fails a 70 % mark; 70 % passes it") {
        quiz.questions.resize(1);
        quiz.questions[0].points = 100;
        quiz.questions[0].type = nq::QuestionType::single;
        quiz.questions[0].choices = {weighted("a", 69.96), weighted("b", 70), choice("c", true)};
        nq::QuizScore s = nq::score_quiz(quiz, {0}, {ids({"a"})});
        CHECK(s.score == 69.96);
        CHECK(s.percent == 69.96);
        CHECK_FALSE(s.passed);
        CHECK(s.band == 1);
        s = nq::score_quiz(quiz, {0}, {ids({"b"})});
        CHECK(s.percent == 70);
        CHECK(s.passed);
        CHECK(s.band == 0);
    }
}
