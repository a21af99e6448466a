// moodle_xml.cpp: Moodle XML (<quiz><question type="...">) -> drafts, read with pugixml.
//
// Kept: multichoice (one or several answers, by <single>), truefalse, shortanswer, numerical
// (tolerance, a unit of multiplier 1), matching, ddwtos and gapselect (one gap: a choice
// among its group; several gaps: a match of gap to word), ordering (the plugin), each
// answer's fraction (as weight) and feedback, generalfeedback (the explanation),
// defaultgrade (points), shuffleanswers, and categories (topics). Texts in "html" and
// "moodle_auto_format" lose their tags; CDATA and entities are read.
// Warned about: other types (essay, description, calculated, cloze...), combined feedback
// and hints, attached files and images without alt text, case-sensitive short answers,
// units other than the base one, tags.
#include <pugixml.hpp>

#include "draft.h"
#include "html_text.h"
#include "json_reader.h"

namespace nq {

namespace {

class MoodleXmlReader {
public:
    MoodleXmlReader(std::string_view text, Drafts& out) : text_(text), map_(text), d_(out) {}

    void read() {
        pugi::xml_document doc;
        pugi::xml_parse_result parsed = doc.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            size_t offset = size_t(std::max<ptrdiff_t>(parsed.offset, 0));
            d_.error(ImportCode::syntax_error, place(offset), std::string("the XML is malformed: ") + parsed.description());
            return;
        }
        pugi::xml_node quiz = doc.document_element();
        if (std::string_view(quiz.name()) != "quiz") {
            d_.error(ImportCode::wrong_shape, place(quiz),
                     std::string("expected Moodle XML, whose root element is <quiz>, got <") + quiz.name() + ">");
            return;
        }
        for (pugi::xml_node question : quiz.children("question")) read_question(question);
    }

private:
    std::string_view text_;
    SourceMap map_;
    Drafts& d_;
    std::string category_;

    Place place(size_t offset) const { return map_.place(offset); }
    // NOTE: pugixml places an element at its name; the place shown is its '<'.
    Place place(pugi::xml_node node) const {
        ptrdiff_t at = node.offset_debug() - (node.type() == pugi::node_element ? 1 : 0);
        return place(size_t(std::max<ptrdiff_t>(at, 0)));
    }

    // The text of an element: its character data and CDATA sections, joined.
    static std::string raw_text(pugi::xml_node text) {
        std::string s;
        for (pugi::xml_node child : text.children())
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) s += child.value();
        return s;
    }

    // <questiontext format="html"><text>...</text><file .../></questiontext> as plain text.
    std::string text_of(pugi::xml_node element) {
        if (!element) return "";
        std::string_view format = element.attribute("format").value();
        TextFormat f = format == "html" ? TextFormat::html
                       : format == "plain_text" ? TextFormat::plain
                       : format == "markdown" ? TextFormat::markdown
                                              : TextFormat::moodle;  // moodle_auto_format, Moodle's default
        std::string raw = raw_text(element.child("text"));
        if (f == TextFormat::markdown && !trim_space(raw).empty())
            d_.warn(ImportCode::text_as_written, place(element), "Markdown is shown as written: newsquiz shows plain text");
        PlainText t = text_from(f, raw);
        if (t.images_dropped > 0 || element.child("file"))
            d_.warn(ImportCode::dropped_content, place(element), "an image or attached file is left out: newsquiz shows text only");
        return t.text;
    }

    // A child's text as a number; `fallback` when the element is absent.
    bool number(pugi::xml_node element, double fallback, double& out) {
        if (!element) {
            out = fallback;
            return true;
        }
        std::string raw = raw_text(element.child("text") ? element.child("text") : element);
        if (import_parse_number(raw, out)) return true;
        d_.error(ImportCode::not_a_number, place(element), std::string("<") + element.name() + "> holds " + quote_for_message(raw) + ", not a number");
        return false;
    }

    static bool flag(pugi::xml_node element, bool fallback) {
        if (!element) return fallback;
        std::string_view v = trim_space(element.child_value());
        return v == "true" || v == "1";
    }

    // fraction="50" -> 0.5; an error for what is no percent from -100 to 100.
    bool fraction(pugi::xml_node answer, double& out) {
        pugi::xml_attribute a = answer.attribute("fraction");
        double percent = 0;
        if (!a) {
            out = 0;
            return true;
        }
        if (!import_parse_number(a.value(), percent) || percent < -100 || percent > 100) {
            d_.error(ImportCode::invalid_weight, place(answer),
                     "fraction=" + quote_for_message(a.value()) + " is not a percent from -100 to 100");
            return false;
        }
        out = percent / 100;
        return true;
    }

