// json_writer.h: JSON text written straight from plain structs, with no tree in between,
// and json_dump of a Json value (json_value.h), the one writer of the widget's JSON.
//
// Building a tree only to dump it costs time (a tree per save) and, in the WebAssembly
// module, code: every `{{"key", value}, ...}` is a tree built inline. The writer appends
// text and keeps the commas in place, one flag per open container. It spells values in one
// of two styles: `compact`, that of json_dump and of the C ABI, and `store`, the progress
// store's (progress.h, [SECTION] Stored form).
//
//   nq::JsonWriter w;
//   w.begin_object();
//   w.field("id", "q3");  w.number("score", 2.0 / 3);  w.field("correct", false);
//   w.end_object();       // w.out: {"id":"q3","score":0.6666666666666666,"correct":false}
//
// Index of this file:
// [SECTION] Styles
// [SECTION] The writer
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "json_value.h"

namespace nq {

// [SECTION] Styles
enum class JsonStyle {
    // " \ \b \f \n \r \t escaped as such, other control characters as \u00xx, each broken
    // UTF-8 sequence as one U+FFFD; a double in the shortest digits that read back, with a
    // point (3.0, 0.67, 1e+21), non-finite ones as null. That is nlohmann's dump to the byte,
    // but where its Grisu2 writes more digits than needed (1.2869949999999999 for 1.286995)
    // or another last digit than the closest, about one double in a thousand: the tests hold
    // it to nlohmann's.
    compact,
    // Every control character as \u00xx, each byte that starts no valid UTF-8 sequence as
    // U+FFFD; a double in 15 significant digits, 17 when 15 do not read back, whole ones as
    // integers (3).
    store,
};

// [SECTION] The writer
class JsonWriter {
public:
    explicit JsonWriter(JsonStyle style = JsonStyle::compact) : style_(style) {}

    std::string out;
    size_t size = 0;        // bytes written (or measured)
    bool counting = false;  // only measure: `size` grows, `out` stays empty (the store's size cap)

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(const char* name);          // a name from the code: written as it is, never escaped
    void key(const std::string& name);   // any name (an id, a member read): escaped as a string

    void null();
    void value(const std::string& s) { string(s.data(), s.size()); }
    void value(const char* s) { string(s, std::char_traits<char>::length(s)); }
    void value(bool b);
    void value(double x);
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    void value(T i) {
        if (style_ == JsonStyle::store) return value(static_cast<double>(i));
        separate();
        char buf[24];
        put(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, i).ptr - buf));
    }
    void value(const std::vector<std::string>& strings);
    void value(const Json& v);  // a discarded value as null
    // json_number (codec.h): a whole number within ±2^53 as an integer, anything else as value(x).
    void number(double x);
    // JSON text written by someone else (json_dump's), as the next value.
    void raw(const std::string& json_text);

    template <typename T>
    void field(const char* name, const T& v) {
        key(name);
        value(v);
    }
    void number(const char* name, double x) {
        key(name);
        number(x);
    }
    void null(const char* name) {
        key(name);
        null();
    }
    // "name": [...], each entry written by write_entry(*this, entry).
    template <typename T, typename Write>
    void array(const char* name, const std::vector<T>& entries, Write write_entry) {
        key(name);
        begin_array();
        for (const T& e : entries) write_entry(*this, e);
        end_array();
    }

private:
    JsonStyle style_;
    std::string comma_;  // per open container, outermost first: 1 once an entry was written
    bool after_key_ = false;

    void separate();
    void open(char c);
    void close(char c);
    void string(const char* s, size_t length);
    void put(char c) {
        size += 1;
        if (!counting) out += c;
    }
    void put(const char* p, size_t n) {
        size += n;
        if (!counting) out.append(p, n);
    }
};

// Compact JSON text of a value (no spaces, no newline): JsonWriter's compact style.
std::string json_dump(const Json& json);

// The same, indented for people to read and edit (the importers' documents): each entry on its
// own line, two spaces per level, `"name": value`; an empty container as {} or []. No newline
// at the end.
std::string json_dump_indented(const Json& json);

}  // namespace nq
