// opentdb.cpp: an Open Trivia DB API response -> drafts.
//
//   {"response_code": 0, "results": [{"type": "multiple", "difficulty": "easy",
//     "category": "Geography", "question": "...", "correct_answer": "...",
//     "incorrect_answers": ["...", "..."]}]}
//
// "multiple" becomes a single-answer choice (the right answer first, "shuffle": true so it is
// not always first for the reader), "boolean" a true/false question; the category is the
// topic. The API's encodings, told apart by what they do to the text:
// - default: HTML entities (&quot; &#039; &eacute;), decoded;
// - encode=base64: every value in base64 (the type reads "bXVsdGlwbGU=" or "Ym9vbGVhbg==");
// - encode=url3986: percent-encoded, spaces as %20; encode=urlLegacy: the same with '+' for
//   spaces. A response is taken as URL-encoded when no value holds a space and one holds
//   %XX or '+'.
// Difficulty is left out (warned once).
#include "codec.h"
#include "draft.h"
#include "html_text.h"
#include "json_reader.h"

namespace nq {

namespace {

using nq::Json;

enum class Encoding { html, base64, url3986, url_legacy };

bool base64_decode(std::string_view in, std::string& out) {
    out.clear();
    uint32_t buffer = 0;
    int bits = 0;
    size_t padding = 0;
    for (char c : in) {
        int v;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '+') v = 62;
        else if (c == '/') v = 63;
        else if (c == '=') {
            padding++;
            continue;
        } else return false;
        if (padding) return false;  // data after '='
        buffer = (buffer << 6) | uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xFF);
        }
    }
    return padding <= 2 && (in.size() % 4 == 0) && utf8_first_invalid(out) == std::string_view::npos;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool percent_decode(std::string_view in, bool plus_is_space, std::string& out) {
    out.clear();
    for (size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%') {
            if (i + 2 >= in.size()) return false;
            int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
            if (hi < 0 || lo < 0) return false;
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += plus_is_space && in[i] == '+' ? ' ' : in[i];
        }
    }
    return utf8_first_invalid(out) == std::string_view::npos;
}

bool has_percent_escape(std::string_view s) {
    for (size_t i = 0; i + 2 < s.size(); ++i)
        if (s[i] == '%' && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) return true;
    return false;
}

// Every string value of the results, for telling the encoding.
void strings_of(const Json& j, std::vector<const std::string*>& out) {
    if (j.is_string()) out.push_back(&j.str());
    for (const Json& child : j) strings_of(child, out);
    for (const Json::Member& member : j.members()) strings_of(member.second, out);
}

Encoding detect(const Json& results) {
    bool all_base64_types = !results.empty();
    for (const Json& r : results) {
        const Json* type = r.is_object() && r.contains("type") ? &r["type"] : nullptr;
        if (!type || !type->is_string() || (*type != "bXVsdGlwbGU=" && *type != "Ym9vbGVhbg==")) all_base64_types = false;
    }
    if (all_base64_types) return Encoding::base64;
    std::vector<const std::string*> strings;
    strings_of(results, strings);
    bool space = false, escaped = false, plus = false;
    for (const std::string* s : strings) {
        space = space || s->find(' ') != std::string::npos;
        escaped = escaped || has_percent_escape(*s);
        plus = plus || s->find('+') != std::string::npos;
    }
    if (space || !(escaped || plus)) return Encoding::html;
    return plus ? Encoding::url_legacy : Encoding::url3986;
}

// Byte offsets of the entries of the top-level "results" array (the JSON is known to be valid).
std::vector<size_t> result_offsets(std::string_view text) {
    std::vector<size_t> offsets;
    int depth = 0;
    bool in_results = false, expect_entry = false;
    std::string last_string;  // at depth 1, the last one before '[' is the array's member name
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (expect_entry && !blank && c != ']') {
            offsets.push_back(i);
            expect_entry = false;
        }
        if (c == '"') {
            size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (depth == 1) last_string = std::string(text.substr(start, i - start));
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2 && c == '[' && last_string == "results") in_results = expect_entry = true;
        } else if (c == '}' || c == ']') {
            if (depth == 2) in_results = false;
            --depth;
        } else if (c == ',' && depth == 2 && in_results) {
            expect_entry = true;
        }
    }
    return offsets;
}

class OpenTdbReader {
public:
    OpenTdbReader(std::string_view text, Drafts& out) : text_(text), map_(text), d_(out) {}

