// `newsquiz convert --from gift|aiken|moodle-xml|opentdb IN [-o OUT]` (interfaces.md §6):
// a quiz written for another tool -> a newsquiz/1 document (import/import.h does the work).
//
//   IN:LINE:COLUMN: error: message      (the input is malformed: nothing is written)
//   IN:LINE: warning: message           (what newsquiz cannot keep, by line of the input)
//   IN: warning: message                (the article's fields left for the author)
//
// The document goes to stdout, or to OUT. It always loads with `newsquiz validate`'s loader.
// Exit 0 converted (warnings allowed), 1 bad input, 2 usage (a bad flag value too).
#include <cstdio>
#include <ctime>

#include "cli.h"
#include "document.h"
#include "import.h"

namespace {

const char kUsage[] =
    "convert --from gift|aiken|moodle-xml|opentdb IN [-o OUT.json] [--id ID] [--headline TEXT] "
    "[--date YYYY-MM-DD|today] [--lang TAG] [--url URL] [--dek TEXT]";

void print_help() {
    std::printf(
        "usage: newsquiz %s\n\n"
        "Converts a quiz from another format to a newsquiz/1 document, printed or written to OUT.json.\n"
        "IN may be - for standard input.\n\n"
        "  --from FORMAT     gift (Moodle GIFT), aiken, moodle-xml (Moodle XML), opentdb (Open Trivia DB JSON)\n"
        "  -o, --output OUT  write the document to OUT instead of standard output\n"
        "  --id ID           the article's id (default: made from IN's file name)\n"
        "  --headline TEXT   the article's headline (default: the first category, or the file name)\n"
        "  --date DATE       the article's date, YYYY-MM-DD or today (default: the placeholder 1970-01-01)\n"
        "  --lang TAG        the document's language, e.g. en or es\n"
        "  --url URL         the article's https:// address\n"
        "  --dek TEXT        the article's sub-headline\n\n"
        "What cannot be kept is a warning on standard error naming its line in IN (IN:LINE: warning: ...);\n"
        "the article's fields left for the author are warnings too. Exit 0 converted, 1 bad input, 2 usage.\n",
        kUsage);
}

// The local date as YYYY-MM-DD, for --date today.
std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

// "quizzes/capitals.gift" -> "capitals"
std::string file_stem(const std::string& path) {
    size_t slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    size_t dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Standard input, whole, refusing more than max_bytes (read_file wants a file it can open).
bool read_stdin(size_t max_bytes, std::string& out, std::string& error) {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
        out.append(buf, n);
        if (out.size() > max_bytes) {
            error = "is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB";
            return false;
        }
    }
    if (std::ferror(stdin)) {
        error = "cannot read standard input";
        return false;
    }
    return true;
}

struct Flag {
    const char* name;
    const char* pointer;  // where its value lands in the document
    std::string nq::ArticleSkeleton::*field;
};

const Flag kFlags[] = {
    {"--id", "/article/id", &nq::ArticleSkeleton::id},
    {"--headline", "/article/headline", &nq::ArticleSkeleton::headline},
    {"--date", "/article/date", &nq::ArticleSkeleton::date},
    {"--lang", "/lang", &nq::ArticleSkeleton::lang},
    {"--url", "/article/url", &nq::ArticleSkeleton::url},
    {"--dek", "/article/dek", &nq::ArticleSkeleton::dek},
};

int run_convert(const nq::cli::Args& args) {
    std::string in_path, out_path, from;
    nq::ImportOptions options;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            print_help();
            return 0;
        }
        const Flag* flag = nullptr;
        for (const Flag& f : kFlags)
            if (a == f.name) flag = &f;
        if (flag && has_value) {
            options.article.*(flag->field) = args[++i];
            if (options.article.*(flag->field) == "") return nq::cli::usage_error("convert", std::string(flag->name) + " takes a value");
        } else if (a == "--from" && has_value) {
            from = args[++i];
        } else if ((a == "-o" || a == "--output") && has_value) {
            out_path = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return nq::cli::usage_error("convert", "unknown or incomplete option '" + a + "'");
        } else if (in_path.empty()) {
            in_path = a;
        } else {
            return nq::cli::usage_error("convert", "one IN only");
        }
    }
    nq::ImportFormat format;
    if (from.empty() || in_path.empty()) return nq::cli::usage_error("convert", "--from and IN are required");
    if (!nq::import_format_from_name(from, format))
        return nq::cli::usage_error("convert", "--from takes gift, aiken, moodle-xml or opentdb, got '" + from + "'");
    if (options.article.date == "today") options.article.date = today();
    options.article.fallback_id = in_path == "-" ? "" : file_stem(in_path);
    options.article.fallback_headline = options.article.fallback_id;

    std::string text, error;
    bool read = in_path == "-" ? read_stdin(nq::kMaxDocumentBytes, text, error)
                               : nq::cli::read_file(in_path, nq::kMaxDocumentBytes, text, error);
    if (!read) {
        std::fprintf(stderr, "%s: error: %s\n", in_path.c_str(), error.c_str());
        return 1;
    }
    nq::ImportResult r = nq::import_quiz(format, text, options);
    // A flag whose value the document cannot take is a usage error, told in the flag's name.
    for (const nq::ImportDiagnostic& d : r.diagnostics) {
        if (d.code != nq::ImportCode::invalid_output || d.severity != nq::Severity::error) continue;
        for (const Flag& f : kFlags)
            if (d.pointer == f.pointer && !(options.article.*(f.field)).empty())
                return nq::cli::usage_error("convert", std::string(f.name) + " " + (options.article.*(f.field)) + ": " + d.message);
    }
    for (const nq::ImportDiagnostic& d : r.diagnostics)
        std::fprintf(stderr, "%s:%s%s\n", in_path.c_str(), d.line > 0 ? "" : " ", nq::import_diagnostic_to_string(d).c_str());
    if (!r.ok) return 1;
    if (out_path.empty()) {
        std::fwrite(r.json.data(), 1, r.json.size(), stdout);
        return 0;
    }
    FILE* out = std::fopen(out_path.c_str(), "wb");
    bool written = out && std::fwrite(r.json.data(), 1, r.json.size(), out) == r.json.size();
    if (out && std::fclose(out) != 0) written = false;
    if (!written) {
        std::fprintf(stderr, "%s: error: cannot write the file\n", out_path.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

NQ_COMMAND(convert, kUsage, "convert a GIFT, Aiken, Moodle XML or Open Trivia DB quiz to newsquiz/1; convert --help for more",
           run_convert);
