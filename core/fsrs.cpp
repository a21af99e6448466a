// fsrs.cpp: FSRS-6, formula by formula. w[i] is the published weight w_i.
//
// Sources: fsrs4anki wiki "The Algorithm" (FSRS-6), py-fsrs fsrs/scheduler.py, ts-fsrs
// packages/fsrs/src/algorithm.ts and impl/basic_scheduler.ts (5.4.2, the tests' oracle).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Memory state
// [SECTION] Scheduling cards
#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace nq {

// [SECTION] Helpers
namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500;

double round8(double x) { return std::round(x * 1e8) / 1e8; }

double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }

double decay(const FsrsParams& p) { return -p.w[20]; }

// F = 0.9^(1/decay) - 1, so that R(S, S) = 0.9 for every S.
double factor(const FsrsParams& p) { return std::pow(0.9, 1.0 / decay(p)) - 1.0; }

// D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped (mean reversion targets the unclamped D0(4)).
double initial_difficulty(const FsrsParams& p, Grade g) {
    return p.w[4] - std::exp(p.w[5] * (static_cast<int>(g) - 1)) + 1.0;
}

// D' = w7 D0(4) + (1 - w7) (D + ΔD (10 - D) / 9), ΔD = -w6 (G - 3): linear damping, then
// mean reversion towards the difficulty of an Easy first answer.
double next_difficulty(const FsrsParams& p, double d, Grade g) {
    double delta = -p.w[6] * (static_cast<int>(g) - 3);
    double damped = d + round8(delta * (10.0 - d) / 9.0);
    double reverted = round8(p.w[7] * initial_difficulty(p, Grade::easy) + (1.0 - p.w[7]) * damped);
    return clamp_difficulty(reverted);
}

// Success: S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) h b).
double recall_stability(const FsrsParams& p, double d, double s, double r, Grade g) {
    double hard_penalty = g == Grade::hard ? p.w[15] : 1.0;
    double easy_bonus = g == Grade::easy ? p.w[16] : 1.0;
    double growth = std::exp(p.w[8]) * (11.0 - d) * std::pow(s, -p.w[9]) * (std::exp(p.w[10] * (1.0 - r)) - 1.0) *
                    hard_penalty * easy_bonus;
    return std::clamp(s * (1.0 + growth), kMinStability, kMaxStability);
}

// Lapse: S' = min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17 w18)).
double forget_stability(const FsrsParams& p, double d, double s, double r) {
    double forgotten = p.w[11] * std::pow(d, -p.w[12]) * (std::pow(s + 1.0, p.w[13]) - 1.0) * std::exp(p.w[14] * (1.0 - r));
    forgotten = std::clamp(forgotten, kMinStability, kMaxStability);
    double ceiling = std::max(round8(s / std::exp(p.w[17] * p.w[18])), kMinStability);
    return std::min(ceiling, forgotten);
}

// Same day: S' = S e^(w17 (G - 3 + w18)) S^-w19; a pass never lowers S.
// NOTE: ts-fsrs 5.4.2 keeps S from falling for Hard too (G >= 2); py-fsrs does it for
// Good and Easy only. We follow the oracle; newsquiz grades only Again and Good anyway.
double short_term_stability(const FsrsParams& p, double s, Grade g) {
    double increase = std::exp(p.w[17] * (static_cast<int>(g) - 3 + p.w[18])) * std::pow(s, -p.w[19]);
    if (g != Grade::again) increase = std::max(increase, 1.0);
    return std::clamp(s * increase, kMinStability, kMaxStability);
}

}  // namespace

Grade fsrs_grade(bool correct) { return correct ? Grade::good : Grade::again; }

// [SECTION] Memory state
double fsrs_forgetting_curve(const FsrsParams& params, double elapsed_days, double stability) {
    if (stability <= 0) return 0;
    return std::pow(1.0 + factor(params) * std::max(elapsed_days, 0.0) / stability, decay(params));
}

FsrsMemory fsrs_next_memory(const FsrsParams& p, const FsrsMemory& m, int elapsed_days, Grade g) {
    if (m.stability <= 0 || m.difficulty <= 0) {
        // First review: S0 = w[G-1] (at least 0.1, as ts-fsrs), D0(G) clamped to 1..10.
        return {std::max(p.w[static_cast<int>(g) - 1], 0.1), clamp_difficulty(round8(initial_difficulty(p, g)))};
    }
    double s = std::max(m.stability, kMinStability);
    double d = clamp_difficulty(m.difficulty);
    double next_s = 0;
    if (elapsed_days <= 0) {
        next_s = short_term_stability(p, s, g);
    } else {
        double r = fsrs_forgetting_curve(p, elapsed_days, s);
        next_s = g == Grade::again ? forget_stability(p, d, s, r) : recall_stability(p, d, s, r, g);
    }
    return {round8(next_s), next_difficulty(p, d, g)};
}

int fsrs_next_interval(const FsrsParams& p, double stability) {
    double modifier = (std::pow(p.desired_retention, 1.0 / decay(p)) - 1.0) / factor(p);
    double days = std::round(stability * modifier);
    return static_cast<int>(std::clamp(days, 1.0, static_cast<double>(std::max(p.maximum_interval, 1))));
}

// [SECTION] Scheduling cards
FsrsCard fsrs_review(const FsrsParams& p, const FsrsCard& card, Grade grade, int day) {
    int elapsed = card.reps > 0 ? std::max(day - card.last_day, 0) : 0;
    FsrsCard next = card;
    next.memory = fsrs_next_memory(p, card.reps > 0 ? card.memory : FsrsMemory{}, elapsed, grade);
    next.interval = fsrs_next_interval(p, next.memory.stability);
    if (card.reps > 0 && grade != Grade::again) {
        // Hard < Good < Easy, each at least a day apart: the intervals of the grades
        // not given are needed to place the one given.
        int hard = fsrs_next_interval(p, fsrs_next_memory(p, card.memory, elapsed, Grade::hard).stability);
        int good = fsrs_next_interval(p, fsrs_next_memory(p, card.memory, elapsed, Grade::good).stability);
        int easy = fsrs_next_interval(p, fsrs_next_memory(p, card.memory, elapsed, Grade::easy).stability);
        hard = std::min(hard, good);
        good = std::max(good, hard + 1);
        easy = std::max(easy, good + 1);
        // NOTE: ts-fsrs lets this ordering push Good and Easy past maximum_interval (36501,
        // 36502); the published rule caps every interval, and so do we.
        int ordered = grade == Grade::hard ? hard : grade == Grade::good ? good : easy;
        next.interval = std::min(ordered, std::max(p.maximum_interval, 1));
    }
    if (card.reps > 0 && grade == Grade::again) next.lapses += 1;
    next.reps += 1;
    next.last_day = card.reps > 0 ? std::max(day, card.last_day) : day;
    next.due_day = next.last_day + next.interval;
    return next;
}

double fsrs_retrievability(const FsrsParams& params, const FsrsCard& card, int day) {
    if (card.reps == 0) return 0;
    return fsrs_forgetting_curve(params, day - card.last_day, card.memory.stability);
}

}  // namespace nq
