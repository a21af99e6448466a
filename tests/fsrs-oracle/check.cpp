// check.cpp: `fsrs-oracle-check FILE` compares core/fsrs.h with an FSRS reference file
// written by reference.mjs; prints each disagreement, exits 1 on any (or an unreadable file).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "compare.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fsrs-oracle-check REFERENCE.json\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    nq_oracle::Comparison c = nq_oracle::compare_with_oracle(text.str());
    if (!c.readable || c.reviews == 0) {
        std::fprintf(stderr, "[newsquiz] %s: not an FSRS reference file\n", argv[1]);
        return 1;
    }
    for (const std::string& m : c.mismatches) std::fprintf(stderr, "[newsquiz] %s\n", m.c_str());
    std::printf("[newsquiz] fsrs oracle: %d reviews, %d values compared, %zu differ\n", c.reviews, c.values,
                c.mismatches.size());
    return c.mismatches.empty() ? 0 : 1;
}
