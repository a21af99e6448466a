// Golden images of the key screens, and screenshots of every screen.
//
// Regenerate the goldens (after a deliberate change of the look, then look at every one):
//
//     NQ_UPDATE_GOLDENS=1 ctest --test-dir build/native -R ui-golden
//
// They are tests/golden/<screen>-<width>-<theme>.png, rendered by the software rasterizer with
// Debian 12's fonts-inter, fonts-noto-color-emoji and FreeType, a fixed seed and a fixed clock.
// A render matches when it has the same size and at least 99.5 % of its pixels are within 8 of
// the golden in every channel; a mismatch leaves the render in <build>/golden-actual/.
//
// Every screen at 360 and 800 px, light and dark, also goes to <build>/screens/ to look at.
// Shots marked `returning` start from sample_progress() (ui-support.h): a reader with four days
// of quizzes on two articles, on the day after.
#include <sys/stat.h>

#include <cstdlib>

#include "ui-support.h"

using namespace nq;
using namespace nq::test;

struct Shot {
    const char* name;
    const char* doc;
    const char* screen;    // as `newsquiz render --screen`
    const char* click;     // an item to click first (nullptr = none)
    bool golden;           // also compared with tests/golden/
    bool returning = false;  // the reader's progress store is sample_progress(), kSampleDay days on
};

static const Shot kShots[] = {
    {"article", kSeed, "article", nullptr, true},
    {"article-expanded", kSeed, "article", "read-more", false},
    {"article-es", kSeedSpanish, "article", nullptr, false},
    {"article-second", kSecondArticle, "article", nullptr, false},
    {"question-single", "tests/fixtures/valid/single.json", "question:1", nullptr, true},
    {"question-multiple", "tests/fixtures/valid/multiple.json", "question:1", nullptr, true},
    {"question-true-false", "tests/fixtures/valid/true_false.json", "question:1", nullptr, true},
    {"question-numeric", "tests/fixtures/valid/numeric.json", "question:2", nullptr, true},
    {"question-text", "tests/fixtures/valid/text.json", "question:1", nullptr, true},
    {"question-order", "tests/fixtures/valid/order.json", "question:1", nullptr, true},
    {"question-match", "tests/fixtures/valid/match.json", "question:1", "q1/select/p1", true},
    {"question-timed-es", "tests/fixtures/valid/every-field.json", "question:1", nullptr, false},
    {"feedback", "tests/fixtures/valid/single.json", "feedback:1", nullptr, true},
    {"feedback-wrong", kSeed, "feedback:6", nullptr, false},
    {"feedback-partly", kSeed, "feedback:3", nullptr, false},
    {"feedback-order", "tests/fixtures/valid/order.json", "feedback:1", nullptr, false},
    {"feedback-match", "tests/fixtures/valid/match.json", "feedback:1", nullptr, false},
    {"results", "tests/fixtures/valid/single.json", "results", nullptr, true},
    {"results-seed", kSeed, "results", nullptr, false},
    {"review", "tests/fixtures/valid/single.json", "review", nullptr, false},
    {"actions", kSeed, "actions", nullptr, true},
    {"progress", kSeed, "progress", nullptr, true, true},
    {"progress-empty", kSeed, "progress", nullptr, false},
    {"progress-second", kSecondArticle, "progress", nullptr, false, true},
    {"results-changes", kSeed, "results", nullptr, true, true},
    {"article-returning", kSeed, "article", nullptr, false, true},
    {"review-question", kSeed, "article", "review-due", false, true},
    {"error", "tests/fixtures/invalid/action-string.json", "error", nullptr, true},
};

// Dark goldens, as "<name>-<width>" (every shot has a light one at 360 and 800).
static const char* const kDarkGoldens[] = {"article-360",  "article-800", "question-single-360", "feedback-360",
                                           "results-360",  "progress-360",        "progress-800",
                                           "results-changes-360", "results-changes-800"};

static native::Image render(const Shot& s, float width, bool dark) {
    native::HeadlessOptions o = at_width(width, dark);
    auto h = open(s.doc, s.returning ? visit(o, sample_progress(), kSampleDay) : o);
    drive(*h, s.screen);
    if (s.click) click(*h, s.click);
    return native::headless_render(*h);
}

static std::string file_name(const Shot& s, int width, bool dark) {
    return std::string(s.name) + "-" + std::to_string(width) + "-" + (dark ? "dark" : "light") + ".png";
}

