// fold_table.cpp: the starts and values of the fold runs, from the compact columns that
// <build>/generated/fold_table.cpp holds (fold_table.h).
#include "fold_table.h"

namespace nq::fold {

static FoldRuns decode_runs() {
    FoldRuns runs;
    runs.first.reserve(kFoldRunCount);
    runs.value.reserve(kFoldRunCount);
    char32_t end = 0;
    size_t pooled = 0, shifts = 0;
    for (size_t i = 0; i < kFoldRunCount; ++i) {
        char32_t first = end + kFoldGap[i];
        runs.first.push_back(first);
        if (kFoldHow[i] == FoldHow::list) {
            runs.value.push_back(int32_t(pooled));  // the lists follow each other in the pool
            pooled += size_t(kFoldCount[i]) * kFoldLength[i];
        } else {
            runs.value.push_back(kFoldShift[shifts++]);
        }
        end = fold_run_end(first, kFoldHow[i], kFoldCount[i]);
    }
    return runs;
}

const FoldRuns& fold_runs() {
    static const FoldRuns runs = decode_runs();
    return runs;
}

}  // namespace nq::fold
