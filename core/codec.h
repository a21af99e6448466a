// codec.h: the JSON of responses and scores, to and from the plain structs of scoring.h.
//
// A response is JSON as in shared/spec/content-format.md ("a response"), read for one
// question; scores come out in the shape of `newsquiz score` (interfaces.md §6). The CLI
// and the C ABI share these functions. Pure: no I/O, and nothing here throws or aborts.
//
//   nq::ParsedResponse p = nq::response_from_text(question, R"(["a","c"])");
//   if (!p.ok) report(p.error);  // p.error.pointer is inside the response: "/1"
//   std::string out = nq::json_dump(nq::quiz_score_to_json(doc, indices, score));
//
// Index of this file:
// [SECTION] Responses
// [SECTION] Scores
// [SECTION] Helpers
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "document.h"
#include "json_writer.h"
#include "scoring.h"

namespace nq {

// [SECTION] Responses
// The shapes by question type:
//   single: "a"   multiple: ["a","c"]   true_false: true   numeric: 3.5   text: "National Guard"
//   order: ["i2","i1","i3"]   match: {"p1":"p2","p2":"p1"}   (left pair id -> pair id chosen)
// null is "no response" (answered = false), for every type.
struct ParsedResponse {
    bool ok = false;
    Response response;  // complete when ok
    Diagnostic error;   // when !ok: wrong_type or out_of_range (a value of the wrong shape), or what
                        // json_parse reports for text; the pointer is inside the response ("" = the
                        // response itself, "/1", "/p1")
};

// Reads a response for this question. Ids are not checked against the question: unknown
// ids are a valid response that earns nothing. Numbers must be finite (1e999 is not).
ParsedResponse response_from_json(const Question& question, const Json& json);

// The same from JSON text; text that is not JSON fails as json_parse says.
ParsedResponse response_from_text(const Question& question, std::string_view json_text);

// The inverse of response_from_json: response_from_json(q, response_to_json(q, r)) == r, and
// text in canonical form comes back byte for byte (object keys keep their order; numbers
// as json_number writes them).
Json response_to_json(const Question& question, const Response& response);

// [SECTION] Scores
// {"id":"q3","score":0.67,"max":1,"correct":false,"answered":true}
Json question_score_to_json(const std::string& question_id, const QuestionScore& score);

// {"article":ID,"score":S,"max":M,"percent":P,"passed":B,"band":MESSAGE|null,"questions":[...]}
// with one entry per scored question, doc.quiz.questions[indices[i]].
Json quiz_score_to_json(const Document& doc, const std::vector<int>& indices,
                                          const QuizScore& score);

// [SECTION] Helpers
// A number as JSON without float noise: a whole number within ±2^53 as an integer (12, not
// 12.0), anything else as the shortest decimal that reads back the same double (0.67).
Json json_number(double value);

// Parses JSON text without throwing, with the limits of a document (json_reader.h: 2 MiB,
// 32 levels, strings of 20000 characters, each member name once). On failure returns false
// and fills error with the first problem: its code (json_syntax, invalid_utf8, too_deep,
// out_of_range for 1e999, duplicate_key, ...), pointer, line and column.
bool json_parse(std::string_view text, Json& out, Diagnostic& error);

}  // namespace nq
