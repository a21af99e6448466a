// draft.cpp: drafts -> newsquiz/1, the one place where Moodle's grades become newsquiz's.
//
// The rules (each warned about where something is lost):
// - choice, one answer allowed: one answer at 100 % and the others at 0 is a plain `single`
//   ("correct": true); anything else keeps Moodle's grades as `weight` percents, so the chosen
//   answer's grade is the score, as in Moodle.
// - choice, several answers allowed: always weights (Moodle adds the grades of the chosen
//   answers and clamps to 0..100 %, and so does newsquiz with weights); "correct" marks the
//   answers with a positive grade.
// - numeric: newsquiz has one answer (or one range): the best-graded one is kept.
// - text: newsquiz's text answers are all or nothing: the answers at the best grade are
//   accepted, the others left out; answer feedback cannot be shown.
// - match: rows with both sides; Moodle's extra answers (no left side) are left out.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <utf8proc.h>

#include "codec.h"
#include "document.h"
#include "draft.h"
#include "html_text.h"
#include "json_reader.h"

namespace nq {

// [SECTION] Places
SourceMap::SourceMap(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (text[i] == '\n' || text[i] == '\r') line_starts_.push_back(i + 1);
    }
}

int SourceMap::line_of(size_t offset) const {
    return int(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin());
}

int SourceMap::column_of(size_t offset) const {
    offset = std::min(offset, text_.size());
    size_t start = line_starts_[size_t(line_of(offset) - 1)];
    std::string_view before = text_.substr(start, offset - start);
    if (start == 0 && before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
    return int(utf8_length(before)) + 1;
}

void Drafts::error(ImportCode code, Place place, std::string message) {
    diagnostics.push_back({Severity::error, code, place.line, place.column, "", std::move(message)});
}

void Drafts::warn(ImportCode code, Place place, std::string message) {
    diagnostics.push_back({Severity::warning, code, place.line, place.column, "", std::move(message)});
}

std::string import_number_text(double value) { return json_dump(json_number(value)); }

bool import_parse_number(std::string_view s, double& out) {
    s = trim_space(s);
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t e = i + 1;
        if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
        size_t exponent = e;
        while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
        if (e == exponent) return false;
        i = e;
    }
    if (i != s.size()) return false;
    std::string text(s);
    out = std::strtod(text.c_str(), nullptr);  // NOTE: newsquiz never sets a locale, so '.' is the decimal point
    return std::isfinite(out);
}

std::string category_topic(std::string_view path) {
    std::string leaf;
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') leaf += '/', ++i;
        else if (path[i] == '/') leaf.clear();
        else leaf += path[i];
    }
    leaf = std::string(trim_space(leaf));
    bool root = leaf.empty() || leaf == "top" || (leaf.size() > 1 && leaf.front() == '$' && leaf.back() == '$');
    return root ? "" : leaf;
}

std::string import_slug(std::string_view text) {
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), utf8proc_ssize_t(text.size()),
                                      &folded, utf8proc_option_t(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                                 UTF8PROC_COMPAT));
    std::string slug;
    if (n >= 0) {
        bool hyphen = false;
        for (utf8proc_ssize_t i = 0; i < n && slug.size() < kMaxIdChars; ++i) {
            char c = char(folded[i]);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && !slug.empty()) slug += '-';
                hyphen = false;
                slug += c;
            } else {
                hyphen = true;
            }
        }
        while (slug.size() > kMaxIdChars || (!slug.empty() && slug.back() == '-')) slug.pop_back();
    }
    std::free(folded);
    return slug;
}

// [SECTION] Building
namespace {

constexpr double kFull = 1 - 1e-9;  // a fraction this close to 1 is 100 %

std::string percent_text(double fraction) { return import_number_text(std::round(fraction * 1e7) / 1e5) + " %"; }

std::string choice_id(size_t i) { return std::string(1, char('a' + i)); }

class Builder {
public:
    Builder(Drafts& drafts) : d_(drafts) {}

