// `newsquiz play DOC [--seed N] [--progress FILE [--today N]]` (interfaces.md §6): takes
// the quiz in the terminal.
//
// It drives the same nq::App as the widget (same draw, scoring and feedback) through
// intents, reading one line of stdin per answer. Output is plain text and, for a given
// seed, the same on every run; when stdin is not a terminal each answer is echoed so that
// a transcript reads as a dialogue. End of input finishes the attempt (unanswered questions
// score 0) and still prints the results.
//
// With --progress FILE the reader's progress store lives in FILE, as it lives in
// localStorage for the widget: questions due from earlier articles are offered before the
// quiz, the results say what changed in each topic, and the store is saved by writing
// FILE.tmp and renaming it over FILE, so an interrupted run leaves the old store whole;
// a damaged store is kept as FILE.bak before its repaired version replaces it.
//
// Index of this file:
// [SECTION] Arguments
// [SECTION] Terminal
// [SECTION] The progress file
// [SECTION] Printing the view
// [SECTION] Reading answers
// [SECTION] The attempt
// [SECTION] Progress and review
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "app.h"
#include "cli.h"
#include "codec.h"
#include "view.h"

namespace {

// [SECTION] Arguments
constexpr const char* kPlayHelp =
    "usage: newsquiz play DOC [--seed N] [--progress FILE [--today N]]\n"
    "\n"
    "Takes DOC's quiz in the terminal, one answer per line of stdin, scored as the widget\n"
    "scores it. End of input finishes the attempt.\n"
    "\n"
    "  --seed N         the draw (questions picked, choice order); printed, to repeat a run\n"
    "  --progress FILE  keeps the reader's progress in FILE (created when missing): every\n"
    "                   finished attempt, spaced-review cards, topic mastery and the streak.\n"
    "                   When questions from earlier articles are due, play offers them first\n"
    "                   (type r to review them, Enter for the article's quiz); after the\n"
    "                   results it shows the progress screen (streak, topics, recent\n"
    "                   scores). A damaged store is repaired and the damaged file kept as\n"
    "                   FILE.bak; one written by a newer newsquiz is refused and left as\n"
    "                   it is.\n"
    "  --today N        the reader's day, in days since 1970-01-01 (default: today on the\n"
    "                   local clock)\n";

constexpr int kMaxToday = 1000000;  // the progress store's range of day numbers

struct PlayOptions {
    std::string doc_path;
    uint64_t seed = 0;  // from the clock unless --seed
    std::string progress_path;  // "" = no progress kept
    int today = -1;             // -1 = from the local clock
};

bool parse_seed(const std::string& text, uint64_t& out) {
    if (text.empty() || text.size() > 20) return false;
    uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        uint64_t digit = uint64_t(c - '0');
        if (value > (UINT64_MAX - digit) / 10) return false;
        value = value * 10 + digit;
    }
    out = value;
    return true;
}

// Whether args[i] is `--name VALUE` or `--name=VALUE`; then value is VALUE ("" when
// missing) and i is on the last argument taken.
bool option_value(const nq::cli::Args& args, size_t& i, const std::string& name, std::string& value) {
    const std::string& a = args[i];
    if (a == name) {
        value = i + 1 < args.size() ? args[++i] : "";
        return true;
    }
    if (a.rfind(name + "=", 0) != 0) return false;
    value = a.substr(name.size() + 1);
    return true;
}

