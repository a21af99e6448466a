// json_writer.cpp: the writer of json_writer.h. What nlohmann already spells (a double, a
// string that is not valid UTF-8) it lets nlohmann spell, so that `compact` stays json_dump's.
#include "json_writer.h"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "codec.h"
#include "json_reader.h"

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

bool valid_utf8(const char* s, size_t length) {
    for (size_t i = 0; i < length;) {
        size_t n = utf8_sequence_length(s, length, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
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

void JsonWriter::null() {
    separate();
    put("null", 4);
}

void JsonWriter::value(bool b) {
    separate();
    put(b ? "true" : "false", b ? 4 : 5);
}

void JsonWriter::value(double x) {
    if (style_ == JsonStyle::compact) return raw(json_dump(Json(x)));
    separate();
    char buf[40];
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

void JsonWriter::raw(const std::string& json_text) {
    separate();
    put(json_text.data(), json_text.size());
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (depth_ > 0) {
        if (comma_[depth_ - 1]) put(',');
        comma_[depth_ - 1] = true;
    }
}

void JsonWriter::open(char c) {
    separate();
    put(c);
    assert(depth_ < kMaxNesting);
    comma_[depth_++] = false;
}

void JsonWriter::close(char c) {
    depth_ -= 1;
    put(c);
}

void JsonWriter::string(const char* s, size_t length) {
    bool compact = style_ == JsonStyle::compact;
    // NOTE: nlohmann's replacement of invalid UTF-8 goes by its own decoder's states: text
    // that needs it is rare enough to hand over whole.
    if (compact && !valid_utf8(s, length)) return raw(json_dump(Json(std::string(s, length))));
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
            n = 1;
        } else {
            put(s + i, n);
        }
        i += n;
    }
    put('"');
}

}  // namespace nq
