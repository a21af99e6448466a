// The `newsquiz` entry point: dispatches to the registered commands.
#include "cli.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace nq::cli {

static std::vector<Command>& commands() {
    static std::vector<Command> all;
    return all;
}

Registration::Registration(const Command& command) { commands().push_back(command); }

static const Command* find_command(const std::string& name) {
    for (const Command& c : commands())
        if (name == c.name) return &c;
    return nullptr;
}

bool read_file(const std::string& path, size_t max_bytes, std::string& out, std::string& error, bool* too_large) {
    if (too_large) *too_large = false;
    auto refuse_size = [&] {
        error = "is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB";
        if (too_large) *too_large = true;
        return false;
    };
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open the file";
        return false;
    }
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0) {  // not seekable (a pipe): read up to the limit and one byte more
        in.clear();
        in.seekg(0);
    } else if (size_t(size) > max_bytes) {
        return refuse_size();
    }
    in.seekg(0, std::ios::beg);
    out.clear();
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        out.append(buf, size_t(in.gcount()));
        if (out.size() > max_bytes) return refuse_size();
    }
    if (in.bad()) {
        error = "cannot read the file";
        return false;
    }
    return true;
}

int usage_error(const char* command_name, const std::string& message) {
    const Command* c = find_command(command_name);
    if (!message.empty()) std::fprintf(stderr, "newsquiz %s: %s\n", command_name, message.c_str());
    std::fprintf(stderr, "usage: newsquiz %s\n", c ? c->usage : command_name);
    return 2;
}

bool wants_help(const Args& args) {
    for (const std::string& a : args)
        if (a == "--help" || a == "-h") return true;
    return false;
}

int print_help(const char* command_name, const char* details) {
    const Command* c = find_command(command_name);
    std::printf("usage: newsquiz %s\n\n%s", c ? c->usage : command_name, details);
    return 0;
}

static int help(FILE* to) {
    std::fprintf(to, "usage: newsquiz COMMAND [ARGS]\n\ncommands:\n");
    for (const Command& c : commands()) std::fprintf(to, "  %-58s %s\n", c.usage, c.summary);
    std::fprintf(to,
                 "\n`newsquiz COMMAND --help` (or `newsquiz help COMMAND`) tells the arguments of one command.\n"
                 "Exit codes: 0 done, 1 bad input (a document, a file that cannot be read), 2 usage.\n");
    return to == stdout ? 0 : 2;
}

}  // namespace nq::cli

int main(int argc, char** argv) {
    using namespace nq::cli;
    if (argc < 2) return help(stderr);
    std::string name = argv[1];
    if (name == "--help" || name == "-h") return help(stdout);
    if (name == "help") {
        if (argc == 2) return help(stdout);
        const Command* c = find_command(argv[2]);
        if (!c) {
            std::fprintf(stderr, "newsquiz help: unknown command '%s'\n", argv[2]);
            return help(stderr);
        }
        return c->run(Args{"--help"});
    }
    const Command* c = find_command(name);
    if (!c) {
        std::fprintf(stderr, "newsquiz: unknown command '%s'\n", name.c_str());
        return help(stderr);
    }
    return c->run(Args(argv + 2, argv + argc));
}