    void read() {
        Json root;
        Diagnostic syntax;
        if (!json_parse(text_, root, syntax)) {
            d_.error(ImportCode::syntax_error, {syntax.line, syntax.column},
                     "the JSON is malformed: " + (syntax.message.empty() ? std::string(diag_code_message(syntax.code)) : syntax.message));
            return;
        }
        if (!root.is_object() || !root.contains("results") || !root["results"].is_array()) {
            d_.error(ImportCode::wrong_shape, {1, 1}, "expected an Open Trivia DB response, {\"response_code\": 0, \"results\": [...]}");
            return;
        }
        if (root.contains("response_code") && root["response_code"] != 0) {
            const Json& code = root["response_code"];
            static const char* const kMeanings[] = {"", "no results: the API had fewer questions than asked for",
                                                    "invalid parameter", "session token not found", "session token exhausted",
                                                    "rate limit: too many requests"};
            int n = code.is_number_integer() ? code.get<int>() : -1;
            d_.error(ImportCode::no_results, {1, 1},
                     "response_code " + json_dump(code) + (n >= 1 && n <= 5 ? std::string(" (") + kMeanings[n] + ")" : std::string()) +
                         ": the response holds no questions");
            return;
        }
        const Json& results = root["results"];
        offsets_ = result_offsets(text_);
        encoding_ = detect(results);
        for (size_t i = 0; i < results.size(); ++i) read_result(results[i], i);
        if (difficulties_ > 0)
            d_.warn(ImportCode::dropped_content, first_difficulty_,
                    "difficulty is left out (" + std::to_string(difficulties_) + (difficulties_ == 1 ? " question)" : " questions)"));
    }

private:
    std::string_view text_;
    SourceMap map_;
    Drafts& d_;
    std::vector<size_t> offsets_;
    Encoding encoding_ = Encoding::html;
    int difficulties_ = 0;
    Place first_difficulty_;

    Place place_of(size_t index) const {
        if (index >= offsets_.size()) return {};
        return map_.place(offsets_[index]);
    }

    // A value of the result decoded to plain text; false (with an error) when it cannot be.
    bool decode(const Json& value, const char* field, Place place, std::string& out) {
        if (!value.is_string()) {
            d_.error(ImportCode::wrong_shape, place, std::string("\"") + field + "\" must be a string, got " + value.type_name());
            return false;
        }
        const std::string& s = value.str();
        bool ok = true;
        switch (encoding_) {
            case Encoding::html: out = text_from(TextFormat::html, s).text; break;
            case Encoding::base64: ok = base64_decode(s, out); break;
            case Encoding::url3986: ok = percent_decode(s, false, out); break;
            case Encoding::url_legacy: ok = percent_decode(s, true, out); break;
        }
        if (!ok) {
            d_.error(ImportCode::bad_encoding, place,
                     std::string("\"") + field + "\" " + quote_for_message(s) + " cannot be decoded (" +
                         (encoding_ == Encoding::base64 ? "base64" : "URL encoding") + ", as the other values are)");
            return false;
        }
        if (encoding_ != Encoding::html) out = std::string(trim_space(out));
        return true;
    }

    void read_result(const Json& r, size_t index) {
        Place place = place_of(index);
        if (!r.is_object()) {
            d_.error(ImportCode::wrong_shape, place, std::string("a result must be an object, got ") + r.type_name());
            return;
        }
        for (const char* field : {"type", "question", "correct_answer"})
            if (!r.contains(field)) {
                d_.error(ImportCode::wrong_shape, place, std::string("the result has no \"") + field + "\"");
                return;
            }
        std::string type, question, correct, category;
        if (!decode(r["type"], "type", place, type) || !decode(r["question"], "question", place, question) ||
            !decode(r["correct_answer"], "correct_answer", place, correct))
            return;
        if (r.contains("category") && !decode(r["category"], "category", place, category)) return;
        if (r.contains("difficulty") && difficulties_++ == 0) first_difficulty_ = place;

        DraftQuestion q;
        q.place = place;
        q.prompt = question;
        q.category = category;
        if (!category.empty() && d_.suggested_headline.empty()) {
            d_.suggested_headline = category;
            d_.suggested_from = "the first category";
        }
        if (type == "boolean") {
            if (correct != "True" && correct != "False") {
                d_.error(ImportCode::wrong_shape, place, "a boolean question's correct_answer must be \"True\" or \"False\", got " +
                                                             quote_for_message(correct));
                return;
            }
            q.kind = DraftKind::true_false;
            q.answer_true = correct == "True";
        } else if (type == "multiple") {
            const Json* wrong = r.contains("incorrect_answers") ? &r["incorrect_answers"] : nullptr;
            if (!wrong || !wrong->is_array()) {
                d_.error(ImportCode::wrong_shape, place, "a multiple-choice result needs \"incorrect_answers\": [...]");
                return;
            }
            q.kind = DraftKind::choice;
            q.shuffle = true;
            q.answers.push_back({correct, 1, "", place});
            for (const Json& w : *wrong) {
                std::string text;
                if (!decode(w, "incorrect_answers", place, text)) return;
                q.answers.push_back({text, 0, "", place});
            }
        } else {
            d_.warn(ImportCode::skipped_question, place, "a question of type " + quote_for_message(type) + " is skipped: expected multiple or boolean");
            return;
        }
        d_.questions.push_back(std::move(q));
    }
};

}  // namespace

void read_opentdb(std::string_view text, Drafts& out) { OpenTdbReader(text, out).read(); }

}  // namespace nq
