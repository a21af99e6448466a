// linkify.cpp: finds phone numbers, URLs, e-mail addresses and bare domains in text.
#include "linkify.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace nq {

// [SECTION] Characters
static bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
static bool is_space_or_control(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; }
static bool one_of(char c, const char* set) { return c != '\0' && std::strchr(set, c) != nullptr; }
static char opener_of(char closer) { return closer == ')' ? '(' : closer == ']' ? '[' : closer == '}' ? '{' : 0; }

static std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

// A link may start at i: the character before cannot continue a word, a number or a URL.
static bool starts_word(std::string_view text, size_t i) {
    if (i == 0) return true;
    char c = text[i - 1];
    return !is_ascii_alnum(c) && !is_non_ascii(c) && !one_of(c, "_@.-/+%&=?#~\\");
}

// A link may end at i: what follows cannot continue it.
static bool ends_word(std::string_view text, size_t i) {
    if (i >= text.size()) return true;
    char c = text[i];
    return !is_ascii_alnum(c) && !is_non_ascii(c) && !one_of(c, "_@-");
}

// From i to the first white space, control character or <>"` (a URL's extent), then
// without trailing sentence punctuation and unmatched closing brackets.
static size_t url_end(std::string_view text, size_t i) {
    size_t end = i;
    while (end < text.size() && !is_space_or_control(text[end]) && !one_of(text[end], "<>\"`")) ++end;
    while (end > i) {
        char c = text[end - 1];
        if (one_of(c, ".,;:!?'*")) {
            --end;
            continue;
        }
        char opener = opener_of(c);
        if (!opener) break;
        std::string_view url = text.substr(i, end - i);
        if (std::count(url.begin(), url.end(), opener) >= std::count(url.begin(), url.end(), c)) break;
        --end;
    }
    return end;
}

// [SECTION] Top-level domains
// Generic ones in common use, then every country code.
static const char* const kTopLevelDomains =
    " com org net gov edu mil int info biz name pro aero coop museum mobi jobs travel io ai app dev news media"
    " online site blog tech shop store cloud live today world xyz top club email global agency foundation"
    " ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz"
    " ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk"
    " fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir"
    " is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk"
    " ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl"
    " pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td"
    " tf tg th tj tk tl tm tn to tr tt tv tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw ";

static bool is_top_level_domain(std::string_view label) {
    if (label.size() < 2 || label.size() > 12) return false;
    std::string needle = " " + lower(label) + " ";
    return std::strstr(kTopLevelDomains, needle.c_str()) != nullptr;
}

// [SECTION] Matchers: each returns the length matched at i (0 = none) and sets href.

// host labels from i: letters, digits and inner hyphens, separated by single dots; the
// last label a top-level domain. Returns the end of the host, or i.
static size_t domain_end(std::string_view text, size_t i) {
    size_t pos = i, labels = 0, last_label = i;
    while (pos < text.size() && is_ascii_alnum(text[pos])) {
        last_label = pos;
        while (pos < text.size() && (is_ascii_alnum(text[pos]) || text[pos] == '-')) ++pos;
        if (text[pos - 1] == '-') return i;
        ++labels;
        if (pos + 1 < text.size() && text[pos] == '.' && is_ascii_alnum(text[pos + 1])) ++pos;
        else break;
    }
    if (labels < 2 || !is_top_level_domain(text.substr(last_label, pos - last_label))) return i;
    return pos;
}

static size_t match_bare_domain(std::string_view text, size_t i, std::string& href) {
    size_t end = domain_end(text, i);
    if (end == i || !ends_word(text, end)) return 0;
    if (end < text.size() && one_of(text[end], "/?#")) end = std::max(end, url_end(text, i));
    href = "https://" + std::string(text.substr(i, end - i));
    if (check_link(href) != LinkCheck::safe) return 0;  // as match_scheme: the same checks as a written URL
    return end - i;
}

static size_t match_email(std::string_view text, size_t i, std::string& href) {
    size_t at = i;
    while (at < text.size() && (is_ascii_alnum(text[at]) || one_of(text[at], "._%+-"))) ++at;
    if (at == i || at >= text.size() || text[at] != '@') return 0;
    size_t end = domain_end(text, at + 1);
    if (end == at + 1 || !ends_word(text, end)) return 0;
    href = "mailto:" + std::string(text.substr(i, end - i));
    return end - i;
}

// Digits of a number written with visual separators; false at any other character.
static bool digits_of(std::string_view number, std::string& digits) {
    digits.clear();
    for (char c : number) {
        if (is_digit(c)) digits += c;
        else if (!one_of(c, " -.()")) return false;
    }
    return true;
}

