// fuzz-capi: the C ABI that JavaScript calls (wasm/capi.h), with fuzzed JSON everywhere the
// loader passes JSON: options (stored progress and a resume log from localStorage among them),
// intents, event stamps and the stores other tabs write.
//
// Input: "DOCUMENT\0OPTIONS\0BYTES". nq_open(DOCUMENT, OPTIONS), then up to 100 calls picked by
// the bytes: nq_apply (half the calls: the reader's next step or any intent by name, with a
// response built for the question on screen; or any text), nq_view, nq_state, nq_take_events, nq_progress_save and nq_progress_merge (with
// fuzzed text or the last save), nq_progress, nq_warnings and the flags; then nq_close. Every
// string returned is freed: LeakSanitizer finds what is not. Besides memory errors, leaks and
// undefined behaviour it checks:
// - every JSON the ABI returns parses (nq_take_events: an array);
// - nq_progress_save returns a store that loads back with no warning and saves to the same
//   bytes, or the stored text itself when it comes from a newer newsquiz;
// - a widget opened again with the resume log of nq_progress replays to the same attempt and
//   screen (when no stored progress could have closed the quiz, no review runs, no time limit).
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "capi.h"
#include "codec.h"
#include "support.h"
#include "widget.h"

using nq::Json;

namespace {

const char* const kIntents[] = {"start_quiz",  "answer",       "submit",        "next",         "finish",
                                "retry",       "show_review",  "show_results",  "show_actions", "show_progress",
                                "show_article", "toggle_action_done", "start_review", "tick", "no_such_intent"};
const char* const kStamp = R"({"timestamp":"2025-09-03T10:00:00.000Z","id_seed":"00112233445566778899aabbccddeeff"})";

// Takes a string the ABI returned: checks it is JSON (an object or an array when `opens` is
// '{' or '['), frees it.
std::string take(char* text, const char* call, char opens = 0) {
    NQ_FUZZ_CHECK(text != nullptr, "the C ABI returned no string", call);
    std::string s = text;
    nq_free(text);
    NQ_FUZZ_CHECK(nlohmann::ordered_json::accept(s), "the C ABI returned text that is not JSON", std::string(call) + ": " + s);
    NQ_FUZZ_CHECK(!opens || s[0] == opens, "the C ABI returned JSON of another type", std::string(call) + ": " + s);
    return s;
}

std::string intent_json(FuzzedDataProvider& in, const NqWidget& w) {
    bool reader = in.ConsumeBool();  // the reader's next step, or any intent at all
    std::string name = reader ? nq::intent_name(nq::fuzz::reader_step(in, w.app)) : in.PickValueInArray(kIntents);
    std::string j = R"({"intent":")" + name + "\"";
    const nq::Question* q = nq::app_current_question(w.app);
    if (name == "answer" && q)
        j += ",\"response\":" + (reader ? nq::fuzz::shaped_response(in, *q) : nq::fuzz::response_text(in, *q));
    if (in.ConsumeBool()) j += ",\"index\":" + std::to_string(in.ConsumeIntegralInRange<int>(-2, 12));
    return j + "}";
}

// The attempt a widget holds, whatever the screen shows: phase, question, each record.
std::string attempt_of(const NqWidget& w) {
    const nq::Session& s = w.app.due_review ? w.app.article_session : w.app.session;
    std::string out = std::string(nq::phase_name(s.phase)) + " attempt " + std::to_string(s.attempt) + " at " +
                      std::to_string(s.current) + (s.paused ? " paused" : "");
    for (const nq::QuestionRecord& r : s.records) {
        const nq::Question& q = w.app.loaded.doc.quiz.questions[size_t(r.question)];
        out += "\n" + q.id + (r.submitted ? " submitted " : " draft ") + nq::json_dump(nq::response_to_json(q, r.response)) +
               " " + nq::json_dump(nq::json_number(r.score.score));
    }
    return out;
}