// Returns 0, or the exit code of a usage error already reported (or -1 after --help).
int parse_args(const nq::cli::Args& args, PlayOptions& options) {
    bool seed_given = false;
    std::string value;
    for (size_t i = 0; i < args.size(); i++) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::printf("%s", kPlayHelp);
            return -1;
        } else if (option_value(args, i, "--seed", value)) {
            if (!parse_seed(value, options.seed))
                return nq::cli::usage_error("play", "--seed needs a whole number from 0 to 18446744073709551615");
            seed_given = true;
        } else if (option_value(args, i, "--progress", value)) {
            if (value.empty()) return nq::cli::usage_error("play", "--progress needs a FILE");
            options.progress_path = value;
        } else if (option_value(args, i, "--today", value)) {
            uint64_t day = 0;
            if (!parse_seed(value, day) || day > kMaxToday)
                return nq::cli::usage_error("play", "--today needs a whole number of days from 0 to 1000000");
            options.today = int(day);
        } else if (a.size() > 1 && a[0] == '-') {
            return nq::cli::usage_error("play", "unknown option '" + a + "'");
        } else if (!options.doc_path.empty()) {
            return nq::cli::usage_error("play", "only one DOC at a time");
        } else {
            options.doc_path = a;
        }
    }
    if (options.doc_path.empty()) return nq::cli::usage_error("play", "no DOC given");
    if (options.today >= 0 && options.progress_path.empty())
        return nq::cli::usage_error("play", "--today only applies with --progress");
    if (!seed_given)
        options.seed = uint64_t(std::chrono::system_clock::now().time_since_epoch().count()) % 1000000000u;
    return 0;
}

// [SECTION] Terminal
constexpr size_t kMaxLineBytes = 64 * 1024;

struct Terminal {
    bool echo = false;   // stdin is not a terminal: show what was read
    bool ended = false;  // the end of input was reached
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    double started_ms = double(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());

    // Epoch milliseconds (attempts and cards are stamped with them), steady from the start.
    double now_ms() const {
        return started_ms + std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    }

    // Prints the prompt and reads one line without its end; false at end of input. A line
    // over the limit comes back as "\n" (which no answer accepts) after the rest is skipped.
    bool ask(const std::string& prompt, std::string& line) {
        std::printf("%s", prompt.c_str());
        std::fflush(stdout);
        line.clear();
        bool too_long = false;
        int c;
        while ((c = std::getchar()) != EOF && c != '\n') {
            if (line.size() < kMaxLineBytes) line += char(c);
            else too_long = true;
        }
        if (c == EOF && line.empty()) {
            std::printf("\n");
            ended = true;
            return false;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (echo) std::printf("%s\n", too_long ? "(a line too long)" : line.c_str());
        if (too_long) line = "\n";
        return true;
    }
};

// [SECTION] The progress file
std::string fresh_learner_id() {  // 128 random bits as hex, like the loader's
    std::random_device random;
    std::string id;
    for (int i = 0; i < 4; i++) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", unsigned(random()));
        id += part;
    }
    return id;
}

int local_day_now() {  // days since 1970-01-01 in the local time zone
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return int((int64_t(now) + local.tm_gmtoff) / 86400);
}

// Loads the store in `path` (a missing file is a new store); warnings go to stderr. Returns
// 0, or 1 after reporting a file it must not replace: one it cannot read, or one written
// by a newer newsquiz. `damaged`: the file was not read whole, so it is kept before a save.
int load_progress(const std::string& path, nq::ProgressStore& store, bool& damaged) {
    std::string text, error;
    struct stat info;
    bool too_large = false;
    if (stat(path.c_str(), &info) != 0) {
        if (errno != ENOENT) error = std::string("cannot open the file: ") + std::strerror(errno);
    } else if (!S_ISREG(info.st_mode)) {
        error = "is not a regular file";
    } else if (!nq::cli::read_file(path, nq::kProgressMaxInputBytes, text, error)) {
        too_large = error.rfind("is larger", 0) == 0;  // not a store of ours: replaced, as a corrupt one
        if (too_large) error.clear();
        text.clear();
    }
    if (!error.empty()) {
        std::fprintf(stderr, "%s: error: %s\n", path.c_str(), error.c_str());
        return 1;
    }
    nq::ProgressLoad loaded = nq::progress_load(text, fresh_learner_id());
    if (too_large) loaded.warnings.insert(loaded.warnings.begin(), {nq::ProgressCode::too_large, ""});
    for (const nq::ProgressIssue& w : loaded.warnings) {
        if (w.code == nq::ProgressCode::newer_version) {
            std::fprintf(stderr,
                         "%s: error: this progress store was written by a newer newsquiz; it is left as it is "
                         "(update newsquiz, or give another --progress FILE)\n",
                         path.c_str());
            return 1;
        }
    }
    for (const nq::ProgressIssue& w : loaded.warnings) std::fprintf(stderr, "%s\n", nq::progress_issue_to_string(w).c_str());
    damaged = !loaded.warnings.empty();
    store = std::move(loaded.store);
    return 0;
}

