// json_reader.cpp: the parser, and the tree builder it drives, which keeps the limits.
#include "json_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <utility>

#include "stable_sort.h"

namespace nq {

// [SECTION] Text helpers
std::string json_pointer_escape(std::string_view key) {
    std::string s;
    s.reserve(key.size());
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

size_t utf8_length(std::string_view valid_utf8) {
    size_t n = 0;
    for (char c : valid_utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// A UTF-8 sequence as its first byte announces it (RFC 3629, as nlohmann's lexer: no overlong
// forms, no surrogates, nothing above U+10FFFF): its length (0: no sequence starts so) and the
// range of its second byte; the others are 0x80..0xBF.
struct Utf8Lead {
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
};

static Utf8Lead utf8_lead(unsigned char c) {
    if (c >= 0xC2 && c <= 0xDF) return {2};
    if (c == 0xE0) return {3, 0xA0};
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return {3};
    if (c == 0xED) return {3, 0x80, 0x9F};
    if (c == 0xF0) return {4, 0x90};
    if (c >= 0xF1 && c <= 0xF3) return {4};
    if (c == 0xF4) return {4, 0x80, 0x8F};
    return {};
}

size_t utf8_first_invalid(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        Utf8Lead lead = utf8_lead(c);
        if (lead.length == 0 || i + lead.length > text.size()) return i;
        unsigned char second = static_cast<unsigned char>(text[i + 1]);
        if (second < lead.low || second > lead.high) return i;
        for (size_t k = 2; k < lead.length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        i += lead.length;
    }
    return std::string_view::npos;
}

std::string quote_for_message(std::string_view text) {
    constexpr size_t kShown = 40;  // characters; longer values end in "..."
    std::string s = "\"";
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80 && chars++ == kShown) {
            s += "...";
            break;
        }
        if (c == '"' || c == '\\') {
            s += '\\';
            s += char(c);
        } else if (c < 0x20 || c == 0x7F) {
            static const char hex[] = "0123456789abcdef";
            s += "\\u00";
            s += hex[c >> 4];
            s += hex[c & 15];
        } else {
            s += char(c);
        }
    }
    return s + "\"";
}

// [SECTION] Places and findings
void sort_findings(std::vector<Finding>& findings) {
    nq::stable_sort(findings, [](const Finding& a, const Finding& b) { return a.order < b.order; });
}

static DocumentOrder order_with(const DocumentOrder& parent, size_t index) {
    DocumentOrder order = parent;
    order.push_back(int(index));
    return order;
}

// 1-based line and column (in code points) of a byte offset; a BOM takes no column.
static void set_line_column(Diagnostic& d, std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    size_t line_start = 0;
    d.line = 1;
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++d.line;
            line_start = i + 1;
        }
    }
    std::string_view before = text.substr(line_start, offset - line_start);
    if (line_start == 0 && before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
    d.column = int(utf8_length(before)) + 1;
}

// Byte offset of the bracket that opens nesting level `level` (where a too-deep parse stopped).
static size_t offset_of_level(std::string_view text, int level) {
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth == level) return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return text.size();
}

// nlohmann's words for a bad string, number or BOM, told as what was expected.
static std::string string_message(std::string detail) {
    const std::string control = "invalid string: control character ";
    if (detail.rfind(control, 0) == 0) {  // "... U+000A (LF) must be escaped to \u000A or \n"
        size_t must = detail.find(" must be escaped to ");
        if (must != std::string::npos)
            return "expected the control character " + detail.substr(control.size(), must - control.size()) + " escaped as " +
                   detail.substr(must + 20) + ", got it as is in a string";
    }
    static const std::pair<const char*, const char*> known[] = {
        {"invalid string: missing closing quote", "expected a closing quote, got the end of the text"},
        {"invalid string: forbidden character after backslash",
         "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after a backslash, got another character"},
        {"invalid string: '\\u' must be followed by 4 hex digits", "expected 4 hexadecimal digits after \\u"},
        {"invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF",
         "expected a low surrogate \\uDC00..\\uDFFF after the high surrogate, got none"},
        {"invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
         "expected a high surrogate \\uD800..\\uDBFF before the low surrogate, got none"},
        {"invalid BOM; must be 0xEF 0xBB 0xBF if given", "expected the byte order mark EF BB BF or none, got other bytes"},
    };
    for (const auto& [from, to] : known)
        if (detail == from) return to;
    size_t semicolon = detail.find("; ");  // "invalid number; expected digit after '-'"
    if (semicolon != std::string::npos) detail.replace(semicolon, 2, ": ");
    return detail.find("expected") == std::string::npos ? "expected valid JSON, got " + detail : detail;
}

