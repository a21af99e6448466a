// fold_table.h: the Unicode data behind normalize_answer (scoring.h), and nothing more.
//
// The tables are generated at build time from utf8proc 2.8.0 (Unicode 15.0) by
// scripts/gen-fold-table.cpp, a host program, into <build>/generated/fold_table.cpp; utf8proc
// itself is not linked into the product. tests/unit-fold.cpp checks normalize_answer against
// utf8proc over every scalar value.
//
//   const FoldRuns& runs = fold_runs();
//   size_t i = ...;   // the last run with runs.first[i] <= c: see scoring.cpp's append_fold
//   if (kFoldHow[i] == FoldHow::shift && c - runs.first[i] < kFoldCount[i])
//       folded = c + runs.value[i];   // A..Z: a..z
//
// Index of this file:
// [SECTION] Kinds of characters
// [SECTION] Folding
// [SECTION] Canonical ordering and composition
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nq::fold {

// [SECTION] Kinds of characters: what the ends of an answer and its inner white space are.
enum class CharKind : uint8_t {
    keep = 0,   // letters, digits, marks, unassigned, private use, surrogates
    space = 1,  // Zs, Zl, Zp and controls (Cc): inner runs become one space, ends are trimmed
    trim = 2,   // punctuation (P*), symbols (S*) and format characters (Cf): trimmed at the ends
};

// Every scalar value's kind as runs: entry = first code point << 2 | kind, sorted; a run lasts
// until the next entry's first code point. The first entry starts at U+0000.
extern const uint32_t kKindRuns[];
extern const size_t kKindRunCount;

// [SECTION] Folding: each code point's compatibility decomposition, case folded, with default
// ignorables removed and nonspacing and enclosing marks stripped (a stripped mark of canonical
// combining class 0 leaves kBarrier: it still separates what canonical ordering may swap).
// Code points in no run, and Hangul syllables, fold to themselves.
constexpr char32_t kBarrier = 0x110000;  // never a scalar value

enum class FoldHow : uint8_t {
    shift = 0,            // first + i folds to first + i + value (one code point)
    shift_alternate = 1,  // first + 2i folds to first + 2i + value; the code points between fold to themselves
    same = 2,             // first + i folds to the code point `value`
    list = 3,             // first + i folds to the `length` UTF-16 units at kFoldPool[value + i * length]
};

// Run i folds `count` code points from its first on, as kFoldHow[i] says; no run starts inside
// another's span. NOTE: parallel arrays, not an array of structs: gzip makes them 1.3 KB smaller.
// Where each run starts and its value are stored as what cannot be worked out from the runs
// before it (3.5 KB less gzip than the plain columns); fold_runs() has them plain.
extern const uint32_t kFoldGap[];    // code points from the end of the run before (0 for the first run) to the start
extern const FoldHow kFoldHow[];
extern const uint16_t kFoldCount[];  // code points folded (shift_alternate: every other one from first)
extern const uint8_t kFoldLength[];  // list only; 0: the code points vanish
extern const int32_t kFoldShift[];   // the value of each run that is not a list, in order (list: see FoldRuns)
extern const size_t kFoldRunCount;

// The end of a run: one past the last code point it folds.
constexpr char32_t fold_run_end(char32_t first, FoldHow how, uint16_t count) {
    return first + (how == FoldHow::shift_alternate ? 2u * count - 1u : count);
}

struct FoldRuns {
    std::vector<char32_t> first;  // sorted
    std::vector<int32_t> value;   // shift: the offset added; same: the code point; list: the index into kFoldPool
};
// The runs' starts and values, worked out on the first call (fold_table.cpp).
const FoldRuns& fold_runs();

// The folds of list runs in UTF-16 (half the bytes of UTF-32), kBarrierUnit standing for kBarrier.
extern const char16_t kFoldPool[];
extern const size_t kFoldPoolSize;
constexpr char16_t kBarrierUnit = 0xFFFF;  // U+FFFF folds to itself: it is in no list

// [SECTION] Canonical ordering and composition of what folding leaves
struct CombiningClass {
    char32_t code_point = 0;
    uint8_t value = 0;  // canonical combining class, never 0 here
};
// Every code point that folding can leave (or composition make) whose class is not 0, sorted.
extern const CombiningClass kCombiningClasses[];
extern const size_t kCombiningClassCount;

struct Composition {
    char32_t first = 0;
    char32_t second = 0;
    char32_t composed = 0;
};
// Every canonical composition (not excluded) of two code points that folding can leave, sorted
// by first then second. Hangul syllables are composed by their formula instead.
extern const Composition kCompositions[];
extern const size_t kCompositionCount;

}  // namespace nq::fold
