// support.h: what the libFuzzer targets of tests/fuzz share: how an input splits into parts,
// how a broken invariant is reported, the responses and clock a fuzzed reader uses, and the
// rules every progress store must keep whatever the input.
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//       nq::fuzz::Input in(data, size);                 // "doc\0store\0bytes for FuzzedDataProvider"
//       nq::App app = nq::app_open(in.part(), {});
//       NQ_FUZZ_CHECK(app.loaded.ok == (app.screen != nq::Screen::error), "error screen", in.part(0));
//   }
//
// A broken invariant prints what broke and aborts, so libFuzzer keeps the input as a crash.
//
// Index of this file:
// [SECTION] Inputs
// [SECTION] Broken invariants
// [SECTION] A fuzzed reader
// [SECTION] Invariants of links
// [SECTION] Invariants of the progress store
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "app.h"
#include "progress.h"

namespace nq::fuzz {

// [SECTION] Inputs
// An input in parts separated by NUL bytes: the first `text_parts` are texts (a document, a
// store, options JSON: none holds a NUL byte that matters, JSON has none), the rest is raw
// bytes for a FuzzedDataProvider. Missing parts are empty, so a plain fixture file is a good
// seed: the whole file is the first part.
class Input {
  public:
    Input(const uint8_t* data, size_t size, int text_parts = 1);
    std::string_view part(size_t index = 0) const;  // "" when the input has fewer parts
    FuzzedDataProvider& bytes() { return provider_; }

  private:
    std::vector<std::string_view> parts_;
    FuzzedDataProvider provider_;
    static FuzzedDataProvider tail(const uint8_t* data, size_t size, int text_parts);
};

// [SECTION] Broken invariants
// Prints "[newsquiz] fuzz: <what>" and the detail (the text that broke it), then aborts.
[[noreturn]] void fail(const char* what, std::string_view detail);

#define NQ_FUZZ_CHECK(condition, what, detail) \
    do {                                       \
        if (!(condition)) ::nq::fuzz::fail(what, detail); \
    } while (0)

// [SECTION] A fuzzed reader
// A response to `question` as JSON text, as the page sends it: built from the question's own
// ids (and some strangers) in the shape of any question type, or fuzzed text as it is.
std::string response_text(FuzzedDataProvider& in, const Question& question);

// A response in the question's own shape from its own ids, values and accepted texts, right or
// wrong as the bytes say: what a reader clicking and typing sends.
std::string shaped_response(FuzzedDataProvider& in, const Question& question);

// What a reader taking the quiz does next on the App's screen: start, answer (in the question's
// shape), submit, next; then a look at the results or a retry. Fuzzed intents in between take
// the attempt everywhere else, but without these an attempt rarely gets past its first question.
IntentKind reader_step(FuzzedDataProvider& in, const App& app);

// The clock a moment later: mostly a few seconds, sometimes days, sometimes not at all.
double later(FuzzedDataProvider& in, double now_ms);

// A reader's local day number near 2025 (the streak, due reviews and mastery read it).
int fuzzed_day(FuzzedDataProvider& in);

// [SECTION] Invariants of links
// `spans` (an action's text through linkify.h) give `text` back byte for byte, and every link
// among them is safe to open (check_link).
void check_spans(std::string_view text, const std::vector<Span>& spans);

// [SECTION] Invariants of the progress store
// Stored text that progress_save wrote with `budget`: it loads back with no warning, and the
// store read back saves to the same bytes.
void check_saved_text(const std::string& saved, size_t budget);

// Saves `store` to `budget` bytes (compacting it in place, as progress_save does): the text
// loads back with no warning, and the store read back saves to the same bytes.
std::string check_round_trip(ProgressStore& store, size_t budget);

// `merged` is progress_merge(a, b): it lost no attempt of a or b. Each is there by its id, or
// counted in a fold of its article or of the store that the merge kept.
void check_merge_keeps_attempts(const ProgressStore& a, const ProgressStore& b, const ProgressStore& merged);

// A review quiz of the cards due on `today` loads as a valid newsquiz/1 document.
void check_review_quiz(const ProgressStore& store, int today);

}  // namespace nq::fuzz
