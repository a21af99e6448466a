// json_writer.cpp: the writer of json_writer.h, and json_dump and json_dump_indented of a Json value.
#include "json_writer.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace nq {

namespace {

// Bytes of the valid UTF-8 sequence starting at s[i], or 0 (overlong forms, surrogates and
// code points beyond U+10FFFF are not valid).
size_t utf8_sequence_length(const char* s, size_t length, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > length) return 0;
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
        return 0;
    for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    return n;
}

// Bytes from s[i] that start a UTF-8 sequence and continue it validly before it is cut short
// or broken: 1 for a byte no sequence starts with. Those bytes become one U+FFFD in the compact
// style (Unicode's "maximal subpart" practice, which nlohmann's dump follows too).
size_t broken_sequence_length(const char* s, size_t length, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
    size_t k = 1;
    for (; k < n && i + k < length; ++k) {
        unsigned char b = static_cast<unsigned char>(s[i + k]);
        unsigned char low = 0x80, high = 0xBF;  // what may follow the lead byte, then 80..BF
        if (k == 1 && c == 0xE0) low = 0xA0;
        if (k == 1 && c == 0xED) high = 0x9F;
        if (k == 1 && c == 0xF0) low = 0x90;
        if (k == 1 && c == 0xF4) high = 0x8F;
        if (b < low || b > high) break;
    }
    return k;
}

// A double in the shortest digits that read back, the closest of them, as nlohmann's dump lays
// them out:  "dig.its", "0.000digits" up to 4 zeros, "digits000.0" up to 15 digits before the point,
// else "d.igitse+XX"; -0.0 and 0.0 as such. Returns the length written to out (32 bytes).
size_t spell_double(double x, char* out) {
    char* p = out;
    if (std::signbit(x)) *p++ = '-';
    x = std::fabs(x);
    if (x == 0) {
        std::memcpy(p, "0.0", 3);
        return static_cast<size_t>(p + 3 - out);
    }
    char sci[32];  // "d.ddde-XXX"
    // NOTE: 15 digits always read back as the decimal they were (DBL_DIG), so when 15 or fewer
    // are enough, the 15 of printf end in zeros; subnormal doubles hold fewer digits than that.
    for (int precision = x < DBL_MIN ? 1 : 15; precision <= 17; ++precision) {
        std::snprintf(sci, sizeof sci, "%.*e", precision - 1, x);
        if (std::strtod(sci, nullptr) == x) break;
    }
    char digits[20];
    int k = 0;
    const char* c = sci;
    for (; *c != 'e'; ++c)
        if (*c != '.') digits[k++] = *c;
    while (k > 1 && digits[k - 1] == '0') --k;
    int n = std::atoi(c + 1) + 1;  // the decimal point's place after the first digit
    if (k <= n && n <= 15) {       // digits000.0
        std::memcpy(p, digits, static_cast<size_t>(k));
        std::memset(p + k, '0', static_cast<size_t>(n - k));
        std::memcpy(p + n, ".0", 2);
        return static_cast<size_t>(p + n + 2 - out);
    }
    if (0 < n && n <= 15) {  // dig.its
        std::memcpy(p, digits, static_cast<size_t>(n));
        p[n] = '.';
        std::memcpy(p + n + 1, digits + n, static_cast<size_t>(k - n));
        return static_cast<size_t>(p + k + 1 - out);
    }
    if (-4 < n && n <= 0) {  // 0.000digits
        std::memcpy(p, "0.", 2);
        std::memset(p + 2, '0', static_cast<size_t>(-n));
        std::memcpy(p + 2 - n, digits, static_cast<size_t>(k));
        return static_cast<size_t>(p + 2 - n + k - out);
    }
    *p++ = digits[0];  // d.igitse+XX
    if (k > 1) {
        *p++ = '.';
        std::memcpy(p, digits + 1, static_cast<size_t>(k - 1));
        p += k - 1;
    }
    return static_cast<size_t>(p + std::snprintf(p, 8, "e%+03d", n - 1) - out);
}

const char kHex[] = "0123456789abcdef";

}  // namespace

void JsonWriter::key(const char* name) {
    separate();
    put('"');
    put(name, std::char_traits<char>::length(name));
    put("\":", 2);
    after_key_ = true;
}

void JsonWriter::key(const std::string& name) {
    string(name.data(), name.size());
    put(':');
    after_key_ = true;
}

