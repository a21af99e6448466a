// The folding of text answers (scoring.h's normalize_answer, over the generated tables of
// fold_table.h) against utf8proc 2.8.0 itself: every scalar value, the sequences where
// neighbours act on each other (ordering, composition, Hangul), and ill-formed UTF-8.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "fold_table.h"
#include "scoring.h"

namespace {

// [SECTION] The reference: normalize_answer as utf8proc computes it (scoring.h's contract)
namespace reference {

enum class Kind { space, trim, keep };

Kind kind(utf8proc_int32_t c) {
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
            return Kind::space;
        case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_CF:
            return Kind::trim;
        default:
            return Kind::keep;
    }
}

std::string normalize_answer(const std::string& utf8) {
    const auto options = utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    std::vector<utf8proc_int32_t> cps(utf8.size() + 1);
    for (;;) {  // at most twice: the first call tells the size a longer expansion needs
        utf8proc_ssize_t n = utf8proc_decompose(bytes, utf8proc_ssize_t(utf8.size()), cps.data(),
                                                utf8proc_ssize_t(cps.size()), options);
        if (n < 0) return "";
        bool fits = size_t(n) <= cps.size();
        cps.resize(size_t(n));
        if (fits) break;
    }
    cps.erase(std::remove_if(cps.begin(), cps.end(), [](utf8proc_int32_t c) {
                  utf8proc_category_t cat = utf8proc_category(c);
                  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME;
              }),
              cps.end());
    utf8proc_ssize_t n = utf8proc_normalize_utf32(cps.data(), utf8proc_ssize_t(cps.size()),
                                                  utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return "";
    cps.resize(size_t(n));

    auto kept = [](utf8proc_int32_t c) { return kind(c) == Kind::keep; };
    auto first = std::find_if(cps.begin(), cps.end(), kept);
    auto last = std::find_if(cps.rbegin(), cps.rend(), kept).base();
    std::string out;
    bool in_space = false;
    for (auto it = first; it < last; ++it) {
        if (kind(*it) == Kind::space) {
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

bool is_blank(const std::string& utf8) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    utf8proc_ssize_t left = utf8proc_ssize_t(utf8.size());
    while (left > 0) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n < 0 || kind(c) != Kind::space) return false;
        p += n;
        left -= n;
    }
    return true;
}

}  // namespace reference

// [SECTION] Helpers
std::string utf8(std::initializer_list<char32_t> cps) {
    std::string s;
    for (char32_t c : cps) {
        utf8proc_uint8_t buf[4];
        s.append(reinterpret_cast<const char*>(buf), size_t(utf8proc_encode_char(utf8proc_int32_t(c), buf)));
    }
    return s;
}

std::string hex(const std::string& s) {
    std::string out;
    char buf[4];
    for (unsigned char b : s) {
        std::snprintf(buf, sizeof buf, "%02X ", b);
        out += buf;
    }
    return out;
}

// Counts the texts whose two foldings differ; the first few are shown.
struct Comparison {
    int compared = 0;
    int differ = 0;
    void check(const std::string& text) {
        ++compared;
        std::string ours = nq::normalize_answer(text), theirs = reference::normalize_answer(text);
        if (ours == theirs) return;
        if (++differ <= 5) {
            INFO("text: " << hex(text));
            CHECK(hex(ours) == hex(theirs));
        }
    }
};

bool answered(const std::string& text) {
    nq::Question q;
    q.type = nq::QuestionType::text;
    nq::Response r;
    r.answered = true;
    r.text = text;
    return nq::response_answered(q, r);
}

bool is_scalar_value(char32_t c) { return c < 0xD800 || (c > 0xDFFF && c < 0x110000); }

bool is_mark(utf8proc_int32_t c) {
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME;
}

// The scalar values whose decomposition (as normalize_answer's) holds a code point, not a
// stripped mark, that passes `test`.
template <class Test>
std::vector<char32_t> folding_to(Test test) {
    const auto options = utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                           UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    std::vector<char32_t> out;
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (!is_scalar_value(c)) continue;
        utf8proc_int32_t buffer[32];
        int boundclass = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(utf8proc_int32_t(c), buffer, 32, options, &boundclass);
        if (std::any_of(buffer, buffer + n, [&](utf8proc_int32_t d) { return !is_mark(d) && test(*utf8proc_get_property(d)); }))
            out.push_back(c);
    }
    return out;
}

