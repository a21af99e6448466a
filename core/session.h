// session.h: one attempt at a quiz as a state machine driven by actions.
//
//   article --start--> question --submit--> feedback --next--> question ... --> results
//   results --review--> review --results--> results;  results|review --retry--> question (a new attempt)
//
// With `feedback: end`, submit goes straight to the next question (or the results).
// question|feedback --finish--> results: unsubmitted questions score 0. With a time limit the
// attempt ends by itself at started_ms + time_limit_s * 1000 (checked on tick and every action).
// pause/resume stop and restart the current question's clock while the reader is elsewhere.
// Everything that varies is passed in: the seed (shuffles, pick) and the clock (now_ms).
// Same document, seed and actions -> the same attempt, natively and in WebAssembly.
//
//   nq::Session s = nq::session_new(quiz, seed);
//   nq::session_apply(s, quiz, {nq::Step::start, {}, now_ms});
//   nq::session_apply(s, quiz, {nq::Step::answer, response, now_ms});
//   nq::session_apply(s, quiz, {nq::Step::submit, {}, now_ms});
//
// Index of this file:
// [SECTION] Random numbers
// [SECTION] Session
// [SECTION] Actions and events
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "scoring.h"

namespace nq {

// [SECTION] Random numbers: the same sequence on every platform (no <random> distributions,
// whose results differ between standard libraries).
// PCG32 (XSH RR, O'Neill 2014) with a fixed stream, seeded through SplitMix64.
struct Rng {
    uint64_t state = 0;
    uint32_t next();              // uniform 32 bits
    uint32_t below(uint32_t n);   // uniform in [0, n), unbiased (Lemire's method); n > 0
};
Rng rng_from_seed(uint64_t seed);
void shuffle_indices(std::vector<int>& v, Rng& rng);  // Fisher-Yates

// [SECTION] Session
enum class Phase { article, question, feedback, results, review };
const char* phase_name(Phase phase);

struct QuestionRecord {
    int question = 0;        // index into quiz.questions
    std::vector<int> order;  // display order: indices into choices (single, multiple), items (order: the
                             // starting arrangement, never the solved one), pairs (match: the right column)
    Response response;       // the reader's current response; final once submitted
    bool submitted = false;
    QuestionScore score;     // valid once submitted (or when the attempt ended: an unsubmitted
                             // question is scored as unanswered, whatever its draft response)
    double shown_ms = 0;     // when first shown; 0 = not yet (records after `current` are not shown yet)
    double time_ms = 0;      // time on screen before submitting (or before the attempt ended),
                             // summed over every visit; paused time does not count
};

struct Session {
    uint64_t seed = 0;
    int attempt = 0;   // 1 for the first attempt, +1 per retry; 0 before start
    Phase phase = Phase::article;
    int current = 0;   // index into records
    std::vector<QuestionRecord> records;  // this attempt's questions in display order (after shuffle and pick)
    double started_ms = 0;
    double finished_ms = 0;  // 0 while running; a timed-out attempt ends at its deadline
    bool timed_out = false;
    QuizScore result;  // valid in results and review
    bool paused = false;     // the question is off screen (the reader went to the card): its clock stops
    double resumed_ms = 0;   // when the current question was last put on screen
};

// Draws the first attempt's records (phase article, attempt 0): the card can tell how many questions.
Session session_new(const Quiz& quiz, uint64_t seed);

// question or feedback phase: an attempt is under way (paused or not).
bool session_running(const Session& session);
// results or review phase: the attempt is scored.
bool session_finished(const Session& session);

// Milliseconds left in a timed attempt at now_ms (0 once up); -1 when the quiz has no time
// limit or no attempt is running.
double session_remaining_ms(const Session& session, const Quiz& quiz, double now_ms);

// [SECTION] Actions and events
enum class Step {
    start,   // article -> first question
    answer,  // replace the current question's response (question phase only)
    submit,  // score the current question
    next,    // feedback -> next question or results
    finish,  // end the attempt now; unanswered questions score 0
    retry,   // results|review -> a new attempt (when allow_retry)
    review,  // results -> review
    tick,    // the clock moved: ends the attempt when time_limit_s has run out
    results, // review -> results
    pause,   // question|feedback: the question leaves the screen; its clock stops
    resume,  // paused -> back on screen; its clock runs again
};
const char* step_name(Step step);

struct SessionAction {
    Step step = Step::tick;
    Response response;  // answer only
    double now_ms = 0;  // the injected clock, milliseconds
};

enum class SessionEventKind { started, answered, completed };
struct SessionEvent {
    SessionEventKind kind = SessionEventKind::started;
    int record = -1;  // answered: index into records
};

struct ApplyResult {
    bool accepted = false;  // false: the action does not apply in this phase; nothing changed
    std::vector<SessionEvent> events;
};

// Applies one action. A running attempt whose time is up ends first (timed_out, a completed
// event, accepted = true) and the late action itself is ignored. submit needs an answered
// response; answer, submit and next are refused while paused.
ApplyResult session_apply(Session& session, const Quiz& quiz, const SessionAction& action);

}  // namespace nq