    // The question as newsquiz/1, or null (skipped, with a warning).
    Json question(const DraftQuestion& q) {
        if (q.prompt.empty() && q.name.empty()) return skip(q, "it has no question text");
        Json j;
        j["id"] = "q" + std::to_string(next_id_);
        j["type"] = "";
        j["prompt"] = q.prompt.empty() ? q.name : q.prompt;
        if (q.prompt.empty())
            d_.warn(ImportCode::changed_meaning, q.place, "the question has no text: its name " + quote_for_message(q.name) + " is its prompt");
        else if (!q.name.empty())
            note_name(q.place);
        if (q.points != 1) j["points"] = json_number(q.points);
        bool ok = false;
        switch (q.kind) {
            case DraftKind::choice: ok = choice(q, j); break;
            case DraftKind::true_false: ok = true_false(q, j); break;
            case DraftKind::numeric: ok = numeric(q, j); break;
            case DraftKind::text: ok = text(q, j); break;
            case DraftKind::match: ok = match(q, j); break;
            case DraftKind::order: ok = order(q, j); break;
        }
        if (!ok) return nullptr;
        if (!q.explanation.empty()) j["explanation"] = q.explanation;
        if (!q.category.empty()) j["topic"] = topic_id(q.category);
        if (!fits(j)) return skip(q, "a text of it is longer than 20000 characters");
        next_id_++;
        return j;
    }

    Json topics() const {
        Json list = Json::array();
        for (const auto& [label, id] : topics_) list.push_back({{"id", id}, {"label", label}});
        return list;
    }

    void warn_names() const {
        if (names_ > 0)
            d_.warn(ImportCode::dropped_content, first_name_,
                    "question names are not shown in newsquiz: " + std::to_string(names_) + (names_ == 1 ? " name is" : " names are") +
                        " left out");
    }

private:
    Drafts& d_;
    int next_id_ = 1;
    std::vector<std::pair<std::string, std::string>> topics_;  // label -> id, in order of use
    int names_ = 0;
    Place first_name_;

    Json skip(const DraftQuestion& q, const std::string& why) {
        d_.warn(ImportCode::skipped_question, q.place, "the question is skipped: " + why);
        return nullptr;
    }

    bool reject(const DraftQuestion& q, const std::string& why) {
        skip(q, why);
        return false;
    }

    void note_name(Place place) {
        if (names_++ == 0) first_name_ = place;
    }

    std::string topic_id(const std::string& label) {
        for (const auto& [l, id] : topics_)
            if (l == label) return id;
        std::string id = import_slug(label);
        if (id.empty()) id = "topic";
        std::string unique = id;
        for (int n = 2; std::any_of(topics_.begin(), topics_.end(), [&](const auto& t) { return t.second == unique; }); ++n)
            unique = id.substr(0, kMaxIdChars - 1 - std::to_string(n).size()) + "-" + std::to_string(n);
        topics_.emplace_back(label, unique);
        return unique;
    }

    static bool fits(const Json& j) {
        if (j.is_string()) return utf8_length(j.str()) <= kMaxStringChars;
        for (const Json& child : j)
            if (!fits(child)) return false;
        for (const Json::Member& member : j.members())
            if (!fits(member.second)) return false;
        return true;
    }

    // Answers with text, the empty ones warned about and left out.
    std::vector<DraftAnswer> with_text(const std::vector<DraftAnswer>& answers) {
        std::vector<DraftAnswer> kept;
        for (const DraftAnswer& a : answers) {
            if (a.text.empty()) d_.warn(ImportCode::dropped_answer, a.place, "an answer without text is left out");
            else kept.push_back(a);
        }
        return kept;
    }

    bool count_ok(const DraftQuestion& q, size_t n, const char* what) {
        if (n < 2) return reject(q, std::string("it has ") + std::to_string(n) + " " + what + "; newsquiz needs at least 2");
        if (n > kMaxChoices) return reject(q, std::string("it has ") + std::to_string(n) + " " + what + "; newsquiz takes at most 20");
        return true;
    }

    bool choice(const DraftQuestion& q, Json& j) {
        std::vector<DraftAnswer> answers = with_text(q.answers);
        if (!count_ok(q, answers.size(), "answers")) return false;
        double best = -1, positive_sum = 0;
        int full = 0, graded = 0;  // graded: neither 0 nor 100 %
        for (const DraftAnswer& a : answers) {
            best = std::max(best, a.fraction);
            if (a.fraction > 0) positive_sum += a.fraction;
            if (a.fraction >= kFull) full++;
            else if (a.fraction != 0) graded++;
        }
        if (best <= 0) return reject(q, "no answer earns points");
        j["type"] = q.multiple ? "multiple" : "single";
        bool plain = !q.multiple && full == 1 && graded == 0;
        if (!q.multiple && best < kFull)
            d_.warn(ImportCode::partial_credit, q.place,
                    "the best answer is worth " + percent_text(best) + ", not 100 %: Moodle refuses such a question; newsquiz keeps it");
        if (q.multiple && std::round(positive_sum * 100) != 100)
            d_.warn(ImportCode::partial_credit, q.place,
                    "the right answers add up to " + percent_text(positive_sum) +
                        ", not 100 %: Moodle refuses such a question; newsquiz keeps it and scores at most 100 %");
        Json list = Json::array();
        for (size_t i = 0; i < answers.size(); ++i) {
            const DraftAnswer& a = answers[i];
            Json c = {{"id", choice_id(i)}, {"text", a.text}};
            bool correct = q.multiple ? a.fraction > 0 : (plain ? a.fraction >= kFull : a.fraction == best);
            if (correct) c["correct"] = true;
            if (!plain && a.fraction != 0) c["weight"] = json_number(std::round(a.fraction * 1e7) / 1e5);
            if (!a.feedback.empty()) c["feedback"] = a.feedback;
            list.push_back(std::move(c));
        }
        if (q.shuffle) j["shuffle"] = *q.shuffle;
        j["choices"] = std::move(list);
        return true;
    }