bool composes(const utf8proc_property_t& p) { return p.comb_index != UINT16_MAX; }
bool composes_as_second(const utf8proc_property_t& p) { return p.comb_index != UINT16_MAX && p.comb_index >= 0x8000; }

}  // namespace

// [SECTION] Tests
TEST_CASE("normalize_answer equals utf8proc's folding for every scalar value") {
    Comparison alone, inside;
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (!is_scalar_value(c)) continue;
        std::string s = utf8({c});
        alone.check(s);                // trimmed when punctuation, a symbol or white space
        inside.check("x" + s + "x");   // its folding, punctuation and white space kept inside
    }
    CHECK(alone.compared == 0x110000 - 0x800);
    CHECK(alone.differ == 0);
    CHECK(inside.differ == 0);
}

TEST_CASE("a text of one scalar value is blank exactly when utf8proc calls it white space") {
    int differ = 0, blank = 0;
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (!is_scalar_value(c)) continue;
        std::string s = utf8({c});
        bool ours = !answered(s), theirs = reference::is_blank(s);
        blank += theirs;
        if (ours != theirs && ++differ <= 5) {
            INFO("text: " << hex(s));
            CHECK(ours == theirs);
        }
    }
    CHECK(differ == 0);
    CHECK(blank == 65 + 17 + 2);  // Cc, Zs, Zl and Zp of Unicode 15.0
}

