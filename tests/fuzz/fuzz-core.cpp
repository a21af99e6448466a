// fuzz-core: `make fuzz`, a bounded mutation fuzzer for the core's untrusted inputs.
//
//   fuzz-core SECONDS SEED FILE...
//
// Each round takes a file of the corpus (documents, progress stores), mutates it (bytes
// flipped, inserted, deleted, repeated, spliced from another file, JSON tokens dropped in)
// and feeds it to the core the way the widget does: load_document, then an attempt driven
// by random intents with responses read from random JSON; progress_load, save, load again
// and merge. Built with AddressSanitizer and UBSan, any memory error aborts. It also checks
// what must always hold: a saved store loads back without a warning, and saving it again
// gives the same bytes. The same seed gives the same rounds.
//
// Index of this file:
// [SECTION] Random choices
// [SECTION] Mutations
// [SECTION] Targets
// [SECTION] Main
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app.h"
#include "codec.h"
#include "progress.h"

namespace {

// [SECTION] Random choices
nq::Rng g_rng;

size_t below(size_t n) { return n == 0 ? 0 : size_t(g_rng.below(uint32_t(n))); }

template <typename T>
const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

// [SECTION] Mutations
const std::vector<std::string> kTokens = {
    "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0", "-0", "1e309", "-1e309",
    "4294967296", "18446744073709551616", "0.1", "\"\\u0000\"", "\"\\ud800\"", "\"\xff\xfe\"", "\"\xe2\x82\"",
    "\"single\"", "\"multiple\"", "\"true_false\"", "\"numeric\"", "\"text\"", "\"order\"", "\"match\"",
    "\"newsquiz/1\"", "\"newsquiz-progress\"", "\"version\":1", "\"version\":3", "\"id\":\"q1\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{}}}}}}",
};

std::string mutate(std::string s, const std::vector<std::string>& corpus) {
    int n = 1 + int(below(8));
    for (int k = 0; k < n; k++) {
        size_t at = below(s.size() + 1);
        switch (below(7)) {
            case 0:  // flip a bit
                if (!s.empty()) s[at % s.size()] = char(s[at % s.size()] ^ (1 << below(8)));
                break;
            case 1:  // a random byte
                s.insert(at, 1, char(below(256)));
                break;
            case 2:  // delete a range
                s.erase(at, below(64));
                break;
            case 3: {  // repeat a range
                std::string part = s.substr(at, below(256));
                for (size_t r = below(4) + 1; r > 0; r--) s.insert(at, part);
                break;
            }
            case 4: {  // a piece of another file
                const std::string& other = pick(corpus);
                size_t from = below(other.size() + 1);
                s.insert(at, other.substr(from, below(512)));
                break;
            }
            case 5:  // a JSON token
                s.insert(at, pick(kTokens));
                break;
            case 6:  // cut short
                s.resize(at);
                break;
        }
        if (s.size() > 3 * 1024 * 1024) s.resize(3 * 1024 * 1024);
    }
    return s;
}

// [SECTION] Targets
// A response for the question on screen, as the page would send it: JSON text, often broken.
std::string random_response(const nq::Question& q) {
    std::vector<std::string> ids = {"zz", ""};
    for (const nq::Choice& c : q.choices) ids.push_back(c.id);
    for (const auto& item : q.items) ids.push_back(item.id);
    for (const auto& pair : q.pairs) ids.push_back(pair.id);
    switch (below(7)) {
        case 0: return "\"" + pick(ids) + "\"";
        case 1: return "[\"" + pick(ids) + "\",\"" + pick(ids) + "\",\"" + pick(ids) + "\"]";
        case 2: return below(2) ? "true" : "false";
        case 3: return pick(std::vector<std::string>{"3", "-0", "1e308", "1e309", "0.1", "\"12\"", "NaN"});
        case 4: return "{\"" + pick(ids) + "\":\"" + pick(ids) + "\",\"" + pick(ids) + "\":\"" + pick(ids) + "\"}";
        case 5: return "\"  " + pick(ids) + " \xc3\xa9\xcc\x81 !\"";
        default: return mutate("[\"" + pick(ids) + "\"]", {"null"});
    }
}

// A broken invariant: what was read and written goes to fuzz-failure.{input,saved} for a test.
[[noreturn]] void fail(const char* what, const std::string& input, const std::string& saved, const nq::ProgressLoad& again) {
    std::fprintf(stderr, "fuzz-core: %s (fuzz-failure.input, fuzz-failure.saved)\n", what);
    for (const nq::ProgressIssue& w : again.warnings) std::fprintf(stderr, "  %s\n", nq::progress_issue_to_string(w).c_str());
    std::ofstream("fuzz-failure.input", std::ios::binary) << input;
    std::ofstream("fuzz-failure.saved", std::ios::binary) << saved;
    std::abort();
}

void drive_document(const std::string& text) {
    nq::AppOptions options;
    options.seed = g_rng.next();
    options.today = 20000 + int(below(60));
    nq::App app = nq::app_open(text, options);
    double now = 1000;
    for (int k = 0; k < 40; k++) {
        nq::Intent intent;
        intent.kind = nq::IntentKind(below(size_t(nq::IntentKind::tick) + 1));
        intent.index = int(below(12)) - 2;
        if (intent.kind == nq::IntentKind::answer) {
            const nq::Question* q = nq::app_current_question(app);
            if (!q) continue;
            nq::ParsedResponse p = nq::response_from_text(*q, random_response(*q));
            if (!p.ok) continue;
            intent.response = p.response;
        }
        now += double(below(100000));
        nq::app_apply(app, intent, now);
    }
    std::string saved = nq::progress_save(app.progress);
    nq::ProgressLoad again = nq::progress_load(saved, "x");
    if (!again.complete) fail("a store the App saved does not load back cleanly", text, saved, again);
}

void drive_store(const std::string& text) {
    nq::ProgressLoad loaded = nq::progress_load(text, "fuzz");
    std::string saved = nq::progress_save(loaded.store, 1024 + below(64 * 1024));
    nq::ProgressLoad again = nq::progress_load(saved, "fuzz");
    if (!again.complete || nq::progress_save(again.store, 1024 * 1024) != nq::progress_save(loaded.store, 1024 * 1024))
        fail("a saved store does not round-trip", text, saved, again);
    nq::ProgressStore merged = nq::progress_merge(loaded.store, again.store);
    nq::progress_review_quiz(merged, 20000 + int(below(400)), {});
    nq::mastery_by_topic(merged, 20000 + int(below(400)));
}

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

// [SECTION] Main
int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: fuzz-core SECONDS SEED FILE...\n");
        return 2;
    }
    double seconds = std::atof(argv[1]);
    uint64_t seed = std::strtoull(argv[2], nullptr, 10);
    std::vector<std::string> corpus;
    for (int i = 3; i < argc; i++) corpus.push_back(read_file(argv[i]));
    g_rng = nq::rng_from_seed(seed);

    auto start = std::chrono::steady_clock::now();
    long rounds = 0, documents = 0;
    for (;;) {
        double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (elapsed >= seconds) break;
        std::string input = below(8) == 0 ? pick(corpus) : mutate(pick(corpus), corpus);
        if (input.find("newsquiz-progress") != std::string::npos || below(4) == 0) drive_store(input);
        if (input.find("newsquiz/1") != std::string::npos || below(4) == 0) {
            drive_document(input);
            documents++;
        }
        rounds++;
    }
    std::printf("fuzz-core: %ld rounds (%ld documents driven) in %.0f s, seed %llu, %zu files: no crash\n", rounds,
                documents, seconds, (unsigned long long)seed, corpus.size());
    return 0;
}
