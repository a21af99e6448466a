// fuzz-linkify: an action's text split into plain text and links (core/linkify.h), and the
// checks every URL of a document goes through.
//
// Input: the text, as it is (any bytes: the document reader checks UTF-8 before linkify runs,
// but linkify itself must not depend on it). Besides memory errors and undefined behaviour it
// checks:
// - the spans give the text back byte for byte, and every link among them is safe to open;
// - every unsafe link listed is written in the text;
// - a web URL with https only is a web URL, and a web URL is a safe link.
#include <cstddef>
#include <cstdint>

#include "linkify.h"
#include "support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    nq::Linkified l = nq::linkify(text);
    nq::fuzz::check_spans(text, l.spans);
    for (const std::string& u : l.unsafe)
        NQ_FUZZ_CHECK(!u.empty() && text.find(u) != std::string_view::npos, "an unsafe link that is not in the text", u);

    bool https = nq::is_web_url(text, true);
    bool web = nq::is_web_url(text, false);
    NQ_FUZZ_CHECK(!https || web, "an https URL that is not a web URL", text);
    NQ_FUZZ_CHECK(!web || nq::check_link(text) == nq::LinkCheck::safe, "a web URL that is not a safe link", text);
    return 0;
}
