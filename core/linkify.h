// linkify.h: an action's text split into plain text and links that are safe to open,
// and the checks every URL of a document goes through.
//
//   nq::Linkified l = nq::linkify("Call 202-224-3121 or see gao.gov.");
//   // l.spans: {"Call ", ""} {"202-224-3121", "tel:+12022243121"} {" or see ", ""}
//   //          {"gao.gov", "https://gao.gov"} {".", ""}
//   // l.unsafe: links written with a scheme that is never opened, kept as plain text
//
// What becomes a link (the span text is always the text as written):
// - http:// and https:// URLs, mailto:ADDRESS and tel:NUMBER: as written;
// - bare e-mail addresses (press@example.org): mailto:press@example.org;
// - bare domains whose last label is a known top-level domain (DEA.gov, gao.gov,
//   example.org/path): https:// + the text. The list of top-level domains keeps
//   "e.g." or "Node.js" plain; hosts are ASCII (an accented host stays plain);
// - phone numbers: North American 202-224-3121, 202.224.3121, 202 224 3121,
//   (202) 224-3121, 1-202-224-3121 -> tel:+12022243121, and international numbers
//   written with + and 8 to 15 digits (+1 202 224 3121, +44 20 7946 0958) -> tel:+digits.
// Trailing sentence punctuation (. , ; : ! ? quotes, an unmatched closing bracket) ends a
// link. A link starts and ends at a word boundary, so digits inside a longer number or a
// domain inside a longer word stay plain. Any other scheme (javascript:, data:, vbscript:,
// file:, blob:, or anything://) stays plain text and is listed in `unsafe`.
//
// Index of this file:
// [SECTION] Linkify
// [SECTION] Link checks
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace nq {

// [SECTION] Linkify
struct Linkified {
    std::vector<Span> spans;          // their texts put together give the text back, byte for byte
    std::vector<std::string> unsafe;  // links in the text that are never opened, as written
};

Linkified linkify(std::string_view text);

// [SECTION] Link checks
enum class LinkCheck {
    safe,           // https:// or http:// with a host, mailto: with an address, tel: with a number
    relative,       // no scheme at all ("/about", "example.org"): never opened
    unsafe_scheme,  // a scheme other than https, http, mailto and tel ("javascript:")
    malformed,      // a safe scheme with a bad body, or white space / control characters anywhere
};
LinkCheck check_link(std::string_view url);

// scheme://host[:port][/path][?query][#fragment] with scheme https (or http unless
// https_only), a host of letters, digits, dots, hyphens or non-ASCII characters (or an
// [IPv6] literal), no user info, no white space or control characters.
bool is_web_url(std::string_view url, bool https_only);

}  // namespace nq
