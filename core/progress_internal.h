// progress_internal.h: what the three source files of progress.h share, each written once.
// Internal: only progress.cpp, progress_review.cpp and progress_store.cpp include it.
//
// The loader must leave a store as recording and merging do (values in range, attempts in
// order, ids unique, days settled), so the rules for that live here, beside the one
// change to a card that attempts and reviews both make.
//
// Index of this file:
// [SECTION] Value ranges
// [SECTION] Lookups and order
// [SECTION] Defined in progress.cpp, progress_review.cpp, progress_store.cpp
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "progress.h"

namespace nq::progress_detail {

// [SECTION] Value ranges
// What the loader accepts. Values from callers are brought into these ranges, so that a
// saved store always reads back whole.
constexpr double kMaxMs = 1e15;   // year 33658: beyond it a time is corrupt
constexpr int kMaxDay = 1000000;  // local day numbers, either side of 1970
constexpr double kMaxPoints = 1e9;

inline double clean_ms(double ms) { return std::isfinite(ms) ? std::clamp(ms, 0.0, kMaxMs) : 0; }
inline int clean_day(int day) { return std::clamp(day, -kMaxDay, kMaxDay); }
inline double clean_points(double x) { return std::isfinite(x) ? std::clamp(x, 0.0, kMaxPoints) : 0; }
inline bool valid_id(const std::string& id) { return !id.empty() && id.size() <= kMaxIdChars; }

// [SECTION] Lookups and order
// The first entry of `list` whose `field` is `value`, or nullptr:
// find_by(article.questions, &QuestionProgress::id, "q3").
template <typename List, typename Entry>
auto find_by(List& list, std::string Entry::*field, const std::string& value) -> decltype(&list.front()) {
    for (auto& e : list)
        if (e.*field == value) return &e;
    return nullptr;
}

// Attempts are kept oldest first, by start time then id.
inline bool attempt_before(const Attempt& x, const Attempt& y) {
    return x.started_ms != y.started_ms ? x.started_ms < y.started_ms : x.id < y.id;
}

// The id of an attempt recorded without one (and of every version-1 attempt).
inline std::string default_attempt_id(double started_ms) {
    return std::to_string(static_cast<long long>(clean_ms(started_ms)));
}

// Keeps in best_* the better of two results: the higher share of the points, then the higher
// score. A result without points is never better; any result with points beats none.
inline void keep_better(double& best_score, double& best_max, double score, double max) {
    if (max <= 0) return;
    if (best_max > 0) {
        double share = score / max, best_share = best_score / best_max;
        if (!(share != best_share ? share > best_share : score > best_score)) return;
    }
    best_score = score;
    best_max = max;
}

// [SECTION] Defined in progress.cpp, progress_review.cpp, progress_store.cpp
// progress.cpp: sorts the days, drops repeats, keeps the newest kProgressKeptDays and every
// day of the current run, and raises longest_streak to the longest run seen.
void settle_days(ProgressStore& store);

// progress_review.cpp: reviews the question's card (creating it on the first answer):
// correct -> Good, otherwise Again; a correct answer a day or more after the previous review
// counts as a spaced success.
void review_card(QuestionProgress& entry, bool correct, int day, double ms);

// progress_store.cpp: the review quiz as newsquiz/1 text, by the writer of the stored form.
std::string review_document_json(const Document& doc);

}  // namespace nq::progress_detail