// nlohmann's "syntax error while parsing object key - unexpected '}'; expected string
// literal; last read: '...'" told as "expected a member name in double quotes, got '}'".
static std::string syntax_message(const std::string& what, const std::string& context) {
    size_t dash = what.find(" - ");
    std::string detail = dash == std::string::npos ? what : what.substr(dash + 3);
    size_t last_read = detail.find("; last read: '");
    if (last_read != std::string::npos) {  // drop the token read, keep a "; expected ..." after it
        size_t tail = detail.rfind("'; expected ");
        detail = detail.substr(0, last_read) + (tail != std::string::npos && tail > last_read ? detail.substr(tail + 1) : "");
    }
    auto plain = [&](const std::string& s) {
        if (context == "object key" && s == "string literal") return std::string("a member name in double quotes");
        static const std::pair<const char*, const char*> words[] = {
            {"string literal", "a string"}, {"number literal", "a number"}, {"end of input", "the end of the text"},
            {"true literal", "true"},       {"false literal", "false"},     {"null literal", "null"},
            {"'[', '{', or a literal", "a value"},
        };
        for (const auto& [from, to] : words)
            if (s == from) return std::string(to);
        return s;
    };
    size_t semicolon = detail.find("; expected ");
    std::string found = detail.substr(0, semicolon);
    if (found == "invalid literal") {
        if (semicolon == std::string::npos)
            return "expected a value (a string in double quotes, a number, true, false, null, an object or an array)";
        found = "text that is not JSON";
    } else if (found.rfind("unexpected ", 0) == 0) {
        found = plain(found.substr(11));
    } else {
        return string_message(detail);
    }
    if (semicolon == std::string::npos) return "got " + found;
    std::string expected = plain(detail.substr(semicolon + 11));
    if (expected == "the end of the text" && found == "text that is not JSON") found = "more text";
    return "expected " + expected + ", got " + found;
}

// [SECTION] The tree builder
namespace {

struct Frame {
    Json* container = nullptr;
    bool is_array = false;
    std::string token;  // its own step from its parent (member name or index), unescaped
    size_t index = 0;   // its place in its parent
    size_t entries = 0;      // array: elements met, kept or not; object: members kept
    size_t max_entries = 0;  // arrays; 0 = no limit
    std::string key;         // objects: the name of the member being read
    bool has_key = false;    // a name was read and its value has not started
    bool drop_value = false; // this member's value is read past (repeated or over-long name)
    bool repeat = false;     // this member's value replaces that of an earlier member of its name
    std::set<std::string> names;  // objects: filled once they have many members (NOTE: a tree
                                  // like every other map of the widget: a hash set cost 1.3 KB of gzip)
};

constexpr size_t kObjectMembers = 8;

class TreeBuilder {
public:
    TreeBuilder(std::string_view text, const JsonReadOptions& options, JsonRead& out)
        : text_(text), options_(options), out_(out) {}

