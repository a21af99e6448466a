// fuzz-progress: the site's progress store as localStorage or a --progress file hands it back,
// read, saved, merged with another tab's and used for reviews and mastery.
//
// Input: "STORE\0OTHER\0BYTES": two stored texts (OTHER may be missing: a plain store file is
// a good seed) and bytes that pick the size budget (1 KiB to 65 KiB, then the default 256 KiB),
// the reader's day and a second tab's store: STORE as another tab changed it (attempts dropped,
// added under another id or moved in time, sometimes compacted to a small budget), so that merges
// meet the same articles with different attempts and folds, as two tabs give them.
// Besides memory errors and undefined behaviour it checks:
// - a saved store loads back with no warning and saves to the same bytes, at the budget and
//   whole (check_round_trip);
// - a store merged with itself is the same store;
// - a merge with the other store, either way round, or with the store read back after saving,
//   loses no attempt of either, and the merged store round-trips too;
// - the review quiz of the cards due is a valid newsquiz/1 document.
#include <cstddef>
#include <cstdint>

#include "mastery.h"
#include "progress_internal.h"
#include "support.h"

namespace {

// `store` as a second tab of the same reader left it.
nq::ProgressStore other_tab(const nq::ProgressStore& store, FuzzedDataProvider& in) {
    nq::ProgressStore tab = store;
    // NOTE: moved times go through clean_ms, as a store read by progress_load holds them: the
    // other tab's store was itself read through progress_load.
    for (auto& [id, article] : tab.articles) {
        std::vector<nq::Attempt> kept;
        for (nq::Attempt a : article.attempts) {
            switch (in.ConsumeIntegralInRange<int>(0, 4)) {
                case 0: continue;                                       // not in this tab
                case 1: a.id += "-tab"; break;                           // another attempt
                case 2: a.started_ms = nq::progress_detail::clean_ms(a.started_ms + in.ConsumeIntegralInRange<int>(-86400000, 86400000)); break;
                case 3: a.detailed = false; a.answers.clear(); break;   // summarized there
                default: break;
            }
            kept.push_back(a);
        }
        article.attempts = kept;
        article.last_ms = nq::progress_detail::clean_ms(article.last_ms + in.ConsumeIntegralInRange<int>(-1000, 1000));
    }
    if (in.ConsumeBool()) nq::progress_compact(tab, 512 + in.ConsumeIntegralInRange<size_t>(0, 16 * 1024));
    return tab;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nq::fuzz::Input input(data, size, 2);
    FuzzedDataProvider& in = input.bytes();
    size_t budget = 1024 + in.ConsumeIntegralInRange<size_t>(0, 64 * 1024);
    if (in.ConsumeBool()) budget = 0;  // progress_save's default
    int today = nq::fuzz::fuzzed_day(in);

    nq::ProgressLoad loaded = nq::progress_load(input.part(0), "fuzz-learner");
    nq::ProgressLoad other = nq::progress_load(input.part(1), "fuzz-other");
    const nq::ProgressStore& a = loaded.store;
    const nq::ProgressStore b = input.part(1).empty() ? other_tab(a, in) : other.store;

    nq::ProgressStore self = nq::progress_merge(a, a);
    NQ_FUZZ_CHECK(nq::progress_to_json(self) == nq::progress_to_json(a), "a store merged with itself changed",
                  nq::progress_to_json(a));

    nq::ProgressStore ab = nq::progress_merge(a, b);
    nq::fuzz::check_merge_keeps_attempts(a, b, ab);
    nq::ProgressStore ba = nq::progress_merge(b, a);
    nq::fuzz::check_merge_keeps_attempts(b, a, ba);
    nq::fuzz::check_review_quiz(ab, today);
    nq::mastery_by_topic(ab, today);
    nq::progress_totals(ab, today);
    nq::progress_streak(ab, today);
    nq::progress_recent_attempts(ab, 10);
    nq::fuzz::check_round_trip(ab, budget);

    nq::ProgressStore compacted = a;
    std::string saved = nq::fuzz::check_round_trip(compacted, budget);
    nq::ProgressStore again = nq::progress_load(saved, "fuzz-learner").store;
    nq::ProgressStore merged = nq::progress_merge(a, again);
    nq::fuzz::check_merge_keeps_attempts(a, again, merged);
    nq::mastery_by_topic(merged, today);
    return 0;
}
