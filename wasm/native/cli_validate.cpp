// `newsquiz validate [--json] PATH...` (interfaces.md §6): every diagnostic of every file.
//
// A PATH that is a folder stands for every *.json file under it, at any depth, in byte
// order of their paths; names starting with "." are skipped there, and folders reached
// through a symbolic link are not entered. A file named on the command line is checked
// whatever its name. By default, one line per diagnostic:
//
//   FILE: error: POINTER: message
//   FILE: error: POINTER: line L, column C: message     (where reading stopped: JSON syntax, UTF-8, depth)
//   FILE: warning: POINTER: message
//   FILE: ok                                            (no errors; warnings may precede it)
//   3 files: 2 ok, 1 invalid; 4 errors, 1 warning       (after several files, or a folder)
//
// POINTER is the RFC 6901 pointer of the offending value; the whole document (the empty
// pointer, which "/" is not) prints as "(document)", as do files that cannot be read.
// --json prints one line of JSON instead, for tools (the shape is in docs/authoring.md):
//
//   {"files":[{"path":P,"ok":B,"errors":N,"warnings":N,"diagnostics":[{"severity":S,"code":C,
//     "pointer":P,"line":L|null,"column":C|null,"message":M}]}],
//    "summary":{"files":N,"ok":N,"invalid":N,"errors":N,"warnings":N}}
//
// There every diagnostic has the line and column of its value in the file (a member's name
// for a member of an object; for a missing member, its object); null when the file could
// not be read. Exit 0 when every file is valid, 1 when any is not, 2 on a usage error.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "cli.h"
#include "codec.h"
#include "document.h"
#include "json_locate.h"
#include "json_reader.h"

