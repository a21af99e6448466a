// gift.cpp: Moodle's GIFT -> drafts, read the way Moodle's own import reads it.
//
// Moodle's reading (question/format/gift/format.php), step by step:
// - Lines are trimmed; a blank line (or, as PHP's empty() has it, a line "0") ends a question.
//   A line starting with // is a comment. The lines of a question are joined with line breaks.
// - Escapes \~ \= \# \{ \} \: and \n (a line break) make the character plain text; \\ is a
//   backslash. Any other backslash is itself.
// - "$CATEGORY: path" alone is a category: its last part is the topic of what follows.
// - "::title::" at the start is the question's name (not shown to readers).
// - The answers are between the first '{' and the first '}'. No braces: a description.
//   Text after the '}' makes a missing-word question: the prompt gets "_____" in place of
//   the answers. "####" in the answers starts the general feedback (the explanation).
// - The type, in Moodle's order: "{}" essay, a leading '#' numeric, any '~' multiple choice,
//   '=' with "->" matching, T/TRUE/F/FALSE true/false, anything else short answer.
// - A text may start with [html], [moodle], [plain] or [markdown]: its format. Answers and
//   feedback default to the question's format.
// Essays and descriptions are skipped with a warning; a malformed question is an error with
// its line and column, and no document is made (Moodle imports nothing either).
#include <cmath>

#include "draft.h"
#include "html_text.h"
#include "json_reader.h"

namespace nq {

namespace {

// [SECTION] Text with escapes and places
// One byte of a question's text: whether an escape made it plain text, and where it came from.
struct Unit {
    char c;
    bool escaped;
    uint32_t offset;  // byte offset in the input
};

using Units = std::vector<Unit>;
constexpr size_t npos = size_t(-1);

bool plain(const Unit& u, char c) { return u.c == c && !u.escaped; }
bool is_blank(const Unit& u) { return !u.escaped && (u.c == ' ' || u.c == '\t' || u.c == '\n' || u.c == '\r' || u.c == '\v'); }

size_t find(const Units& u, char c, size_t from = 0) {
    for (size_t i = from; i < u.size(); ++i)
        if (plain(u[i], c)) return i;
    return npos;
}

size_t find(const Units& u, std::string_view s, size_t from = 0) {
    for (size_t i = from; i + s.size() <= u.size(); ++i) {
        size_t k = 0;
        while (k < s.size() && plain(u[i + k], s[k])) ++k;
        if (k == s.size()) return i;
    }
    return npos;
}

size_t rfind(const Units& u, std::string_view s) {
    for (size_t i = u.size() >= s.size() ? u.size() - s.size() + 1 : 0; i-- > 0;) {
        size_t k = 0;
        while (k < s.size() && plain(u[i + k], s[k])) ++k;
        if (k == s.size()) return i;
    }
    return npos;
}

Units slice(const Units& u, size_t from, size_t to = npos) {
    from = std::min(from, u.size());
    to = std::min(to, u.size());
    return from < to ? Units(u.begin() + long(from), u.begin() + long(to)) : Units{};
}

Units trim(const Units& u) {
    size_t b = 0, e = u.size();
    while (b < e && is_blank(u[b])) ++b;
    while (e > b && is_blank(u[e - 1])) --e;
    return slice(u, b, e);
}

std::string str(const Units& u) {
    std::string s;
    s.reserve(u.size());
    for (const Unit& x : u) s += x.c;
    return s;
}

bool starts_with(const Units& u, std::string_view s) { return find(slice(u, 0, s.size()), s) == 0; }

// PHP's empty() on a string: "" and "0".
bool php_empty(const Units& u) { return u.empty() || (u.size() == 1 && u[0].c == '0'); }

// The text with its escapes read: "\{" is a plain '{', "\n" a line break, "\\" a backslash.
Units unescape(const Units& raw) {
    Units out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const Unit& u = raw[i];
        if (u.c == '\\' && i + 1 < raw.size()) {
            char next = raw[i + 1].c;
            if (next == '\\') {
                out.push_back({'\\', true, u.offset});
                ++i;
                continue;
            }
            if (next == '~' || next == '=' || next == '#' || next == '{' || next == '}' || next == ':' || next == 'n') {
                out.push_back({next == 'n' ? '\n' : next, true, u.offset});
                ++i;
                continue;
            }
        }
        out.push_back(u);
    }
    return out;
}

// [SECTION] Formats
struct Formatted {
    TextFormat format = TextFormat::moodle;
    std::string text;  // as written, escapes read, the [format] marker gone
};

// Moodle's parse_text_with_format: a leading [html], [moodle], [plain] or [markdown].
Formatted with_format(const Units& units, TextFormat default_format) {
    Formatted f{default_format, ""};
    Units u = units;
    if (!u.empty() && plain(u[0], '[')) {
        size_t end = find(u, ']');
        std::string name = end == npos ? "" : str(slice(u, 1, end));
        static const std::pair<const char*, TextFormat> kFormats[] = {
            {"html", TextFormat::html}, {"moodle", TextFormat::moodle}, {"plain", TextFormat::plain}, {"markdown", TextFormat::markdown}};
        for (const auto& [n, format] : kFormats)
            if (name == n) {
                f.format = format;
                u = slice(u, end + 1);
            }
    }
    f.text = std::string(trim_space(str(u)));
    return f;
}

// [SECTION] The reader
class GiftReader {
public:
    GiftReader(std::string_view text, Drafts& out) : text_(text), map_(text), d_(out) {}