    // What the parser met, in document order: returning false stops the parse.
    bool null() { return add_scalar(Json(nullptr)); }
    bool boolean(bool value) { return add_scalar(Json(value)); }
    bool number_integer(int64_t value) { return add_scalar(Json(value)); }
    bool number_unsigned(uint64_t value) { return add_scalar(Json(value)); }
    bool number_float(double value) { return add_scalar(Json(value)); }
    bool start_object() { return open(false); }
    bool start_array() { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool string(std::string& value) {
        if (skipping_ > 0) return true;
        Slot slot = take_slot();
        if (!slot.keep) return true;
        size_t chars = utf8_length(value);
        if (chars > options_.max_string_chars) {
            report(DiagCode::string_too_long, slot_pointer(slot), slot_order(slot),
                   "expected at most " + std::to_string(options_.max_string_chars) + " characters, got " + std::to_string(chars));
            store(Json(Json::value_t::discarded));
            return true;
        }
        store(Json(std::move(value)));
        return true;
    }

    bool key(std::string& name) {
        if (skipping_ > 0) return true;
        Frame& f = stack_.back();
        f.has_key = true;
        f.drop_value = true;
        size_t chars = utf8_length(name);
        if (chars > options_.max_string_chars) {
            f.key = "";
            report(DiagCode::string_too_long, top_pointer(), top_order(),
                   "expected member names of at most " + std::to_string(options_.max_string_chars) +
                       " characters, got one of " + std::to_string(chars) + " (its member is ignored)");
            return true;
        }
        f.key = name;  // copied into the room it has: the parser keeps its own
        // NOTE: asked once: seen_before() records the name once the object has many members.
        bool repeated = seen_before(f, f.key);
        if (repeated && options_.last_repeat_wins) {
            f.drop_value = false;
            f.repeat = true;
            return true;
        }
        if (repeated) {
            report(DiagCode::duplicate_key, top_pointer() + "/" + json_pointer_escape(f.key), order_with(top_order(), f.entries),
                   "expected each member name once per object, got " + quote_for_message(f.key) + " again (the first is used)");
            return true;
        }
        f.drop_value = false;
        return true;
    }

    // The parse stopped at byte `at` (the last one read): `what` says why in nlohmann's words,
    // "syntax error while parsing CONTEXT - ...", or for a number too large for a double
    // "number overflow parsing 'TEXT'" (`overflow`).
    void parse_error(size_t at, const std::string& what, bool overflow) {
        std::string context;
        size_t from = what.find("while parsing ");
        if (from != std::string::npos) context = what.substr(from + 14, what.find(" - ", from) - (from + 14));
        bool in_value = context == "value" || context == "object separator" || overflow;
        std::string pointer = pointer_here(in_value);
        DocumentOrder order = top_order();

        size_t bad = utf8_first_invalid(text_);
        if (bad != std::string_view::npos && at >= bad) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(text_[bad])));
            report(DiagCode::invalid_utf8, pointer, order,
                   std::string("expected UTF-8 text, got a byte sequence that is not UTF-8, starting with ") + hex, bad);
        } else if (overflow) {  // "number overflow parsing '1e999'"; `at` is its last digit
            size_t quote = what.find('\'');
            std::string number = quote == std::string::npos ? "" : what.substr(quote + 1, what.size() - quote - 2);
            report(DiagCode::out_of_range, pointer, order, "expected a number a double can hold, got " + number,
                   at + 1 - std::min(at + 1, number.size()));
        } else {
            report(DiagCode::json_syntax, pointer, order, syntax_message(what, context), at);
        }
    }

