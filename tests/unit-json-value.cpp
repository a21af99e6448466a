// The core's JSON value (json_value.h): what each kind holds and gives back, objects in the
// order written, copies that own their tree, and json_dump_indented as nlohmann indents.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "codec.h"
#include "fixture-support.h"
#include "json-support.h"
#include "json_reader.h"
#include "json_value.h"
#include "json_writer.h"

using nq::Json;

TEST_CASE("json value: kinds, and what reading a value as another kind gives") {
    CHECK(Json().is_null());
    CHECK(Json(nullptr).type_name() == std::string("null"));
    CHECK(Json(true).get<bool>());
    CHECK(Json(-3).type() == Json::value_t::number_integer);
    CHECK(Json(3u).type() == Json::value_t::number_unsigned);
    CHECK(Json(uint64_t(18446744073709551615u)).get<uint64_t>() == 18446744073709551615u);
    CHECK(Json(0.5).type() == Json::value_t::number_float);
    CHECK(Json(0.5).type_name() == std::string("number"));
    CHECK(Json(-3).is_number_integer());
    CHECK_FALSE(Json(0.5).is_number_integer());
    CHECK(Json(-3).number() == -3.0);
    CHECK(Json(2.9).get<int>() == 2);
    CHECK(Json("text").str() == "text");
    CHECK(Json(std::vector<std::string>{"a", "b"}).size() == 2);
    CHECK(Json(Json::value_t::discarded).is_discarded());
    // another kind: its zero, never a crash
    CHECK(Json(5).str().empty());
    CHECK(Json("5").number() == 0);
    CHECK_FALSE(Json("true").get<bool>());
    CHECK(Json(5).members().empty());
    CHECK(Json(5).find("a") == nullptr);
}

TEST_CASE("json value: objects keep the order written, find and index by name") {
    Json o{{"b", 1}, {"a", "x"}};
    CHECK(nq::json_dump(o) == R"({"b":1,"a":"x"})");
    CHECK(o.contains("a"));
    CHECK_FALSE(o.contains("c"));
    REQUIRE(o.find("a") != nullptr);
    CHECK(o.find("a")->str() == "x");
    const Json& c = o;
    CHECK(c["missing"].is_null());
    CHECK(c.size() == 2);  // a const lookup adds nothing
    o["c"]["d"] = 2.5;     // a new member, made an object by indexing it
    CHECK(nq::json_dump(o) == R"({"b":1,"a":"x","c":{"d":2.5}})");
    o["b"] = Json::array();
    o["b"].push_back(nullptr);
    o["b"].push_back(false);
    CHECK(nq::json_dump(o) == R"({"b":[null,false],"a":"x","c":{"d":2.5}})");
    CHECK(o.value("a", Json(0)) == "x");
    CHECK(o.value("zz", Json(7)) == 7);
    Json s = 5;
    s["now"] = "an object";  // indexing by name makes any other value an object
    CHECK(nq::json_dump(s) == R"({"now":"an object"})");
}

TEST_CASE("json value: equality by value, numbers of any kind alike") {
    CHECK(Json(1) == Json(1.0));
    CHECK(Json(1u) == Json(1));
    CHECK(Json(int64_t(-1)) != Json(uint64_t(18446744073709551615u)));
    CHECK(Json("a") == "a");
    CHECK(Json("a") != Json(1));
    CHECK(Json{{"a", 1}, {"b", 2}} != Json{{"b", 2}, {"a", 1}});  // order is part of an object
    CHECK(Json{{"a", Json(std::vector<std::string>{"x"})}} == Json{{"a", Json(std::vector<std::string>{"x"})}});
    CHECK(Json() == nullptr);
    CHECK(Json(Json::value_t::discarded) != Json(Json::value_t::discarded));
}

TEST_CASE("json value: copies own their tree; moves leave null; a value moved from its own member") {
    Json a{{"list", Json(std::vector<std::string>{"x", "y"})}};
    Json b = a;
    b["list"].push_back("z");
    CHECK(nq::json_dump(a) == R"({"list":["x","y"]})");
    CHECK(nq::json_dump(b) == R"({"list":["x","y","z"]})");
    Json c = std::move(b);
    CHECK(b.is_null());
    CHECK(c["list"].size() == 3);
    c = std::move(c["list"]);  // the member is taken before the object it lives in is released
    CHECK(nq::json_dump(c) == R"(["x","y","z"])");
    const Json& same = c;
    c = same;  // a copy of itself
    CHECK(nq::json_dump(c) == R"(["x","y","z"])");
}

TEST_CASE("json_dump_indented is nlohmann's dump(2), over every fixture") {
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(NQ_SOURCE_DIR "/tests/fixtures")) {
        if (entry.path().extension() != ".json") continue;
        std::string text = nq::test::read_file(entry.path().string());
        nq::Json ours;
        nq::Diagnostic error;
        if (!nq::json_parse(text, ours, error)) continue;
        CAPTURE(entry.path().string());
        nlohmann::ordered_json theirs = nq::test::to_nlohmann(ours);
        CHECK(nq::json_dump_indented(ours) == theirs.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        CHECK(nq::json_dump(nq::test::from_nlohmann(theirs)) == nq::json_dump(ours));
        ++files;
    }
    CHECK(files > 50);
    CHECK(nq::json_dump_indented(Json{{"a", Json::array()}, {"b", Json::object()}, {"c", 1}}) ==
          "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": 1\n}");
}
