// fuzz-capi: the C ABI that JavaScript calls (wasm/capi.h), with fuzzed JSON everywhere the
// loader passes JSON: options (stored progress and a resume log from localStorage among them),
// intents, event stamps and the stores other tabs write.
//
// Input: "DOCUMENT\0OPTIONS\0BYTES". nq_open(DOCUMENT, OPTIONS), then up to 100 calls picked by
// the bytes: nq_apply (an intent by name with a response built for the question on screen, or
// any text), nq_view, nq_state, nq_take_events, nq_progress_save and nq_progress_merge (with
// fuzzed text or the last save), nq_progress, nq_warnings and the flags; then nq_close. Every
// string returned is freed: LeakSanitizer finds what is not. Besides memory errors, leaks and
// undefined behaviour it checks:
// - every JSON the ABI returns parses (nq_take_events: an array);
// - nq_progress_save returns a store that loads back with no warning and saves to the same
//   bytes, or the stored text itself when it comes from a newer newsquiz;
// - a widget opened again with the resume log of nq_progress replays to the same state,
//   when nothing else changed it (no stored progress merged, no review, no time limit).
#include <cstddef>
#include <cstdint>
#include <string>

#include "capi.h"
#include "codec.h"
#include "support.h"

using nlohmann::ordered_json;

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
    NQ_FUZZ_CHECK(ordered_json::accept(s), "the C ABI returned text that is not JSON", std::string(call) + ": " + s);
    NQ_FUZZ_CHECK(!opens || s[0] == opens, "the C ABI returned JSON of another type", std::string(call) + ": " + s);
    return s;
}

std::string intent_json(FuzzedDataProvider& in, const NqWidget& w) {
    std::string name = in.PickValueInArray(kIntents);
    std::string j = R"({"intent":")" + name + "\"";
    const nq::Question* q = nq::app_current_question(w.app);
    if (name == "answer" && q) j += ",\"response\":" + nq::fuzz::response_text(in, *q);
    if (in.ConsumeBool()) j += ",\"index\":" + std::to_string(in.ConsumeIntegralInRange<int>(-2, 12));
    return j + "}";
}

// The stored text of a store: fuzzed, or the last one saved (as another tab would hand it back).
std::string stored_text(FuzzedDataProvider& in, const std::string& last_saved) {
    return in.ConsumeBool() ? last_saved : in.ConsumeRandomLengthString(512);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nq::fuzz::Input input(data, size, 2);
    FuzzedDataProvider& in = input.bytes();
    std::string doc(input.part(0)), options(input.part(1));
    NqWidget* w = nq_open(doc.c_str(), options.c_str());
    take(nq_warnings(w), "nq_warnings", '[');

    ordered_json opened;  // the options as nq_open read them
    nq::Diagnostic error;
    if (!nq::json_parse(options, opened, error) || !opened.is_object()) opened = ordered_json::object();

    double now = 1.7e12;
    std::string last_saved;
    bool replayable = !opened.contains("progress") && !opened.contains("resume");
    for (int step = 0; step < 100 && in.remaining_bytes() > 0; ++step) {
        now = nq::fuzz::later(in, now);
        switch (in.ConsumeIntegralInRange<int>(0, 11)) {
            case 0:
            case 1:
            case 2: nq_apply(w, intent_json(in, *w).c_str(), now); break;
            case 3: nq_apply(w, in.ConsumeRandomLengthString(256).c_str(), now); break;
            case 4: take(nq_view(w, now), "nq_view", '{'); break;
            case 5: take(nq_state(w), "nq_state", '{'); break;
            case 6: {
                std::string stamp = in.ConsumeBool() ? kStamp : in.ConsumeRandomLengthString(128);
                take(nq_take_events(w, stamp.c_str()), "nq_take_events", '[');
                NQ_FUZZ_CHECK(nq_pending_events(w) == 0, "events left after nq_take_events", stamp);
                break;
            }
            case 7: {
                std::string stored = stored_text(in, last_saved);
                nq::ProgressLoad before = nq::progress_load(stored, "x");
                bool newer = !before.warnings.empty() && before.warnings[0].code == nq::ProgressCode::newer_version;
                std::string saved = take(nq_progress_save(w, stored.c_str()), "nq_progress_save");
                replayable = replayable && stored.empty();
                if (newer) {
                    NQ_FUZZ_CHECK(saved == stored, "a store from a newer newsquiz was written over", stored);
                } else {
                    nq::fuzz::check_saved_text(saved, 0);
                    NQ_FUZZ_CHECK(nq_progress_changed(w) == 0, "progress still changed after a save", saved);
                    last_saved = saved;
                }
                break;
            }
            case 8: {
                std::string stored = stored_text(in, last_saved);
                replayable = replayable && stored.empty();
                nq_progress_merge(w, stored.c_str());
                break;
            }
            case 9: take(nq_progress(w), "nq_progress", '{'); break;
            case 10: take(nq_warnings(w), "nq_warnings", '['); break;
            default: nq_progress_damaged(w); nq_progress_changed(w); nq_pending_events(w); break;
        }
        replayable = replayable && !w->app.due_review;
    }

    // A reload: the widget opened again with what nq_progress kept replays to the same state.
    // (Resume logs of any shape are replayed at nq_open when OPTIONS holds one.)
    if (replayable && w->app.loaded.doc.quiz.time_limit_s == 0) {
        std::string resume = take(nq_progress(w), "nq_progress", '{');
        ordered_json again = opened;
        nq::json_parse(resume, again["resume"], error);
        NqWidget* reopened = nq_open(doc.c_str(), nq::json_dump(again).c_str());
        std::string state = take(nq_state(w), "nq_state");
        std::string replayed = take(nq_state(reopened), "nq_state");
        NQ_FUZZ_CHECK(replayed == state, "a resumed widget is not where the reader left it", state + "\n" + replayed);
        nq_close(reopened);
    }
    nq_close(w);
    return 0;
}
