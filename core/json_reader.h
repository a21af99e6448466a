// json_reader.h: JSON text -> a tree in document order, with the limits checked while
// reading, before the work they guard.
//
// A parser of our own reads the text once, as strictly as nlohmann's (tests/unit-json-reader.cpp
// holds it to nlohmann's as the oracle), and builds a Json tree (json_value.h: members kept in
// the order written), refusing to go on where a limit says so: the text is measured before
// parsing, nesting stops the parse at the first level too deep, an over-long string is not
// stored, and the entries of an array beyond its limit are read past, never built.
// document.cpp validates the tree; nothing here knows newsquiz fields except through the
// options.
//
//   nq::JsonReadOptions options;  options.max_entries = my_array_limits;
//   nq::JsonRead r = nq::json_read(text, options);
//   if (!r.complete) return r.findings;   // syntax error, too large, too deep, bad UTF-8
//   walk(r.root);                         // discarded values were already reported
//
// Index of this file:
// [SECTION] Places and findings
// [SECTION] Reading
// [SECTION] Text helpers
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "json_value.h"

namespace nq {

// [SECTION] Places and findings
// Diagnostics are sorted by where their value sits: `order` holds one index per step from
// the root (an array index, or a member's place in its object), so sorting the vectors
// sorts by document order, a container before its contents. A member that is missing gets
// -1 as its last step: it is reported before the members that are there.
using DocumentOrder = std::vector<int>;

struct Finding {
    Diagnostic diagnostic;
    DocumentOrder order;
};

// Stable: findings about the same value keep the order they were made in.
void sort_findings(std::vector<Finding>& findings);

// [SECTION] Reading
struct JsonReadOptions {
    size_t max_bytes = 2 * 1024 * 1024;
    int max_depth = 32;               // the root container is level 1
    size_t max_string_chars = 20000;  // code points, for values and member names alike
    // The most entries kept for the array at `path` (member names and indices, unescaped);
    // 0 = no limit. Entries beyond are read for syntax only.
    size_t (*max_entries)(const std::vector<std::string>& path) = nullptr;
    // A member name repeated in one object: false = the first is kept and the others are
    // duplicate_key errors; true = the last value replaces the first, in its place, with no
    // finding (nlohmann's own parse, which progress stores have always been read by).
    bool last_repeat_wins = false;
};

struct JsonRead {
    Json root;  // null until read; a string over the limit is stored as a discarded value
    bool complete = false;  // the whole text was read: `root` holds every value the limits allow
    std::vector<Finding> findings;  // errors met while reading, in document order
    std::map<std::string, size_t> cut_arrays;  // pointer -> entries written, for arrays cut at max_entries
};

// Never throws. An incomplete read ends with the finding that stopped it: too_large (before
// any parsing), invalid_utf8, json_syntax, too_deep, or out_of_range (a number too large for
// a double); all but the first carry the line and column where reading stopped and the
// pointer of the value being read. Member names repeated in one object: see last_repeat_wins.
JsonRead json_read(std::string_view text, const JsonReadOptions& options);

// [SECTION] Text helpers
std::string json_pointer_escape(std::string_view key);  // "~" -> "~0", "/" -> "~1" (RFC 6901)
size_t utf8_length(std::string_view valid_utf8);        // code points
size_t utf8_first_invalid(std::string_view text);       // byte offset, or npos when valid UTF-8
// A value quoted for a message: at most 40 characters then "...", quotes and control
// characters escaped, so that a message stays one short line.
std::string quote_for_message(std::string_view text);

}  // namespace nq
