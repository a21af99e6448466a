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

#include "fold_table.h"
#include "json_reader.h"

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
// The steps of utf8proc 2.8.0's decomposition and composition, over the tables of fold_table.h
// (generated from utf8proc); tests/unit-fold.cpp checks the result against utf8proc itself.
using fold::CharKind;

static CharKind char_kind(char32_t c) {
    const uint32_t* end = fold::kKindRuns + fold::kKindRunCount;
    return CharKind(std::upper_bound(fold::kKindRuns, end, uint32_t(c) << 2 | 3)[-1] & 3);
}

// Calls visit(c) for every code point; false, visiting nothing, when the text is not UTF-8.
template <class Visit>
static bool for_each_code_point(const std::string& utf8, Visit visit) {
    if (utf8_first_invalid(utf8) != std::string_view::npos) return false;
    for (size_t i = 0; i < utf8.size();) {
        auto lead = static_cast<unsigned char>(utf8[i]);
        int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : lead & (0x3F >> (length - 1));
        for (int k = 1; k < length; ++k) c = c << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        visit(c);
        i += size_t(length);
    }
    return true;
}

static void append_utf8(std::string& out, char32_t c) {
    static constexpr unsigned char kLead[] = {0, 0xC0, 0xE0, 0xF0};  // by the count of continuation bytes
    int tail = c < 0x80 ? 0 : c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
    out += char(kLead[tail] | (c >> (6 * tail)));
    for (int k = tail - 1; k >= 0; --k) out += char(0x80 | ((c >> (6 * k)) & 0x3F));
}

// The run folding c and c's place in it (fold_table.h), or kFoldRunCount: c folds to itself.
static size_t fold_run(const fold::FoldRuns& runs, char32_t c, uint32_t& place) {
    const std::vector<char32_t>& first = runs.first;
    auto after = std::upper_bound(first.begin(), first.end(), c);
    if (after == first.begin()) return fold::kFoldRunCount;
    size_t run = size_t(after - first.begin()) - 1;
    place = c - first[run];
    if (fold::kFoldHow[run] == fold::FoldHow::shift_alternate) {
        if (place % 2 != 0) return fold::kFoldRunCount;
        place /= 2;
    }
    return place < fold::kFoldCount[run] ? run : fold::kFoldRunCount;
}

static void append_fold(std::u32string& out, char32_t c) {
    const fold::FoldRuns& runs = fold::fold_runs();
    uint32_t place = 0;
    size_t run = fold_run(runs, c, place);
    if (run == fold::kFoldRunCount) return void(out += c);
    int32_t value = runs.value[run];
    switch (fold::kFoldHow[run]) {
        case fold::FoldHow::shift:
        case fold::FoldHow::shift_alternate:
            return void(out += c + value);
        case fold::FoldHow::same:
            return void(out += char32_t(value));
        case fold::FoldHow::list:
            break;
    }
    const char16_t* unit = fold::kFoldPool + value + place * fold::kFoldLength[run];
    for (const char16_t* end = unit + fold::kFoldLength[run]; unit < end; ++unit) {
        char32_t d = *unit;
        if (d >= 0xD800 && d <= 0xDBFF) d = 0x10000 + ((d - 0xD800) << 10) + (*++unit - 0xDC00);  // a surrogate pair
        out += d == fold::kBarrierUnit ? fold::kBarrier : d;
    }
}

static int combining_class(char32_t c) {
    const fold::CombiningClass* end = fold::kCombiningClasses + fold::kCombiningClassCount;
    const fold::CombiningClass* it = std::lower_bound(fold::kCombiningClasses, end, c,
                                                      [](const fold::CombiningClass& e, char32_t x) { return e.code_point < x; });
    return it != end && it->code_point == c ? it->value : 0;
}

// Decomposed (compatibility), case folded, ignorables removed, nonspacing and enclosing marks
// stripped (é = e), in canonical order; false on invalid UTF-8.
static bool decompose_folded(const std::string& utf8, std::u32string& out) {
    if (!for_each_code_point(utf8, [&](char32_t c) { append_fold(out, c); })) return false;
    // NOTE: utf8proc orders before it strips marks, so a stripped mark of class 0 (kBarrier)
    // still stops the swaps; a swap steps back to check the pair before it.
    for (size_t i = 0; i + 1 < out.size();) {
        int here = combining_class(out[i]), next = combining_class(out[i + 1]);
        if (here > next && next > 0) {
            std::swap(out[i], out[i + 1]);
            i = i > 0 ? i - 1 : i + 1;
        } else {
            ++i;
        }
    }
    out.erase(std::remove(out.begin(), out.end(), fold::kBarrier), out.end());
    return true;
}

// The code point `first second` compose into, or 0. Hangul by the formula of Unicode's
// chapter 3.12, as utf8proc: NOTE an LV syllable takes U+11A7 too, which adds nothing.
static char32_t composition(char32_t first, char32_t second) {
    constexpr char32_t kS = 0xAC00, kL = 0x1100, kV = 0x1161, kT = 0x11A7;
    constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kSCount = kLCount * kVCount * kTCount;
    if (first - kL < kLCount && second - kV < kVCount) return kS + ((first - kL) * kVCount + (second - kV)) * kTCount;
    if (first - kS < kSCount && (first - kS) % kTCount == 0 && second - kT < kTCount) return first + (second - kT);
    const fold::Composition* end = fold::kCompositions + fold::kCompositionCount;
    const fold::Composition* it = std::lower_bound(fold::kCompositions, end, std::make_pair(first, second),
                                                   [](const fold::Composition& e, std::pair<char32_t, char32_t> x) {
                                                       return std::make_pair(e.first, e.second) < x;
                                                   });
    return it != end && it->first == first && it->second == second ? it->composed : 0;
}

// Canonical composition (NFC's last step) of a decomposed, ordered sequence.
static void compose(std::u32string& cps) {
    size_t starter = std::u32string::npos;
    int blocking = -1;  // the highest class since the starter; a character of class 0 blocks all
    size_t kept = 0;
    for (char32_t c : cps) {
        int cls = combining_class(c);
        if (starter != std::u32string::npos && cls > blocking) {
            if (char32_t composed = composition(cps[starter], c)) {
                cps[starter] = composed;
                continue;
            }
        }
        cps[kept] = c;
        if (cls == 0) starter = kept, blocking = -1;
        else blocking = std::max(blocking, cls);
        ++kept;
    }
    cps.resize(kept);
}

std::string normalize_answer(const std::string& utf8) {
    std::u32string cps;
    if (!decompose_folded(utf8, cps)) return "";
    compose(cps);

    auto kept = [](char32_t c) { return char_kind(c) == CharKind::keep; };
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
        append_utf8(out, *it);
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
    bool blank = true;
    return for_each_code_point(utf8, [&](char32_t c) { blank = blank && char_kind(c) == CharKind::space; }) && blank;
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
    if (scored_in_parts(question.type) && question.scoring == Scoring::all_or_nothing && earned < 1) earned = 0;
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