private:
    struct Slot {
        bool keep = true;  // false: read past, never built
        size_t index = 0;  // in the container on top of the stack
    };

    // Where the next value goes, and whether it is built at all.
    Slot take_slot() {
        if (stack_.empty()) return {true, 0};
        Frame& f = stack_.back();
        if (f.is_array) {
            size_t index = f.entries++;
            return {f.max_entries == 0 || index < f.max_entries, index};
        }
        f.has_key = false;
        if (f.drop_value) return {false, 0};
        if (f.repeat) return {true, member_index(f, f.key)};
        return {true, f.entries++};
    }

    // NOTE: a slot's place is only spelled out when needed (containers, findings): most
    // values never need it. Valid while the slot's container is on top of the stack.
    std::string slot_pointer(const Slot& slot) const {
        if (stack_.empty()) return "";
        const Frame& f = stack_.back();
        return top_pointer() + "/" + (f.is_array ? std::to_string(slot.index) : json_pointer_escape(f.key));
    }
    DocumentOrder slot_order(const Slot& slot) const {
        return stack_.empty() ? DocumentOrder{} : order_with(top_order(), slot.index);
    }

    // Linear over the members while few, a set of names once there are many.
    static bool seen_before(Frame& f, const std::string& name) {
        const Json::object_t& members = f.container->members();
        if (f.names.empty() && members.size() < 16) {
            for (const auto& member : members)
                if (member.first == name) return true;
            return false;
        }
        if (f.names.empty())
            for (const auto& member : members) f.names.insert(member.first);
        return !f.names.insert(name).second;
    }

    // The place of the member of that name in the object (one that seen_before() found).
    static size_t member_index(const Frame& f, const std::string& name) {
        const Json::object_t& members = std::as_const(*f.container).members();
        size_t i = 0;
        while (i < members.size() && members[i].first != name) ++i;
        return i;
    }

    // The pointer and the document order of the container on top of the stack, spelled out from
    // the steps of the stack: only findings need them.
    std::string top_pointer() const {
        std::string pointer;
        for (size_t i = 1; i < stack_.size(); ++i) pointer += "/" + json_pointer_escape(stack_[i].token);
        return pointer;
    }
    DocumentOrder top_order() const {
        DocumentOrder order;
        for (size_t i = 1; i < stack_.size(); ++i) order.push_back(int(stack_[i].index));
        return order;
    }

    // The pointer of the value being read, or of the container when between values.
    std::string pointer_here(bool in_value) const {
        if (stack_.empty()) return "";
        const Frame& f = stack_.back();
        if (!in_value) return top_pointer();
        if (f.is_array) return top_pointer() + "/" + std::to_string(f.entries);
        return f.has_key ? top_pointer() + "/" + json_pointer_escape(f.key) : top_pointer();
    }

    Json* store(Json&& value) {
        if (stack_.empty()) {
            out_.root = std::move(value);
            return &out_.root;
        }
        Frame& f = stack_.back();
        if (f.is_array) {
            f.container->push_back(std::move(value));
            return &f.container->back();
        }
        Json::object_t& members = f.container->members();
        if (f.repeat) {
            f.repeat = false;
            Json& member = members[member_index(f, f.key)].second;
            member = std::move(value);
            return &member;
        }
        // NOTE: appended without a search for the name: seen_before() refused repeats.
        members.emplace_back(f.key, std::move(value));
        return &members.back().second;
    }

    bool add_scalar(Json&& value) {
        if (skipping_ > 0) return true;
        if (take_slot().keep) store(std::move(value));
        return true;
    }

    bool open(bool is_array) {
        if (depth_ >= options_.max_depth) {
            report(DiagCode::too_deep, skipping_ > 0 ? pointer_here(false) : pointer_here(true),
                   top_order(),
                   "expected at most " + std::to_string(options_.max_depth) + " levels of nested objects and arrays, got more",
                   offset_of_level(text_, options_.max_depth + 1));
            return false;
        }
        ++depth_;
        if (skipping_ > 0) {
            ++skipping_;
            return true;
        }
        std::string token;
        if (!stack_.empty()) token = stack_.back().is_array ? std::to_string(stack_.back().entries) : stack_.back().key;
        Slot slot = take_slot();
        if (!slot.keep) {
            skipping_ = 1;
            return true;
        }
        Frame f;
        f.is_array = is_array;
        f.token = std::move(token);
        f.index = slot.index;
        f.container = store(Json(is_array ? Json::value_t::array : Json::value_t::object));
        // NOTE: room for the few members an object has here, so that it seldom grows.
        if (!is_array) f.container->members().reserve(kObjectMembers);
        if (is_array && options_.max_entries) {
            // NOTE: one vector for every array: its strings keep their room from one to the next.
            path_.resize(stack_.size());
            for (size_t i = 1; i < stack_.size(); ++i) path_[i - 1] = stack_[i].token;
            if (!stack_.empty()) path_.back() = f.token;
            f.max_entries = options_.max_entries(path_);
        }
        stack_.push_back(std::move(f));
        return true;
    }

    bool close() {
        --depth_;
        if (skipping_ > 0) {
            --skipping_;
            return true;
        }
        const Frame& f = stack_.back();
        if (f.max_entries > 0 && f.entries > f.max_entries) out_.cut_arrays[top_pointer()] = f.entries;
        stack_.pop_back();
        return true;
    }

    void report(DiagCode code, std::string pointer, DocumentOrder order, std::string message,
                size_t offset = std::string_view::npos) {
        Finding f;
        f.diagnostic.code = code;
        f.diagnostic.pointer = std::move(pointer);
        f.diagnostic.message = std::move(message);
        if (offset != std::string_view::npos) set_line_column(f.diagnostic, text_, offset);
        f.order = std::move(order);
        out_.findings.push_back(std::move(f));
    }

    std::string_view text_;
    const JsonReadOptions& options_;
    JsonRead& out_;
    std::vector<Frame> stack_;
    std::vector<std::string> path_;  // of the array being opened, for options_.max_entries
    int depth_ = 0;     // containers open, skipped ones included
    int skipping_ = 0;  // > 0: inside a value that is read past (its nesting level)
};


