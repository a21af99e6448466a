// `newsquiz aggregate STATEMENTS.json... [-o AGG.json]` (interfaces.md §6): "how other
// readers did", from the xAPI statements a learning record store exports (core/aggregate.h).
//
//   FILE: error: POINTER: message      (the file is no export: nothing is written)
//   FILE: warning: /more: ...           (the LRS response says more pages exist)
//   aggregate: N statements read: ...   (what was counted and what was not, on stderr)
//
// AGG.json goes to stdout, or to OUT (through OUT.tmp and a rename: a widget fetching OUT
// meanwhile gets the old file or the new one, never half of one).
// Exit 0 written, 1 bad input or a file that cannot be read or written, 2 usage.
#include <algorithm>
#include <cstdio>

#include "aggregate.h"
#include "cli.h"

namespace {

const char kUsage[] = "aggregate STATEMENTS.json... [-o AGG.json]";
constexpr size_t kErrorsShown = 20;  // per file; the rest are counted

void print_help() {
    std::printf(
        "usage: newsquiz %s\n\n"
        "Turns the xAPI statements a learning record store exports into AGG.json, the file the widget's\n"
        "data-aggregates reads: per question the answers and the right ones, per article the completed\n"
        "attempts by whole percent. Each STATEMENTS.json is an array of statements or an LRS response\n"
        "{\"statements\": [...], \"more\": ...}, at most 64 MiB: pass every page of the export, in any order.\n"
        "A statement counts once by its id, across files; voided statements do not count.\n\n"
        "  -o, --output AGG.json  write there instead of standard output\n\n"
        "Exit 0 written, 1 bad input (every error names its JSON pointer; nothing is written), 2 usage.\n",
        kUsage);
}

std::string plural(uint64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "aggregate: 100 statements read: 65 answers and 10 attempts counted; not counted: 5 duplicates, ..."
void print_summary(const nq::AggregateCounts& c) {
    std::string s = "aggregate: " + plural(c.read, "statement", "statements") + " read: " +
                    plural(c.answers, "answer", "answers") + " and " + plural(c.attempts, "attempt", "attempts") + " counted";
    const std::pair<uint64_t, std::string> skipped[] = {
        {c.duplicates, plural(c.duplicates, "duplicate", "duplicates")},
        {c.without_id, std::to_string(c.without_id) + " without an id"},
        {c.voided, std::to_string(c.voided) + " voided"},
        {c.foreign, std::to_string(c.foreign) + " about other activities than newsquiz questions and quizzes"},
        {c.without_result, std::to_string(c.without_result) + " without result.success or result.score"},
        {c.other_verbs, std::to_string(c.other_verbs) + " of other verbs"},
    };
    std::string rest;
    for (const auto& [n, words] : skipped)
        if (n) rest += (rest.empty() ? "" : ", ") + words;
    std::fprintf(stderr, "%s%s\n", s.c_str(), rest.empty() ? "" : ("; not counted: " + rest).c_str());
}

bool write_atomically(const std::string& path, const std::string& text) {
    std::string tmp = path + ".tmp";
    FILE* out = std::fopen(tmp.c_str(), "wb");
    bool written = out && std::fwrite(text.data(), 1, text.size(), out) == text.size();
    if (out && std::fclose(out) != 0) written = false;
    if (written && std::rename(tmp.c_str(), path.c_str()) == 0) return true;
    std::remove(tmp.c_str());
    return false;
}

int run_aggregate(const nq::cli::Args& args) {
    std::vector<std::string> inputs;
    std::string out_path;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            print_help();
            return 0;
        }
        if ((a == "-o" || a == "--output") && i + 1 < args.size()) out_path = args[++i];
        else if (a.size() > 1 && a[0] == '-') return nq::cli::usage_error("aggregate", "unknown or incomplete option '" + a + "'");
        else inputs.push_back(a);
    }
    if (inputs.empty()) return nq::cli::usage_error("aggregate", "STATEMENTS.json is required");

    nq::AggregateBuilder builder;
    bool failed = false;
    for (const std::string& path : inputs) {
        std::string text, message;
        if (!nq::cli::read_file(path, nq::kAggregateMaxInputBytes, text, message)) {
            std::fprintf(stderr, "%s: error: %s\n", path.c_str(), message.c_str());
            failed = true;
            continue;
        }
        nq::AggregateRead r = nq::aggregate_add(builder, text);
        size_t shown = 0;
        for (const nq::Diagnostic& d : r.errors)
            if (shown++ < kErrorsShown) std::fprintf(stderr, "%s: %s\n", path.c_str(), nq::diagnostic_to_string(d).c_str());
        size_t hidden = r.errors.size() + r.more_errors - std::min(r.errors.size(), kErrorsShown);
        if (hidden) std::fprintf(stderr, "%s: error: and %zu more errors\n", path.c_str(), hidden);
        if (!r.ok) failed = true;
        if (!r.more.empty())
            std::fprintf(stderr, "%s: warning: /more: the learning record store has more statements: fetch that link and pass its page too\n",
                         path.c_str());
    }
    if (failed) return 1;

    nq::Aggregates aggregates = nq::aggregate_finish(builder);
    print_summary(aggregates.statements);
    std::string json = nq::aggregates_to_json(aggregates) + "\n";
    if (out_path.empty()) {
        std::fwrite(json.data(), 1, json.size(), stdout);
        return 0;
    }
    if (!write_atomically(out_path, json)) {
        std::fprintf(stderr, "%s: error: cannot write the file\n", out_path.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

NQ_COMMAND(aggregate, kUsage, "per-question shares of right answers and score distributions from xAPI statements; aggregate --help for more",
           run_aggregate);