    void read() {
        size_t start = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        Units block;
        auto flush = [&] {
            if (!block.empty()) question(block);
            block.clear();
        };
        size_t i = start;
        while (i <= text_.size()) {
            size_t end = i;
            while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
            line(i, end, block, flush);
            if (end >= text_.size()) break;
            i = end + (text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n' ? 2 : 1);
        }
        flush();
    }

private:
    std::string_view text_;
    SourceMap map_;
    Drafts& d_;
    std::string category_;

    Place place(size_t offset) const { return map_.place(offset); }
    Place place(const Units& u) const { return u.empty() ? Place{} : place(u[0].offset); }

    template <typename Flush>
    void line(size_t begin, size_t end, Units& block, Flush& flush) {
        std::string_view whole = text_.substr(begin, end - begin);
        std::string_view trimmed = trim_space(whole);
        size_t offset = begin + size_t(trimmed.data() - whole.data());
        if (trimmed.empty() || trimmed == "0") {
            if (trimmed == "0")
                d_.warn(ImportCode::changed_meaning, place(offset), "a line holding only 0 ends the question, as Moodle reads it (PHP's empty())");
            flush();
            return;
        }
        if (!block.empty()) block.push_back({'\n', false, uint32_t(begin)});
        if (trimmed.substr(0, 2) == "//") {
            if (trimmed.find("[tag:") != std::string_view::npos || trimmed.find("[id:") != std::string_view::npos)
                d_.warn(ImportCode::dropped_content, place(offset), "Moodle's id number and tags in a comment are left out");
            block.push_back({' ', false, uint32_t(offset)});
            return;
        }
        for (size_t k = 0; k < trimmed.size(); ++k) block.push_back({trimmed[k], false, uint32_t(offset + k)});
    }

    // One text of the question, in plain text, warned about what it loses.
    std::string text_of(const Units& u, TextFormat default_format, TextFormat* format_out = nullptr) {
        Formatted f = with_format(trim(u), default_format);
        if (format_out) *format_out = f.format;
        if (f.format == TextFormat::markdown && !f.text.empty())
            d_.warn(ImportCode::text_as_written, place(u), "Markdown is shown as written: newsquiz shows plain text");
        PlainText t = text_from(f.format, f.text);
        if (t.images_dropped > 0) d_.warn(ImportCode::dropped_content, place(u), "an image without alt text is left out");
        return t.text;
    }

    // Splits at each plain `separator` (dropped) and each plain `kept` (kept as the first
    // character of the next part). One of them right after a word of feedback ("#2+2=4") was
    // most likely meant as text: that is warned about.
    std::vector<Units> split(const Units& u, char separator, char kept = 0) {
        std::vector<Units> parts(1);
        bool in_feedback = false;
        for (size_t i = 0; i < u.size(); ++i) {
            const Unit& x = u[i];
            bool splits = plain(x, separator) || (kept && plain(x, kept));
            if (splits) {
                if (in_feedback && i > 0 && !is_blank(u[i - 1]) && !plain(u[i - 1], '#'))
                    d_.warn(ImportCode::changed_meaning, place(x.offset),
                            std::string("'") + x.c + "' inside feedback starts a new answer, as Moodle reads it; write \\" + x.c +
                                " to keep it in the feedback");
                parts.emplace_back();
                in_feedback = false;
                if (plain(x, separator)) continue;
            }
            if (plain(x, '#')) in_feedback = true;
            parts.back().push_back(x);
        }
        parts[0] = trim(parts[0]);
        if (php_empty(parts[0])) parts.erase(parts.begin());
        for (Units& p : parts) p = trim(p);
        return parts;
    }

    enum class Weight { none, malformed, out_of_range, ok };

    // Moodle's "%50%" at the start of an answer (pattern %-*[0-9]{1,2}\.?[0-9]*%): the fraction (0.5)
    // and where the closing '%' is.
    static Weight read_weight(const Units& answer, double& fraction, size_t& close) {
        if (answer.empty() || !plain(answer[0], '%')) return Weight::none;
        close = find(answer, '%', 1);
        std::string inside = close == npos ? "" : str(slice(answer, 1, close));
        size_t i = 0;
        while (i < inside.size() && inside[i] == '-') ++i;
        size_t minus = i, digits = 0;
        while (i < inside.size() && inside[i] >= '0' && inside[i] <= '9') ++i, ++digits;
        if (digits > 0 && i < inside.size() && inside[i] == '.') ++i;
        while (i < inside.size() && inside[i] >= '0' && inside[i] <= '9') ++i;
        if (close == npos || digits == 0 || i != inside.size()) return Weight::malformed;
        double percent = 0;
        if (minus > 1 || !import_parse_number(inside, percent) || std::fabs(percent) > 100) return Weight::out_of_range;
        fraction = percent / 100;
        return Weight::ok;
    }

    // The weight at the start of an answer, removed from it; diagnostics for what is no weight.
    void weight(Units& answer, double& fraction) {
        size_t close = npos;
        switch (read_weight(answer, fraction, close)) {
            case Weight::none: return;
            case Weight::malformed:
                d_.warn(ImportCode::changed_meaning, place(answer),
                        "the answer starts with '%' but no weight Moodle reads (like %50%): the text keeps it");
                return;
            case Weight::out_of_range:
                d_.error(ImportCode::invalid_weight, place(answer),
                         "the weight " + str(slice(answer, 0, close + 1)) + " is not a percent from -100 to 100");
                fraction = 0;
                break;
            case Weight::ok: break;
        }
        answer = trim(slice(answer, close + 1));
    }

    // Moodle's commentparser: "text#feedback".
    void answer_and_feedback(const Units& u, TextFormat format, std::string* text, std::string* raw_text, std::string& feedback) {
        size_t hash = find(u, '#');
        Units answer = trim(slice(u, 0, hash));
        if (text) *text = text_of(answer, format);
        if (raw_text) *raw_text = with_format(answer, format).text;
        feedback = hash == npos ? "" : text_of(slice(u, hash + 1), format);
    }

    void question(const Units& raw_block) {
        Units text = trim(unescape(raw_block));
        if (text.empty()) return;  // comments only
        if (starts_with(text, "$CATEGORY:")) return category(text);

        DraftQuestion q;
        q.category = category_;
        q.place = place(text);
        if (starts_with(text, "::")) {
            size_t finish = find(text, "::", 2);
            if (finish == npos) {
                text = slice(text, 2);
            } else {
                q.name = std::string(trim_space(str(slice(text, 2, finish))));
                if (d_.suggested_headline.empty() && category_.empty() && !q.name.empty()) {
                    d_.suggested_headline = q.name;
                    d_.suggested_from = "the first question's title";
                }
                text = trim(slice(text, finish + 2));
            }
        }
        if (text.empty()) {
            d_.warn(ImportCode::skipped_question, q.place, "a title with nothing after it is skipped");
            return;
        }

        size_t start = find(text, '{'), finish = find(text, '}');
        if (start == npos && finish == npos) {
            d_.warn(ImportCode::skipped_question, q.place, "a description (text without answers) is skipped: newsquiz asks questions only");
            return;
        }
        if (start == npos || finish == npos) {
            size_t at = start == npos ? finish : start;
            d_.error(ImportCode::missing_brace, place(text[at].offset),
                     start == npos ? "'}' without '{' before it: write \\} for a brace in the text"
                                   : "'{' without '}' after it: the answers never end (write \\{ for a brace in the text)");
            return;
        }
        if (finish < start) {
            d_.error(ImportCode::missing_brace, place(text[finish].offset),
                     "'}' comes before the first '{': write \\} for a brace in the text");
            return;
        }
        Units answers = trim(slice(text, start + 1, finish));
        Units after = slice(text, finish + 1);
        if (find(after, '{') != npos || find(after, '}') != npos)
            d_.warn(ImportCode::changed_meaning, place(after), "a second answer block: Moodle reads only the first; the rest stays in the question text");

        // Moodle: unless the question ends with '}', the answers leave a blank in the sentence.
        Units prompt = slice(text, 0, start);
        if (!plain(text.back(), '}'))
            for (char c : std::string_view("_____")) prompt.push_back({c, true, text[start].offset});
        prompt.insert(prompt.end(), after.begin(), after.end());
        size_t general = rfind(answers, "####");
        Units explanation;
        if (general != npos) {
            explanation = slice(answers, general + 4);
            answers = trim(slice(answers, 0, general));
        }
        TextFormat format = TextFormat::moodle;
        q.prompt = text_of(prompt, TextFormat::moodle, &format);
        q.explanation = text_of(explanation, format);

        Place brace = place(text[start].offset);
        if (answers.empty()) {
            d_.warn(ImportCode::skipped_question, q.place, "an essay question ({}) is skipped: newsquiz scores its own questions");
            return;
        }
        bool ok = false;
        if (plain(answers[0], '#')) ok = numeric(q, slice(answers, 1), format, brace);
        else if (find(answers, '~') != npos) ok = choice(q, answers, format, brace);
        else if (find(answers, '=') != npos && find(answers, "->") != npos) ok = match(q, answers, format, brace);
        else ok = true_false_or_text(q, answers, format, brace);
        if (ok) d_.questions.push_back(std::move(q));
    }

    void category(const Units& text) {
        Units rest = trim(slice(text, 10));
        size_t newline = find(rest, '\n');
        if (newline != npos) {
            d_.warn(ImportCode::changed_meaning, place(slice(rest, newline + 1)),
                    "the lines after $CATEGORY: are part of it for Moodle, so they are no question: put a blank line after the category");
            rest = trim(slice(rest, 0, newline));
        }
        category_ = category_topic(str(rest));
        if (!category_.empty() && d_.suggested_headline.empty()) {
            d_.suggested_headline = category_;
            d_.suggested_from = "the first category";
        }
    }

    bool choice(DraftQuestion& q, const Units& answers, TextFormat format, Place brace) {
        q.kind = DraftKind::choice;
        q.multiple = find(answers, '=') == npos;
        std::vector<Units> parts = split(answers, '~', '=');
        if (parts.size() < 2) {
            d_.error(ImportCode::too_few_answers, brace, "a multiple-choice question needs at least 2 answers, got " + std::to_string(parts.size()));
            return false;
        }
        for (Units& part : parts) {
            DraftAnswer a;
            a.place = place(part);
            if (!part.empty() && plain(part[0], '=')) {
                a.fraction = 1;
                part = trim(slice(part, 1));
                double ignored = 0;
                size_t close = npos;
                if (read_weight(part, ignored, close) == Weight::ok)
                    d_.warn(ImportCode::changed_meaning, a.place,
                            "'=' gives full marks in Moodle, whatever weight follows; the answer's text keeps the weight (write ~%N% for partial credit)");
            } else {
                weight(part, a.fraction);
            }
            answer_and_feedback(part, format, &a.text, nullptr, a.feedback);
            q.answers.push_back(std::move(a));
        }
        return true;
    }

    bool match(DraftQuestion& q, const Units& answers, TextFormat format, Place brace) {
        q.kind = DraftKind::match;
        std::vector<Units> parts = split(answers, '=');
        if (parts.size() < 2) {
            d_.error(ImportCode::too_few_answers, brace, "a matching question needs at least 2 rows, got " + std::to_string(parts.size()));
            return false;
        }
        bool ok = true;
        for (const Units& part : parts) {
            size_t arrow = find(part, "->");
            if (arrow == npos) {
                d_.error(ImportCode::missing_arrow, place(part), "a matching row needs '->' between the question and its answer");
                ok = false;
                continue;
            }
            DraftPair p;
            p.place = place(part);
            p.left = text_of(slice(part, 0, arrow), format);
            p.right = std::string(trim_space(str(slice(part, arrow + 2))));
            q.pairs.push_back(std::move(p));
        }
        return ok;
    }

    bool true_false_or_text(DraftQuestion& q, const Units& answers, TextFormat format, Place brace) {
        size_t hash = find(answers, '#');
        std::string check = str(trim(slice(answers, 0, hash)));
        if (check == "T" || check == "TRUE" || check == "F" || check == "FALSE") {
            q.kind = DraftKind::true_false;
            q.answer_true = check[0] == 'T';
            // Moodle's split_truefalse_comment: "T#feedback when wrong#feedback when right".
            size_t second = hash == npos ? npos : find(answers, '#', hash + 1);
            std::string wrong = hash == npos ? "" : text_of(slice(answers, hash + 1, second), format);
            std::string right = second == npos ? "" : text_of(slice(answers, second + 1), format);
            q.feedback_true = q.answer_true ? right : wrong;
            q.feedback_false = q.answer_true ? wrong : right;
            return true;
        }
        std::string upper = check;
        for (char& c : upper) c = char(c >= 'a' && c <= 'z' ? c - 32 : c);
        if (upper == "T" || upper == "TRUE" || upper == "F" || upper == "FALSE")
            d_.warn(ImportCode::changed_meaning, place(answers),
                    "{" + check + "} is a short answer accepting \"" + check + "\", as Moodle reads it: true/false needs T, TRUE, F or FALSE in capitals");
        q.kind = DraftKind::text;
        std::vector<Units> parts = split(answers, '=');
        if (parts.empty()) {
            d_.error(ImportCode::too_few_answers, brace, "a short-answer question needs an answer");
            return false;
        }
        for (Units& part : parts) {
            DraftAnswer a;
            a.place = place(part);
            a.fraction = 1;
            weight(part, a.fraction);
            // NOTE: accepted answers are compared, not shown: Moodle keeps them as written (no HTML reading).
            answer_and_feedback(part, format, nullptr, &a.text, a.feedback);
            q.answers.push_back(std::move(a));
        }
        return true;
    }

    bool numeric(DraftQuestion& q, const Units& answers, TextFormat format, Place brace) {
        q.kind = DraftKind::numeric;
        Units body = answers, wrong;
        size_t tilde = find(body, '~');
        if (tilde != npos) {
            wrong = slice(body, tilde);
            body = slice(body, 0, tilde);
        }
        std::vector<Units> parts = split(body, '=');
        if (parts.empty()) {
            d_.error(ImportCode::too_few_answers, brace, "a numeric question ({#...}) needs a number");
            return false;
        }
        bool ok = true;
        for (Units& part : parts) {
            DraftNumber n;
            n.place = place(part);
            weight(part, n.fraction);
            std::string text;
            answer_and_feedback(part, format, nullptr, &text, n.feedback);
            size_t dots = text.find("..");
            size_t colon = text.find(':');
            bool read = true;
            if (text == "*") {
                n.any = true;
            } else if (dots != std::string::npos && dots > 0) {
                n.range = true;
                read = import_parse_number(text.substr(0, dots), n.min) && import_parse_number(text.substr(dots + 2), n.max);
                if (read && n.min > n.max) {
                    d_.error(ImportCode::not_a_number, n.place, "the range " + text + " runs backwards: write the smaller number first");
                    ok = false;
                }
            } else if (colon != std::string::npos && colon > 0) {
                read = import_parse_number(text.substr(0, colon), n.value) && import_parse_number(text.substr(colon + 1), n.tolerance);
            } else {
                read = import_parse_number(text, n.value);
            }
            if (!read) {
                d_.error(ImportCode::not_a_number, n.place,
                         "the numeric answer " + quote_for_message(text) + " is not a number, number:tolerance or min..max");
                ok = false;
            }
            q.numbers.push_back(std::move(n));
        }
        if (!wrong.empty()) {
            DraftNumber n;
            n.any = true;
            n.fraction = 0;
            n.place = place(wrong);
            answer_and_feedback(slice(wrong, 1), format, nullptr, nullptr, n.feedback);
            q.numbers.push_back(std::move(n));
        }
        return ok;
    }
};

}  // namespace

void read_gift(std::string_view text, Drafts& out) { GiftReader(text, out).read(); }

}  // namespace nq