std::string backup_path(const std::string& path) { return path + ".bak"; }

// Gives the damaged store a second name, FILE.bak (an older FILE.bak goes), so that the save
// that follows replaces FILE and the reader can still recover what was dropped from it.
bool keep_damaged(const std::string& path, std::string& error) {
    std::string bak = backup_path(path);
    if (std::remove(bak.c_str()) != 0 && errno != ENOENT) {
        error = "cannot replace " + bak + ": " + std::strerror(errno);
        return false;
    }
    if (link(path.c_str(), bak.c_str()) == 0) return true;
    error = "cannot keep the damaged store as " + bak + ": " + std::strerror(errno);
    return false;
}

std::string temporary_path(const std::string& path) { return path + ".tmp"; }

// Creates FILE.tmp beside FILE (emptying one an interrupted run left), or says why it cannot.
FILE* create_temporary(const std::string& path, std::string& error) {
    FILE* f = std::fopen(temporary_path(path).c_str(), "wb");
    if (!f) error = "cannot create " + temporary_path(path) + ": " + std::strerror(errno);
    return f;
}

// Whether the store can be saved. Checked before the quiz, so that a reader does not
// answer ten questions to learn that their progress is lost.
bool check_writable(const std::string& path, std::string& error) {
    FILE* f = create_temporary(path, error);
    if (!f) return false;
    std::fclose(f);
    std::remove(temporary_path(path).c_str());
    return true;
}

// Writes FILE.tmp, flushes it to the disk, then renames it over FILE: FILE is always
// either the old store or the new one, whole.
bool save_progress(const std::string& path, const std::string& text, std::string& error) {
    std::string tmp = temporary_path(path);
    FILE* f = create_temporary(path, error);
    if (!f) return false;
    bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size() && std::fflush(f) == 0 &&
                   fsync(fileno(f)) == 0;
    int write_error = errno;
    if (std::fclose(f) != 0 && written) {
        written = false;
        write_error = errno;
    }
    if (written && std::rename(tmp.c_str(), path.c_str()) == 0) return true;
    if (written) write_error = errno;
    error = std::string(written ? "cannot replace the file with " : "cannot write ") + tmp + ": " +
            std::strerror(write_error);
    std::remove(tmp.c_str());
    return false;
}


// [SECTION] Printing the view
// Each screen is printed from the view the canvas and the HTML version draw (core/view.h): its
// words, what the reader picked, the marks once feedback shows and the buttons it offers, in
// lines a test can read back (tests/agreement/).
std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string letter(size_t i) { return std::string(1, char('A' + i)); }

void line(const std::string& text) {
    if (!text.empty()) std::printf("%s\n", text.c_str());
}

// " (right)", " (partly right)", " (wrong)"; nothing for an unmarked or merely picked piece.
std::string mark_suffix(nq::Mark mark) {
    switch (mark) {
        case nq::Mark::right: return " (right)";
        case nq::Mark::partly: return " (partly right)";
        case nq::Mark::wrong: return " (wrong)";
        case nq::Mark::none:
        case nq::Mark::picked: return "";
    }
    return "";
}

// Buttons: [Next] [Try again] ...; one the reader cannot use yet says so.
void print_buttons(const nq::View& v) {
    if (v.buttons.empty()) return;
    std::string out = "Buttons:";
    for (const nq::ViewButton& b : v.buttons) out += " [" + b.label + (b.disabled ? " (unavailable)" : "") + "]";
    line(out);
}

