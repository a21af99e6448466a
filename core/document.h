// document.h: the `newsquiz/1` document as plain C++ data, and the one function that
// reads and validates it.
//
// The contract is shared/spec/content-format.md. Every field of the format is here,
// with its default beside it; the UI and the C ABI read these structs, never JSON.
//
//   nq::LoadResult r = nq::load_document(json_text);   // never throws, never aborts
//   if (!r.ok) { show_error_card(r.diagnostics); return; }
//   draw_article(r.doc.article);
//
// Index of this file:
// [SECTION] Limits
// [SECTION] Article
// [SECTION] Questions
// [SECTION] Quiz, actions, document
// [SECTION] Loading (and what the format leaves open, decided here)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "words.h"

namespace nq {

// [SECTION] Limits (checked before the work they guard)
constexpr size_t kMaxDocumentBytes = 2 * 1024 * 1024;
constexpr int kMaxDepth = 32;
constexpr size_t kMaxStringChars = 20000;  // code points
constexpr size_t kMaxQuestions = 500;
constexpr size_t kMaxChoices = 20;  // also items of `order` and pairs of `match`
constexpr size_t kMaxIdChars = 100;

// [SECTION] Article
struct Source {
    std::string name;
    std::string url;  // optional; "" = none
};

struct Topic {
    std::string id;  // [a-z0-9][a-z0-9-]*; key of the reader's mastery
    std::string label;
    std::string emoji;  // optional; may be a sequence of several code points
};

struct Article {
    std::string id;  // [a-z0-9][a-z0-9-]*, at most 100 chars; key of the reader's progress
    std::string headline;
    std::string dek;   // optional sub-headline
    std::string date;  // YYYY-MM-DD, a real calendar date
    std::string url;   // optional canonical https:// URL
    std::vector<Source> sources;
    int more_sources = 0;  // shown as "+N" after the source chips
    std::vector<std::string> body;  // paragraphs, plain text
    std::vector<Topic> topics;
};

// [SECTION] Questions
enum class QuestionType { single, multiple, true_false, numeric, text, order, match };
enum class Scoring { partial, all_or_nothing };

const char* question_type_name(QuestionType type);  // "true_false": as in the format
// multiple, order and match: the types a share of the points can go to, and `scoring` applies to.
bool scored_in_parts(QuestionType type);

struct Choice {
    std::string id;
    std::string text;
    bool correct = false;
    std::optional<double> weight;  // percent, -100..100 (Moodle GIFT style); none = from `correct`
    std::string feedback;          // optional, shown when this choice was picked
};

struct Item {  // one entry of an `order` question
    std::string id;
    std::string text;
};

struct Pair {  // one row of a `match` question
    std::string id;
    std::string left;
    std::string right;
};

struct Question {
    std::string id;  // unique in the quiz
    QuestionType type = QuestionType::single;
    std::string prompt;
    double points = 1;  // > 0
    std::string explanation;  // optional
    std::string topic;        // optional; one of article.topics[].id

    // single, multiple
    std::vector<Choice> choices;    // 2..20
    std::optional<bool> shuffle;    // none = quiz.shuffle_choices; false pins the order
    Scoring scoring = Scoring::partial;  // multiple, order and match

    // true_false
    bool answer_bool = false;
    std::string feedback_true;   // optional, shown when the reader answered true
    std::string feedback_false;  // optional, shown when the reader answered false

    // numeric: correct when |response - answer| <= tolerance, or min <= response <= max
    double answer_number = 0;  // given, or min and max are (a range alone); within min..max when all are

    double tolerance = 0;  // >= 0
    std::optional<double> min;  // min and max come together
    std::optional<double> max;
    std::string unit;  // optional, shown beside the field

    // text
    std::vector<std::string> accept;  // non-empty, none of them blank

    // order: items in their correct order
    std::vector<Item> items;  // 2..20

