// json_locate.cpp: one scan of a document's text for the places that pointers name.
#include "json_locate.h"

#include <algorithm>
#include <cstring>

#include "codec.h"
#include "json_reader.h"

namespace nq {

JsonLocator::JsonLocator(std::string_view text, const std::vector<std::string>& pointers) : text_(text) {
    for (const std::string& p : pointers) {
        wanted_.insert(p);
        for (size_t slash = p.find('/', 1); slash != std::string::npos; slash = p.find('/', slash + 1)) leads_.insert(p.substr(0, slash));
        if (!p.empty()) leads_.insert("");
    }
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    skip_space();
    value("", i_);
    line_starts_.push_back(0);
    for (size_t k = 0; k < text_.size(); ++k)
        if (text_[k] == '\n') line_starts_.push_back(k + 1);
}

TextPlace JsonLocator::place(const std::string& pointer, size_t occurrence) const {
    TextPlace out;
    std::string p = pointer;
    for (;;) {
        auto found = places_.find(p);
        if (found != places_.end()) {
            const Span& s = found->second[std::min(occurrence, found->second.size() - 1)];
            out.begin = s.begin;
            out.end = std::max(s.begin, std::min(s.end, text_.size()));
            break;
        }
        if (p.empty()) break;
        p.erase(p.rfind('/'));
        occurrence = 0;
    }
    to_line_column(out.begin, out.line, out.column);
    return out;
}

size_t JsonLocator::offset_of(int line, int column) const {
    if (line < 1) return 0;
    size_t at = line_starts_[std::min(size_t(line), line_starts_.size()) - 1];
    if (at == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF") at = 3;
    for (int c = 1; c < column && at < text_.size() && text_[at] != '\n'; ++c) {
        ++at;
        while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

std::vector<TextPlace> locate_diagnostics(std::string_view text, const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> pointers;
    for (const Diagnostic& d : diagnostics)
        if (d.line == 0) pointers.push_back(d.pointer);
    JsonLocator where(text, pointers);
    std::map<std::string, size_t> repeats;  // duplicate_key: the k-th names the (k+1)-th member of that name
    std::vector<TextPlace> out;
    for (const Diagnostic& d : diagnostics) {
        if (d.line > 0) {
            TextPlace p;
            p.line = d.line;
            p.column = d.column;
            p.begin = p.end = where.offset_of(d.line, d.column);
            out.push_back(p);
            continue;
        }
        size_t occurrence = d.code == DiagCode::duplicate_key ? ++repeats[d.pointer] : 0;
        out.push_back(where.place(d.pointer, occurrence));
    }
    return out;
}

void JsonLocator::to_line_column(size_t offset, int& line, int& column) const {
    size_t index = size_t(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin()) - 1;
    std::string_view before = text_.substr(line_starts_[index], offset - line_starts_[index]);
    if (index == 0 && before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
    line = int(index) + 1;
    column = int(utf8_length(before)) + 1;
}

void JsonLocator::skip_space() {
    while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r')) ++i_;
}

// From an opening quote to past the closing one.
void JsonLocator::skip_string() {
    for (++i_; i_ < text_.size() && text_[i_] != '"'; ++i_)
        if (text_[i_] == '\\') ++i_;
    ++i_;
}

void JsonLocator::skip_value() {
    int depth = 0;
    do {
        if (i_ >= text_.size()) return;
        char c = text_[i_];
        if (c == '"') {
            skip_string();
            continue;
        }
        if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') --depth;
        else if (depth == 0) {  // a number or a literal
            while (i_ < text_.size() && !std::strchr(",]} \t\r\n", text_[i_])) ++i_;
            return;
        }
        ++i_;
    } while (depth > 0);
}

// The member name that starts at `from` (a quote), unescaped.
std::string JsonLocator::key(size_t from, size_t to) const {
    std::string_view raw = text_.substr(from + 1, to - from - 2);
    if (raw.find('\\') == std::string_view::npos) return std::string(raw);
    Json decoded;
    Diagnostic ignored;
    return json_parse(text_.substr(from, to - from), decoded, ignored) && decoded.is_string() ? decoded.get<std::string>() : "";
}

// The value at i_, named `pointer`, whose place starts at `where` (its member name, for a member).
void JsonLocator::value(const std::string& pointer, size_t where) {
    std::vector<Span>* spans = nullptr;
    if (wanted_.count(pointer) || leads_.count(pointer)) {
        spans = &places_[pointer];
        spans->push_back({where, where});
    }
    size_t slot = spans ? spans->size() - 1 : 0;
    auto close = [&] {
        if (spans) (*spans)[slot].end = i_;
    };
    bool object = at('{'), array = at('[');
    if (!leads_.count(pointer) || (!object && !array)) {
        skip_value();
        return close();
    }
    ++i_;
    for (int index = 0;; ++index) {
        skip_space();
        if (i_ >= text_.size() || at('}') || at(']')) break;
        if (object) {
            size_t name = i_;
            if (!at('"')) return close();
            skip_string();
            std::string child = pointer + "/" + json_pointer_escape(key(name, i_));
            skip_space();
            if (!at(':')) return close();
            ++i_;
            skip_space();
            value(child, name);
        } else {
            value(pointer + "/" + std::to_string(index), i_);
        }
        skip_space();
        if (!at(',')) break;
        ++i_;
    }
    ++i_;
    close();
}

}  // namespace nq
