// compare.h: replays the grade sequences of an FSRS reference file (written by
// reference.mjs from ts-fsrs) through core/fsrs.h and lists every disagreement.
// Used by tests/unit-fsrs.cpp (the committed fixture, on every platform) and by
// check.cpp (a freshly generated file, in the `fsrs-oracle` ctest).
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fsrs.h"

namespace nq_oracle {

struct Comparison {
    bool readable = false;  // the text had the expected shape
    int reviews = 0;        // reviews replayed
    int values = 0;         // values compared
    std::vector<std::string> mismatches;  // "every grade, review 3: stability 85.34 != 85.3402 (ts-fsrs)"
};

// Equal to 4 significant digits: the relative difference is under half a unit of the 4th digit.
inline bool same_4_digits(double ours, double theirs) {
    return std::fabs(ours - theirs) <= 5e-5 * std::max(std::fabs(theirs), 1e-12);
}

inline Comparison compare_with_oracle(const std::string& text) {
    using nlohmann::json;
    Comparison c;
    json ref = json::parse(text, nullptr, false);
    if (ref.is_discarded() || !ref.is_object() || !ref.contains("sequences") || !ref["sequences"].is_array()) return c;
    c.readable = true;
    nq::FsrsParams params;
    for (const json& seq : ref["sequences"]) {
        if (!seq.is_object() || !seq.contains("reviews") || !seq["reviews"].is_array()) return c.readable = false, c;
        std::string name = seq.contains("name") && seq["name"].is_string() ? seq["name"].get<std::string>() : "?";
        nq::FsrsCard card;
        int index = 0;
        for (const json& r : seq["reviews"]) {
            ++index;
            for (const char* k : {"day", "grade", "stability", "difficulty", "interval", "due_day"})
                if (!r.is_object() || !r.contains(k) || !r[k].is_number()) return c.readable = false, c;
            std::string where = name + ", review " + std::to_string(index) + ": ";
            auto check = [&](const char* what, double ours, double theirs, bool exact) {
                ++c.values;
                if (exact ? ours == theirs : same_4_digits(ours, theirs))
                    return;
                c.mismatches.push_back(where + what + " " + std::to_string(ours) + " != " + std::to_string(theirs) + " (ts-fsrs)");
            };
            int day = r["day"].get<int>();
            if (r.contains("retrievability") && r["retrievability"].is_number())
                check("retrievability", nq::fsrs_retrievability(params, card, day), r["retrievability"].get<double>(), false);
            card = nq::fsrs_review(params, card, static_cast<nq::Grade>(r["grade"].get<int>()), day);
            ++c.reviews;
            check("stability", card.memory.stability, r["stability"].get<double>(), false);
            check("difficulty", card.memory.difficulty, r["difficulty"].get<double>(), false);
            // NOTE: ts-fsrs 5.4.2 lets its Hard < Good < Easy ordering push an interval past
            // maximum_interval (36501, 36502 days); the published rule, and core/fsrs.cpp, cap it.
            int interval = std::min(r["interval"].get<int>(), params.maximum_interval);
            check("interval", card.interval, interval, true);
            check("due day", card.due_day, day + interval, true);
        }
    }
    return c;
}

}  // namespace nq_oracle
