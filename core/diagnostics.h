// diagnostics.h: what the core says about a document it could not fully accept.
//
// Every problem is data with a stable code, the JSON pointer of the offending value
// and a message a publisher can act on. Tests compare codes and pointers, not prose.
//
//   nq::LoadResult r = nq::load_document(text);
//   for (const nq::Diagnostic& d : r.diagnostics)
//       printf("%s: %s: %s\n", nq::severity_name(d.severity), d.pointer.c_str(), d.message.c_str());
//
// Index of this file:
// [SECTION] Codes
// [SECTION] Diagnostic
#pragma once

#include <string>
#include <vector>

namespace nq {

// [SECTION] Codes
// One list generates the enum, the stable name and the default wording.
// The message of a Diagnostic may add detail ("expected a string, got a number").
#define NQ_DIAGNOSTIC_CODES(X)                                                          \
    X(json_syntax, "is not valid JSON")                                                 \
    X(invalid_utf8, "is not valid UTF-8")                                               \
    X(too_large, "is larger than 2 MiB")                                                \
    X(too_deep, "is nested deeper than 32 levels")                                      \
    X(string_too_long, "is longer than 20000 characters")                               \
    X(too_many, "has more entries than allowed")                                        \
    X(too_few, "has fewer entries than required")                                       \
    X(wrong_type, "has the wrong type")                                                 \
    X(missing_field, "is required")                                                     \
    X(unknown_field, "is not a field of newsquiz/1 and is ignored")                     \
    X(unsupported_format, "is not a supported format (expected \"newsquiz/1\")")        \
    X(invalid_value, "is not one of the allowed values")                                \
    X(out_of_range, "is out of range")                                                  \
    X(invalid_id, "is not a valid id ([a-z0-9][a-z0-9-]*, at most 100 characters)")     \
    X(duplicate_id, "repeats an id already used")                                       \
    X(invalid_date, "is not a real calendar date in YYYY-MM-DD form")                   \
    X(invalid_url, "is not a valid URL")                                                \
    X(unsafe_link, "is a link that is never opened (only https, http, tel and mailto)") \
    X(unknown_topic, "names a topic not declared in /article/topics")                   \
    X(unknown_reference, "names an id that does not exist")                             \
    X(no_correct_answer, "has no correct choice")                                       \
    X(several_correct_answers, "has more than one correct choice")                      \
    X(empty_string, "is empty")                                                         \
    X(duplicate_key, "repeats a member name of the same object")                        \
    X(conflicting_fields, "combines fields that exclude each other")                    \
    X(unknown_word, "is not a key of newsquiz's words and is ignored")                  \
    X(placeholder_mismatch, "has other placeholders than the English words")            \
    X(missing_words, "lacks words, which are shown in English")

enum class DiagCode {
#define NQ_X(name, text) name,
    NQ_DIAGNOSTIC_CODES(NQ_X)
#undef NQ_X
};

const char* diag_code_name(DiagCode code);     // "duplicate_id": stable, for tests and tools
const char* diag_code_message(DiagCode code);  // the default wording

// [SECTION] Diagnostic
enum class Severity { error, warning };
const char* severity_name(Severity severity);  // "error" | "warning"

struct Diagnostic {
    Severity severity = Severity::error;
    DiagCode code = DiagCode::json_syntax;
    std::string pointer;  // RFC 6901 JSON pointer of the offending value; "" = the whole document
    std::string message;  // what was expected and what was found: "expected a string, got a number"
    int line = 0;         // 1-based, where the reading stopped (json_syntax, invalid_utf8, too_deep, ...); 0 = not known
    int column = 0;       // 1-based, counted in characters (code points) of the line
};

// NOTE: "/" is not the whole document in RFC 6901 (it names the member ""), so the empty
// pointer is shown as "(document)". Control characters (possible in member names) are
// shown escaped so that one diagnostic stays one line.
std::string pointer_for_humans(const std::string& pointer);

// "error: /quiz/questions/2/choices: expected 2..20 entries, got 1"
// "error: /quiz: line 3, column 7: expected ':', got a number"  (when the line is known)
std::string diagnostic_to_string(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace nq