void JsonWriter::null() {
    separate();
    put("null", 4);
}

void JsonWriter::value(bool b) {
    separate();
    put(b ? "true" : "false", b ? 4 : 5);
}

void JsonWriter::value(double x) {
    separate();
    char buf[40];
    if (style_ == JsonStyle::compact) {
        if (!std::isfinite(x)) return put("null", 4);
        return put(buf, spell_double(x, buf));
    }
    if (!std::isfinite(x)) x = 0;  // never produced by the store; JSON has no infinity
    if (x == std::floor(x) && std::fabs(x) < 9007199254740992.0) {
        put(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, static_cast<long long>(x)).ptr - buf));
        return;
    }
    std::snprintf(buf, sizeof buf, "%.15g", x);
    if (std::strtod(buf, nullptr) != x) std::snprintf(buf, sizeof buf, "%.17g", x);
    put(buf, std::char_traits<char>::length(buf));
}

void JsonWriter::value(const std::vector<std::string>& strings) {
    begin_array();
    for (const std::string& s : strings) value(s);
    end_array();
}

void JsonWriter::number(double x) {
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53, as json_number
    if (std::isfinite(x) && std::trunc(x) == x && std::fabs(x) <= kExactIntegers) return value(static_cast<long long>(x));
    value(x);
}

void JsonWriter::value(const Json& v) {
    switch (v.type()) {
        case Json::value_t::object:
            begin_object();
            for (const Json::Member& m : v.members()) {
                key(m.first);
                value(m.second);
            }
            return end_object();
        case Json::value_t::array:
            begin_array();
            for (const Json& e : v) value(e);
            return end_array();
        case Json::value_t::string: return value(v.str());
        case Json::value_t::boolean: return value(v.get<bool>());
        case Json::value_t::number_integer: return value(v.get<int64_t>());
        case Json::value_t::number_unsigned: return value(v.get<uint64_t>());
        case Json::value_t::number_float: return value(v.number());
        default: return null();  // null, and a discarded value (never in a tree that is written)
    }
}

void JsonWriter::raw(const std::string& json_text) {
    separate();
    put(json_text.data(), json_text.size());
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!comma_.empty()) {
        if (comma_.back()) put(',');
        comma_.back() = 1;
    }
}

void JsonWriter::open(char c) {
    separate();
    put(c);
    comma_.push_back(0);
}

void JsonWriter::close(char c) {
    comma_.pop_back();
    put(c);
}

void JsonWriter::string(const char* s, size_t length) {
    bool compact = style_ == JsonStyle::compact;
    separate();
    put('"');
    for (size_t i = 0; i < length;) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t n = utf8_sequence_length(s, length, i);
        const char* short_escape = !compact ? nullptr
                                   : c == '\b' ? "\\b"
                                   : c == '\f' ? "\\f"
                                   : c == '\n' ? "\\n"
                                   : c == '\r' ? "\\r"
                                   : c == '\t' ? "\\t"
                                               : nullptr;
        if (c == '"' || c == '\\') {
            put('\\');
            put(static_cast<char>(c));
        } else if (short_escape) {
            put(short_escape, 2);
        } else if (c < 0x20) {
            char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            put(buf, 6);
        } else if (n == 0) {
            put("\xEF\xBF\xBD", 3);
            n = compact ? broken_sequence_length(s, length, i) : 1;
        } else {
            put(s + i, n);
        }
        i += n;
    }
    put('"');
}

std::string json_dump(const Json& json) {
    JsonWriter w;
    w.value(json);
    return std::move(w.out);
}

namespace {

void append_indented(std::string& out, const Json& v, size_t depth) {
    bool object = v.is_object();
    if ((!object && !v.is_array()) || v.empty()) {
        out += json_dump(v);
        return;
    }
    out += object ? '{' : '[';
    std::string indent = "\n" + std::string(2 * (depth + 1), ' ');
    for (size_t i = 0; i < v.size(); ++i) {
        out += (i ? "," : "") + indent;
        if (object) out += json_dump(v.members()[i].first) + ": ";
        append_indented(out, object ? v.members()[i].second : v[i], depth + 1);
    }
    out += "\n" + std::string(2 * depth, ' ') + (object ? '}' : ']');
}

}  // namespace

std::string json_dump_indented(const Json& json) {
    std::string out;
    append_indented(out, json, 0);
    return out;
}

}  // namespace nq