TEST_CASE("normalize_answer equals utf8proc's folding where neighbours act on each other") {
    SUBCASE("every pair of code points that compose or have a combining class") {
        std::vector<char32_t> cps;
        for (char32_t c = 0; c < 0x110000; ++c) {
            const utf8proc_property_t* p = utf8proc_get_property(utf8proc_int32_t(c));
            if (is_scalar_value(c) && (composes(*p) || p->combining_class != 0)) cps.push_back(c);
        }
        CHECK(cps.size() == 1331);
        Comparison pairs;
        for (char32_t a : cps)
            for (char32_t b : cps) pairs.check(utf8({a, b}));
        CHECK(pairs.differ == 0);
    }
    SUBCASE("every code point folding to one that composes, then one folding to a second or a class") {
        std::vector<char32_t> firsts = folding_to([](const utf8proc_property_t& p) { return composes(p) || p.combining_class != 0; });
        std::vector<char32_t> seconds = folding_to([](const utf8proc_property_t& p) { return composes_as_second(p) || p.combining_class != 0; });
        CHECK(firsts.size() == 2808);
        CHECK(seconds.size() == 96);
        Comparison pairs;
        for (char32_t a : firsts)
            for (char32_t b : seconds) pairs.check(utf8({a, b}));
        CHECK(pairs.differ == 0);
    }
    SUBCASE("Hangul: every jamo after every jamo, every LV syllable and some LVT syllables") {
        std::vector<char32_t> before = {0xAC01, 0xAC1B, 0xD7A3, 0x3131, 0xFFA1};
        for (char32_t c = 0x1100; c <= 0x11FF; ++c) before.push_back(c);
        for (char32_t c = 0xAC00; c <= 0xD7A3; c += 28) before.push_back(c);
        Comparison hangul;
        for (char32_t a : before)
            for (char32_t b = 0x1100; b <= 0x11FF; ++b) hangul.check(utf8({a, b}));
        CHECK(hangul.differ == 0);
        CHECK(nq::normalize_answer(utf8({0x1100, 0x1161, 0x11A8})) == utf8({0xAC01}));  // jamo compose
        CHECK(nq::normalize_answer(utf8({0xAC00, 0x11A8})) == utf8({0xAC01}));          // LV + T
        CHECK(nq::normalize_answer(utf8({0xAC00, 0x11A7})) == utf8({0xAC00}));          // LV + U+11A7: utf8proc drops it
    }
    SUBCASE("ordering: spacing marks with a class are sorted, a stripped mark of class 0 stops it") {
        Comparison ordering;
        std::vector<char32_t> spacing, stoppers;  // spacing marks with a class; stripped marks of class 0
        for (char32_t c = 0; c < 0x110000; ++c) {
            if (!is_scalar_value(c)) continue;
            const utf8proc_property_t* p = utf8proc_get_property(utf8proc_int32_t(c));
            if (!is_mark(utf8proc_int32_t(c)) && p->combining_class != 0) spacing.push_back(c);
            if (is_mark(utf8proc_int32_t(c)) && p->combining_class == 0) stoppers.push_back(c);
        }
        CHECK(spacing.size() == 26);
        CHECK(stoppers.size() == 1102);
        for (char32_t a : spacing)
            for (char32_t b : spacing) {
                ordering.check(utf8({'x', a, b}));
                for (char32_t m : stoppers) ordering.check(utf8({'x', a, m, b}));
            }
        // U+1D16D (226) and U+1D165 (216) swap; U+0941 (a nonspacing mark of class 0) stands between;
        // U+0301 (230) is stripped and lets them swap.
        for (std::string s : {utf8({0x1D158, 0x1D16D, 0x1D165}), utf8({0x1D158, 0x1D16D, 0x0941, 0x1D165}),
                              utf8({0x1D158, 0x1D16D, 0x0301, 0x1D165}), utf8({0x1D15F, 0x1D16D, 0x1D165}),
                              utf8({0x1D1BB, 0x1D16E, 0x1D16D, 0x16FF0}), utf8({0x0915, 0x16FF1, 0x111C0, 0x16FF0})})
            ordering.check(s);
        CHECK(ordering.differ == 0);
        CHECK(nq::normalize_answer(utf8({'x', 0x1D16D, 0x1D165})) == utf8({'x', 0x1D165, 0x1D16D}));
        CHECK(nq::normalize_answer(utf8({'x', 0x1D16D, 0x0941, 0x1D165})) == utf8({'x', 0x1D16D, 0x1D165}));
    }
    SUBCASE("texts a reader types") {
        Comparison texts;
        for (const char* s : {
                 "e\u0301", "E\u0301\u0323", "A\u030A", "\u00C5ngstr\u00F6m", "\u212B", "Vi\u00EA\u0323t Nam",
                 "Vie\u0302\u0323t", "\u1E9B\u0323", "\u0B47\u0B3E", "\u0DD9\u0DCF\u0DCA", "\u0CBF\u0CD5",
                 "\u0915\u093C\u093F", "\u3066\u3099", "\u30AB\u3099", "\uFF76\uFF9E", "\uFB01", "\uFB00\uFB03",
                 "\u01C6", "\u01C4", "\u3392", "\u33A1", "\uFDFA", "\u2474", "\u2460", "\u00BD", "x\u00B2",
                 "Stra\u00DFe", "STRA\u1E9EE", "\u0130stanbul", "I\u0307", "\u0131", "Gro\u00DF", "\u03A3\u03C3\u03C2",
                 "Guar\u00ADdia", "Guar\u200Bdia", "a\u200Db", "a\u2060b", "\uFEFFbom", "a\u034Fb", "x\uFE0Fy",
                 "\U0001F44D\U0001F3FD", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F1FA\U0001F1F8",
                 "1\uFE0F\u20E3", "\u2764\uFE0F", "\U000E0041tag\U000E007F",
                 "  \u201CNational\u00A0\u00A0Guard\u201D!! ", "\u00BFQu\u00E9?", "-- a -- b --", "(a)(b)",
                 "\t\n a \u2028\u2029 b \u3000", "a\u0085b", "\u00A0\u2007\u202F", "a\x01\x02 b",
                 "\U0001D400\U0001D41A\U0001D7CE", "\uFF21\uFF42\uFF43", "\u2126\u212A", "\u1E9E\u00DF",
                 "\u0345\u0399", "\u1F80\u1FB3\u1FBC", "\u0390\u03B0", "\uFB2C\uFB4F", "\u0F77\u0F79",
                 "\U0001D15E\U0001D160", "\u0344\u0F73\u0F75\u0F81", "\u2ADC\uFB1D", "\u0958\u09DC\u0A33",
             })
            texts.check(s);
        CHECK(texts.differ == 0);
    }
}

