// fuzz-attempt: a reader taking a quiz, every intent through nq::app_apply as the widget sends it.
//
// Input: "DOCUMENT\0STORE\0BYTES". The document and the site's stored progress (either may be
// missing: a plain document file is a good seed) open an App; the bytes drive a
// FuzzedDataProvider: the seed, where the widget starts, the day, then up to 200 intents, each
// a moment later, or days later, or with the clock set back: half of them the reader's next
// step (start, answer in the question's shape, submit, next, then results, review, retry), the
// others any intent (finish, show_*, toggle_action_done, start_review, tick, ...) with any
// response JSON (built from the question's ids, or fuzzed as it is).
// Besides memory errors and undefined behaviour it checks:
// - an answer event names a record of the session;
// - the progress the App keeps saves, loads back with no warning and saves to the same bytes;
// - the reader's next visit opens on that store, and a quiz with allow_retry false that was
//   finished in this visit is not offered again.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app.h"
#include "codec.h"
#include "support.h"

namespace {

nq::Intent fuzzed_intent(FuzzedDataProvider& in, const nq::App& app, bool& usable) {
    nq::Intent intent;
    bool reader = in.ConsumeBool();  // the reader's next step, or any intent at all
    intent.kind = reader ? nq::fuzz::reader_step(in, app)
                         : nq::IntentKind(in.ConsumeIntegralInRange<int>(0, int(nq::IntentKind::tick)));
    intent.index = in.ConsumeIntegralInRange<int>(-2, 12);
    usable = true;
    const nq::Question* q = nq::app_current_question(app);
    if (intent.kind == nq::IntentKind::answer && q) {
        std::string text = reader ? nq::fuzz::shaped_response(in, *q) : nq::fuzz::response_text(in, *q);
        nq::ParsedResponse p = nq::response_from_text(*q, text);
        intent.response = p.response;
        usable = p.ok;  // the C ABI refuses a response it cannot read
    }
    return intent;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nq::fuzz::Input input(data, size, 2);
    FuzzedDataProvider& in = input.bytes();
    nq::AppOptions options;
    options.seed = in.ConsumeIntegral<uint64_t>();
    options.start = in.ConsumeBool() ? nq::StartAt::quiz : nq::StartAt::article;
    options.now_ms = 1.7e12 + in.ConsumeIntegralInRange<int>(0, 1 << 30);
    options.today = nq::fuzz::fuzzed_day(in);
    options.progress = nq::progress_load(input.part(1), "fuzz-learner").store;
    nq::App app = nq::app_open(input.part(0), options);

    double now = options.now_ms;
    for (int step = 0; step < 200 && in.remaining_bytes() > 0; ++step) {
        bool usable = false;
        nq::Intent intent = fuzzed_intent(in, app, usable);
        now = nq::fuzz::later(in, now);
        if (!usable) continue;
        for (const nq::AppEvent& e : nq::app_apply(app, intent, now))
            NQ_FUZZ_CHECK(e.kind != nq::AppEventKind::answer ||
                              (e.record >= 0 && size_t(e.record) < app.session.records.size()),
                          "an answer event names no record", nq::intent_name(intent.kind));
    }

    std::string saved = nq::fuzz::check_round_trip(app.progress, 0);

    // The next visit, a day later, on what was saved.
    const nq::Session& attempt = app.due_review ? app.article_session : app.session;
    if (app.loaded.ok && !app.loaded.doc.quiz.allow_retry && nq::session_finished(attempt)) {
        options.progress = nq::progress_load(saved, "fuzz-learner").store;
        options.today = app.today + 1;
        options.start = nq::StartAt::article;
        nq::App next = nq::app_open(input.part(0), options);
        NQ_FUZZ_CHECK(!nq::app_quiz_open(next), "a quiz without retry is offered again on the next visit", saved);
        nq::app_apply(next, {nq::IntentKind::start_quiz}, now + 86400000.0);
        NQ_FUZZ_CHECK(!nq::session_running(next.session), "a quiz without retry started again on the next visit", saved);
    }
    return 0;
}