// [SECTION] The parser
// Reads the text as nlohmann's strict parser does, token for token (RFC 8259; a byte order mark
// at the start; a NUL byte outside strings ends the text), and makes the same calls on the
// TreeBuilder. An error is put in nlohmann's words, at the byte where nlohmann stops reading,
// so that syntax_message() and the line and column tell it as they always have.
class Parser {
public:
    Parser(std::string_view text, TreeBuilder& tree) : text_(text), tree_(tree) {}

    size_t bytes_read() const { return input_; }

    // False when the text is not JSON or the tree stopped it; the tree holds the finding.
    bool parse() {
        // A parser state per open container: true for an array.
        std::vector<bool> arrays;
        Token token = next();
        for (;;) {
            bool value_done = true;
            switch (token) {
                case Token::begin_object:
                    if (!tree_.start_object()) return false;
                    if ((token = next()) == Token::end_object) {
                        tree_.end_object();
                        break;
                    }
                    if (token != Token::value_string) return fail("object key", Token::value_string, token);
                    tree_.key(string_);
                    if ((token = next()) != Token::name_separator) return fail("object separator", Token::name_separator, token);
                    arrays.push_back(false);
                    token = next();
                    value_done = false;
                    break;
                case Token::begin_array:
                    if (!tree_.start_array()) return false;
                    if ((token = next()) == Token::end_array) {
                        tree_.end_array();
                        break;
                    }
                    arrays.push_back(true);
                    value_done = false;
                    break;
                case Token::value_float:
                    if (!std::isfinite(float_)) return overflow();
                    tree_.number_float(float_);
                    break;
                case Token::literal_false: tree_.boolean(false); break;
                case Token::literal_true: tree_.boolean(true); break;
                case Token::literal_null: tree_.null(); break;
                case Token::value_integer: tree_.number_integer(integer_); break;
                case Token::value_unsigned: tree_.number_unsigned(unsigned_); break;
                case Token::value_string: tree_.string(string_); break;
                case Token::parse_error: return fail("value", Token::uninitialized, token);
                default: return fail("value", Token::literal_or_value, token);
            }
            if (!value_done) continue;
            // A value ended: what comes after it in its container, and after closing ones.
            for (;;) {
                if (arrays.empty()) {
                    token = next();
                    return token == Token::end_of_input || fail("value", Token::end_of_input, token);
                }
                token = next();
                if (arrays.back()) {
                    if (token == Token::value_separator) {
                        token = next();
                        break;
                    }
                    if (token != Token::end_array) return fail("array", Token::end_array, token);
                    tree_.end_array();
                    arrays.pop_back();
                    continue;
                }
                if (token == Token::value_separator) {
                    if ((token = next()) != Token::value_string) return fail("object key", Token::value_string, token);
                    tree_.key(string_);
                    if ((token = next()) != Token::name_separator) return fail("object separator", Token::name_separator, token);
                    token = next();
                    break;
                }
                if (token != Token::end_object) return fail("object", Token::end_object, token);
                tree_.end_object();
                arrays.pop_back();
            }
        }
    }

private:
    enum class Token {
        uninitialized, literal_true, literal_false, literal_null, value_string, value_unsigned, value_integer,
        value_float, begin_array, begin_object, end_array, end_object, name_separator, value_separator,
        parse_error, end_of_input, literal_or_value,
    };