static void write_png(const std::string& path, const native::Image& img) {
    std::string error;
    REQUIRE_MESSAGE(native::png_write(path, img, error), error);
}

// Not blank: the card, and text on it (many pixels far from the card's colour).
static size_t inked_pixels(const native::Image& img) {
    size_t inked = 0;
    const uint8_t* bg = img.rgba.data() + (size_t(img.width) * 40 + 8) * 4;  // inside the card, left margin
    for (size_t i = 0; i < img.rgba.size(); i += 4) {
        int d = std::abs(img.rgba[i] - bg[0]) + std::abs(img.rgba[i + 1] - bg[1]) + std::abs(img.rgba[i + 2] - bg[2]);
        inked += d > 96;
    }
    return inked;
}

TEST_CASE("golden images of the key screens") {
    const bool update = std::getenv("NQ_UPDATE_GOLDENS") != nullptr;
    const std::string golden_dir = std::string(NQ_SOURCE_DIR) + "/tests/golden/";
    const std::string actual_dir = std::string(NQ_BINARY_DIR) + "/golden-actual/";
    mkdir(actual_dir.c_str(), 0755);
    for (const Shot& s : kShots) {
        if (!s.golden) continue;
        for (int width : {360, 800}) {
            for (bool dark : {false, true}) {
                bool wanted = !dark;
                for (const char* d : kDarkGoldens) wanted |= dark && std::string(s.name) + "-" + std::to_string(width) == d;
                if (!wanted) continue;
                std::string name = file_name(s, width, dark);
                INFO(name);
                native::Image img = render(s, float(width), dark);
                if (update) {
                    write_png(golden_dir + name, img);
                    continue;
                }
                native::Image golden;
                std::string error;
                REQUIRE_MESSAGE(native::png_read(golden_dir + name, golden, error),
                                error << " (NQ_UPDATE_GOLDENS=1 ctest -R ui-golden writes it)");
                native::ImageDiff d = native::image_compare(img, golden, 8);
                bool same = d.same_size && double(d.differing) <= double(d.pixels) * 0.005;
                if (!same) write_png(actual_dir + name, img);
                INFO("render " << img.width << "x" << img.height << ", golden " << golden.width << "x" << golden.height
                               << ", " << d.differing << " pixels differ (max delta " << d.max_delta << "); see "
                               << actual_dir + name);
                CHECK(same);
            }
        }
    }
}

TEST_CASE("a render is the same every time, and the rasterizer draws what ImGui asked") {
    const Shot& s = kShots[0];
    native::Image a = render(s, 360, false), b = render(s, 360, false);
    native::ImageDiff d = native::image_compare(a, b, 0);
    CHECK(d.same_size);
    CHECK(d.differing == 0);
    CHECK(a.width == 360);
    CHECK(inked_pixels(a) > 3000);

    SUBCASE("--scale 2 doubles the device pixels and bakes sharper glyphs") {
        native::HeadlessOptions o = at_width(360);
        o.scale = 2;
        auto h = open(kSeed, o);
        native::Image hi = native::headless_render(*h);
        CHECK(hi.width == 720);
        CHECK(hi.height == int(2 * h->height));  // glyphs hinted at 2x advance a little differently: its own height
        CHECK(h->height == doctest::Approx(a.height).epsilon(0.05));
    }

    SUBCASE("the card's colour fills the image: light and dark") {
        CHECK(a.rgba[(size_t(a.width) * 20 + 180) * 4] == 0xFF);
        native::Image dark = render(s, 360, true);
        CHECK(dark.rgba[(size_t(dark.width) * 20 + 180) * 4] == 0x16);
    }
}

TEST_CASE("screenshots of every screen at 360 and 800 px, light and dark") {
    const std::string dir = std::string(NQ_BINARY_DIR) + "/screens/";
    mkdir(dir.c_str(), 0755);
    int written = 0;
    for (const Shot& s : kShots) {
        for (int width : {360, 800}) {
            for (bool dark : {false, true}) {
                INFO(file_name(s, width, dark));
                native::Image img = render(s, float(width), dark);
                CHECK(img.width == width);
                CHECK(inked_pixels(img) > 500);
                write_png(dir + file_name(s, width, dark), img);
                ++written;
            }
        }
    }
    CHECK(written == int(sizeof kShots / sizeof kShots[0]) * 4);
}