void print_article(const nq::View& v) {
    const nq::ViewArticle& a = v.article;
    line(a.date);
    line(a.headline);
    auto chips = [](const std::string& label, const std::vector<nq::ViewChip>& list) {
        std::string out;
        for (const nq::ViewChip& c : list) out += (out.empty() ? "" : " · ") + c.text;
        if (!out.empty()) std::printf("%s: %s\n", label.c_str(), out.c_str());
    };
    chips(a.sources_label, a.sources);  // the sources, then the dek, as the article shows them
    line(a.dek);
    chips(a.topics_label, a.topics);
    if (a.quiz) {
        std::printf("\n");
        line(a.quiz_title);
        line(a.cta);
        line(a.your_score);
        line(a.best);
    }
    print_buttons(v);
    if (a.actions_title.empty()) return;
    std::printf("\n");
    line(a.actions_title);
    for (const nq::ViewAction& act : v.actions) {
        std::string text;
        for (const nq::Span& span : act.spans) text += span.text;
        std::printf("  %s. %s%s\n", act.number.c_str(), text.c_str(), act.done ? (" (" + act.done_word + ")").c_str() : "");
    }
}

// The question, its choices numbered in display order with what the reader picked and, once
// feedback shows, their marks; then the feedback itself.
void print_question(const nq::View& v) {
    const nq::ViewQuestion& q = v.question;
    std::printf("\n");
    line(q.counter);
    line(q.time_left);
    line(q.from);
    line(q.prompt);
    line(q.hint);
    for (size_t i = 0; i < q.choices.size(); i++) {
        const nq::ViewChoice& c = q.choices[i];
        std::printf("  %zu. [%s] %s%s\n", i + 1, c.picked ? "x" : " ", c.text.c_str(), mark_suffix(c.mark).c_str());
        if (!c.note.empty()) std::printf("       %s\n", c.note.c_str());
    }
    if (q.locked && !q.field.item.empty())
        std::printf("%s: %s%s%s\n", q.field.label.c_str(), q.field.value.c_str(),
                    q.field.unit.empty() ? "" : (" " + q.field.unit).c_str(), mark_suffix(q.field.mark).c_str());
    for (size_t i = 0; i < q.items.size(); i++)
        std::printf("  %zu. %s%s\n", i + 1, q.items[i].text.c_str(), mark_suffix(q.items[i].mark).c_str());
    for (size_t i = 0; i < q.rows.size(); i++)
        std::printf("  %s. %s → %s%s\n", letter(i).c_str(), q.rows[i].left.c_str(), q.rows[i].shown.c_str(),
                    mark_suffix(q.rows[i].mark).c_str());
    if (!q.rows.empty() && !q.locked) {
        std::printf("  to choose from:\n");
        for (size_t i = 0; i < q.options.size(); i++) std::printf("  %zu. %s\n", i + 1, q.options[i].text.c_str());
    }
    if (q.feedback) {
        const nq::ViewFeedback& f = *q.feedback;
        std::printf("%s · %s\n", f.title.c_str(), f.points.c_str());
        for (const std::string& note : f.notes) line(note);
        if (!f.solution.empty()) std::printf("%s: %s\n", f.solution_label.c_str(), f.solution.c_str());
        line(f.explanation);
    }
    print_buttons(v);
}

void print_results(const nq::View& v) {
    const nq::ViewResults& r = v.results;
    std::printf("\n");
    line(r.title);
    std::printf("%s · %s\n", r.percent_text.c_str(), r.score_text.c_str());
    line(r.status);
    line(r.timed_out);
    line(r.band);
    if (!r.changes.empty()) {
        line(r.changes_title);
        for (const nq::ViewChange& c : r.changes) std::printf("  %s\n", c.text.c_str());
    }
    print_buttons(v);
    std::printf("\n");
    line(r.review_title);
    for (const nq::ViewReviewRow& row : r.rows) {
        line(row.head);
        line(row.prompt);
        std::printf("%s: %s\n", row.answer_label.c_str(), row.answer.c_str());
        if (!row.solution.empty()) std::printf("%s: %s\n", row.solution_label.c_str(), row.solution.c_str());
        line(row.explanation);
    }
}

