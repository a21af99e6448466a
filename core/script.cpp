// script.cpp: see script.h.
#include "script.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <vector>

namespace nq {

namespace {

// Blocks of scripts written right to left or needing shaping, [first, last], sorted.
struct Block {
    char32_t first, last;
};
constexpr Block kShaped[] = {
    {0x0590, 0x08FF},    // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
    {0x0900, 0x0DFF},    // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    {0x0E00, 0x0FFF},    // Thai, Lao, Tibetan
    {0x1000, 0x109F},    // Myanmar
    {0x1700, 0x18AF},    // Tagalog .. Khmer, Mongolian
    {0x1900, 0x1AAF},    // Limbu, Tai Le, New Tai Lue, Khmer Symbols, Buginese, Tai Tham
    {0x1B00, 0x1C4F},    // Balinese, Sundanese, Batak, Lepcha
    {0xA800, 0xA82F},    // Syloti Nagri
    {0xA840, 0xA8FF},    // Phags-pa, Saurashtra, Devanagari Extended
    {0xA900, 0xA9FF},    // Kayah Li, Rejang, Javanese
    {0xAA00, 0xAAFF},    // Cham, Myanmar Extended-A, Tai Viet
    {0xABC0, 0xABFF},    // Meetei Mayek
    {0xFB1D, 0xFDFF},    // Hebrew and Arabic presentation forms
    {0xFE70, 0xFEFF},    // Arabic presentation forms B
    {0x10800, 0x10FFF},  // historic right-to-left scripts, Hanifi Rohingya, Arabic Extended-C
    {0x11000, 0x11FFF},  // Brahmi and the historic Indic scripts
    {0x1E800, 0x1EEFF},  // Mende Kikakui, Adlam, Arabic mathematical letters
};

char32_t shaped(char32_t c) {
    const Block* end = std::end(kShaped);
    const Block* b = std::upper_bound(std::begin(kShaped), end, c, [](char32_t v, const Block& x) { return v < x.first; });
    return b != std::begin(kShaped) && c <= (b - 1)->last ? c : 0;
}

}  // namespace

char32_t first_shaped_code_point(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (n == 1 || i + n > s.size()) {
            i += 1;
            continue;
        }
        char32_t c = b & (0xFF >> (n + 1));
        for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        if (shaped(c)) return c;
        i += n;
    }
    return 0;
}

bool document_needs_shaping(const Document& doc) {
    std::vector<std::string_view> texts;
    auto add = [&](const std::string& s) { texts.push_back(s); };
    const Article& a = doc.article;
    for (const std::string* s : {&a.headline, &a.dek}) add(*s);
    for (const std::string& p : a.body) add(p);
    for (const Source& s : a.sources) add(s.name);
    for (const Topic& t : a.topics) add(t.label);
    add(doc.quiz.title);
    for (const Question& q : doc.quiz.questions) {
        for (const std::string* s : {&q.prompt, &q.explanation, &q.feedback_true, &q.feedback_false, &q.unit}) add(*s);
        for (const Choice& c : q.choices) add(c.text), add(c.feedback);
        for (const std::string& s : q.accept) add(s);
        for (const Item& it : q.items) add(it.text);
        for (const Pair& p : q.pairs) add(p.left), add(p.right);
    }
    for (const Band& b : doc.quiz.results) add(b.message);
    for (const Action& act : doc.actions) add(act.text);
    return std::any_of(texts.begin(), texts.end(), [](std::string_view s) { return first_shaped_code_point(s) != 0; });
}

const char* text_direction(const std::string& bcp47) {
    std::string primary = bcp47.substr(0, bcp47.find_first_of("-_"));
    for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (const char* rtl : {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"})
        if (primary == rtl) return "rtl";
    return "ltr";
}

}  // namespace nq
