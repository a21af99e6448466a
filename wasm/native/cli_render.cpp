// `newsquiz render DOC --screen S --width W [--scale S] [--theme light|dark] [--lang TAG]
//  [--accent RRGGBB] [--seed N] [--progress FILE [--today N]] -o OUT.png`: a screen of the real
// UI, rasterized without a GPU.
//
// Screens: article, question:N and feedback:N (N counts from 1, as "Question N of M" does),
// results, review, actions, progress, error (the card an invalid document gets). The App is driven there
// with intents (headless_drive): the same document, seed and options give the same PNG.
// --progress starts from a stored progress store (as `play --progress` keeps it; only read here),
// on day --today (days since 1970-01-01; default the day of the render's fixed clock).
#include <cstdio>
#include <cstdlib>

#include "cli.h"
#include "document.h"
#include "headless.h"
#include "progress.h"
#include "words.h"

namespace {

// A whole number in [lo, hi], or false.
bool parse_int(const std::string& s, long lo, long hi, long& out) {
    if (s.empty() || s.size() > 12) return false;
    long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

bool parse_hex_colour(std::string s, uint32_t& out) {
    if (!s.empty() && s[0] == '#') s.erase(0, 1);
    if (s.size() != 6) return false;
    uint32_t v = 0;
    for (char c : s) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = v * 16 + uint32_t(d);
    }
    out = v;
    return true;
}

const char kDetails[] =
    "Draws one screen of the real widget to a PNG, without a GPU: the same document, seed and options\n"
    "give the same image.\n\n"
    "  --screen S        article, question:N or feedback:N (N counts from 1), results, review, actions,\n"
    "                    progress, or error (the card of an invalid document)\n"
    "  --width W         the widget's width in CSS pixels, 120..4096\n"
    "  --scale S         device pixels per CSS pixel, 0.5..4 (default 1)\n"
    "  --theme T         light (default) or dark\n"
    "  --lang L          the widget's words: en, es, fr, de, or a tag the document's strings give\n"
    "                    words for (default: the document's lang)\n"
    "  --accent RRGGBB   the accent colour\n"
    "  --seed N          the seed of shuffles and picks (default 1)\n"
    "  --progress FILE   draw with a reader's stored progress (as play --progress keeps it; only read)\n"
    "  --today N         the reader's day, in days since 1970-01-01 (with --progress)\n"
    "  -o, --output OUT  the PNG to write\n\n"
    "Questions before N are answered right, except every third.\n"
    "Exit 0 drawn, 1 a document or file that cannot be read or written, 2 usage.\n";

int run_render(const nq::cli::Args& args) {
    if (nq::cli::wants_help(args)) return nq::cli::print_help("render", kDetails);
    std::string doc_path, screen, out_path, progress_path;
    bool have_today = false;
    nq::native::HeadlessOptions options;
    bool have_width = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        auto value = [&]() -> const std::string& { return args[++i]; };
        if (a == "--screen" && has_value) {
            screen = value();
            if (!nq::native::headless_screen_known(screen))
                return nq::cli::usage_error("render", "unknown screen '" + screen + "' (question:N counts from 1)");
        } else if (a == "--width" && has_value) {
            long w = 0;
            if (!parse_int(value(), 120, 4096, w)) return nq::cli::usage_error("render", "--width takes 120..4096 CSS pixels");
            options.width = float(w);
            have_width = true;
        } else if (a == "--scale" && has_value) {
            std::optional<double> s = nq::parse_number(value());
            if (!s || *s < 0.5 || *s > 4) return nq::cli::usage_error("render", "--scale takes a number from 0.5 to 4");
            options.scale = float(*s);
        } else if (a == "--theme" && has_value) {
            const std::string& t = value();
            if (t != "light" && t != "dark") return nq::cli::usage_error("render", "--theme takes light or dark");
            options.ui.dark = t == "dark";
        } else if (a == "--lang" && has_value) {
            options.ui.lang = value();
        } else if (a == "--accent" && has_value) {
            if (!parse_hex_colour(value(), options.ui.accent))
                return nq::cli::usage_error("render", "--accent takes a colour as RRGGBB");
        } else if (a == "--seed" && has_value) {
            long seed = 0;
            if (!parse_int(value(), 0, 999999999999L, seed)) return nq::cli::usage_error("render", "--seed takes a whole number");
            options.seed = uint64_t(seed);
        } else if (a == "--progress" && has_value) {
            progress_path = value();
        } else if (a == "--today" && has_value) {
            long day = 0;
            if (!parse_int(value(), 0, 1000000, day))
                return nq::cli::usage_error("render", "--today takes a whole number of days from 0 to 1000000");
            options.today = int(day);
            have_today = true;
        } else if ((a == "-o" || a == "--output") && has_value) {
            out_path = value();
        } else if (!a.empty() && a[0] == '-') {
            return nq::cli::usage_error("render", "unknown or incomplete option '" + a + "'");
        } else if (doc_path.empty()) {
            doc_path = a;
        } else {
            return nq::cli::usage_error("render", "one DOC only");
        }
    }
    if (doc_path.empty() || screen.empty() || out_path.empty() || !have_width)
        return nq::cli::usage_error("render", "DOC, --screen, --width and -o are required");
    if (have_today && progress_path.empty()) return nq::cli::usage_error("render", "--today only applies with --progress");

    std::string text, error;
    if (!nq::cli::read_file(doc_path, nq::kMaxDocumentBytes, text, error)) {
        std::fprintf(stderr, "newsquiz render: %s: %s\n", doc_path.c_str(), error.c_str());
        return 1;
    }
    if (!progress_path.empty()) {
        std::string stored;
        if (!nq::cli::read_file(progress_path, nq::kProgressMaxInputBytes, stored, error)) {
            std::fprintf(stderr, "newsquiz render: %s: %s\n", progress_path.c_str(), error.c_str());
            return 1;
        }
        nq::ProgressLoad loaded = nq::progress_load(stored, "render");
        for (const nq::ProgressIssue& w : loaded.warnings)
            std::fprintf(stderr, "newsquiz render: %s: %s\n", progress_path.c_str(), nq::progress_issue_to_string(w).c_str());
        options.progress = loaded.store;
    }
    std::unique_ptr<nq::native::Headless> h = nq::native::headless_open(text, options);
    if (!h->font_error.empty()) std::fprintf(stderr, "%s\n", h->font_error.c_str());
    if (!nq::native::headless_drive(*h, screen, error)) {
        std::fprintf(stderr, "newsquiz render: %s: %s\n", doc_path.c_str(), error.c_str());
        return 1;
    }
    nq::native::Image image = nq::native::headless_render(*h);
    if (!nq::native::png_write(out_path, image, error)) {
        std::fprintf(stderr, "newsquiz render: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

}  // namespace

NQ_COMMAND(render,
           "render DOC --screen article|question:N|feedback:N|results|review|actions|progress|error --width W "
           "[--scale S] [--theme light|dark] [--lang TAG] [--accent RRGGBB] [--seed N] [--progress FILE [--today N]] "
           "-o OUT.png",
           "render a screen of the widget to a PNG, without a GPU", run_render);