void print_progress(const nq::View& v) {
    const nq::ViewProgress& p = v.progress;
    std::printf("\n");
    line(p.title);
    line(p.empty);
    line(p.streak);
    line(p.totals);
    line(p.nothing_due);
    if (!p.topics.empty()) {
        line(p.topics_title);
        for (const nq::ViewTopic& t : p.topics) std::printf("  %s (%s)\n", t.label.c_str(), t.figure.c_str());
    }
    if (!p.recent.empty()) line(p.chart);
    print_buttons(v);
}

nq::View view_now(const nq::App& app, const Terminal& term) { return nq::app_view(app, {"", term.now_ms()}); }

void print_screen(const nq::App& app, const Terminal& term) {
    nq::View v = view_now(app, term);
    switch (v.screen) {
        case nq::Screen::article: print_article(v); break;
        case nq::Screen::question: print_question(v); break;
        case nq::Screen::results: print_results(v); break;
        case nq::Screen::progress: print_progress(v); break;
        case nq::Screen::review:
        case nq::Screen::actions:
        case nq::Screen::error: break;  // play never goes there
    }
}

// [SECTION] Reading answers
// Whole numbers from 1 to n separated by commas or white space; false on anything else.
bool parse_numbers(const std::string& line, size_t n, std::vector<size_t>& out) {
    out.clear();
    size_t i = 0;
    while (i < line.size()) {
        char c = line[i];
        if (c == ',' || c == ' ' || c == '\t') {
            i++;
            continue;
        }
        size_t value = 0, digits = 0;
        for (; i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 4; i++, digits++) value = value * 10 + size_t(line[i] - '0');
        bool ends = i == line.size() || line[i] == ',' || line[i] == ' ' || line[i] == '\t';
        if (digits == 0 || !ends || value < 1 || value > n) return false;
        out.push_back(value);
    }
    return true;
}

struct Reading {
    std::string prompt;  // what to type
    std::string hint;    // said again after input it cannot read
};

Reading reading_for(const nq::Question& q) {
    std::string n = std::to_string(q.type == nq::QuestionType::match ? q.pairs.size()
                                   : q.type == nq::QuestionType::order ? q.items.size()
                                                                         : q.choices.size());
    switch (q.type) {
        case nq::QuestionType::single:
            return {"Your answer (a number from 1 to " + n + "): ", "Please type one number from 1 to " + n + "."};
        case nq::QuestionType::multiple:
            return {"Your answers (numbers from 1 to " + n + ", separated by commas or spaces): ",
                    "Please type one or more numbers from 1 to " + n + ", separated by commas or spaces."};
        case nq::QuestionType::true_false:
            return {"True or false (t/f): ", "Please type t or f (or true or false, 1 or 2)."};
        case nq::QuestionType::numeric:
            return {"Your answer (a number" + (q.unit.empty() ? "" : ", in " + q.unit) + "): ",
                    "Please type a number, such as 3 or -2.5."};
        case nq::QuestionType::text: return {"Your answer: ", "Please type an answer."};
        case nq::QuestionType::order:
            return {"Your order (the " + n + " numbers, first to last; Enter keeps it as shown): ",
                    "Please type each number from 1 to " + n + " once, in the right order."};
        case nq::QuestionType::match:
            return {"Your matches (for A to " + letter(q.pairs.size() - 1) + " in turn, the number of its match): ",
                    "Please type " + n + " numbers from 1 to " + n + ", one for each of A to " + letter(q.pairs.size() - 1) + "."};
    }
    return {"", ""};
}

