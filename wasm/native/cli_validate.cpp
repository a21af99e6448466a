// SKELETON `newsquiz validate FILE...`; the core engine work completes it.
#include <cstdio>

#include "cli.h"
#include "document.h"

static int run_validate(const nq::cli::Args& args) {
    if (args.empty()) return nq::cli::usage_error("validate", "no FILE given");
    int status = 0;
    for (const std::string& path : args) {
        std::string text, error;
        if (!nq::cli::read_file(path, nq::kMaxDocumentBytes, text, error)) {
            std::printf("%s: error: %s\n", path.c_str(), error.c_str());
            status = 1;
            continue;
        }
        nq::LoadResult r = nq::load_document(text);
        for (const nq::Diagnostic& d : r.diagnostics) std::printf("%s: %s\n", path.c_str(), nq::diagnostic_to_string(d).c_str());
        if (r.ok) std::printf("%s: ok\n", path.c_str());
        else status = 1;
    }
    return status;
}

NQ_COMMAND(validate, "validate FILE...", "check newsquiz/1 documents; exit 1 if any is invalid", run_validate);
