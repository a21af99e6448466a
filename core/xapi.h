// xapi.h: xAPI 1.0.3 statements about a reader's quiz, built from plain inputs.
//
// The widget emits one `answered` statement per submitted question and, per finished
// attempt, `completed` and then `passed` or `failed` (shared/reference.md, xAPI section).
// Everything that varies is passed in: the reader's anonymous id, the site, the statement
// id and the timestamp (the core has no clock and no random numbers).
//
//   nq::XapiContext ctx;  ctx.home_page = "https://news.example";  ctx.actor_name = "5f0c...";
//   ctx.activity_base = "https://news.example/newsquiz/";  ctx.lang = "en";
//   nq::XapiStamp stamp = {nq::xapi_uuid(random_hex32, 0), "2025-09-03T10:00:00.000Z"};
//   std::string s = nq::xapi_answered(ctx, doc.article, question, response, score, 7420, stamp);
//
// Index of this file:
// [SECTION] Inputs
// [SECTION] Statements
// [SECTION] Pieces (exposed for tests and the C ABI)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "scoring.h"

namespace nq {

// [SECTION] Inputs
struct XapiContext {
    std::string home_page;      // the actor's account homePage: the publisher's site ("https://news.example")
    std::string actor_name;     // the reader's anonymous random id, kept with the progress
    std::string activity_base;  // IRI prefix of activities: base + article id [+ "/" + question id]
    std::string lang = "en";    // key of the language maps (BCP 47)
};

struct XapiStamp {
    std::string id;         // the statement's UUID: a retry with the same id is harmless
    std::string timestamp;  // ISO 8601 ("2025-09-03T10:00:00.000Z")
};

enum class XapiVerb { answered, completed, passed, failed };
const char* xapi_verb_iri(XapiVerb verb);  // "http://adlnet.gov/expapi/verbs/answered"

// [SECTION] Statements: each returns one statement as compact JSON text.
std::string xapi_answered(const XapiContext& ctx, const Article& article, const Question& question,
                          const Response& response, const QuestionScore& score, double duration_ms,
                          const XapiStamp& stamp);

// verb: completed, passed or failed. duration_ms: the whole attempt.
std::string xapi_attempt(const XapiContext& ctx, const Article& article, const QuizScore& score,
                         XapiVerb verb, double duration_ms, const XapiStamp& stamp);

// [SECTION] Pieces (exposed for tests and the C ABI)
// "true-false", "choice" (single and multiple), "fill-in", "numeric", "sequencing", "matching".
const char* xapi_interaction_type(QuestionType type);

// The response as xAPI writes it: ids joined with "[,]", pairs "left[.]right", numbers as text.
std::string xapi_response(const Question& question, const Response& response);

// correctResponsesPattern: one entry per accepted response.
std::vector<std::string> xapi_correct_pattern(const Question& question);

// ISO 8601 duration to the hundredth of a second: 7420 -> "PT7.42S", 3723000 -> "PT1H2M3S".
std::string xapi_duration(double ms);

// A version 4 UUID from 32 hex digits of the caller's randomness and a counter n, so one
// draw of randomness names several statements. Returns "" when seed_hex is not 32 hex digits.
std::string xapi_uuid(const std::string& seed_hex, uint32_t n);

}  // namespace nq
