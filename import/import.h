// import.h: quizzes written for other tools -> a `newsquiz/1` document.
//
// Publishers and teachers already keep quizzes in Moodle's GIFT, Aiken and XML formats and
// in Open Trivia DB's JSON. An importer reads one such text and gives back the document as
// JSON text, with every problem as data: errors (the input is malformed: nothing is made)
// and warnings (what newsquiz cannot keep, each naming its line in the input). Pure: text
// in, text and diagnostics out; no files, no clock. The CLI (`newsquiz convert`) and the
// authoring page do the I/O.
//
//   nq::ImportOptions options;  options.article.headline = "Capitals of Europe";
//   nq::ImportResult r = nq::import_quiz(nq::ImportFormat::gift, gift_text, options);
//   for (const nq::ImportDiagnostic& d : r.diagnostics) print(nq::import_diagnostic_to_string(d));
//   if (r.ok) save(r.json);   // loads with nq::load_document, no error
//
// What each format keeps and warns about is in docs/gift.md (GIFT) and in the readers
// (import/gift.cpp, aiken.cpp, moodle_xml.cpp, opentdb.cpp).
//
// Index of this file:
// [SECTION] Diagnostics
// [SECTION] Options
// [SECTION] Importing
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace nq {

// [SECTION] Diagnostics
// One list generates the enum, the stable name and the default wording (as diagnostics.h).
// Errors first: any of them means no document.
#define NQ_IMPORT_CODES(X)                                                                      \
    X(too_large, "is larger than 2 MiB")                                                        \
    X(invalid_utf8, "is not valid UTF-8 text")                                                  \
    X(binary_input, "holds a NUL byte: not a text file")                                        \
    X(syntax_error, "is not well-formed")                                                       \
    X(missing_brace, "opens or closes an answer block without the other brace")                \
    X(too_few_answers, "has fewer answers than its type needs")                                 \
    X(missing_arrow, "is a matching answer without '->'")                                       \
    X(not_a_number, "is not a number")                                                          \
    X(invalid_weight, "is a weight outside -100..100 %")                                        \
    X(missing_question, "has answers but no question text before them")                        \
    X(missing_answer_line, "is a question without its ANSWER: line")                           \
    X(unknown_answer, "names an answer that is not there")                                      \
    X(wrong_shape, "does not have the shape the format needs")                                  \
    X(no_results, "is an Open Trivia DB response that is not a success")                       \
    X(bad_encoding, "cannot be decoded")                                                        \
    X(no_questions, "holds no question newsquiz can keep")                                     \
    X(invalid_output, "made a document that does not load")                                     \
    X(skipped_question, "is a question newsquiz cannot keep; it is skipped")                   \
    X(dropped_answer, "is an answer newsquiz cannot keep; it is left out")                      \
    X(dropped_feedback, "is feedback newsquiz cannot show; it is left out")                     \
    X(dropped_content, "is content newsquiz does not show; it is left out")                     \
    X(changed_meaning, "is read as Moodle reads it, which may not be what was meant")          \
    X(partial_credit, "gives partial credit differently from Moodle")                          \
    X(text_as_written, "is formatted text that newsquiz shows as written")                     \
    X(too_many_questions, "goes past the 500 questions of a quiz; the rest is left out")       \
    X(article_placeholder, "is a field of the article for the author to fill in")

enum class ImportCode {
#define NQ_X(name, text) name,
    NQ_IMPORT_CODES(NQ_X)
#undef NQ_X
};

const char* import_code_name(ImportCode code);     // "missing_brace": stable, for tests and tools
const char* import_code_message(ImportCode code);  // the default wording

struct ImportDiagnostic {
    Severity severity = Severity::error;
    ImportCode code = ImportCode::syntax_error;
    int line = 0;         // 1-based, in the input; 0 = the input as a whole
    int column = 0;       // 1-based, in characters (code points) of the line; 0 = the whole line
    std::string pointer;  // for invalid_output and article_placeholder: the JSON pointer in the document
    std::string message;  // what was found and what was done: "the answer \"40\" (50 %) is left out"
};

// "12:5: warning: message", "12: warning: message" (no column) or "warning: message" (no line);
// a pointer comes before the message: "warning: /article/date: the date is a placeholder ...".
std::string import_diagnostic_to_string(const ImportDiagnostic& d);

bool import_has_errors(const std::vector<ImportDiagnostic>& diagnostics);

// [SECTION] Options
enum class ImportFormat { gift, aiken, moodle_xml, opentdb };

const char* import_format_name(ImportFormat format);                  // "moodle-xml": as `convert --from` takes it
bool import_format_from_name(std::string_view name, ImportFormat& out);  // false for an unknown name

// The article card around the imported quiz. Empty = not given: the importer fills a
// placeholder that loads (and warns with article_placeholder, naming the field).
struct ArticleSkeleton {
    std::string id;        // "" = fallback_id made into an id, else "imported-quiz"
    std::string headline;  // "" = the input's first category (or title), else fallback_headline, else "Imported quiz"
    std::string date;      // YYYY-MM-DD; "" = the placeholder 1970-01-01
    std::string lang;      // "" = none (the format's default, en)
    std::string url;       // "" = none
    std::string dek;       // "" = none
    std::string fallback_id;        // e.g. the input file's name; made into an id
    std::string fallback_headline;  // e.g. the input file's name, as written
};

struct ImportOptions {
    ArticleSkeleton article;
};

// [SECTION] Importing
struct ImportResult {
    bool ok = false;    // no errors: `json` is a document that loads
    std::string json;   // the newsquiz/1 document, indented by two spaces, ending in a newline; "" when !ok
    std::vector<ImportDiagnostic> diagnostics;  // errors and warnings by place in the input; the whole input (line 0) last
};

// Reads `text` (UTF-8; a BOM is skipped; at most 2 MiB) in the given format. Never throws.
ImportResult import_quiz(ImportFormat format, std::string_view text, const ImportOptions& options);

// "Capitals of Europe" -> "capitals-of-europe": lowercase ASCII letters and digits with
// single hyphens, accents dropped (é -> e), at most 100 characters; "" when nothing is left.
std::string import_slug(std::string_view text);

}  // namespace nq
