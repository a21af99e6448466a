// aggregate.h: "how other readers did", from the xAPI statements a publisher's learning
// record store (LRS) exports, with no server of ours.
//
// `newsquiz aggregate` feeds each exported file to aggregate_add(), then writes
// aggregates_to_json(aggregate_finish(...)) as AGG.json. The widget reads that file with
// aggregates_load() and asks aggregate_right_share() after each answer ("62 % of readers got
// this right") and aggregate_beaten_share() on the results ("you did better than 70 % of
// readers"). Pure: text in, data out; nothing here throws.
//
//   nq::AggregateBuilder builder;
//   nq::AggregateRead r = nq::aggregate_add(builder, exported_text);  // once per exported file
//   if (!r.ok) report(r.errors);                                       // "/statements/17/result/success"
//   std::string agg_json = nq::aggregates_to_json(nq::aggregate_finish(builder));
//   nq::AggregateShare s = nq::aggregate_right_share(nq::aggregates_load(agg_json).aggregates, article, "q3");
//
// What counts (each rule is in aggregate.cpp once):
// - Input: a JSON array of statements, or an LRS `GET /statements` response
//   {"statements": [...], "more": "..."}; several pages are several aggregate_add() calls,
//   and statement ids are deduplicated across them. At most kAggregateMaxInputBytes a call,
//   read a statement at a time (64 MiB peak at about 100 MB, the text included).
// - A statement counts once: the first one with a given `id` (UUIDs compared without case)
//   is kept, any later one is a duplicate. A statement without an `id` is not counted.
//   A `voided` statement (object: a StatementRef) removes the statement it names, whichever
//   comes first.
// - Answers: verb `answered` with a boolean `result.success`, whose `object.id` is
//   P + "/" + question id for a `context.contextActivities.parent` activity P that is a
//   newsquiz quiz IRI (core/xapi.cpp: activity base + article id).
// - Attempts: verb `completed` (never `passed`/`failed`, which repeat the same attempt)
//   whose `object.id` is a quiz IRI, with a `result.score`: the percent is
//   100 x (raw - min) / (max - min) when raw and max are given (min defaults to 0; the same
//   figure as scoring.h's percent), else 100 x scaled.
// - A quiz IRI is any IRI whose text after its last "/" or ":" is a valid article id
//   ("https://news.example/newsquiz/rubio-2025", "urn:newsquiz:rubio-2025"), so activity
//   bases must end in "/" or ":". An `object.definition.type`, when present, must be
//   cmi.interaction (answers) or assessment (attempts). Other statements are "foreign":
//   counted in AggregateCounts, never in the figures.
// - A statement breaking xAPI's own types in a field read here (`result.success: "yes"`, a
//   scaled score of 2) makes the file an error, named by its JSON pointer: such a file is
//   not a learning record store's export.
//
// Index of this file:
// [SECTION] Limits
// [SECTION] The figures (the content of AGG.json)
// [SECTION] From statements
// [SECTION] AGG.json
// [SECTION] For the widget
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "diagnostics.h"

