// SKELETON native harness: `newsquiz validate FILE...`.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "document.h"

static int usage() {
    std::fprintf(stderr, "usage: newsquiz validate FILE...\n");
    return 2;
}

int main(int argc, char** argv) {
    if (argc < 3 || std::string(argv[1]) != "validate") return usage();
    int status = 0;
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::printf("%s: error: cannot read the file\n", argv[i]);
            status = 1;
            continue;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        nq::LoadResult r = nq::load_document(ss.str());
        for (const nq::Diagnostic& d : r.diagnostics) std::printf("%s: %s\n", argv[i], nq::diagnostic_to_string(d).c_str());
        if (r.ok) std::printf("%s: ok\n", argv[i]);
        else status = 1;
    }
    return status;
}
