#include "words.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace nq {

Lang lang_from_tag(const std::string& bcp47) {
    bool es = bcp47.size() >= 2 && (bcp47[0] == 'e' || bcp47[0] == 'E') && (bcp47[1] == 's' || bcp47[1] == 'S') &&
              (bcp47.size() == 2 || bcp47[2] == '-' || bcp47[2] == '_');
    return es ? Lang::es : Lang::en;
}

const char* str(Str s, Lang lang) {
    static const char* const en[] = {
#define NQ_WORD_EN(name, en, es) en,
        NQ_WORDS(NQ_WORD_EN)
#undef NQ_WORD_EN
    };
    static const char* const es[] = {
#define NQ_WORD_ES(name, en, es) es,
        NQ_WORDS(NQ_WORD_ES)
#undef NQ_WORD_ES
    };
    int i = int(s);
    if (i < 0 || i >= int(Str::count)) return "";
    return lang == Lang::es ? es[i] : en[i];
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
    if (lang == Lang::es)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string percent_text(double percent, Lang lang) {
    // NOTE: the nudge keeps binary noise (70 computed as 69.99999999999999) from cutting a tenth.
    double cut = std::floor(percent * 10 + 1e-6) / 10;
    return fmt(str(Str::percent, lang), {format_number(cut, lang)});
}

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
    if (lang == Lang::es)
        return std::to_string(day) + " de " + months_es[month - 1] + " de " + std::to_string(year);
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
