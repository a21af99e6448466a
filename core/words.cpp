#include "words.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace nq {

std::optional<Lang> built_in_lang(const std::string& bcp47) {
    // The primary subtag, any case: "fr", "FR-ca", "de_AT"; "fra" or "est" is another language.
    if (bcp47.size() < 2 || (bcp47.size() > 2 && bcp47[2] != '-' && bcp47[2] != '_')) return std::nullopt;
    std::string primary;
    for (size_t i = 0; i < 2; ++i) primary += char(bcp47[i] >= 'A' && bcp47[i] <= 'Z' ? bcp47[i] - 'A' + 'a' : bcp47[i]);
    if (primary == "en") return Lang::en;
    if (primary == "es") return Lang::es;
    if (primary == "fr") return Lang::fr;
    if (primary == "de") return Lang::de;
    return std::nullopt;
}

Lang lang_from_tag(const std::string& bcp47) { return built_in_lang(bcp47).value_or(Lang::en); }

const char* str(Str s, Lang lang) {
    static const char* const table[][4] = {
#define NQ_WORD_ROW(name, en, es, fr, de) {en, es, fr, de},
        NQ_WORDS(NQ_WORD_ROW)
#undef NQ_WORD_ROW
    };
    int i = int(s), l = int(lang);
    if (i < 0 || i >= int(Str::count) || l < 0 || l > 3) return "";
    return table[i][l];
}

const char* str_name(Str s) {
    static const char* const names[] = {
#define NQ_WORD_NAME(name, en, es, fr, de) #name,
        NQ_WORDS(NQ_WORD_NAME)
#undef NQ_WORD_NAME
    };
    int i = int(s);
    return i >= 0 && i < int(Str::count) ? names[i] : "";
}

std::optional<Str> str_from_name(std::string_view name) {
    for (int i = 0; i < int(Str::count); ++i)
        if (name == str_name(Str(i))) return Str(i);
    return std::nullopt;
}

namespace {

bool same_tag(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
        char y = b[i] >= 'A' && b[i] <= 'Z' ? char(b[i] - 'A' + 'a') : b[i];
        if (x != y && !((x == '-' || x == '_') && (y == '-' || y == '_'))) return false;
    }
    return true;
}

}  // namespace

Words words_for(const std::string& tag, std::initializer_list<const PublisherWords*> sources) {
    Words w;
    w.lang = lang_from_tag(tag);
    const std::string primary = tag.substr(0, tag.find_first_of("-_"));
    for (const std::string& wanted : {tag, primary}) {
        for (const PublisherWords* source : sources) {
            if (!source) continue;
            for (const WordSet& set : *source) {
                if (!same_tag(set.tag, wanted) || set.text.size() != size_t(Str::count)) continue;
                if (w.own.empty()) w.own.assign(size_t(Str::count), nullptr);
                for (size_t i = 0; i < set.text.size(); ++i)
                    if (!w.own[i] && !set.text[i].empty()) w.own[i] = &set.text[i];
            }
        }
        if (primary == tag) break;
    }
    return w;
}

const char* str(Str s, const Words& words) {
    size_t i = size_t(s);
    if (i < words.own.size() && words.own[i]) return words.own[i]->c_str();
    return str(s, words.lang);
}

std::string placeholders(std::string_view text) {
    bool seen[10] = {};
    for (size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') seen[text[i + 1] - '0'] = true;
    std::string out;
    for (int d = 0; d < 10; ++d)
        if (seen[d]) out += std::string(out.empty() ? "" : " ") + "{" + char('0' + d) + "}";
    return out;
}

std::string fmt(const char* pattern, std::initializer_list<std::string> args) {
    std::vector<const std::string*> arg;
    for (const std::string& a : args) arg.push_back(&a);
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}' && size_t(p[1] - '0') < arg.size()) {
            out += *arg[size_t(p[1] - '0')];
            p += 2;
        } else {
            out += *p;
        }
    }
    return out;
}

std::string format_number(double value, Lang lang) {
    if (!std::isfinite(value)) return "0";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    if (lang != Lang::en)  // a decimal comma in Spanish, French and German
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string percent_text(double percent, Lang lang) { return percent_text(percent, Words{lang, {}}); }

std::string format_number(double value, const Words& words) { return format_number(value, words.lang); }

std::string percent_text(double percent, const Words& words) {
    // NOTE: the nudge keeps binary noise (70 computed as 69.99999999999999) from cutting a tenth.
    double cut = std::floor(percent * 10 + 1e-6) / 10;
    return fmt(str(Str::percent, words), {format_number(cut, words.lang)});
}

std::string format_date(const std::string& yyyy_mm_dd, const Words& words) { return format_date(yyyy_mm_dd, words.lang); }

std::string number_text(double x) {
    char buf[32];
    if (std::fabs(x) < 1e15 && std::floor(x) == x) {
        std::snprintf(buf, sizeof buf, "%.0f", x);
        return buf;
    }
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, x);
        if (std::strtod(buf, nullptr) == x) break;
    }
    return buf;
}

std::string format_date(const std::string& d, Lang lang) {
    static const char* const months_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
    static const char* const months_es[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                            "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    static const char* const months_fr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                            "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    static const char* const months_de[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                            "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    auto digits = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (d[i] < '0' || d[i] > '9') return -1;
            v = v * 10 + (d[i] - '0');
        }
        return v;
    };
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return d;
    int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return d;
    const std::string d_text = std::to_string(day), y_text = std::to_string(year);
    switch (lang) {
        case Lang::es: return d_text + " de " + months_es[month - 1] + " de " + y_text;
        case Lang::fr: return (day == 1 ? "1er" : d_text) + " " + months_fr[month - 1] + " " + y_text;  // "1er janvier"
        case Lang::de: return d_text + ". " + months_de[month - 1] + " " + y_text;
        case Lang::en: break;
    }
    return std::string(months_en[month - 1]) + " " + std::to_string(day) + ", " + std::to_string(year);
}

std::string format_duration(int seconds) {
    if (seconds < 0) seconds = 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d:%02d", seconds / 60, seconds % 60);
    return buf;
}

std::optional<double> parse_number(const std::string& text) {
    size_t i = 0, n = text.size();
    while (i < n && (text[i] == ' ' || text[i] == '\t')) ++i;
    while (n > i && (text[n - 1] == ' ' || text[n - 1] == '\t')) --n;
    if (i == n) return std::nullopt;
    bool negative = false;
    if (text[i] == '-' || text[i] == '+') negative = text[i++] == '-';
    double mantissa = 0;
    int scale = 0, digits = 0;
    bool seen_point = false;
    for (; i < n; ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            if (digits < 17) {
                mantissa = mantissa * 10 + (c - '0');
                if (seen_point) ++scale;
            } else if (!seen_point) {
                --scale;  // more integer digits than a double holds: keep the magnitude
            }
            ++digits;
        } else if ((c == '.' || c == ',') && !seen_point) {
            seen_point = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0) return std::nullopt;
    double value = scale >= 0 ? mantissa / std::pow(10.0, scale) : mantissa * std::pow(10.0, -scale);
    if (!std::isfinite(value)) return std::nullopt;
    return negative ? -value : value;
}

}  // namespace nq
