#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "fsrs-oracle/compare.h"
#include "fsrs.h"

static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static const nq::FsrsParams kDefaults;

TEST_CASE("the scheduler agrees with ts-fsrs 5.4.2 to 4 significant digits") {
    // tests/fixtures/fsrs-reference.json: written by tests/fsrs-oracle/reference.mjs from
    // ts-fsrs 5.4.2 (FSRS-6 default weights, retention 0.9, no fuzz, no learning steps).
    // The `fsrs-oracle` ctest regenerates it with ts-fsrs and checks it is unchanged.
    nq_oracle::Comparison c = nq_oracle::compare_with_oracle(read_file(NQ_SOURCE_DIR "/tests/fixtures/fsrs-reference.json"));
    REQUIRE(c.readable);
    CHECK(c.reviews == 72);
    CHECK(c.values == 350);
    for (const std::string& m : c.mismatches) INFO(m);
    CHECK(c.mismatches.empty());
}

TEST_CASE("the oracle comparison notices a wrong value") {
    std::string text = read_file(NQ_SOURCE_DIR "/tests/fixtures/fsrs-reference.json");
    size_t at = text.find("\"stability\":10.96433194");
    REQUIRE(at != std::string::npos);
    text.replace(at, 23, "\"stability\":10.96533194");  // off in the 4th significant digit
    nq_oracle::Comparison c = nq_oracle::compare_with_oracle(text);
    REQUIRE(c.mismatches.size() == 1);
    CHECK(c.mismatches[0].rfind("good at every due date, review 2: stability", 0) == 0);
}

TEST_CASE("a first review starts from the published initial state") {
    SUBCASE("good: S0 = w2, D0(3) = w4 - e^(2 w5) + 1, due after round(S0) days") {
        nq::FsrsCard c = nq::fsrs_review(kDefaults, {}, nq::Grade::good, 20000);
        CHECK(c.memory.stability == 2.3065);
        CHECK(c.memory.difficulty == doctest::Approx(2.11810397).epsilon(1e-12));
        CHECK(c.reps == 1);
        CHECK(c.lapses == 0);
        CHECK(c.last_day == 20000);
        CHECK(c.interval == 2);
        CHECK(c.due_day == 20002);
    }
    SUBCASE("again: S0 = w0, D0(1) = w4, due the next day, no lapse counted") {
        nq::FsrsCard c = nq::fsrs_review(kDefaults, {}, nq::Grade::again, 5);
        CHECK(c.memory.stability == 0.212);
        CHECK(c.memory.difficulty == 6.4133);
        CHECK(c.interval == 1);
        CHECK(c.due_day == 6);
        CHECK(c.lapses == 0);
    }
}

TEST_CASE("retrievability follows the FSRS-6 forgetting curve") {
    SUBCASE("R(S, S) = 0.9 for any stability") {
        for (double s : {0.212, 2.3065, 47.5, 36500.0}) CHECK(nq::fsrs_forgetting_curve(kDefaults, s, s) == doctest::Approx(0.9).epsilon(1e-12));
    }
    SUBCASE("R is 1 on the day of the review and falls after it") {
        nq::FsrsCard c = nq::fsrs_review(kDefaults, {}, nq::Grade::good, 100);
        CHECK(nq::fsrs_retrievability(kDefaults, c, 100) == 1.0);
        CHECK(nq::fsrs_retrievability(kDefaults, c, 110) == doctest::Approx(0.7743669167614).epsilon(1e-12));
    }
    SUBCASE("a new card has nothing to recall") { CHECK(nq::fsrs_retrievability(kDefaults, {}, 100) == 0.0); }
}

TEST_CASE("the interval depends on the desired retention") {
    // I = S / F * (r^(1/decay) - 1), F = 0.9^(1/decay) - 1, decay = -w20.
    nq::FsrsParams p;
    CHECK(nq::fsrs_next_interval(p, 10) == 10);
    p.desired_retention = 0.8;
    CHECK(nq::fsrs_next_interval(p, 10) == 33);  // 33.1596
    p.desired_retention = 0.95;
    CHECK(nq::fsrs_next_interval(p, 10) == 4);  // 4.0256
    CHECK(nq::fsrs_next_interval(p, 0.1) == 1);  // never under a day
}

TEST_CASE("intervals never exceed the maximum interval") {
    nq::FsrsCard c = nq::fsrs_review(kDefaults, {}, nq::Grade::easy, 0);
    for (int i = 0; i < 12; ++i) c = nq::fsrs_review(kDefaults, c, nq::Grade::easy, c.due_day);
    CHECK(c.memory.stability == 36500);
    CHECK(c.interval == 36500);
    nq::FsrsParams short_max;
    short_max.maximum_interval = 30;
    c = nq::fsrs_review(short_max, c, nq::Grade::good, c.due_day);
    CHECK(c.interval == 30);
}

TEST_CASE("a review dated before the last one counts as the same day") {
    nq::FsrsCard first = nq::fsrs_review(kDefaults, {}, nq::Grade::good, 50);
    nq::FsrsCard back_in_time = nq::fsrs_review(kDefaults, first, nq::Grade::again, 40);
    nq::FsrsCard same_day = nq::fsrs_review(kDefaults, first, nq::Grade::again, 50);
    CHECK(back_in_time.memory.stability == same_day.memory.stability);
    CHECK(back_in_time.memory.stability == doctest::Approx(0.77508398).epsilon(1e-9));
    CHECK(back_in_time.last_day == 50);
    CHECK(back_in_time.due_day == 51);
    CHECK(back_in_time.lapses == 1);
}

TEST_CASE("quiz answers map to Good and Again, never to Hard") {
    CHECK(nq::fsrs_grade(true) == nq::Grade::good);
    CHECK(nq::fsrs_grade(false) == nq::Grade::again);
}
