// stable_sort.h: the order of std::stable_sort, with one copy of the sorting code.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "stable_sort.h"

TEST_CASE("stable sort") {
    SUBCASE("the order of std::stable_sort, equal keys in their first order") {
        std::vector<std::pair<int, std::string>> entries;
        unsigned x = 12345;
        for (int i = 0; i < 500; ++i) {
            x = x * 1103515245u + 12345u;
            entries.push_back({int(x >> 16) % 17, std::to_string(i)});
        }
        auto by_key = [](const std::pair<int, std::string>& a, const std::pair<int, std::string>& b) { return a.first < b.first; };
        std::vector<std::pair<int, std::string>> expected = entries;
        std::stable_sort(expected.begin(), expected.end(), by_key);
        nq::stable_sort(entries, by_key);
        CHECK(entries == expected);
    }

    SUBCASE("without a comparison, operator<") {
        std::vector<std::string> entries = {"b", "c", "a", "b", ""};
        nq::stable_sort(entries);
        CHECK(entries == std::vector<std::string>{"", "a", "b", "b", "c"});
    }

    SUBCASE("a reversal, a rotation, no entry and one") {
        std::vector<int> reversed = {5, 4, 3, 2, 1, 0};
        nq::stable_sort(reversed);
        CHECK(reversed == std::vector<int>{0, 1, 2, 3, 4, 5});
        std::vector<int> rotated = {3, 4, 5, 0, 1, 2};
        nq::stable_sort(rotated, [](int a, int b) { return a > b; });
        CHECK(rotated == std::vector<int>{5, 4, 3, 2, 1, 0});
        std::vector<int> none, one = {7};
        nq::stable_sort(none);
        nq::stable_sort(one);
        CHECK(none.empty());
        CHECK(one == std::vector<int>{7});
    }

    SUBCASE("entries that can only be moved") {
        std::vector<std::unique_ptr<int>> entries;
        for (int v : {2, 0, 1}) entries.push_back(std::make_unique<int>(v));
        nq::stable_sort(entries, [](const std::unique_ptr<int>& a, const std::unique_ptr<int>& b) { return *a < *b; });
        CHECK(*entries[0] == 0);
        CHECK(*entries[1] == 1);
        CHECK(*entries[2] == 2);
    }
}
