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
// [SECTION] Loading
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

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
    Scoring scoring = Scoring::partial;  // multiple and order

    // true_false
    bool answer_bool = false;
    std::string feedback_true;   // optional, shown when the reader answered true
    std::string feedback_false;  // optional, shown when the reader answered false

    // numeric: correct when |response - answer| <= tolerance, or min <= response <= max
    double answer_number = 0;
    double tolerance = 0;  // >= 0
    std::optional<double> min;  // min and max come together
    std::optional<double> max;
    std::string unit;  // optional, shown beside the field

    // text
    std::vector<std::string> accept;  // non-empty

    // order: items in their correct order
    std::vector<Item> items;  // 2..20

    // match: each left goes with its own right
    std::vector<Pair> pairs;  // 2..20
};

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
};

// [SECTION] Loading
struct LoadResult {
    Document doc;  // complete when ok; partially filled otherwise
    std::vector<Diagnostic> diagnostics;  // every error and warning of the document, in document order
    bool ok = false;  // no errors (warnings allowed)
};

// Parses and validates UTF-8 JSON text. Reports all errors of a document in one run.
LoadResult load_document(std::string_view json_text);

}  // namespace nq