    bool true_false(const DraftQuestion& q, Json& j) {
        j["type"] = "true_false";
        j["answer"] = q.answer_true;
        if (!q.feedback_true.empty()) j["feedback_true"] = q.feedback_true;
        if (!q.feedback_false.empty()) j["feedback_false"] = q.feedback_false;
        return true;
    }

    static std::string number_shown(const DraftNumber& n) {
        if (n.range) return import_number_text(n.min) + ".." + import_number_text(n.max);
        return import_number_text(n.value) + (n.tolerance != 0 ? "±" + import_number_text(n.tolerance) : "");
    }

    bool numeric(const DraftQuestion& q, Json& j) {
        const DraftNumber* best = nullptr;
        for (const DraftNumber& n : q.numbers) {
            if (n.any) {
                if (n.fraction > 0)
                    d_.warn(ImportCode::dropped_answer, n.place, "'*' (every other answer, " + percent_text(n.fraction) + ") is left out");
                else if (!n.feedback.empty())
                    d_.warn(ImportCode::dropped_feedback, n.place, "the feedback for every other answer is left out");
                continue;
            }
            if (!best || n.fraction > best->fraction) best = &n;
        }
        if (!best) return reject(q, "it has no numeric answer");
        if (best->fraction <= 0) return reject(q, "no answer earns points");
        for (const DraftNumber& n : q.numbers)
            if (!n.any && &n != best)
                d_.warn(ImportCode::dropped_answer, n.place,
                        "the answer " + number_shown(n) + " (" + percent_text(n.fraction) + ") is left out: newsquiz keeps one answer, " +
                            number_shown(*best));
        if (best->fraction < kFull)
            d_.warn(ImportCode::partial_credit, best->place,
                    "the answer " + number_shown(*best) + " is worth " + percent_text(best->fraction) + " in Moodle; newsquiz gives it full marks");
        if (!best->feedback.empty())
            d_.warn(ImportCode::dropped_feedback, best->place, "the feedback of a numeric answer is left out: newsquiz shows none");
        j["type"] = "numeric";
        if (best->range) {
            j["min"] = json_number(best->min);
            j["max"] = json_number(best->max);
        } else {
            j["answer"] = json_number(best->value);
            if (best->tolerance != 0) j["tolerance"] = json_number(std::fabs(best->tolerance));
            if (best->tolerance < 0)
                d_.warn(ImportCode::changed_meaning, best->place,
                        "the tolerance " + import_number_text(best->tolerance) + " is negative: newsquiz takes " +
                            import_number_text(std::fabs(best->tolerance)));
        }
        if (!q.unit.empty()) j["unit"] = q.unit;
        return true;
    }

    bool text(const DraftQuestion& q, Json& j) {
        std::vector<DraftAnswer> answers;
        for (const DraftAnswer& a : with_text(q.answers)) {
            if (a.fraction > 0 && a.text.find('*') != std::string::npos)
                d_.warn(ImportCode::dropped_answer, a.place,
                        "the answer " + quote_for_message(a.text) + " uses '*', Moodle's wildcard: newsquiz has none, so it is left out");
            else
                answers.push_back(a);
        }
        double best = 0;
        for (const DraftAnswer& a : answers) best = std::max(best, a.fraction);
        if (best <= 0) return reject(q, "no answer earns points");
        if (best < kFull)
            d_.warn(ImportCode::partial_credit, q.place,
                    "the best answers are worth " + percent_text(best) + " in Moodle; newsquiz gives them full marks");
        Json accept = Json::array();
        for (const DraftAnswer& a : answers) {
            if (a.fraction != best) {
                d_.warn(ImportCode::dropped_answer, a.place,
                        "the answer " + quote_for_message(a.text) + " (" + percent_text(a.fraction) +
                            ") is left out: newsquiz's text answers are right or wrong");
                continue;
            }
            accept.push_back(a.text);
            if (!a.feedback.empty())
                d_.warn(ImportCode::dropped_feedback, a.place, "the feedback of a text answer is left out: newsquiz shows none");
        }
        j["type"] = "text";
        j["accept"] = std::move(accept);
        return true;
    }

