// draft.h: what a reader found in its input, before it becomes newsquiz/1 (internal).
//
// Each reader (gift.cpp, aiken.cpp, moodle_xml.cpp, opentdb.cpp) turns its format into
// Drafts in Moodle's terms: answers with a fraction of the grade (1 = 100 %, negative
// allowed), feedback per answer, several numeric answers. build_document() is the one place
// that decides how those become newsquiz questions and warns about what cannot be kept, so
// the four formats follow the same rules.
//
//   nq::Drafts drafts;
//   read_gift(text, drafts);                 // fills drafts.questions and drafts.diagnostics
//   std::string json = nq::build_document(drafts, options);   // adds its own warnings
//
// Index of this file:
// [SECTION] Places
// [SECTION] Drafts
// [SECTION] Readers
// [SECTION] Building
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import.h"

namespace nq {

// [SECTION] Places
struct Place {
    int line = 0;    // 0 = unknown
    int column = 0;  // 0 = the whole line
};

// Line and column (in code points) of byte offsets in the input, which may start with a BOM.
class SourceMap {
public:
    explicit SourceMap(std::string_view text);
    int line_of(size_t offset) const;    // 1-based
    int column_of(size_t offset) const;  // 1-based, in code points; a BOM takes no column
    Place place(size_t offset) const { return {line_of(offset), column_of(offset)}; }

private:
    std::string_view text_;
    std::vector<size_t> line_starts_;  // byte offset where each line starts (\n, \r\n or \r ends a line)
};

// [SECTION] Drafts
struct DraftAnswer {
    std::string text;      // plain text
    double fraction = 0;   // Moodle's share of the grade: 1 = 100 %
    std::string feedback;  // plain text; "" = none
    Place place;
};

struct DraftNumber {
    bool any = false;        // Moodle's "*": every other answer
    bool range = false;      // min..max instead of value:tolerance
    double value = 0, tolerance = 0;
    double min = 0, max = 0;
    double fraction = 1;
    std::string feedback;
    Place place;
};

struct DraftPair {
    std::string left, right;  // "" left = Moodle's extra wrong answer
    Place place;
};

enum class DraftKind { choice, true_false, numeric, text, match, order };

struct DraftQuestion {
    DraftKind kind = DraftKind::choice;
    Place place;              // where the question starts
    std::string name;         // Moodle's question name / GIFT title: not shown to readers
    std::string prompt;       // plain text
    std::string explanation;  // general feedback
    std::string category;     // topic label; "" = none
    double points = 1;        // > 0

    // choice: answers with fractions; multiple = several may be chosen (Moodle's single = 0)
    bool multiple = false;
    std::optional<bool> shuffle;  // none = the format says nothing
    std::vector<DraftAnswer> answers;  // also: text (accepted answers), order (items in order)

    // true_false
    bool answer_true = false;
    std::string feedback_true, feedback_false;  // shown for the reader's answer true / false

    // numeric
    std::vector<DraftNumber> numbers;
    std::string unit;

    // match
    std::vector<DraftPair> pairs;
};

struct Drafts {
    std::vector<DraftQuestion> questions;
    std::vector<ImportDiagnostic> diagnostics;  // the reader's own, in any order
    std::string suggested_headline;  // e.g. the first category; "" = none
    std::string suggested_from;      // where it comes from: "the first category"

    void error(ImportCode code, Place place, std::string message);
    void warn(ImportCode code, Place place, std::string message);
};

// [SECTION] Readers: text -> drafts; each stops at nothing, reporting every error it can.
void read_gift(std::string_view text, Drafts& out);
void read_aiken(std::string_view text, Drafts& out);
void read_moodle_xml(std::string_view text, Drafts& out);
void read_opentdb(std::string_view text, Drafts& out);

// [SECTION] Building
// The document for these drafts, with the article from options (placeholders warned about).
// Questions that cannot be kept are skipped with a warning; none left is no_questions.
// Returns "" when drafts hold errors or none is left.
std::string build_document(Drafts& drafts, const ImportOptions& options);

// [SECTION] Shared by the readers
// A number as it reads in a message: "0.5", "-3", "33.33".
std::string import_number_text(double value);

// A number as PHP's is_numeric reads it (what Moodle's importers accept), hex aside:
// [+-] digits [. digits] [e [+-] digits], white space around; finite. False otherwise.
bool import_parse_number(std::string_view text, double& out);

// The topic of a Moodle category path: its last part ("$course$/top/World/Capitals" ->
// "Capitals", "//" being a '/' in a name); "" for the root ("top", "$course$", "").
std::string category_topic(std::string_view path);

}  // namespace nq