// The response a line means for this question (display numbers mapped through record.order).
bool parse_response(const nq::Question& q, const nq::QuestionRecord& r, const std::string& line, nq::Response& out) {
    out = nq::Response();
    out.answered = true;
    std::vector<size_t> numbers;
    switch (q.type) {
        case nq::QuestionType::single:
            if (!parse_numbers(line, q.choices.size(), numbers) || numbers.size() != 1) return false;
            out.ids = {q.choices[size_t(r.order[numbers[0] - 1])].id};
            break;
        case nq::QuestionType::multiple:
            if (!parse_numbers(line, q.choices.size(), numbers)) return false;
            for (size_t i = 1; i <= q.choices.size(); i++)  // display order, each once
                if (std::count(numbers.begin(), numbers.end(), i)) out.ids.push_back(q.choices[size_t(r.order[i - 1])].id);
            break;
        case nq::QuestionType::true_false: {  // t/f, true/false, or the tile's number (1 True, 2 False)
            std::string t = trim(line);
            std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            if (t != "t" && t != "true" && t != "1" && t != "f" && t != "false" && t != "2") return false;
            out.boolean = t[0] == 't' || t == "1";
            break;
        }
        case nq::QuestionType::numeric:
        case nq::QuestionType::text: out = nq::response_from_text(q, line); break;
        case nq::QuestionType::order: {
            size_t n = q.items.size();
            if (trim(line).empty()) {  // Enter: the order as it stands (submit takes it)
                out.ids = nq::app_order_shown(q, r);
                return true;
            }
            if (!parse_numbers(line, n, numbers) || numbers.size() != n) return false;
            std::vector<size_t> sorted = numbers;
            std::sort(sorted.begin(), sorted.end());
            if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) return false;
            for (size_t k : numbers) out.ids.push_back(q.items[size_t(r.order[k - 1])].id);
            break;
        }
        case nq::QuestionType::match: {
            size_t n = q.pairs.size();
            if (!parse_numbers(line, n, numbers) || numbers.size() != n) return false;
            for (size_t i = 0; i < n; i++) out.matches.push_back({q.pairs[i].id, q.pairs[size_t(r.order[numbers[i] - 1])].id});
            break;
        }
    }
    return nq::response_answered(q, out);
}

// [SECTION] The attempt
// Asks until the reader gives an answer the question accepts; false at end of input.
bool read_response(Terminal& term, const nq::App& app, nq::Response& response) {
    const nq::Question& q = *nq::app_current_question(app);
    Reading reading = reading_for(q);
    std::string text;
    for (;;) {
        if (!term.ask(reading.prompt, text)) return false;
        if (parse_response(q, *nq::app_current_record(app), text, response)) return true;
        std::printf("%s\n", reading.hint.c_str());
    }
}

// Question after question until the results; end of input finishes the attempt. `start`:
// the article's quiz (start_quiz) or the questions due from earlier articles (start_review).
void play_questions(nq::App& app, Terminal& term, nq::IntentKind start) {
    nq::app_apply(app, {start}, term.now_ms());
    while (app.screen == nq::Screen::question) {
        print_screen(app, term);
        nq::Response response;
        if (!read_response(term, app, response)) {
            std::printf("End of input: the attempt ends here.\n");
            nq::app_apply(app, {nq::IntentKind::finish}, term.now_ms());
            break;
        }
        nq::app_apply(app, {nq::IntentKind::answer, response}, term.now_ms());
        nq::app_apply(app, {nq::IntentKind::submit}, term.now_ms());
        if (app.session.timed_out) {
            std::printf("Time is up: answers after the limit do not count.\n");
            break;
        }
        if (app.session.phase == nq::Phase::feedback) {
            print_screen(app, term);
            nq::app_apply(app, {nq::IntentKind::next}, term.now_ms());
        }
    }
    print_screen(app, term);  // the results
}