    bool match(const DraftQuestion& q, Json& j) {
        std::vector<const DraftPair*> rows;
        for (const DraftPair& p : q.pairs) {
            if (p.left.empty() && !p.right.empty())
                d_.warn(ImportCode::dropped_answer, p.place,
                        "the extra answer " + quote_for_message(p.right) + " (no question beside it) is left out: newsquiz matches rows only");
            else if (p.left.empty() || p.right.empty())
                d_.warn(ImportCode::dropped_answer, p.place, "a row without both sides is left out");
            else
                rows.push_back(&p);
        }
        if (!count_ok(q, rows.size(), "rows")) return false;
        for (size_t a = 0; a < rows.size(); ++a)
            for (size_t b = a + 1; b < rows.size(); ++b)
                if (rows[a]->right == rows[b]->right)
                    return reject(q, "two rows have the same answer " + quote_for_message(rows[a]->right) +
                                       "; newsquiz matches each answer to one row");
        Json pairs = Json::array();
        for (size_t i = 0; i < rows.size(); ++i)
            pairs.push_back({{"id", choice_id(i)}, {"left", rows[i]->left}, {"right", rows[i]->right}});
        j["type"] = "match";
        j["pairs"] = std::move(pairs);
        return true;
    }

    bool order(const DraftQuestion& q, Json& j) {
        std::vector<DraftAnswer> items = with_text(q.answers);
        if (!count_ok(q, items.size(), "items")) return false;
        Json list = Json::array();
        for (size_t i = 0; i < items.size(); ++i) list.push_back({{"id", choice_id(i)}, {"text", items[i].text}});
        j["type"] = "order";
        j["items"] = std::move(list);
        return true;
    }
};

void placeholder(Drafts& d, const char* pointer, std::string message) {
    d.diagnostics.push_back({Severity::warning, ImportCode::article_placeholder, 0, 0, pointer, std::move(message)});
}

Json article(Drafts& d, const ArticleSkeleton& s, const Json& topics) {
    Json a;
    std::string id = s.id;
    if (id.empty()) {
        id = import_slug(s.fallback_id);
        if (id.empty()) id = "imported-quiz";
        placeholder(d, "/article/id", "the article's id is \"" + id + "\", made from the file name; give --id to choose it");
    }
    a["id"] = id;
    std::string headline = s.headline;
    if (headline.empty()) {
        std::string from = d.suggested_from;
        if (!d.suggested_headline.empty()) headline = d.suggested_headline;
        else if (!s.fallback_headline.empty()) headline = s.fallback_headline, from = "the file name";
        else headline = "Imported quiz", from = "nothing (the input names no category)";
        placeholder(d, "/article/headline",
                    "the headline is " + quote_for_message(headline) + ", taken from " + from + "; give --headline to write it");
    }
    a["headline"] = headline;
    if (!s.dek.empty()) a["dek"] = s.dek;
    if (s.date.empty()) {
        a["date"] = "1970-01-01";
        placeholder(d, "/article/date", "the date is a placeholder, 1970-01-01; give --date YYYY-MM-DD (or --date today)");
    } else {
        a["date"] = s.date;
    }
    if (!s.url.empty()) a["url"] = s.url;
    if (!topics.empty()) a["topics"] = topics;
    return a;
}

}  // namespace

std::string build_document(Drafts& drafts, const ImportOptions& options) {
    if (import_has_errors(drafts.diagnostics)) return "";
    Builder builder(drafts);
    Json questions = Json::array();
    for (const DraftQuestion& q : drafts.questions) {
        Json j = builder.question(q);
        if (j.is_null()) continue;
        if (questions.size() == kMaxQuestions) {
            drafts.warn(ImportCode::too_many_questions, q.place,
                        "this question and the ones after it are left out: a quiz holds at most 500 questions");
            break;
        }
        questions.push_back(std::move(j));
    }
    builder.warn_names();
    if (questions.empty()) {
        drafts.error(ImportCode::no_questions, {}, "none of the questions could be kept");
        return "";
    }
    Json doc;
    doc["format"] = "newsquiz/1";
    if (!options.article.lang.empty()) doc["lang"] = options.article.lang;
    doc["article"] = article(drafts, options.article, builder.topics());
    doc["quiz"] = {{"questions", std::move(questions)}};
    return json_dump_indented(doc) + "\n";
}

}  // namespace nq
