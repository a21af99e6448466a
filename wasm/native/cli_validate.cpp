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

// [SECTION] Where a value is in the text
// One scan of the text records the place of every value a pointer names (and of each of its
// containers), descending only where a wanted pointer leads.
class Locator {
public:
    Locator(std::string_view text, const std::vector<std::string>& pointers) : text_(text) {
        for (const std::string& p : pointers) {
            wanted_.insert(p);
            for (size_t slash = p.find('/', 1); slash != std::string::npos; slash = p.find('/', slash + 1)) leads_.insert(p.substr(0, slash));
            if (!p.empty()) leads_.insert("");
        }
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
        skip_space();
        value("", i_);
        line_starts_.push_back(0);
        for (size_t k = 0; k < text_.size(); ++k)
            if (text_[k] == '\n') line_starts_.push_back(k + 1);
    }

    // The 1-based line and column (code points; a BOM takes none) of the value at `pointer`, or
    // of its nearest container in the text. occurrence 1 is the second member of that name.
    void place(const std::string& pointer, size_t occurrence, int& line, int& column) const {
        std::string p = pointer;
        for (;;) {
            auto found = places_.find(p);
            if (found != places_.end()) {
                size_t offset = found->second[std::min(occurrence, found->second.size() - 1)];
                to_line_column(offset, line, column);
                return;
            }
            if (p.empty()) break;
            p.erase(p.rfind('/'));
            occurrence = 0;
        }
        to_line_column(0, line, column);
    }

private:
    std::string_view text_;
    size_t i_ = 0;
    std::set<std::string> wanted_, leads_;
    std::map<std::string, std::vector<size_t>> places_;
    std::vector<size_t> line_starts_;

    void to_line_column(size_t offset, int& line, int& column) const {
        size_t index = size_t(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin()) - 1;
        std::string_view before = text_.substr(line_starts_[index], offset - line_starts_[index]);
        if (index == 0 && before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
        line = int(index) + 1;
        column = int(nq::utf8_length(before)) + 1;
    }

    bool at(char c) const { return i_ < text_.size() && text_[i_] == c; }
    void skip_space() {
        while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r')) ++i_;
    }
    // From an opening quote to past the closing one.
    void skip_string() {
        for (++i_; i_ < text_.size() && text_[i_] != '"'; ++i_)
            if (text_[i_] == '\\') ++i_;
        ++i_;
    }
    void skip_value() {
        int depth = 0;
        do {
            if (i_ >= text_.size()) return;
            char c = text_[i_];
            if (c == '"') {
                skip_string();
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            else if (c == '}' || c == ']') --depth;
            else if (depth == 0) {  // a number or a literal
                while (i_ < text_.size() && !std::strchr(",]} \t\r\n", text_[i_])) ++i_;
                return;
            }
            ++i_;
        } while (depth > 0);
    }
    // The member name that starts at `from` (a quote), unescaped.
    std::string key(size_t from, size_t to) const {
        std::string_view raw = text_.substr(from + 1, to - from - 2);
        if (raw.find('\\') == std::string_view::npos) return std::string(raw);
        nlohmann::ordered_json decoded;
        nq::Diagnostic ignored;
        return nq::json_parse(text_.substr(from, to - from), decoded, ignored) && decoded.is_string() ? decoded.get<std::string>() : "";
    }

    // The value at i_, named `pointer`, whose place is `where` (its member name, for a member).
    void value(const std::string& pointer, size_t where) {
        if (wanted_.count(pointer) || leads_.count(pointer)) places_[pointer].push_back(where);
        bool object = at('{'), array = at('[');
        if (!leads_.count(pointer) || (!object && !array)) return skip_value();
        ++i_;
        for (int index = 0;; ++index) {
            skip_space();
            if (i_ >= text_.size() || at('}') || at(']')) break;
            if (object) {
                size_t name = i_;
                if (!at('"')) return;
                skip_string();
                std::string child = pointer + "/" + nq::json_pointer_escape(key(name, i_));
                skip_space();
                if (!at(':')) return;
                ++i_;
                skip_space();
                value(child, name);
            } else {
                value(pointer + "/" + std::to_string(index), i_);
            }
            skip_space();
            if (!at(',')) break;
            ++i_;
        }
        ++i_;
    }
};

// Gives every diagnostic the reader did not place a line and a column.
void locate(std::string_view text, std::vector<Problem>& problems) {
    std::vector<std::string> pointers;
    for (const Problem& p : problems)
        if (p.diagnostic.line == 0) pointers.push_back(p.diagnostic.pointer);
    if (pointers.empty()) return;
    Locator where(text, pointers);
    std::map<std::string, size_t> repeats;  // duplicate_key: the k-th names the (k+1)-th member of that name
    for (Problem& p : problems) {
        nq::Diagnostic& d = p.diagnostic;
        if (d.line != 0) continue;
        size_t occurrence = d.code == nq::DiagCode::duplicate_key ? ++repeats[d.pointer] : 0;
        where.place(d.pointer, occurrence, d.line, d.column);
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

nlohmann::ordered_json file_json(const FileReport& f, size_t errors, size_t warnings) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Problem& p : f.problems) {
        const nq::Diagnostic& d = p.diagnostic;
        bool placed = d.line > 0;
        list.push_back({{"severity", nq::severity_name(d.severity)},
                        {"code", p.code ? p.code : nq::diag_code_name(d.code)},
                        {"pointer", d.pointer},
                        {"line", placed ? nlohmann::ordered_json(d.line) : nlohmann::ordered_json()},
                        {"column", placed ? nlohmann::ordered_json(d.column) : nlohmann::ordered_json()},
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
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
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
        nlohmann::ordered_json out = {{"files", files},
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