// [SECTION] Progress and review
// Offers the questions due from earlier articles before the quiz, as the card's button does;
// true when the reader takes them.
bool offer_review(const nq::App& app, Terminal& term) {
    nq::View v = view_now(app, term);
    auto review = std::find_if(v.buttons.begin(), v.buttons.end(), [](const nq::ViewButton& b) { return b.id == "review-due"; });
    if (review == v.buttons.end()) return false;
    std::string text;
    while (term.ask("Type r for \"" + review->label + "\", or press Enter for the article's quiz: ", text)) {
        std::string answer = trim(text);
        if (answer == "r" || answer == "R") return true;
        if (answer.empty()) return false;
        std::printf("Please type r, or press Enter.\n");
    }
    return false;
}

int run_play(const nq::cli::Args& args) {
    PlayOptions options;
    if (int usage = parse_args(args, options)) return usage < 0 ? 0 : usage;

    std::string text, error;
    if (!nq::cli::read_file(options.doc_path, nq::kMaxDocumentBytes, text, error)) {
        std::fprintf(stderr, "%s: error: %s\n", options.doc_path.c_str(), error.c_str());
        return 1;
    }
    Terminal term;
    term.echo = !isatty(fileno(stdin));
    nq::AppOptions app_options;
    app_options.seed = options.seed;
    app_options.now_ms = term.now_ms();
    const std::string& progress_path = options.progress_path;
    bool keep = !progress_path.empty(), damaged = false;
    if (keep) {
        if (int failed = load_progress(progress_path, app_options.progress, damaged)) return failed;
        if (!check_writable(progress_path, error)) {
            std::fprintf(stderr, "%s: error: %s\n", progress_path.c_str(), error.c_str());
            return 1;
        }
        app_options.today = options.today >= 0 ? options.today : local_day_now();
    }
    nq::App app = nq::app_open(text, app_options);
    if (app.screen == nq::Screen::error) {
        for (const nq::Diagnostic& d : app.loaded.diagnostics)
            if (d.severity == nq::Severity::error)
                std::fprintf(stderr, "%s: %s\n", options.doc_path.c_str(), nq::diagnostic_to_string(d).c_str());
        return 1;
    }

    print_screen(app, term);
    if (app.session.records.empty()) return 0;  // a card without a quiz
    std::printf("Seed %llu: add --seed %llu to take this same draw again.\n", (unsigned long long)options.seed,
                (unsigned long long)options.seed);
    bool quiz = true;
    if (keep && offer_review(app, term)) {
        play_questions(app, term, nq::IntentKind::start_review);
        nq::app_apply(app, {nq::IntentKind::show_article}, term.now_ms());
        quiz = !term.ended;  // the input ended during the review: no attempt at the quiz
    }
    if (quiz) play_questions(app, term, nq::IntentKind::start_quiz);
    if (keep) {  // the reader's progress across articles, as the progress screen shows it
        nq::app_apply(app, {nq::IntentKind::show_progress}, term.now_ms());
        print_screen(app, term);
    }
    if (!keep || !app.progress_changed) return 0;
    if (damaged && !keep_damaged(progress_path, error)) {
        std::fprintf(stderr, "%s: error: progress not saved: %s\n", progress_path.c_str(), error.c_str());
        return 1;
    }
    if (damaged) std::printf("\nThe damaged store is kept as %s.", backup_path(progress_path).c_str());
    if (!save_progress(progress_path, nq::progress_save(app.progress), error)) {
        std::fprintf(stderr, "%s: error: progress not saved: %s\n", progress_path.c_str(), error.c_str());
        return 1;
    }
    std::printf("\nProgress saved in %s.\n", progress_path.c_str());
    return 0;
}

}  // namespace

NQ_COMMAND(play, "play DOC [--seed N] [--progress FILE [--today N]]",
           "take the quiz in the terminal (stdin/stdout), as the widget scores it; play --help for more", run_play);
