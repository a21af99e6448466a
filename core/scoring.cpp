// scoring.cpp: the points a response earns, and the folded form of text answers.
//
// Index of this file:
// [SECTION] Rounding
// [SECTION] Text answers
// [SECTION] Per type
// [SECTION] Questions and quizzes
#include "scoring.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <set>

#include <utf8proc.h>

namespace nq {

// [SECTION] Rounding
// Half away from zero to a multiple of 1/per_unit (100: hundredths). Dividing the rounded
// integer gives the double nearest to the decimal, which prints without noise.
// NOTE: the tiny nudge makes a half that binary floating point put just below (0.125 * 100
// is exact, but 1.005 * 100 = 100.49999999999999) round away from zero as written.
static double round_to(double value, double per_unit) {
    double scaled = value * per_unit;
    return std::round(scaled + scaled * 1e-12) / per_unit;
}

static double round_points(double value) { return round_to(value, 100); }

// [SECTION] Text answers
enum class CharKind { space, trim, keep };

static CharKind char_kind(utf8proc_int32_t c) {
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
            return CharKind::space;
        case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_CF:
            return CharKind::trim;
        default:
            return CharKind::keep;
    }
}

// Decomposed (compatibility), case folded, ignorables removed; false on invalid UTF-8.
static bool decompose_folded(const std::string& utf8, std::vector<utf8proc_int32_t>& out) {
    const auto options = utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    out.resize(utf8.size() + 1);
    for (;;) {  // at most twice: the first call tells the size a longer expansion needs
        utf8proc_ssize_t n = utf8proc_decompose(bytes, utf8proc_ssize_t(utf8.size()), out.data(),
                                                utf8proc_ssize_t(out.size()), options);
        if (n < 0) return false;
        if (size_t(n) <= out.size()) {
            out.resize(size_t(n));
            return true;
        }
        out.resize(size_t(n));
    }
}

std::string normalize_answer(const std::string& utf8) {
    std::vector<utf8proc_int32_t> cps;
    if (!decompose_folded(utf8, cps)) return "";
    cps.erase(std::remove_if(cps.begin(), cps.end(), [](utf8proc_int32_t c) {
                  utf8proc_category_t cat = utf8proc_category(c);
                  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME;  // accents
              }),
              cps.end());
    utf8proc_ssize_t n = utf8proc_normalize_utf32(cps.data(), utf8proc_ssize_t(cps.size()),
                                                  utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return "";
    cps.resize(size_t(n));

    auto kept = [](utf8proc_int32_t c) { return char_kind(c) == CharKind::keep; };
    auto first = std::find_if(cps.begin(), cps.end(), kept);
    auto last = std::find_if(cps.rbegin(), cps.rend(), kept).base();
    std::string out;
    bool in_space = false;
    for (auto it = first; it < last; ++it) {
        if (char_kind(*it) == CharKind::space) {
            if (!in_space) out += ' ';
            in_space = true;
            continue;
        }
        in_space = false;
        utf8proc_uint8_t buf[4];
        out.append(reinterpret_cast<const char*>(buf), size_t(utf8proc_encode_char(*it, buf)));
    }
    return out;
}

bool text_matches(const Question& question, const std::string& utf8) {
    std::string response = normalize_answer(utf8);
    if (response.empty()) return false;
    for (const std::string& accepted : question.accept)
        if (normalize_answer(accepted) == response) return true;
    return false;
}

// Only white space (or nothing); invalid UTF-8 is not blank, it is a wrong answer.
static bool is_blank(const std::string& utf8) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    utf8proc_ssize_t left = utf8proc_ssize_t(utf8.size());
    while (left > 0) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n < 0 || char_kind(c) != CharKind::space) return false;
        p += n;
        left -= n;
    }
    return true;
}

bool response_answered(const Question& question, const Response& response) {
    if (!response.answered) return false;
    switch (question.type) {
        case QuestionType::single:
            return !response.ids.empty() && !response.ids[0].empty();
        case QuestionType::multiple:
        case QuestionType::order:
            return !response.ids.empty();
        case QuestionType::match:
            return !response.matches.empty();
        case QuestionType::text:
            return !is_blank(response.text);
        case QuestionType::true_false:
        case QuestionType::numeric:
            return true;
    }
    return false;
}

// [SECTION] Per type: the share of the points earned, 0..1 (before all_or_nothing)
static int count_correct(const Question& q) {
    return int(std::count_if(q.choices.begin(), q.choices.end(), [](const Choice& c) { return c.correct; }));
}

static bool has_weights(const Question& q) {
    return std::any_of(q.choices.begin(), q.choices.end(), [](const Choice& c) { return c.weight.has_value(); });
}

double choice_credit(const Question& q, const Choice& c) {
    if (c.weight) return *c.weight;
    if (!c.correct) return 0;
    if (q.type == QuestionType::single) return 100;
    return 100.0 / count_correct(q);
}