// +CC groups of digits separated by single spaces, hyphens or dots; 8..15 digits in all
// (E.164); "+1" starts a North American number of exactly 11 digits.
static size_t match_international_phone(std::string_view text, size_t i, std::string& href) {
    size_t pos = i + 1, end = i;
    std::string digits;
    while (pos < text.size() && is_digit(text[pos])) {
        size_t group = pos;
        while (pos < text.size() && is_digit(text[pos])) ++pos;
        if (digits.size() + (pos - group) > 15) break;
        digits.append(text.substr(group, pos - group));
        end = pos;
        if (digits[0] == '1' && digits.size() >= 11) break;
        if (pos + 1 < text.size() && one_of(text[pos], " -.") && is_digit(text[pos + 1])) ++pos;
        else break;
    }
    bool north_american = !digits.empty() && digits[0] == '1';
    if (north_american ? digits.size() != 11 : (digits.size() < 8 || digits.size() > 15)) return 0;
    if (!ends_word(text, end) || (end < text.size() && text[end] == '.' && end + 1 < text.size() && is_digit(text[end + 1])))
        return 0;
    href = "tel:+" + digits;
    return end - i;
}

// ddd-ddd-dddd, ddd.ddd.dddd, ddd ddd dddd (one separator throughout) or (ddd) ddd-dddd,
// from i; returns the end, or 0.
static size_t north_american_end(std::string_view text, size_t pos) {
    auto digits_at = [&](size_t at, size_t n) {
        if (at + n > text.size()) return false;
        for (size_t k = 0; k < n; ++k)
            if (!is_digit(text[at + k])) return false;
        return true;
    };
    auto separator_at = [&](size_t at) { return at < text.size() && one_of(text[at], "-. "); };
    char separator = 0;  // 0 = the area code was in parentheses
    if (pos < text.size() && text[pos] == '(') {
        if (!digits_at(pos + 1, 3) || pos + 4 >= text.size() || text[pos + 4] != ')') return 0;
        pos += 5;
        if (pos < text.size() && text[pos] == ' ') ++pos;
    } else {
        if (!digits_at(pos, 3) || !separator_at(pos + 3)) return 0;
        separator = text[pos + 3];
        pos += 4;
    }
    if (!digits_at(pos, 3) || !separator_at(pos + 3)) return 0;
    if (separator && text[pos + 3] != separator) return 0;
    pos += 4;
    if (!digits_at(pos, 4)) return 0;
    return pos + 4;
}

// A North American number, optionally after "1-" (or "1 ", "1."): tel:+1 and its ten digits.
static size_t match_north_american_phone(std::string_view text, size_t i, std::string& href) {
    size_t end = 0;
    if (text[i] == '1' && i + 1 < text.size() && one_of(text[i + 1], "-. ")) end = north_american_end(text, i + 2);
    if (end == 0) end = north_american_end(text, i);
    if (end == 0) return 0;
    bool continues = end + 1 < text.size() && one_of(text[end], "-.") && is_digit(text[end + 1]);
    if (!ends_word(text, end) || continues) return 0;
    std::string digits;
    digits_of(text.substr(i, end - i), digits);
    href = "tel:+" + (digits.size() == 10 ? "1" + digits : digits);
    return end - i;
}

// scheme:... at i. A safe link sets href; an unsafe one is added to `unsafe` and its extent
// returned with href empty, so that it stays plain text as one piece.
static size_t match_scheme(std::string_view text, size_t i, std::string& href, std::vector<std::string>& unsafe) {
    size_t colon = i;
    while (colon < text.size() && colon - i <= 32 && (is_ascii_alnum(text[colon]) || one_of(text[colon], "+.-"))) ++colon;
    if (colon == i || !is_ascii_alnum(text[i]) || is_digit(text[i]) || colon >= text.size() || text[colon] != ':') return 0;
    std::string scheme = lower(text.substr(i, colon - i));
    bool slashes = text.substr(colon + 1, 2) == "//";
    bool known_unsafe = scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file" || scheme == "blob";
    bool safe = scheme == "https" || scheme == "http" || scheme == "mailto" || scheme == "tel";
    if (!safe && !known_unsafe && !slashes) return 0;  // "Note: ..." is not a link
    size_t end = url_end(text, i);
    if (end <= colon + 1) return 0;
    std::string_view url = text.substr(i, end - i);
    if (!safe) {
        unsafe.emplace_back(url);
        return end - i;
    }
    if (check_link(url) != LinkCheck::safe) return 0;
    href = std::string(url);
    return end - i;
}