TEST_CASE("ill-formed UTF-8 folds to nothing and is never blank, as utf8proc decides") {
    Comparison bytes;
    int blank_differ = 0;
    auto both = [&](const std::string& s) {
        bytes.check(s);
        if (!answered(s) != reference::is_blank(s) && ++blank_differ <= 5) {
            INFO("text: " << hex(s));
            CHECK(!answered(s) == reference::is_blank(s));
        }
    };
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) both({char(a), char(b)});
        if (a < 0xE0) continue;
        for (int b = 0; b < 256; ++b)
            for (int c : {0x20, 0x41, 0x80, 0x8F, 0x90, 0xBF, 0xC0}) {
                both({char(a), char(b), char(c)});
                for (int d : {0x41, 0x80, 0xBF, 0xC0}) both({char(a), char(b), char(c), char(d)});
            }
    }
    CHECK(bytes.differ == 0);
    CHECK(blank_differ == 0);
    CHECK(nq::normalize_answer("abc\xED\xA0\x80") == "");  // a surrogate
    CHECK(answered("\xC0\xA0"));                            // an overlong space is a (wrong) answer
}

TEST_CASE("the fold table holds what fold_table.h says") {
    SUBCASE("kind runs start at U+0000 and grow") {
        REQUIRE(nq::fold::kKindRunCount > 0);
        CHECK(nq::fold::kKindRuns[0] < 4u);
        for (size_t i = 1; i < nq::fold::kKindRunCount; ++i) CHECK(nq::fold::kKindRuns[i] > nq::fold::kKindRuns[i - 1]);
    }
    SUBCASE("fold runs are sorted, none starts inside another, and the pool holds every list, end to end") {
        using nq::fold::FoldHow;
        const nq::fold::FoldRuns& runs = nq::fold::fold_runs();
        REQUIRE(runs.first.size() == nq::fold::kFoldRunCount);
        REQUIRE(runs.value.size() == nq::fold::kFoldRunCount);
        size_t pooled = 0;
        for (size_t i = 0; i < nq::fold::kFoldRunCount; ++i) {
            INFO("run " << i);
            char32_t last = runs.first[i] + (nq::fold::kFoldHow[i] == FoldHow::shift_alternate ? 2 : 1) * (nq::fold::kFoldCount[i] - 1u);
            CHECK(last + 1 == nq::fold::fold_run_end(runs.first[i], nq::fold::kFoldHow[i], nq::fold::kFoldCount[i]));
            if (i + 1 < nq::fold::kFoldRunCount) CHECK(last < runs.first[i + 1]);
            CHECK(nq::fold::kFoldCount[i] > 0);
            if (nq::fold::kFoldHow[i] == FoldHow::list) {
                CHECK(size_t(runs.value[i]) == pooled);
                pooled += size_t(nq::fold::kFoldCount[i]) * nq::fold::kFoldLength[i];
            }
        }
        CHECK(runs.first.back() < 0x110000u);
        CHECK(pooled == nq::fold::kFoldPoolSize);
    }
}