    void read_question(pugi::xml_node node) {
        std::string type = node.attribute("type").value();
        if (type == "category") {
            category_ = category_topic(raw_text(node.child("category").child("text")));
            if (!category_.empty() && d_.suggested_headline.empty()) {
                d_.suggested_headline = category_;
                d_.suggested_from = "the first category";
            }
            return;
        }
        DraftQuestion q;
        q.place = place(node);
        q.category = category_;
        q.name = std::string(trim_space(raw_text(node.child("name").child("text"))));
        q.prompt = text_of(node.child("questiontext"));
        q.explanation = text_of(node.child("generalfeedback"));
        bool ok = number(node.child("defaultgrade"), 1, q.points);
        if (ok && q.points <= 0) {
            d_.warn(ImportCode::changed_meaning, place(node.child("defaultgrade")), "a question worth no points is worth 1 in newsquiz");
            q.points = 1;
        }
        for (const char* combined : {"correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"})
            if (!text_of(node.child(combined)).empty())
                d_.warn(ImportCode::dropped_feedback, place(node.child(combined)),
                        std::string("<") + combined + "> is left out: newsquiz shows each answer's feedback and the explanation");
        if (node.child("hint"))
            d_.warn(ImportCode::dropped_feedback, place(node.child("hint")), "hints are left out: newsquiz gives one try");
        if (node.child("tags"))
            d_.warn(ImportCode::dropped_content, place(node.child("tags")), "tags are left out");

        if (type == "multichoice") ok = choice(node, q) && ok;
        else if (type == "truefalse") ok = true_false(node, q) && ok;
        else if (type == "shortanswer") ok = text(node, q) && ok;
        else if (type == "numerical") ok = numeric(node, q) && ok;
        else if (type == "matching") ok = match(node, q) && ok;
        else if (type == "ddwtos" || type == "gapselect") ok = gaps(node, q, type == "ddwtos" ? "dragbox" : "selectoption") && ok;
        else if (type == "ordering") ok = order(node, q) && ok;
        else {
            d_.warn(ImportCode::skipped_question, q.place,
                    "a question of type " + quote_for_message(type) + " is skipped: newsquiz has no such type");
            return;
        }
        if (ok) d_.questions.push_back(std::move(q));
    }

    // Every <answer> as text, fraction and feedback.
    bool answers(pugi::xml_node node, DraftQuestion& q, bool as_html) {
        bool ok = true;
        for (pugi::xml_node answer : node.children("answer")) {
            DraftAnswer a;
            a.place = place(answer);
            ok = fraction(answer, a.fraction) && ok;
            // NOTE: accepted short answers are compared, not shown: kept as written.
            a.text = as_html ? text_of(answer) : std::string(trim_space(raw_text(answer.child("text"))));
            a.feedback = text_of(answer.child("feedback"));
            q.answers.push_back(std::move(a));
        }
        return ok;
    }

    bool choice(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::choice;
        q.multiple = !flag(node.child("single"), true);
        if (node.child("shuffleanswers")) q.shuffle = flag(node.child("shuffleanswers"), true);
        return answers(node, q, true);
    }

    bool true_false(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::true_false;
        bool found_true = false, found_false = false, ok = true;
        for (pugi::xml_node answer : node.children("answer")) {
            std::string said = std::string(trim_space(raw_text(answer.child("text"))));
            double f = 0;
            ok = fraction(answer, f) && ok;
            bool is_true = said == "true";
            if (!is_true && said != "false") {
                d_.error(ImportCode::wrong_shape, place(answer), "a true/false answer must be \"true\" or \"false\", got " + quote_for_message(said));
                ok = false;
                continue;
            }
            (is_true ? found_true : found_false) = true;
            (is_true ? q.feedback_true : q.feedback_false) = text_of(answer.child("feedback"));
            if (f > 0) q.answer_true = is_true;
        }
        if (ok && !(found_true && found_false)) {
            d_.error(ImportCode::too_few_answers, q.place, "a true/false question needs an answer \"true\" and an answer \"false\"");
            ok = false;
        }
        return ok;
    }

    bool text(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::text;
        if (flag(node.child("usecase"), false))
            d_.warn(ImportCode::changed_meaning, place(node.child("usecase")),
                    "the answers are case-sensitive in Moodle; newsquiz ignores case and accents");
        return answers(node, q, false);
    }

