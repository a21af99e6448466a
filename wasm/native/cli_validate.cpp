// `newsquiz validate FILE...` (interfaces.md §6): every diagnostic of every file, one a line.
//
//   FILE: error: POINTER: message
//   FILE: error: POINTER: line L, column C: message     (where reading stopped: JSON syntax, UTF-8, depth)
//   FILE: warning: POINTER: message
//   FILE: ok                                            (no errors; warnings may precede it)
//
// POINTER is the RFC 6901 pointer of the offending value; the whole document (the empty
// pointer, which "/" is not) prints as "(document)", as do files that cannot be read.
// Exit 0 when every file is valid, 1 when any is not, 2 on a usage error.
#include <cstdio>

#include "cli.h"
#include "document.h"

static int run_validate(const nq::cli::Args& args) {
    if (args.empty()) return nq::cli::usage_error("validate", "no FILE given");
    for (const std::string& path : args)
        if (path.size() > 1 && path[0] == '-') return nq::cli::usage_error("validate", "unknown option " + path);
    int status = 0;
    for (const std::string& path : args) {
        std::string text, error;
        // NOTE: read_file refuses a file over the limit before reading it whole.
        if (!nq::cli::read_file(path, nq::kMaxDocumentBytes, text, error)) {
            std::printf("%s: error: %s: %s\n", path.c_str(), nq::pointer_for_humans("").c_str(), error.c_str());
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