// The stored text of a store: fuzzed, or the last one saved (as another tab would hand it back).
std::string stored_text(FuzzedDataProvider& in, const std::string& last_saved) {
    return in.ConsumeIntegralInRange<int>(0, 3) > 0 ? last_saved : in.ConsumeRandomLengthString(256);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nq::fuzz::Input input(data, size, 2);
    FuzzedDataProvider& in = input.bytes();
    std::string doc(input.part(0)), options(input.part(1));
    NqWidget* w = nq_open(doc.c_str(), options.c_str());
    take(nq_warnings(w), "nq_warnings", '[');

    Json opened;  // the options as nq_open read them
    nq::Diagnostic error;
    if (!nq::json_parse(options, opened, error) || !opened.is_object()) opened = Json::object();

    double now = 1.7e12;
    std::string last_saved;
    bool stored = opened.contains("progress");  // progress from elsewhere: may say the quiz was taken
    for (int step = 0; step < 100 && in.remaining_bytes() > 0; ++step) {
        now = nq::fuzz::later(in, now);
        int call = in.ConsumeIntegralInRange<int>(0, 15);
        switch (call < 8 ? 0 : call - 7) {
            case 0: nq_apply(w, intent_json(in, *w).c_str(), now); break;  // half the calls
            case 1: nq_apply(w, in.ConsumeRandomLengthString(96).c_str(), now); break;
            case 2: take(nq_view(w, now), "nq_view", '{'); break;
            case 3: take(nq_state(w), "nq_state", '{'); break;
            case 4: {
                std::string stamp = in.ConsumeBool() ? kStamp : in.ConsumeRandomLengthString(128);
                take(nq_take_events(w, stamp.c_str()), "nq_take_events", '[');
                NQ_FUZZ_CHECK(nq_pending_events(w) == 0, "events left after nq_take_events", stamp);
                break;
            }
            case 5: {
                std::string text = stored_text(in, last_saved);
                nq::ProgressLoad before = nq::progress_load(text, "x");
                bool newer = !before.warnings.empty() && before.warnings[0].code == nq::ProgressCode::newer_version;
                std::string saved = take(nq_progress_save(w, text.c_str()), "nq_progress_save");
                stored = stored || (text != last_saved && !text.empty());
                if (newer) {
                    NQ_FUZZ_CHECK(saved == text, "a store from a newer newsquiz was written over", text);
                } else {
                    nq::fuzz::check_saved_text(saved, 0);
                    NQ_FUZZ_CHECK(nq_progress_changed(w) == 0, "progress still changed after a save", saved);
                    last_saved = saved;
                }
                break;
            }
            case 6: {
                std::string text = stored_text(in, last_saved);
                stored = stored || (text != last_saved && !text.empty());
                nq_progress_merge(w, text.c_str());
                break;
            }
            case 7: take(nq_progress(w), "nq_progress", '{'); break;
            default:
                take(nq_warnings(w), "nq_warnings", '[');
                nq_progress_damaged(w);
                nq_progress_changed(w);
                break;
        }
    }

    // A reload: the widget opened again with what nq_progress kept replays to the same attempt
    // (every record) and screen (state() but its progress figures: those follow the stores merged). Not when
    // a store may have closed a quiz without retry, nor with a time limit (ticks are not kept),
    // nor during a review (not kept either). Resume logs of any shape are replayed at nq_open
    // when OPTIONS holds one.
    const nq::App& app = w->app;
    bool replays = !opened.contains("resume") && !app.due_review && app.loaded.doc.quiz.time_limit_s == 0 &&
                   (app.loaded.doc.quiz.allow_retry || !stored);
    if (replays) {
        std::string resume = take(nq_progress(w), "nq_progress", '{');
        Json again = opened;
        nq::json_parse(resume, again["resume"], error);
        NqWidget* reopened = nq_open(doc.c_str(), nq::json_dump(again).c_str());
        Json state, replayed;
        nq::json_parse(take(nq_state(w), "nq_state"), state, error);
        nq::json_parse(take(nq_state(reopened), "nq_state"), replayed, error);
        auto without_progress = [](const Json& j) {
            Json out = Json::object();
            for (const Json::Member& m : j.members())
                if (m.first != "progress") out.members().push_back(m);
            return out;
        };
        state = without_progress(state);
        replayed = without_progress(replayed);
        NQ_FUZZ_CHECK(replayed == state && attempt_of(*reopened) == attempt_of(*w), "a resumed widget is not where the reader left it",
                      attempt_of(*w) + "\n" + nq::json_dump(state) + "\n--- resumed:\n" + attempt_of(*reopened) + "\n" +
                          nq::json_dump(replayed) + "\n" + resume);
        nq_close(reopened);
    }
    nq_close(w);
    return 0;
}
