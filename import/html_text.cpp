// html_text.cpp: tags out, entities decoded, line breaks where the HTML had them.
#include "html_text.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace nq {

// [SECTION] Entities
namespace {

struct Entity {
    const char* name;
    uint32_t code_point;
};

// HTML 4's named character references and &apos;, sorted by name (byte order) for lookup.
constexpr Entity kEntities[] = {
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0}, {"Alpha", 0x391}, {"Aring", 0xC5},
    {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Beta", 0x392}, {"Ccedil", 0xC7}, {"Chi", 0x3A7}, {"Dagger", 0x2021},
    {"Delta", 0x394}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Egrave", 0xC8}, {"Epsilon", 0x395},
    {"Eta", 0x397}, {"Euml", 0xCB}, {"Gamma", 0x393}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Igrave", 0xCC},
    {"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"Lambda", 0x39B}, {"Mu", 0x39C}, {"Ntilde", 0xD1},
    {"Nu", 0x39D}, {"OElig", 0x152}, {"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9},
    {"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Phi", 0x3A6}, {"Pi", 0x3A0},
    {"Prime", 0x2033}, {"Psi", 0x3A8}, {"Rho", 0x3A1}, {"Scaron", 0x160}, {"Sigma", 0x3A3}, {"THORN", 0xDE},
    {"Tau", 0x3A4}, {"Theta", 0x398}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Ugrave", 0xD9}, {"Upsilon", 0x3A5},
    {"Uuml", 0xDC}, {"Xi", 0x39E}, {"Yacute", 0xDD}, {"Yuml", 0x178}, {"Zeta", 0x396}, {"aacute", 0xE1},
    {"acirc", 0xE2}, {"acute", 0xB4}, {"aelig", 0xE6}, {"agrave", 0xE0}, {"alefsym", 0x2135}, {"alpha", 0x3B1},
    {"amp", 0x26}, {"and", 0x2227}, {"ang", 0x2220}, {"apos", 0x27}, {"aring", 0xE5}, {"asymp", 0x2248},
    {"atilde", 0xE3}, {"auml", 0xE4}, {"bdquo", 0x201E}, {"beta", 0x3B2}, {"brvbar", 0xA6}, {"bull", 0x2022},
    {"cap", 0x2229}, {"ccedil", 0xE7}, {"cedil", 0xB8}, {"cent", 0xA2}, {"chi", 0x3C7}, {"circ", 0x2C6},
    {"clubs", 0x2663}, {"cong", 0x2245}, {"copy", 0xA9}, {"crarr", 0x21B5}, {"cup", 0x222A}, {"curren", 0xA4},
    {"dArr", 0x21D3}, {"dagger", 0x2020}, {"darr", 0x2193}, {"deg", 0xB0}, {"delta", 0x3B4}, {"diams", 0x2666},
    {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8}, {"empty", 0x2205}, {"emsp", 0x2003},
    {"ensp", 0x2002}, {"epsilon", 0x3B5}, {"equiv", 0x2261}, {"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB},
    {"euro", 0x20AC}, {"exist", 0x2203}, {"fnof", 0x192}, {"forall", 0x2200}, {"frac12", 0xBD},
    {"frac14", 0xBC}, {"frac34", 0xBE}, {"frasl", 0x2044}, {"gamma", 0x3B3}, {"ge", 0x2265}, {"gt", 0x3E},
    {"hArr", 0x21D4}, {"harr", 0x2194}, {"hearts", 0x2665}, {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC}, {"image", 0x2111}, {"infin", 0x221E}, {"int", 0x222B},
    {"iota", 0x3B9}, {"iquest", 0xBF}, {"isin", 0x2208}, {"iuml", 0xEF}, {"kappa", 0x3BA}, {"lArr", 0x21D0},
    {"lambda", 0x3BB}, {"lang", 0x2329}, {"laquo", 0xAB}, {"larr", 0x2190}, {"lceil", 0x2308},
    {"ldquo", 0x201C}, {"le", 0x2264}, {"lfloor", 0x230A}, {"lowast", 0x2217}, {"loz", 0x25CA},
    {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x3C}, {"macr", 0xAF}, {"mdash", 0x2014},
    {"micro", 0xB5}, {"middot", 0xB7}, {"minus", 0x2212}, {"mu", 0x3BC}, {"nabla", 0x2207}, {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"ne", 0x2260}, {"ni", 0x220B}, {"not", 0xAC}, {"notin", 0x2209}, {"nsub", 0x2284},
    {"ntilde", 0xF1}, {"nu", 0x3BD}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2},
    {"oline", 0x203E}, {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295}, {"or", 0x2228}, {"ordf", 0xAA},
    {"ordm", 0xBA}, {"oslash", 0xF8}, {"otilde", 0xF5}, {"otimes", 0x2297}, {"ouml", 0xF6}, {"para", 0xB6},
    {"part", 0x2202}, {"permil", 0x2030}, {"perp", 0x22A5}, {"phi", 0x3C6}, {"pi", 0x3C0}, {"piv", 0x3D6},
    {"plusmn", 0xB1}, {"pound", 0xA3}, {"prime", 0x2032}, {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x3C8},
    {"quot", 0x22}, {"rArr", 0x21D2}, {"radic", 0x221A}, {"rang", 0x232A}, {"raquo", 0xBB}, {"rarr", 0x2192},
    {"rceil", 0x2309}, {"rdquo", 0x201D}, {"real", 0x211C}, {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1},
    {"rlm", 0x200F}, {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161},
    {"sdot", 0x22C5}, {"sect", 0xA7}, {"shy", 0xAD}, {"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C},
    {"spades", 0x2660}, {"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0xB9},
    {"sup2", 0xB2}, {"sup3", 0xB3}, {"supe", 0x2287}, {"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234},
    {"theta", 0x3B8}, {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC},
    {"times", 0xD7}, {"trade", 0x2122}, {"uArr", 0x21D1}, {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB},
    {"ugrave", 0xF9}, {"uml", 0xA8}, {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uuml", 0xFC}, {"weierp", 0x2118},
    {"xi", 0x3BE}, {"yacute", 0xFD}, {"yen", 0xA5}, {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zwj", 0x200D},
    {"zwnj", 0x200C}
};

// HTML's reading of &#128; .. &#159;: the Windows-1252 characters (0 = none there).
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

bool lookup_entity(std::string_view name, uint32_t& out) {
    auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                               [](const Entity& e, std::string_view n) { return std::string_view(e.name) < n; });
    if (it == std::end(kEntities) || std::string_view(it->name) != name) return false;
    out = it->code_point;
    return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The reference at text[0] == '&': its length (0 = not a reference) and its code point.
size_t read_reference(std::string_view text, uint32_t& code_point) {
    size_t i = 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) ++i;
        size_t digits = i;
        uint32_t value = 0;
        while (i < text.size() && (hex ? is_hex(text[i]) : is_digit(text[i]))) {
            char c = text[i++];
            uint32_t d = is_digit(c) ? uint32_t(c - '0') : uint32_t((c | 0x20) - 'a' + 10);
            value = std::min<uint32_t>(value * (hex ? 16 : 10) + d, 0x110000);  // saturates: no overflow
        }
        if (i == digits || i >= text.size() || text[i] != ';') return 0;
        if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80]) value = kWindows1252[value - 0x80];
        if (value == 0) value = 0xFFFD;
        code_point = value;
        return i + 1;
    }
    while (i < text.size() && i <= 10 && (is_alpha(text[i]) || is_digit(text[i]))) ++i;
    if (i == 1 || i >= text.size() || text[i] != ';') return 0;
    if (!lookup_entity(text.substr(1, i - 1), code_point)) return 0;
    return i + 1;
}

}  // namespace

void append_utf8(std::string& out, uint32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        uint32_t cp = 0;
        size_t length = text[i] == '&' ? read_reference(text.substr(i), cp) : 0;
        if (length == 0) {
            out += text[i];
            continue;
        }
        append_utf8(out, cp);
        i += length - 1;
    }
    return out;
}

std::string_view trim_space(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// [SECTION] HTML
namespace {

// Elements whose start and end are line breaks in the text.
bool is_block(std::string_view name) {
    static const char* const kBlocks[] = {"address", "article", "aside",  "blockquote", "dd",  "div", "dl", "dt",
                                          "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                                          "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
                                          "table", "tbody", "td", "th", "thead", "tr", "ul"};
    for (const char* b : kBlocks)
        if (name == b) return true;
    return false;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
}

// The value of attribute `name` in a tag's inside ("img src=x alt='A cat'"), undecoded; found = false if absent.
std::string attribute(std::string_view tag, std::string_view name, bool& found) {
    found = false;
    size_t i = 0;
    while (i < tag.size() && !is_space(tag[i])) ++i;  // the element's name
    while (i < tag.size()) {
        while (i < tag.size() && (is_space(tag[i]) || tag[i] == '/')) ++i;
        size_t start = i;
        while (i < tag.size() && !is_space(tag[i]) && tag[i] != '=' && tag[i] != '/') ++i;
        std::string key = lower(tag.substr(start, i - start));
        while (i < tag.size() && is_space(tag[i])) ++i;
        std::string value;
        if (i < tag.size() && tag[i] == '=') {
            ++i;
            while (i < tag.size() && is_space(tag[i])) ++i;
            if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
                char quote = tag[i++];
                size_t end = tag.find(quote, i);
                if (end == std::string_view::npos) end = tag.size();
                value = std::string(tag.substr(i, end - i));
                i = end + 1;
            } else {
                size_t v = i;
                while (i < tag.size() && !is_space(tag[i])) ++i;
                value = std::string(tag.substr(v, i - v));
            }
        }
        if (key == name) {
            found = true;
            return value;
        }
        if (start == i) ++i;  // a stray character: step over it
    }
    return "";
}

// Where the tag that starts at text[i] == '<' ends (the index after '>'), quotes respected; npos if never.
size_t tag_end(std::string_view text, size_t i) {
    char quote = 0, previous = 0;  // previous: the last character before c that is not white space
    for (size_t k = i + 1; k < text.size(); ++k) {
        char c = text[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            // NOTE: a quote opens a value only after '=', so "<a title=x it's>" still ends at '>'
            if (previous == '=') quote = c;
        } else if (c == '>') {
            return k + 1;
        }
        if (!is_space(c)) previous = c;
    }
    return std::string_view::npos;
}

class TextBuilder {
public:
    void text(std::string_view s) {
        for (char c : s) {
            if (is_space(c)) {
                pending_space_ = true;
                continue;
            }
            if (pending_space_ && !line_.empty()) line_ += ' ';
            pending_space_ = false;
            line_ += c;
        }
    }
    void line_break() {
        std::string_view l = trim_space(line_);
        if (!l.empty()) {
            if (!out_.empty()) out_ += '\n';
            out_ += l;
        }
        line_.clear();
        pending_space_ = false;
    }
    std::string finish() {
        line_break();
        return std::move(out_);
    }

private:
    std::string out_, line_;
    bool pending_space_ = false;
};

// Non-breaking spaces are spaces for the purpose of collapsing.
std::string nbsp_to_space(std::string s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\xC2\xA0") == 0) {
            out += ' ';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

PlainText html_to_text(std::string_view html, bool keep_line_breaks) {
    PlainText result;
    TextBuilder b;
    size_t i = 0;
    while (i < html.size()) {
        char c = html[i];
        if (c == '\n' && keep_line_breaks) {
            b.line_break();
            ++i;
            continue;
        }
        bool opens_tag = c == '<' && i + 1 < html.size() &&
                         (is_alpha(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!' || html[i + 1] == '?');
        if (!opens_tag) {
            size_t next = i + 1;
            while (next < html.size() && html[next] != '<' && !(keep_line_breaks && html[next] == '\n')) ++next;
            b.text(nbsp_to_space(decode_entities(html.substr(i, next - i))));
            i = next;
            continue;
        }
        if (html.compare(i, 4, "<!--") == 0) {
            size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        size_t end = tag_end(html, i);
        if (end == std::string_view::npos) {  // "a <b" with no '>': text, as a browser shows it
            b.text(html.substr(i));
            break;
        }
        std::string_view inside = html.substr(i + 1, end - i - 2);
        bool closing = !inside.empty() && inside[0] == '/';
        size_t name_start = closing ? 1 : 0, name_end = name_start;
        while (name_end < inside.size() && !is_space(inside[name_end]) && inside[name_end] != '/' && inside[name_end] != '>') ++name_end;
        std::string name = lower(inside.substr(name_start, name_end - name_start));
        i = end;
        if (!closing && (name == "script" || name == "style")) {  // their content is no text
            size_t close = lower(html.substr(i)).find("</" + name);
            i = close == std::string::npos ? html.size() : i + close;
            continue;
        }
        if (name == "br" || is_block(name)) {
            b.line_break();
        } else if (name == "img" && !closing) {
            bool has_alt = false;
            std::string alt = decode_entities(attribute(inside, "alt", has_alt));
            if (trim_space(alt).empty()) result.images_dropped++;
            else b.text(" " + alt + " ");
        }
    }
    result.text = b.finish();
    return result;
}

}  // namespace

PlainText text_from(TextFormat format, std::string_view text) {
    switch (format) {
        case TextFormat::html: return html_to_text(text, false);
        case TextFormat::moodle: return html_to_text(text, true);
        case TextFormat::plain:
        case TextFormat::markdown: break;
    }
    PlainText kept;
    // Line breaks of any kind become \n.
    std::string s(trim_space(text));
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            bool crlf = i + 1 < s.size() && s[i + 1] == '\n';
            kept.text += '\n';
            if (crlf) ++i;
        } else {
            kept.text += s[i];
        }
    }
    return kept;
}

}  // namespace nq
