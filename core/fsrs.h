// fsrs.h: the FSRS-6 spaced-repetition scheduler, as plain functions over plain numbers.
//
// FSRS (Free Spaced Repetition Scheduler) keeps, per question, a memory state: stability S
// (days until the probability of recall falls to 90 %) and difficulty D (1..10). Each
// answer is a review with a grade; the review updates S and D and schedules the next one.
// The formulas and the default weights are FSRS-6 as published by the open-spaced-repetition
// project: "The Algorithm" page of the fsrs4anki wiki, py-fsrs fsrs/scheduler.py and
// ts-fsrs packages/fsrs/src (version 5.4.2, which the tests use as their oracle; see
// tests/fsrs-oracle/reference.mjs). shared/reference.md summarizes them.
//
// Time is counted in whole days: the caller passes the reader's local day number (days
// since 1970-01-01 in the reader's time zone), so the core reads no clock and knows no
// time zone. A review on the same day as the last one uses the same-day formula.
//
//   nq::FsrsCard card;                                           // new: never reviewed
//   card = nq::fsrs_review(nq::FsrsParams{}, card, nq::Grade::good, today);
//   if (today >= card.due_day) offer_review();                   // due again in card.interval days
//   double p = nq::fsrs_retrievability(nq::FsrsParams{}, card, today);
//
// Index of this file:
// [SECTION] Parameters and grades
// [SECTION] Memory state
// [SECTION] Scheduling cards
#pragma once

#include <array>

namespace nq {

// [SECTION] Parameters and grades
// FSRS-6 default weights w0..w20 (ts-fsrs default_w, py-fsrs DEFAULT_PARAMETERS).
constexpr std::array<double, 21> kFsrs6DefaultWeights = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

struct FsrsParams {
    std::array<double, 21> w = kFsrs6DefaultWeights;
    double desired_retention = 0.9;  // (0, 1): the recall probability a review is scheduled at
    int maximum_interval = 36500;    // days
};

enum class Grade { again = 1, hard = 2, good = 3, easy = 4 };

// A quiz answer as a grade: correct (full marks) -> good, anything else -> again.
// NOTE: answer time is deliberately not used. The maintainers' advice for pass/fail
// feedback is Good/Again; time could only refine a *correct* answer (fast -> Easy,
// slow -> Hard) if normalised per reader, and a reader's time on a news question
// depends on the prompt's length far more than on recall. A wrong answer is never Hard.
Grade fsrs_grade(bool correct);

// [SECTION] Memory state
struct FsrsMemory {
    double stability = 0;   // days; 0 = never reviewed
    double difficulty = 0;  // 1..10; 0 = never reviewed
};

// R(t, S) = (1 + F t / S)^(-w20), F = 0.9^(-1/w20) - 1: the probability of recall after
// `elapsed_days` days. 1 at t = 0, 0.9 at t = S; 0 when stability is 0 (never reviewed).
double fsrs_forgetting_curve(const FsrsParams& params, double elapsed_days, double stability);

// The memory after a review `elapsed_days` whole days after the previous one (0 = same day).
// A never-reviewed memory gets the initial S0(G) and D0(G). S and D are rounded to 8
// decimals after each step, as ts-fsrs does, so stored values stay short.
FsrsMemory fsrs_next_memory(const FsrsParams& params, const FsrsMemory& memory, int elapsed_days, Grade grade);

// I = S / F * (r^(1/decay) - 1), rounded, at least 1 day, at most maximum_interval.
int fsrs_next_interval(const FsrsParams& params, double stability);

// [SECTION] Scheduling cards
struct FsrsCard {
    FsrsMemory memory;
    int reps = 0;      // reviews so far; 0 = new
    int lapses = 0;    // reviews graded again after the first one
    int last_day = 0;  // local day number of the last review
    int interval = 0;  // days from last_day to due_day
    int due_day = 0;   // local day number from which the card is due
};

// One review on local day `day`. A day before last_day (a clock set back, a store from
// another time zone) counts as the same day. After a review that is not the first,
// the Hard, Good and Easy intervals are kept strictly increasing (as ts-fsrs and Anki do),
// then capped at maximum_interval.
FsrsCard fsrs_review(const FsrsParams& params, const FsrsCard& card, Grade grade, int day);

// The card's probability of recall on local day `day`; 0 for a new card.
double fsrs_retrievability(const FsrsParams& params, const FsrsCard& card, int day);

}  // namespace nq
