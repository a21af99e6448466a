// gen-fold-table.cpp: writes the tables of core/fold_table.h from utf8proc, at build time.
//
//   gen-fold-table OUT.cpp
//
// A host program (core/CMakeLists.txt compiles it with the machine's own compilers, also when
// the product is WebAssembly), linked against utf8proc 2.8.0. It asks utf8proc about every
// scalar value and keeps only what normalize_answer needs: the folded form of each code point
// with its marks stripped, the kind of each character, and the combining classes and
// compositions of what folding leaves. tests/unit-fold.cpp checks the result against utf8proc.
//
// Index of this file:
// [SECTION] Asking utf8proc
// [SECTION] Runs
// [SECTION] Writing the source
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "fold_table.h"

using nq::fold::CharKind;
using nq::fold::kBarrier;

namespace {

constexpr char32_t kCodeSpace = 0x110000;
constexpr char32_t kHangulFirst = 0xAC00, kHangulLast = 0xD7A3;

[[noreturn]] void fail(const std::string& why) {
    std::fprintf(stderr, "[newsquiz] gen-fold-table: %s\n", why.c_str());
    std::exit(1);
}

// [SECTION] Asking utf8proc
bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
bool is_hangul_syllable(char32_t c) { return c >= kHangulFirst && c <= kHangulLast; }

const utf8proc_property_t& property(char32_t c) { return *utf8proc_get_property(utf8proc_int32_t(c)); }

bool is_stripped_mark(char32_t c) {
    utf8proc_propval_t category = property(c).category;
    return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_ME;
}

CharKind kind_of(char32_t c) {
    switch (property(c).category) {
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

// The decomposition normalize_answer's utf8proc call gives one code point, marks stripped.
// Hangul syllables stay whole: composition puts their jamo together again (the runtime composes
// syllables with jamo that follow by the same formula as utf8proc).
std::vector<char32_t> fold_of(char32_t c) {
    if (is_surrogate(c) || is_hangul_syllable(c)) return {c};
    const auto options = utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    utf8proc_int32_t buffer[64];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(utf8proc_int32_t(c), buffer, 64, options, &boundclass);
    if (n < 0 || n > 64) fail("utf8proc_decompose_char failed on U+" + std::to_string(unsigned(c)));
    std::vector<char32_t> out;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
        char32_t d = char32_t(buffer[i]);
        if (!is_stripped_mark(d)) out.push_back(d);
        else if (property(d).combining_class == 0) out.push_back(kBarrier);
    }
    return out;
}

// The one code point utf8proc composes `first second` into, or 0.
char32_t composition_of(char32_t first, char32_t second) {
    utf8proc_int32_t pair[2] = {utf8proc_int32_t(first), utf8proc_int32_t(second)};
    utf8proc_ssize_t n = utf8proc_normalize_utf32(pair, 2, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    return n == 1 ? char32_t(pair[0]) : 0;
}

// [SECTION] Runs
struct Run {
    char32_t first = 0;
    nq::fold::FoldHow how = nq::fold::FoldHow::list;
    uint16_t count = 0;
    uint8_t length = 0;
    int32_t value = 0;
};

struct Tables {
    std::vector<Run> runs;
    std::vector<char16_t> pool;
    std::vector<uint32_t> kinds;
    std::vector<nq::fold::CombiningClass> classes;
    std::vector<nq::fold::Composition> compositions;
};

constexpr size_t kMaxCount = 0xFFFF;  // kFoldCount

bool is_single(const std::vector<char32_t>& f) { return f.size() == 1 && f[0] != kBarrier; }

std::vector<char16_t> utf16(const std::vector<char32_t>& fold) {
    std::vector<char16_t> out;
    for (char32_t c : fold) {
        if (c == 0xFFFF) fail("U+FFFF in a fold: it would read as kBarrierUnit");
        if (c == kBarrier) out.push_back(nq::fold::kBarrierUnit);
        else if (c < 0x10000) out.push_back(char16_t(c));
        else out.push_back(char16_t(0xD800 + ((c - 0x10000) >> 10))), out.push_back(char16_t(0xDC00 + (c & 0x3FF)));
    }
    return out;
}

Tables build() {
    using nq::fold::FoldHow;
    std::vector<std::vector<char32_t>> folds(kCodeSpace);
    for (char32_t c = 0; c < kCodeSpace; ++c) folds[c] = fold_of(c);
    auto unchanged = [&](char32_t c) { return folds[c].size() == 1 && folds[c][0] == c; };
    // The value of a run of `how` starting at c, and the code points it would fold.
    auto value_of = [&](char32_t c, FoldHow how) {
        return how == FoldHow::same ? int64_t(folds[c][0]) : int64_t(folds[c][0]) - int64_t(c);
    };
    auto span = [&](char32_t c, FoldHow how) -> size_t {
        if (!is_single(folds[c])) return 0;
        unsigned step = how == FoldHow::shift_alternate ? 2 : 1;
        size_t n = 1;
        for (char32_t e = c + step; e < kCodeSpace && n < kMaxCount; e += step, ++n)
            if (!is_single(folds[e]) || value_of(e, how) != value_of(c, how) ||
                (step == 2 && !unchanged(e - 1)))
                break;
        return n;
    };

    Tables t;
    for (char32_t c = 0; c < kCodeSpace; ++c) {
        if (unchanged(c)) continue;
        FoldHow best = FoldHow::list;
        size_t best_span = 1;
        for (FoldHow how : {FoldHow::shift, FoldHow::shift_alternate, FoldHow::same})
            if (span(c, how) > best_span) best = how, best_span = span(c, how);
        Run run;
        run.first = c;
        run.how = best;
        if (best != FoldHow::list) {
            run.count = uint16_t(best_span);
            run.value = int32_t(value_of(c, best));
            c += (best == FoldHow::shift_alternate ? 2 : 1) * (best_span - 1);
        } else {
            size_t length = utf16(folds[c]).size();
            if (length > 0xFF) fail("a fold too long for kFoldLength");
            run.length = uint8_t(length);
            run.value = int32_t(t.pool.size());
            char32_t e = c;
            // NOTE: a list gives way to any other run of three or more, which costs no pool.
            while (e < kCodeSpace && e - c < kMaxCount && !unchanged(e) && utf16(folds[e]).size() == length &&
                   (e == c || (span(e, FoldHow::shift) < 3 && span(e, FoldHow::shift_alternate) < 3 &&
                               span(e, FoldHow::same) < 3))) {
                std::vector<char16_t> units = utf16(folds[e]);
                t.pool.insert(t.pool.end(), units.begin(), units.end());
                ++e;
            }
            run.count = uint16_t(e - c);
            c = e - 1;
        }
        t.runs.push_back(run);
    }

    for (char32_t c = 0; c < kCodeSpace; ++c)
        if (c == 0 || kind_of(c) != kind_of(c - 1)) t.kinds.push_back(uint32_t(c) << 2 | uint32_t(kind_of(c)));

    // What folding can leave, then what composing it can make (composites compose further).
    std::set<char32_t> left;
    for (char32_t c = 0; c < kCodeSpace; ++c)
        for (char32_t d : folds[c])
            if (d != kBarrier) left.insert(d);
    std::map<std::pair<char32_t, char32_t>, char32_t> compositions;
    for (bool grew = true; grew;) {
        grew = false;
        std::vector<char32_t> candidates;  // utf8proc knows them as a first or a second of a composition
        for (char32_t c : left)
            if (property(c).comb_index != UINT16_MAX) candidates.push_back(c);
        for (char32_t first : candidates)
            for (char32_t second : candidates) {
                char32_t composed = composition_of(first, second);
                if (!composed || is_hangul_syllable(composed)) continue;  // syllables: the formula's
                if (property(composed).combining_class != 0) fail("a composition with a combining class");
                compositions[{first, second}] = composed;
                grew = left.insert(composed).second || grew;
            }
    }
    for (const auto& [pair, composed] : compositions) t.compositions.push_back({pair.first, pair.second, composed});

    for (char32_t c : left)
        if (property(c).combining_class != 0) t.classes.push_back({c, uint8_t(property(c).combining_class)});
    return t;
}

// [SECTION] Writing the source
class Writer {
public:
    explicit Writer(FILE* f) : f_(f) {}
    template <class T, class Format>
    void array(const char* declaration, const char* count_name, const std::vector<T>& items, int per_line, Format format) {
        std::fprintf(f_, "const %s[] = {", declaration);
        for (size_t i = 0; i < items.size(); ++i) {
            std::fputs(i % size_t(per_line) == 0 ? "\n    " : " ", f_);
            format(items[i]);
            std::fputc(',', f_);
        }
        std::fprintf(f_, "\n};\n");
        if (count_name) std::fprintf(f_, "const size_t %s = %zu;\n", count_name, items.size());
        std::fputc('\n', f_);
    }
private:
    FILE* f_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: gen-fold-table OUT.cpp\n");
        return 2;
    }
    Tables t = build();
    std::string temporary = std::string(argv[1]) + ".tmp";
    FILE* f = std::fopen(temporary.c_str(), "w");
    if (!f) fail("cannot write " + temporary);
    Writer w(f);
    std::fprintf(f, "// Generated by scripts/gen-fold-table.cpp from utf8proc %s (Unicode %s): do not edit.\n",
                 utf8proc_version(), utf8proc_unicode_version());
    std::fprintf(f, "#include \"fold_table.h\"\n\nnamespace nq::fold {\n\n");
    w.array("uint32_t kKindRuns", "kKindRunCount", t.kinds, 8, [&](uint32_t k) { std::fprintf(f, "0x%X", k); });
    auto column = [&](auto member) {
        std::vector<int64_t> out;
        for (const Run& r : t.runs) out.push_back(int64_t(r.*member));
        return out;
    };
    auto number = [&](int64_t n) { std::fprintf(f, "%lld", static_cast<long long>(n)); };
    // Each run's start as the gap after the run before, and the values that do not follow from
    // the runs before: a list's pool index is where the lists before it end.
    std::vector<int64_t> gaps, shifts;
    char32_t end = 0;
    size_t pooled = 0;
    for (const Run& r : t.runs) {
        if (r.first < end) fail("a run that starts inside the run before");
        gaps.push_back(int64_t(r.first - end));
        end = nq::fold::fold_run_end(r.first, r.how, r.count);
        if (r.how != nq::fold::FoldHow::list) {
            shifts.push_back(r.value);
        } else {
            if (size_t(r.value) != pooled) fail("a list whose folds are not where the lists before it end in the pool");
            pooled += size_t(r.count) * r.length;
        }
    }
    w.array("uint32_t kFoldGap", "kFoldRunCount", gaps, 12, number);
    w.array("FoldHow kFoldHow", nullptr, column(&Run::how), 16, [&](int64_t how) { std::fprintf(f, "FoldHow(%d)", int(how)); });
    w.array("uint16_t kFoldCount", nullptr, column(&Run::count), 16, number);
    w.array("uint8_t kFoldLength", nullptr, column(&Run::length), 16, number);
    w.array("int32_t kFoldShift", nullptr, shifts, 12, number);
    w.array("char16_t kFoldPool", "kFoldPoolSize", t.pool, 8, [&](char16_t u) { std::fprintf(f, "0x%X", unsigned(u)); });
    w.array("CombiningClass kCombiningClasses", "kCombiningClassCount", t.classes, 4,
            [&](const nq::fold::CombiningClass& c) { std::fprintf(f, "{0x%X, %u}", unsigned(c.code_point), c.value); });
    w.array("Composition kCompositions", "kCompositionCount", t.compositions, 3, [&](const nq::fold::Composition& c) {
        std::fprintf(f, "{0x%X, 0x%X, 0x%X}", unsigned(c.first), unsigned(c.second), unsigned(c.composed));
    });
    std::fprintf(f, "}  // namespace nq::fold\n");
    if (std::fclose(f) != 0 || std::rename(temporary.c_str(), argv[1]) != 0) fail("cannot write " + std::string(argv[1]));
    std::fprintf(stderr, "[newsquiz] %s: %zu kind runs, %zu fold runs, %zu UTF-16 units pooled, %zu classes, %zu compositions\n",
                 argv[1], t.kinds.size(), t.runs.size(), t.pool.size(), t.classes.size(), t.compositions.size());
    return 0;
}