    // match: each left goes with its own right
    std::vector<Pair> pairs;  // 2..20
};

// Lookups by id, the one place for them: nullptr when the question has no such entry.
const Choice* find_choice(const Question& question, std::string_view id);
const Item* find_item(const Question& question, std::string_view id);
const Pair* find_pair(const Question& question, std::string_view id);

// [SECTION] Quiz, actions, document
enum class FeedbackMode { immediate, end };

struct Band {
    double min_percent = 0;  // 0..100
    std::string message;
};

struct Quiz {
    std::string title;  // "" = the localized "Test your knowledge"
    double pass_percent = 70;  // 0..100
    FeedbackMode feedback = FeedbackMode::immediate;
    bool shuffle_questions = false;
    bool shuffle_choices = false;
    int pick = 0;  // 0 = every question; else draw this many per attempt
    bool allow_retry = true;
    bool show_solutions = true;
    int time_limit_s = 0;  // 0 = none
    std::vector<Question> questions;  // 1..500
    std::vector<Band> results;  // score bands
};

// A piece of an action's text: plain, or a link that may be opened.
struct Span {
    std::string text;
    std::string href;  // "" = plain text; else an https:, http:, tel: or mailto: URL
};

struct Action {
    std::string text;
    std::string url;          // optional link for the whole action ("" = none, or unsafe)
    std::vector<Span> spans;  // `text` split into plain text and safe links (see linkify.h)
};

struct Document {
    std::string lang = "en";  // BCP 47
    Article article;
    bool has_quiz = false;  // false: the card is shown alone
    Quiz quiz;
    std::vector<Action> actions;
    PublisherWords strings;  // `strings`: the publisher's words by language tag, over the built-in ones
};

// [SECTION] Loading
struct LoadResult {
    Document doc;  // complete when ok; partially filled otherwise
    std::vector<Diagnostic> diagnostics;  // every error and warning of the document, in document order
    bool ok = false;  // no errors (warnings allowed)
};

// What the format leaves open, decided here (tests/fixtures/invalid holds one case each):
// - Reading (json_reader.h) stops at the first JSON syntax error, ill-formed UTF-8,
//   nesting deeper than 32 (the root container is level 1) or a number too large for a
//   double; that error carries line and column. Otherwise every problem is reported.
// - Diagnostics are sorted by the place of the value they name: document order, a
//   container before its contents, a missing member before the members present.
// - A missing member is reported at its own pointer ("/article/id"), not at its object.
// - Limits: a string or member name over 20,000 code points is string_too_long and not
//   stored; questions beyond 500 and choices, items or pairs beyond 20 are too_many (the
//   message gives the count found), read for syntax only, never built nor validated.
// - A member name repeated in one object is duplicate_key; the first one counts.
// - `format` must be exactly "newsquiz/1". Any other value is unsupported_format and
//   nothing more is checked; a missing `format` is missing_field and the rest is checked
//   as version 1.
// - null is never "absent": "dek": null is wrong_type.
// - Required text (headline, prompt, choice and item text, pair left and right, source
//   name, topic label, result message, action text, accept entries) must hold more than
//   white space (empty_string). Optional strings may be empty, meaning none.
// - Article and topic ids: [a-z0-9][a-z0-9-]*, at most 100 characters (invalid_id).
//   Question, choice, item and pair ids: any string of 1..100 characters; question ids
//   unique in the quiz, topic ids among topics, the others within their question.
// - Integers (more_sources, pick, time_limit_s) may be written 3 or 3.0; at most 2^31-1.
// - single: without weights exactly one `correct: true`; once any choice has a weight,
//   at least one choice must be worth points (a positive weight, or correct without a
//   weight). multiple: at least one choice worth points. Judged only when every choice
//   and its correct/weight could be read, so one defect gives one error.
// - numeric: `answer`, with `tolerance` or not, or `min` and `max` (a range: any number in it
//   is right), with an answer or alone; tolerance and a range not both (conflicting_fields);
//   min and max come together, min <= max, and an answer lies within them.
// - `scoring` belongs to every partial type: multiple, order and match. `shuffle` to
//   single and multiple. The fields of another type are unknown_field warnings.
// - `lang`: 2 or 3 letters, then subtags of 1..8 letters or digits, 35 characters at most;
//   anything else is invalid_value. Tags other than en and es are valid (the UI falls back).
// - `results`: min_percent and message are both required.
// - URLs: article.url https:// only, sources[].url https:// or http://, both with a host
//   and no user info, white space or control characters (invalid_url). An action's `url`
//   of another scheme, or relative, is dropped with an unsafe_link warning; a malformed
//   https/http/tel/mailto one is dropped with an invalid_url warning. Links in an action's
//   text: linkify.h; unsafe ones stay text with an unsafe_link warning on /actions/N/text.
// - `strings` ({"fr": {"start_quiz": "Lancer le quiz"}}): each name a language tag (else
//   invalid_value), each key a name of words.h (else an unknown_word warning at its pointer,
//   ignored), each text non-blank with exactly the placeholders of the English words (else
//   empty_string or placeholder_mismatch, errors). A language newsquiz has no words of its own
//   for (not en, es, fr, de) that lacks keys gets one missing_words warning on its object,
//   naming how many and the first three; those keys show in English.
//
// Reads and validates UTF-8 JSON text (a UTF-8 BOM is skipped). Never throws.
LoadResult load_document(std::string_view json_text);

// A strings file (the widget's data-strings): an object of the shape of a document's `strings`,
// read by the same rules; its pointers start at the file's root ("/fr/start_quiz").
struct StringsLoad {
    PublisherWords words;  // complete when ok
    std::vector<Diagnostic> diagnostics;
    bool ok = false;  // no errors (warnings allowed)
};
StringsLoad load_strings(std::string_view json_text);

// One question alone, as the progress store keeps a copy of it beside a card: read and checked
// by the rules of a question in a document (ids unique within it, 2..20 choices, ...), except
// its topic, which no article declares here. Pointers start at the question ("/items/1/id").
struct QuestionLoad {
    Question question;  // complete when ok
    std::vector<Diagnostic> diagnostics;
    bool ok = false;  // no errors (warnings allowed)
};
QuestionLoad load_question(std::string_view json_text);

// [a-z0-9][a-z0-9-]*, at most kMaxIdChars: article and topic ids, keys of stored progress.
bool is_slug(const std::string& id);

// A BCP 47 language tag as `lang` and the names of `strings` take it: "en", "es-MX", "zh-Hant-TW".
bool is_language_tag(const std::string& tag);

}  // namespace nq