namespace nq {

// [SECTION] Limits
constexpr size_t kAggregateMaxInputBytes = 64 * 1024 * 1024;  // one exported file; refused before parsing
constexpr int kAggregateMaxInputDepth = 64;                    // statements carry free-form extensions
constexpr size_t kAggregatesMaxBytes = 16 * 1024 * 1024;       // AGG.json, for aggregates_load()
constexpr uint64_t kAggregateMaxCount = (uint64_t(1) << 53) - 1;  // counts in AGG.json (exact in JavaScript)
constexpr size_t kAggregateMaxErrors = 100;  // errors kept per call; the rest are only counted
constexpr uint64_t kAggregateMinResponses = 30;  // fewer answers or attempts: no share is shown
constexpr const char* kAggregatesFormat = "newsquiz-aggregates/1";

// [SECTION] The figures (the content of AGG.json)
struct QuestionTally {
    uint64_t responses = 0;  // answers counted
    uint64_t right = 0;      // of which result.success was true
};

struct ArticleTally {
    uint64_t attempts = 0;  // completed attempts counted
    // percents[p]: attempts whose percent, rounded down to a whole number, is p (0..100).
    // Whole percents, not deciles, so that "better than" is exact to the percent.
    std::array<uint64_t, 101> percents{};
    std::map<std::string, QuestionTally> questions;  // question id -> its answers
};

// What the statements were, each statement in exactly one of these (read is their sum).
struct AggregateCounts {
    uint64_t read = 0;            // statements in the input
    uint64_t answers = 0;         // counted in questions
    uint64_t attempts = 0;        // counted in percents
    uint64_t duplicates = 0;      // an id already met
    uint64_t without_id = 0;      // no id
    uint64_t voided = 0;          // would have counted, but a voiding statement names it
    uint64_t foreign = 0;         // answered or completed, but not about a newsquiz question or quiz
    uint64_t without_result = 0;  // answered without result.success, completed without result.score
    uint64_t other_verbs = 0;     // passed, failed, voided, experienced, ...
};

struct Aggregates {
    AggregateCounts statements;
    std::map<std::string, ArticleTally> articles;  // article id -> its figures
};

bool operator==(const QuestionTally& a, const QuestionTally& b);
bool operator==(const ArticleTally& a, const ArticleTally& b);
bool operator==(const AggregateCounts& a, const AggregateCounts& b);
bool operator==(const Aggregates& a, const Aggregates& b);

// [SECTION] From statements
// What one statement counts for, until aggregate_finish() (voiding may come later).
struct CountedStatement {
    enum class Kind { none, answer, attempt } kind = Kind::none;
    std::string article;   // answer, attempt
    std::string question;  // answer
    bool right = false;    // answer: result.success
    int whole_percent = 0; // attempt: aggregate_whole_percent() of its percent
};

// State across the files of one run. Use it only through the functions below.
struct AggregateBuilder {
    std::unordered_map<std::string, CountedStatement> by_id;  // lowercased statement id -> the first one
    std::unordered_set<std::string> voided_ids;                // lowercased ids named by voiding statements
    AggregateCounts counts;  // read, duplicates, without_id, foreign, without_result, other_verbs so far
};

struct AggregateRead {
    bool ok = false;                 // false: nothing of this text was added
    std::vector<Diagnostic> errors;  // the first kAggregateMaxErrors, in document order
    size_t more_errors = 0;          // errors beyond those
    uint64_t statements = 0;         // statements in this text (when ok)
    std::string more;                // the LRS response's `more` URL, "" when none: more pages to fetch
};

// Reads one exported file and adds its statements, or adds nothing when it has any error.
AggregateRead aggregate_add(AggregateBuilder& builder, std::string_view json_text);

// The figures of every statement added so far (voiding applied). The builder is unchanged.
Aggregates aggregate_finish(const AggregateBuilder& builder);

// A percent as AGG.json files it: rounded down to a whole number in 0..100, after adding
// 1e-9 so that float noise (0.29 x 100 = 28.999999999999996) does not lose a point. NaN is 0.
int aggregate_whole_percent(double percent);

// [SECTION] AGG.json
// One line of compact JSON, members in this order, ids sorted bytewise:
//   {"format":"newsquiz-aggregates/1",
//    "statements":{"read":N,"answers":N,"attempts":N,"duplicates":N,"without_id":N,
//                  "voided":N,"foreign":N,"without_result":N,"other_verbs":N},
//    "articles":{"<article id>":{"attempts":N,"percents":[101 counts],
//                                "questions":{"<question id>":{"responses":N,"right":N}}}}}
// Later versions may add members; readers ignore the ones they do not know.
std::string aggregates_to_json(const Aggregates& aggregates);

struct AggregatesLoad {
    bool ok = false;
    Aggregates aggregates;           // complete when ok; empty otherwise
    std::vector<Diagnostic> errors;  // the first kAggregateMaxErrors, with JSON pointers
    size_t more_errors = 0;
};

// Reads AGG.json strictly: the format, every count a whole number 0..kAggregateMaxCount,
// 101 percents adding up to attempts, right <= responses, article ids valid. Any error
// refuses the whole file (the widget then shows no figures and warns in the console).
AggregatesLoad aggregates_load(std::string_view json_text);

// [SECTION] For the widget
struct AggregateShare {
    bool shown = false;  // at least kAggregateMinResponses in total: the figure may be shown
    uint64_t count = 0;  // right answers / attempts beaten
    uint64_t total = 0;  // responses / attempts (0 when the article or question is unknown)
    double percent = 0;  // 100 x count / total, exact (the view rounds it); 0 when total is 0
};

// The share of right answers to one question.
AggregateShare aggregate_right_share(const Aggregates& aggregates, const std::string& article_id,
                                     const std::string& question_id);

// The share of the article's attempts that a reader scoring reader_percent did better than:
// attempts whose whole percent is strictly below the reader's (both rounded down as
// aggregate_whole_percent() does). Ties are not beaten, so the figure never overstates:
// 66.7 % beats a 65 but not a 66.2.
AggregateShare aggregate_beaten_share(const Aggregates& aggregates, const std::string& article_id,
                                      double reader_percent);

}  // namespace nq
