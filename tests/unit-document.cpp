#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "document.h"

static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST_CASE("the seed article loads with its card") {
    nq::LoadResult r = nq::load_document(read_file(NQ_SOURCE_DIR "/assets/articles/rubio-us-mexico-security.json"));
    REQUIRE(r.ok);
    CHECK(r.doc.article.id == "rubio-us-mexico-security-2025-09-03");
    CHECK(r.doc.article.more_sources == 31);
    CHECK(r.doc.article.topics.size() == 2);
    CHECK(r.doc.article.topics[0].emoji == "\xF0\x9F\x8C\x8D");
}
