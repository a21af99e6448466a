// cli.h: the native harness `newsquiz` (interfaces.md §6): one file per command.
//
// A command registers itself, so adding one touches no other file:
//
//   static int run_validate(const nq::cli::Args& args) { ... return 0; }
//   NQ_COMMAND(validate, "validate FILE...", "check documents", run_validate);
//
// Exit codes: 0 success, 1 invalid input (a document, answers, a progress file), 2 usage.
// Every command answers --help (or -h) on stdout with exit 0:
//
//   if (nq::cli::wants_help(args)) return nq::cli::print_help("validate", kDetails);
#pragma once

#include <string>
#include <vector>

namespace nq::cli {

using Args = std::vector<std::string>;  // the command's own arguments (after the command name)

struct Command {
    const char* name;
    const char* usage;    // "validate FILE..."
    const char* summary;  // one line for `newsquiz --help`
    int (*run)(const Args& args);
};

struct Registration {
    explicit Registration(const Command& command);
};

#define NQ_COMMAND(name, usage, summary, fn) \
    static const nq::cli::Registration nq_command_##name({#name, usage, summary, fn})

// Reads a whole file of at most max_bytes. On failure returns false and sets error to a
// message such as "cannot open the file" or "is larger than 2 MiB" (then *too_large, when
// given, is set); never reads more.
bool read_file(const std::string& path, size_t max_bytes, std::string& out, std::string& error, bool* too_large = nullptr);

// Prints "usage: newsquiz USAGE" for the named command to stderr and returns 2.
int usage_error(const char* command_name, const std::string& message);

// True when the arguments hold --help or -h: the command prints its help and does nothing else.
bool wants_help(const Args& args);

// Prints "usage: newsquiz USAGE", a blank line and `details` to stdout; returns 0.
int print_help(const char* command_name, const char* details);

}  // namespace nq::cli