    static const char* token_name(Token t) {
        static const char* const names[] = {
            "<uninitialized>", "true literal",  "false literal", "null literal", "string literal", "number literal",
            "number literal",  "number literal", "'['",          "'{'",          "']'",            "'}'",
            "':'",             "','",            "<parse error>", "end of input", "'[', '{', or a literal",
        };
        return names[int(t)];
    }

    // [SECTION] Reading bytes, as nlohmann counts them: every read counts, the end of the text
    // too, and a byte put back is read again.
    static constexpr int kEnd = -1;
    int get() {
        ++read_;
        if (unget_) {
            unget_ = false;
        } else {
            current_ = input_ < text_.size() ? static_cast<unsigned char>(text_[input_++]) : kEnd;
        }
        return current_;
    }
    void unget() {
        unget_ = true;
        --read_;
    }
    size_t at() const { return read_ > 0 ? read_ - 1 : 0; }  // the last byte read
    void reset() { token_start_ = at(); }

    // The bytes of the token read so far (from its start, or from the last string or number
    // when a literal went wrong), control characters as <U+001F>.
    std::string token_text() const {
        std::string s;
        size_t end = std::min(read_, text_.size());
        for (size_t i = std::min(token_start_, end); i < end; ++i) {
            unsigned char c = static_cast<unsigned char>(text_[i]);
            if (c > 0x1F) {
                s += char(c);
            } else {
                char escaped[16];
                std::snprintf(escaped, sizeof escaped, "<U+%.4X>", unsigned(c));
                s += escaped;
            }
        }
        return s;
    }

    // [SECTION] Tokens
    Token next() {
        if (read_ == 0) {  // a byte order mark, whole or not at all
            if (get() == 0xEF) {
                if (get() != 0xBB || get() != 0xBF) return lex_error("invalid BOM; must be 0xEF 0xBB 0xBF if given");
            } else {
                unget();
            }
        }
        do get();
        while (current_ == ' ' || current_ == '\t' || current_ == '\n' || current_ == '\r');
        switch (current_) {
            case '[': return Token::begin_array;
            case ']': return Token::end_array;
            case '{': return Token::begin_object;
            case '}': return Token::end_object;
            case ':': return Token::name_separator;
            case ',': return Token::value_separator;
            case 't': return literal("true", Token::literal_true);
            case 'f': return literal("false", Token::literal_false);
            case 'n': return literal("null", Token::literal_null);
            case '"': return string();
            case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return number();
            case 0:
            case kEnd: return Token::end_of_input;
            default: return lex_error("invalid literal");
        }
    }

    Token lex_error(std::string message) {
        lex_error_ = std::move(message);
        return Token::parse_error;
    }

    Token literal(const char* word, Token token) {
        for (const char* p = word + 1; *p; ++p)
            if (get() != static_cast<unsigned char>(*p)) return lex_error("invalid literal");
        return token;
    }

    static int hex_digit(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }

    // The 4 hex digits after "\u", or -1.
    int code_unit() {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            int d = hex_digit(get());
            if (d < 0) return -1;
            value = value << 4 | d;
        }
        return value;
    }

    static void append_utf8(std::string& s, uint32_t c) {
        if (c < 0x80) {
            s += char(c);
        } else if (c < 0x800) {
            s += char(0xC0 | c >> 6);
            s += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            s += char(0xE0 | c >> 12);
            s += char(0x80 | (c >> 6 & 0x3F));
            s += char(0x80 | (c & 0x3F));
        } else {
            s += char(0xF0 | c >> 18);
            s += char(0x80 | (c >> 12 & 0x3F));
            s += char(0x80 | (c >> 6 & 0x3F));
            s += char(0x80 | (c & 0x3F));
        }
    }

    Token string() {
        reset();
        string_.clear();
        for (;;) {
            // NOTE: runs of plain bytes are taken at once; `read_` and `current_` follow as if
            // each had been read by get().
            if (!unget_) {
                size_t run = input_;
                while (run < text_.size()) {
                    unsigned char c = static_cast<unsigned char>(text_[run]);
                    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
                    ++run;
                }
                if (run > input_) {
                    string_.append(text_.data() + input_, run - input_);
                    read_ += run - input_;
                    current_ = static_cast<unsigned char>(text_[run - 1]);
                    input_ = run;
                }
            }
            int c = get();
            if (c == '"') return Token::value_string;
            if (c == kEnd) return lex_error("invalid string: missing closing quote");
            if (c < 0x20) return lex_error(control_message(c));
            if (c == '\\') {
                if (const char* error = escape()) return lex_error(error);
                continue;
            }
            if (c >= 0x80 && !utf8_sequence(c)) return lex_error("invalid string: ill-formed UTF-8 byte");
        }
    }

    // After a backslash: the escaped character appended, or why not.
    const char* escape() {
        const char* hex_digits = "invalid string: '\\u' must be followed by 4 hex digits";
        const char* surrogate = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
        static const char kEscaped[] = "\"\"\\\\//b\bf\fn\nr\rt\t";  // pairs: escape, character
        int c = get();
        if (c != 'u') {
            for (size_t i = 0; i + 1 < sizeof kEscaped; i += 2) {
                if (c != kEscaped[i]) continue;
                string_ += kEscaped[i + 1];
                return nullptr;
            }
            return "invalid string: forbidden character after backslash";
        }
        int unit = code_unit();
        if (unit < 0) return hex_digits;
        uint32_t codepoint = uint32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (get() != '\\' || get() != 'u') return surrogate;
            int low = code_unit();
            if (low < 0) return hex_digits;
            if (low < 0xDC00 || low > 0xDFFF) return surrogate;
            codepoint = 0x10000 + ((uint32_t(unit) - 0xD800) << 10) + (uint32_t(low) - 0xDC00);
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
        }
        append_utf8(string_, codepoint);
        return nullptr;
    }

    // The rest of a UTF-8 sequence whose first byte is `first`, appended whole.
    bool utf8_sequence(int first) {
        Utf8Lead lead = utf8_lead(static_cast<unsigned char>(first));
        if (lead.length == 0) return false;
        char bytes[4] = {char(first)};
        for (size_t k = 1; k < lead.length; ++k) {
            int c = get();
            if (c < (k == 1 ? lead.low : 0x80) || c > (k == 1 ? lead.high : 0xBF)) return false;
            bytes[k] = char(c);
        }
        string_.append(bytes, lead.length);
        return true;
    }

    static std::string control_message(int c) {
        static const char* const names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF",
                                            "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                            "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
        static const char shorthand[] = "\0\0\0\0\0\0\0\0btn\0fr";  // \b \t \n \f \r
        char hex[16];
        std::snprintf(hex, sizeof hex, "%.4X", unsigned(c & 0x1F));
        std::string s = std::string("invalid string: control character U+") + hex + " (" + names[c] + ") must be escaped to \\u" + hex;
        if (c < int(sizeof shorthand) - 1 && shorthand[c]) s += std::string(" or \\") + shorthand[c];
        return s;
    }

    Token number() {
        reset();
        size_t start = at();
        bool negative = current_ == '-', integral = true;
        int c = negative ? get() : current_;
        if (c < '0' || c > '9') return lex_error("invalid number; expected digit after '-'");
        if (c != '0')
            while ((c = get()) >= '0' && c <= '9') {}
        else
            c = get();
        if (c == '.') {
            integral = false;
            if ((c = get()) < '0' || c > '9') return lex_error("invalid number; expected digit after '.'");
            while ((c = get()) >= '0' && c <= '9') {}
        }
        if (c == 'e' || c == 'E') {
            integral = false;
            c = get();
            if (c == '+' || c == '-') {
                if ((c = get()) < '0' || c > '9') return lex_error("invalid number; expected digit after exponent sign");
            } else if (c < '0' || c > '9') {
                return lex_error("invalid number; expected '+', '-', or digit after exponent");
            }
            while ((c = get()) >= '0' && c <= '9') {}
        }
        unget();
        std::string digits(text_.substr(start, at() + 1 - start));
        if (integral) {
            errno = 0;
            char* end = nullptr;
            if (negative) {
                long long v = std::strtoll(digits.c_str(), &end, 10);
                if (errno == 0) {
                    integer_ = v;
                    return Token::value_integer;
                }
            } else {
                unsigned long long v = std::strtoull(digits.c_str(), &end, 10);
                if (errno == 0) {
                    unsigned_ = v;
                    return Token::value_unsigned;
                }
            }
        }
        float_ = std::strtod(digits.c_str(), nullptr);
        return Token::value_float;
    }

    // [SECTION] Errors, in nlohmann's words
    bool fail(const char* context, Token expected, Token got) {
        std::string what = std::string("syntax error while parsing ") + context + " - ";
        if (got == Token::parse_error) what += lex_error_ + "; last read: '" + token_text() + "'";
        else what += std::string("unexpected ") + token_name(got);
        if (expected != Token::uninitialized) what += std::string("; expected ") + token_name(expected);
        tree_.parse_error(at(), what, false);
        return false;
    }

    bool overflow() {
        tree_.parse_error(at(), "number overflow parsing '" + token_text() + "'", true);
        return false;
    }

    std::string_view text_;
    TreeBuilder& tree_;
    size_t input_ = 0;        // the next byte of the text to read
    size_t read_ = 0;         // reads, as nlohmann counts them
    bool unget_ = false;      // the next get() reads current_ again
    int current_ = kEnd;
    size_t token_start_ = 0;  // where the token text starts
    std::string lex_error_;
    std::string string_;
    int64_t integer_ = 0;
    uint64_t unsigned_ = 0;
    double float_ = 0;
};

}  // namespace

// [SECTION] Reading
JsonRead json_read(std::string_view text, const JsonReadOptions& options) {
    JsonRead out;
    if (text.size() > options.max_bytes) {
        Finding f;
        f.diagnostic.code = DiagCode::too_large;
        f.diagnostic.message = "expected at most " + std::to_string(options.max_bytes / (1024 * 1024)) + " MiB (" +
                               std::to_string(options.max_bytes) + " bytes), got " + std::to_string(text.size()) + " bytes";
        out.findings.push_back(std::move(f));
        return out;
    }
    TreeBuilder builder(text, options, out);
    Parser parser(text, builder);
    if (!parser.parse()) return out;
    // NOTE: what the parser read is UTF-8 (strings are checked, anything else is ASCII); a NUL
    // byte ends the text early, and what follows it is checked here.
    if (utf8_first_invalid(text.substr(parser.bytes_read())) != std::string_view::npos) {
        out.findings.push_back({{Severity::error, DiagCode::invalid_utf8, "", "expected UTF-8 text"}, {}});
        return out;
    }
    out.complete = true;
    return out;
}

}  // namespace nq
