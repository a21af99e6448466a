// json_locate.h: where the values that JSON pointers name sit in a document's text.
//
// The reader (json_reader.h) builds a tree and forgets the text; a publisher fixing a
// document wants the place of each problem. One scan of the text records the place of every
// value a pointer names (and of each container on its way), descending only where a wanted
// pointer leads. `newsquiz validate --json` gives the line and column; the authoring page
// also selects the range.
//
//   std::vector<nq::TextPlace> places = nq::locate_diagnostics(text, load_result.diagnostics);
//   printf("%d:%d\n", places[0].line, places[0].column);
//   std::string_view value = text.substr(places[0].begin, places[0].end - places[0].begin);
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace nq {

struct TextPlace {
    int line = 1;      // 1-based
    int column = 1;    // 1-based, in code points of the line (a BOM takes none)
    size_t begin = 0;  // byte offsets in the text: a member's name (a value in an array) ...
    size_t end = 0;    // ... to just past its value
};

// The place of each diagnostic, in order: of its value (for duplicate_key, of the repeated
// member), or, where the reader stopped (line > 0), its line and column with an empty range.
std::vector<TextPlace> locate_diagnostics(std::string_view text, const std::vector<Diagnostic>& diagnostics);

class JsonLocator {
public:
    JsonLocator(std::string_view text, const std::vector<std::string>& pointers);

    // The place of the value at `pointer`, or of its nearest container found in the text (the
    // start of the text when none is). occurrence 1 is the second member of that name.
    TextPlace place(const std::string& pointer, size_t occurrence) const;

    // The byte offset of a 1-based line and column (code points), clamped to the text.
    size_t offset_of(int line, int column) const;

private:
    struct Span {
        size_t begin = 0, end = 0;
    };
    std::string_view text_;
    size_t i_ = 0;
    std::set<std::string> wanted_, leads_;
    std::map<std::string, std::vector<Span>> places_;
    std::vector<size_t> line_starts_;

    void to_line_column(size_t offset, int& line, int& column) const;
    bool at(char c) const { return i_ < text_.size() && text_[i_] == c; }
    void skip_space();
    void skip_string();
    void skip_value();
    std::string key(size_t from, size_t to) const;
    void value(const std::string& pointer, size_t where);
};

}  // namespace nq