    bool numeric(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::numeric;
        bool ok = true;
        for (pugi::xml_node answer : node.children("answer")) {
            DraftNumber n;
            n.place = place(answer);
            ok = fraction(answer, n.fraction) && ok;
            std::string value = std::string(trim_space(raw_text(answer.child("text"))));
            n.any = value == "*";
            if (!n.any && !import_parse_number(value, n.value)) {
                d_.error(ImportCode::not_a_number, n.place, "the numeric answer " + quote_for_message(value) + " is not a number");
                ok = false;
            }
            ok = number(answer.child("tolerance"), 0, n.tolerance) && ok;
            n.feedback = text_of(answer.child("feedback"));
            q.numbers.push_back(std::move(n));
        }
        for (pugi::xml_node unit : node.child("units").children("unit")) {
            double multiplier = 1;
            std::string name = std::string(trim_space(raw_text(unit.child("unit_name"))));
            if (number(unit.child("multiplier"), 1, multiplier) && multiplier == 1 && q.unit.empty()) q.unit = name;
            else
                d_.warn(ImportCode::dropped_answer, place(unit),
                        "the unit " + quote_for_message(name) + " is left out: newsquiz shows one unit and converts none");
        }
        return ok;
    }

    bool match(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::match;
        for (pugi::xml_node sub : node.children("subquestion")) {
            DraftPair p;
            p.place = place(sub);
            p.left = text_of(sub);
            p.right = std::string(trim_space(raw_text(sub.child("answer").child("text"))));
            q.pairs.push_back(std::move(p));
        }
        return true;
    }

    bool order(pugi::xml_node node, DraftQuestion& q) {
        q.kind = DraftKind::order;
        for (pugi::xml_node answer : node.children("answer")) {
            DraftAnswer a;
            a.place = place(answer);
            a.text = text_of(answer);
            q.answers.push_back(std::move(a));
        }
        return true;
    }

    // ddwtos and gapselect: "The [[1]] sat on the [[2]]." with numbered choices in groups.
    bool gaps(pugi::xml_node node, DraftQuestion& q, const char* choice_element) {
        struct Option {
            std::string text;
            std::string group;
            Place place;
        };
        std::vector<Option> options;
        for (pugi::xml_node c : node.children(choice_element))
            options.push_back({text_of(c), std::string(trim_space(raw_text(c.child("group")))), place(c)});
        // The gaps in order: [[n]] names option n (from 1), the right one for that gap.
        std::vector<size_t> gap_options;
        std::string prompt;
        const std::string& text = q.prompt;
        size_t i = 0;
        while (i < text.size()) {
            size_t open = text.find("[[", i);
            size_t close = open == std::string::npos ? std::string::npos : text.find("]]", open + 2);
            double n = 0;
            if (close == std::string::npos || !import_parse_number(text.substr(open + 2, close - open - 2), n) || n < 1 ||
                n > double(options.size()) || n != double(size_t(n))) {
                prompt += text.substr(i, open == std::string::npos ? std::string::npos : open + 2 - i);
                if (open == std::string::npos) break;
                i = open + 2;
                continue;
            }
            prompt += text.substr(i, open - i);
            gap_options.push_back(size_t(n) - 1);
            prompt += "_____";
            i = close + 2;
        }
        if (gap_options.empty()) {
            d_.warn(ImportCode::skipped_question, q.place, "the question has no gap [[n]] naming one of its choices: it is skipped");
            return false;
        }
        if (gap_options.size() == 1) {  // one gap: a choice among the options of its group
            q.kind = DraftKind::choice;
            q.prompt = prompt;
            const Option& right = options[gap_options[0]];
            for (size_t k = 0; k < options.size(); ++k) {
                if (options[k].group != right.group) continue;
                q.answers.push_back({options[k].text, k == gap_options[0] ? 1.0 : 0.0, "", options[k].place});
            }
            return true;
        }
        // Several gaps: each gap, numbered in the prompt, is matched with its word.
        q.kind = DraftKind::match;
        q.prompt.clear();
        size_t gap = 0, from = 0;
        for (size_t at = prompt.find("_____"); at != std::string::npos; at = prompt.find("_____", at + 5)) {
            q.prompt += prompt.substr(from, at - from) + "(" + std::to_string(++gap) + ") _____";
            from = at + 5;
        }
        q.prompt += prompt.substr(from);
        std::vector<bool> used(options.size(), false);
        for (size_t k = 0; k < gap_options.size(); ++k) {
            used[gap_options[k]] = true;
            q.pairs.push_back({"(" + std::to_string(k + 1) + ")", options[gap_options[k]].text, q.place});
        }
        for (size_t k = 0; k < options.size(); ++k)
            if (!used[k])
                d_.warn(ImportCode::dropped_answer, options[k].place,
                        "the choice " + quote_for_message(options[k].text) + ", the answer of no gap, is left out: newsquiz matches each gap to its own word");
        return true;
    }
};

}  // namespace

void read_moodle_xml(std::string_view text, Drafts& out) { MoodleXmlReader(text, out).read(); }

}  // namespace nq
