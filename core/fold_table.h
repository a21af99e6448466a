// fold_table.h: the Unicode data behind normalize_answer (scoring.h), and nothing more.
//
// The tables are generated at build time from utf8proc 2.8.0 (Unicode 15.0) by
// scripts/gen-fold-table.cpp, a host program, into <build>/generated/fold_table.cpp; utf8proc
// itself is not linked into the product. tests/unit-fold.cpp checks normalize_answer against
// utf8proc over every scalar value.
//
//   const nq::fold::FoldRun* run = ...;   // the run holding c: see scoring.cpp's fold_of
//   if (run->stride) out = c + run->value;                       // one code point
//   else out = {kFoldPool + run->value + (c - run->first) * run->length, run->length};
//
// Index of this file:
// [SECTION] Kinds of characters
// [SECTION] Folding
// [SECTION] Canonical ordering and composition
#pragma once

#include <cstddef>
#include <cstdint>

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

struct FoldRun {
    char32_t first = 0;   // first code point of the run
    uint16_t count = 0;   // code points in the run
    uint8_t stride = 0;   // 1 or 2: first + i * stride (i < count) folds to one code point, itself + value;
                          // 0: first + i (i < count) folds to `length` code points at kFoldPool[value + i * length]
    uint8_t length = 0;   // stride 0 only; 0 = the code points vanish
    int32_t value = 0;    // the offset added (stride 1, 2) or the index into kFoldPool (stride 0)
};
extern const FoldRun kFoldRuns[];  // sorted by first; no run starts inside another's span
extern const size_t kFoldRunCount;
extern const char32_t kFoldPool[];
extern const size_t kFoldPoolSize;

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