namespace {

const char kDetails[] =
    "Checks newsquiz/1 documents: every error and warning, with the JSON pointer of the value at fault.\n"
    "A PATH that is a folder stands for every *.json file in it and its subfolders (names starting\n"
    "with \".\" are skipped).\n\n"
    "  --json   one line of JSON for tools: per file, every diagnostic with its code, pointer, line,\n"
    "           column, message and severity, then a summary (docs/authoring.md has the shape)\n\n"
    "Without --json: FILE: ok, or one line per problem (FILE: error: POINTER: message; warnings as\n"
    "FILE: warning: ...), then a one-line summary when several files or a folder were checked.\n"
    "Exit 0 every file is valid (warnings allowed), 1 any file is invalid or cannot be read, 2 usage.\n";

// Codes of problems with the file rather than the document (the document's are diagnostics.h's).
const char kCannotRead[] = "cannot_read";
const char kNoDocuments[] = "no_documents";

struct Problem {
    nq::Diagnostic diagnostic;
    const char* code = nullptr;  // a code of its own (kCannotRead...), else diag_code_name(diagnostic.code)
};

struct FileReport {
    std::string path;
    std::vector<Problem> problems;
    bool ok = false;
};

// Gives every diagnostic the reader did not place a line and a column.
void locate(std::string_view text, std::vector<Problem>& problems) {
    std::vector<nq::Diagnostic> diagnostics;
    for (const Problem& p : problems) diagnostics.push_back(p.diagnostic);
    std::vector<nq::TextPlace> places = nq::locate_diagnostics(text, diagnostics);
    for (size_t k = 0; k < problems.size(); ++k) {
        problems[k].diagnostic.line = places[k].line;
        problems[k].diagnostic.column = places[k].column;
    }
}

// [SECTION] Files
FileReport check_file(const std::string& path, bool with_places) {
    FileReport report;
    report.path = path;
    std::string text, error;
    bool too_large = false;
    // NOTE: read_file refuses a file over the limit before reading it whole.
    if (!nq::cli::read_file(path, nq::kMaxDocumentBytes, text, error, &too_large)) {
        Problem p;
        p.diagnostic = {nq::Severity::error, nq::DiagCode::too_large, "", error};
        if (!too_large) p.code = kCannotRead;
        report.problems.push_back(p);
        return report;
    }
    nq::LoadResult r = nq::load_document(text);
    for (nq::Diagnostic& d : r.diagnostics) report.problems.push_back({std::move(d)});
    // NOTE: a text that reading stopped in (syntax, UTF-8, depth) has that one diagnostic, placed.
    if (with_places) locate(text, report.problems);
    report.ok = r.ok;
    return report;
}

bool hidden(const std::filesystem::path& p) {
    std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

// The *.json files under a folder, in byte order of their paths; false when it cannot be read.
bool json_files_under(const std::string& folder, std::vector<std::string>& out, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec), end;
    std::vector<std::string> found;
    for (; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) {
        error = "cannot read the folder: " + ec.message();
        return false;
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
    return true;
}

// [SECTION] Output
struct Totals {
    size_t files = 0, ok = 0, errors = 0, warnings = 0;
};

void count(const FileReport& f, Totals& t, size_t& errors, size_t& warnings) {
    errors = warnings = 0;
    for (const Problem& p : f.problems) (p.diagnostic.severity == nq::Severity::error ? errors : warnings)++;
    t.files++;
    t.ok += f.ok;
    t.errors += errors;
    t.warnings += warnings;
}

std::string counted(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

void print_lines(const FileReport& f) {
    for (const Problem& p : f.problems) std::printf("%s: %s\n", f.path.c_str(), nq::diagnostic_to_string(p.diagnostic).c_str());
    if (f.ok) std::printf("%s: ok\n", f.path.c_str());
}

nq::Json file_json(const FileReport& f, size_t errors, size_t warnings) {
    nq::Json list = nq::Json::array();
    for (const Problem& p : f.problems) {
        const nq::Diagnostic& d = p.diagnostic;
        bool placed = d.line > 0;
        list.push_back({{"severity", nq::severity_name(d.severity)},
                        {"code", p.code ? p.code : nq::diag_code_name(d.code)},
                        {"pointer", d.pointer},
                        {"line", placed ? nq::Json(d.line) : nq::Json()},
                        {"column", placed ? nq::Json(d.column) : nq::Json()},
                        {"message", d.message.empty() ? nq::diag_code_message(d.code) : d.message}});
    }
    return {{"path", f.path}, {"ok", f.ok}, {"errors", errors}, {"warnings", warnings}, {"diagnostics", list}};
}

int run_validate(const nq::cli::Args& args) {
    if (nq::cli::wants_help(args)) return nq::cli::print_help("validate", kDetails);
    bool json = false;
    std::vector<std::string> paths;
    for (const std::string& a : args) {
        if (a == "--json") json = true;
        else if (a.size() > 1 && a[0] == '-') return nq::cli::usage_error("validate", "unknown option " + a);
        else paths.push_back(a);
    }
    if (paths.empty()) return nq::cli::usage_error("validate", "no PATH given");

    Totals totals;
    bool folder_given = false;
    nq::Json files = nq::Json::array();
    auto report = [&](const FileReport& f) {
        size_t errors = 0, warnings = 0;
        count(f, totals, errors, warnings);
        if (json) files.push_back(file_json(f, errors, warnings));
        else print_lines(f);
    };
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(path, ec)) {
            report(check_file(path, json));
            continue;
        }
        folder_given = true;
        std::vector<std::string> found;
        std::string error;
        FileReport folder;
        folder.path = path;
        if (!json_files_under(path, found, error)) {
            folder.problems.push_back({{nq::Severity::error, nq::DiagCode::too_large, "", error}, kCannotRead});
        } else if (found.empty()) {
            folder.problems.push_back({{nq::Severity::error, nq::DiagCode::too_large, "", "holds no .json file"}, kNoDocuments});
        }
        if (!folder.problems.empty()) report(folder);
        for (const std::string& file : found) report(check_file(file, json));
    }

    size_t invalid = totals.files - totals.ok;
    if (json) {
        nq::Json out = {{"files", files},
                                      {"summary", {{"files", totals.files}, {"ok", totals.ok}, {"invalid", invalid},
                                                   {"errors", totals.errors}, {"warnings", totals.warnings}}}};
        std::printf("%s\n", nq::json_dump(out).c_str());
    } else if (totals.files > 1 || folder_given) {
        std::printf("%s: %zu ok, %zu invalid; %s, %s\n", counted(totals.files, "file", "files").c_str(), totals.ok, invalid,
                    counted(totals.errors, "error", "errors").c_str(), counted(totals.warnings, "warning", "warnings").c_str());
    }
    return invalid > 0 ? 1 : 0;
}

}  // namespace

NQ_COMMAND(validate, "validate [--json] PATH...",
           "check newsquiz/1 documents (files, or folders of *.json); exit 1 if any is invalid", run_validate);