bool choice_in_solution(const Question& q, const Choice& c) {
    double credit = choice_credit(q, c);
    if (credit <= 0) return false;
    if (q.type != QuestionType::single) return true;
    return std::none_of(q.choices.begin(), q.choices.end(), [&](const Choice& other) { return choice_credit(q, other) > credit; });
}

static double clamp_share(double share) { return std::min(1.0, std::max(0.0, share)); }

static double share_single(const Question& q, const Response& r) {
    const Choice* c = find_choice(q, r.ids[0]);
    return c ? clamp_share(choice_credit(q, *c) / 100) : 0;
}

static double share_multiple(const Question& q, const Response& r) {
    std::set<std::string> chosen(r.ids.begin(), r.ids.end());  // a repeated id counts once
    bool weighted = has_weights(q);
    double percent = 0;
    int right = 0, wrong = 0;
    for (const std::string& id : chosen) {
        const Choice* c = find_choice(q, id);
        if (!c) continue;
        percent += choice_credit(q, *c);
        (c->correct ? right : wrong)++;
    }
    if (weighted) return clamp_share(percent / 100);
    int total = count_correct(q);
    return total > 0 ? clamp_share(double(right - wrong) / total) : 0;
}

// NOTE: |r - a| <= t in exact decimal terms: the slack covers the rounding of the three
// decimal values to binary and of the subtraction, relative to the largest magnitude.
static bool numeric_correct(const Question& q, double r) {
    if (!std::isfinite(r)) return false;
    if (q.min && q.max) {
        double slack = kNumericSlack * std::max({std::fabs(r), std::fabs(*q.min), std::fabs(*q.max)});
        return r >= *q.min - slack && r <= *q.max + slack;
    }
    double slack = kNumericSlack * std::max({std::fabs(r), std::fabs(q.answer_number), q.tolerance});
    return std::fabs(r - q.answer_number) <= q.tolerance + slack;
}

static double share_order(const Question& q, const Response& r) {
    size_t n = std::min(q.items.size(), r.ids.size());
    int placed = 0;
    for (size_t i = 0; i < n; ++i)
        if (r.ids[i] == q.items[i].id) placed++;
    return q.items.empty() ? 0 : double(placed) / double(q.items.size());
}

static double share_match(const Question& q, const Response& r) {
    std::set<std::string> seen;  // a left id given twice counts once, as first given
    int right = 0;
    for (const auto& match : r.matches) {
        const std::string& left = match.first;
        if (!seen.insert(left).second) continue;
        bool known = find_pair(q, left) != nullptr;
        if (known && match.second == left) right++;
    }
    return q.pairs.empty() ? 0 : double(right) / double(q.pairs.size());
}

static double share(const Question& q, const Response& r) {
    switch (q.type) {
        case QuestionType::single: return share_single(q, r);
        case QuestionType::multiple: return share_multiple(q, r);
        case QuestionType::true_false: return r.boolean == q.answer_bool ? 1 : 0;
        case QuestionType::numeric: return numeric_correct(q, r.number) ? 1 : 0;
        case QuestionType::text: return text_matches(q, r.text) ? 1 : 0;
        case QuestionType::order: return share_order(q, r);
        case QuestionType::match: return share_match(q, r);
    }
    return 0;
}

// [SECTION] Questions and quizzes
QuestionScore score_question(const Question& question, const Response& response) {
    QuestionScore s;
    s.max = round_points(question.points);
    s.answered = response_answered(question, response);
    if (!s.answered) return s;
    double earned = share(question, response);
    bool partial_type = question.type == QuestionType::multiple || question.type == QuestionType::order ||
                        question.type == QuestionType::match;
    if (partial_type && question.scoring == Scoring::all_or_nothing && earned < 1) earned = 0;
    s.score = std::max(0.0, round_points(question.points * earned));
    s.correct = s.max > 0 && s.score >= s.max;
    return s;
}

QuizScore score_quiz(const Quiz& quiz, const std::vector<int>& indices, const std::vector<Response>& responses) {
    QuizScore result;
    const Response unanswered;
    for (size_t i = 0; i < indices.size(); ++i) {
        int index = indices[i];
        assert(index >= 0 && size_t(index) < quiz.questions.size());
        if (index < 0 || size_t(index) >= quiz.questions.size()) continue;
        QuestionScore s = score_question(quiz.questions[size_t(index)], i < responses.size() ? responses[i] : unanswered);
        result.score += s.score;
        result.max += s.max;
        result.questions.push_back(s);
    }
    // Sums of hundredths, rounded again only to drop the noise of binary addition.
    result.score = round_points(result.score);
    result.max = round_points(result.max);
    // NOTE: exact, not rounded: 69.96 must not pass a 70 mark; views round only what they show.
    result.percent = result.max > 0 ? result.score * 100 / result.max : 0;
    result.passed = result.percent >= quiz.pass_percent;
    for (size_t b = 0; b < quiz.results.size(); ++b) {
        double min = quiz.results[b].min_percent;
        if (min <= result.percent && (result.band < 0 || min > quiz.results[size_t(result.band)].min_percent))
            result.band = int(b);
    }
    return result;
}

}  // namespace nq