// [SECTION] Linkify
Linkified linkify(std::string_view text) {
    Linkified out;
    size_t plain_from = 0;
    auto flush_plain = [&](size_t to) {
        if (to > plain_from) out.spans.push_back({std::string(text.substr(plain_from, to - plain_from)), ""});
    };
    size_t i = 0;
    while (i < text.size()) {
        if (!starts_word(text, i) || !(is_ascii_alnum(text[i]) || text[i] == '+' || text[i] == '(')) {
            ++i;
            continue;
        }
        std::string href;
        size_t length = 0;
        if (text[i] == '+') length = match_international_phone(text, i, href);
        else if (text[i] == '(') length = match_north_american_phone(text, i, href);
        else if ((length = match_scheme(text, i, href, out.unsafe)) == 0 &&
                 (length = match_north_american_phone(text, i, href)) == 0 &&
                 (length = match_email(text, i, href)) == 0)
            length = match_bare_domain(text, i, href);
        if (length == 0) {
            ++i;
            continue;
        }
        if (!href.empty()) {
            flush_plain(i);
            out.spans.push_back({std::string(text.substr(i, length)), href});
            plain_from = i + length;
        }
        i += length;
    }
    flush_plain(text.size());
    return out;
}

// [SECTION] Link checks
bool is_web_url(std::string_view url, bool https_only) {
    std::string head = lower(url.substr(0, 8));
    size_t rest;
    if (head.rfind("https://", 0) == 0) rest = 8;
    else if (!https_only && head.rfind("http://", 0) == 0) rest = 7;
    else return false;
    for (char c : url)
        if (is_space_or_control(c) || one_of(c, "<>\"\\`")) return false;
    std::string_view authority = url.substr(rest, url.find_first_of("/?#", rest) - rest);
    if (authority.find('@') != std::string_view::npos) return false;
    std::string_view host = authority;
    if (!host.empty() && host[0] == '[') {  // [IPv6]
        size_t close = host.find(']');
        if (close == std::string_view::npos || close < 3) return false;
        for (char c : host.substr(1, close - 1))
            if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
        host = host.substr(close + 1);
        if (!host.empty() && host[0] != ':') return false;
    } else {
        size_t colon = host.find(':');
        std::string_view name = host.substr(0, colon);
        if (name.empty() || name[0] == '.' || name[0] == '-') return false;
        for (char c : name)
            if (!is_ascii_alnum(c) && !is_non_ascii(c) && c != '.' && c != '-') return false;
        host = colon == std::string_view::npos ? std::string_view() : host.substr(colon);
    }
    if (!host.empty()) {  // ":port"
        if (host.size() < 2 || host.size() > 6) return false;
        for (char c : host.substr(1))
            if (!is_digit(c)) return false;
    }
    return true;
}

LinkCheck check_link(std::string_view url) {
    for (char c : url)
        if (is_space_or_control(c)) return LinkCheck::malformed;
    size_t colon = 0;
    while (colon < url.size() && (is_ascii_alnum(url[colon]) || one_of(url[colon], "+.-"))) ++colon;
    if (colon == 0 || colon >= url.size() || url[colon] != ':' || !is_ascii_alnum(url[0]) || is_digit(url[0]))
        return LinkCheck::relative;
    std::string scheme = lower(url.substr(0, colon));
    std::string_view body = url.substr(colon + 1);
    if (scheme == "https" || scheme == "http") return is_web_url(url, false) ? LinkCheck::safe : LinkCheck::malformed;
    if (scheme == "mailto") {
        std::string_view address = body.substr(0, body.find('?'));
        size_t at = address.find('@');
        bool ok = at != std::string_view::npos && at > 0 && at + 1 < address.size() &&
                  address.find('@', at + 1) == std::string_view::npos &&
                  address.find_first_of("<>\"\\`,;") == std::string_view::npos;
        return ok ? LinkCheck::safe : LinkCheck::malformed;
    }
    if (scheme == "tel") {
        std::string digits;
        std::string_view number = !body.empty() && body[0] == '+' ? body.substr(1) : body;
        bool ok = digits_of(number, digits) && number.find(' ') == std::string_view::npos && digits.size() >= 3 &&
                  digits.size() <= 15;
        return ok ? LinkCheck::safe : LinkCheck::malformed;
    }
    return LinkCheck::unsafe_scheme;
}

}  // namespace nq
