// Responses, solutions and scores as words (feedback, review, "Copy result", announcements).
#include <algorithm>

#include "ui_draw.h"

namespace nq::ui {

static const Choice* find_choice(const Question& q, const std::string& id) {
    for (const Choice& c : q.choices)
        if (c.id == id) return &c;
    return nullptr;
}

static const nq::Item* find_item(const Question& q, const std::string& id) {
    for (const nq::Item& i : q.items)
        if (i.id == id) return &i;
    return nullptr;
}

static const Pair* find_pair(const Question& q, const std::string& id) {
    for (const Pair& p : q.pairs)
        if (p.id == id) return &p;
    return nullptr;
}

static void join(std::string& out, const std::string& sep, const std::string& piece) {
    if (!out.empty()) out += sep;
    out += piece;
}

static std::string with_unit(const std::string& number, const Question& q) {
    return q.unit.empty() ? number : number + " " + q.unit;
}

std::string response_text(const Question& q, const Response& r, Lang lang) {
    if (!response_answered(q, r)) return str(Str::no_answer, lang);
    std::string out;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (const std::string& id : r.ids)
                if (const Choice* c = find_choice(q, id)) join(out, "; ", c->text);
            break;
        case QuestionType::true_false: out = str(r.boolean ? Str::true_ : Str::false_, lang); break;
        case QuestionType::numeric: out = with_unit(format_number(r.number, lang), q); break;
        case QuestionType::text: out = r.text; break;
        case QuestionType::order:
            for (const std::string& id : r.ids)
                if (const nq::Item* i = find_item(q, id)) join(out, " → ", i->text);
            break;
        case QuestionType::match:
            for (const auto& [left, right] : r.matches) {
                const Pair* l = find_pair(q, left);
                const Pair* rp = find_pair(q, right);
                if (l && rp) join(out, "; ", l->left + " → " + rp->right);
            }
            break;
    }
    return out.empty() ? str(Str::no_answer, lang) : out;
}

std::string solution_text(const Question& q, Lang lang) {
    std::string out;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple: {
            double best = 0;
            for (const Choice& c : q.choices) best = std::max(best, c.weight.value_or(c.correct ? 100.0 : 0.0));
            for (const Choice& c : q.choices) {
                double w = c.weight.value_or(c.correct ? 100.0 : 0.0);
                bool right = q.type == QuestionType::single ? (w > 0 && w == best) : (c.correct || (c.weight && w > 0));
                if (right) join(out, "; ", c.text);
            }
            break;
        }
        case QuestionType::true_false: out = str(q.answer_bool ? Str::true_ : Str::false_, lang); break;
        case QuestionType::numeric:
            if (q.min && q.max)
                out = with_unit(format_number(*q.min, lang) + "–" + format_number(*q.max, lang), q);
            else if (q.tolerance > 0)
                out = with_unit(format_number(q.answer_number, lang) + " ± " + format_number(q.tolerance, lang), q);
            else
                out = with_unit(format_number(q.answer_number, lang), q);
            break;
        case QuestionType::text:
            if (!q.accept.empty()) out = q.accept.front();
            break;
        case QuestionType::order:
            for (const nq::Item& i : q.items) join(out, " → ", i.text);
            break;
        case QuestionType::match:
            for (const Pair& p : q.pairs) join(out, "; ", p.left + " → " + p.right);
            break;
    }
    return out;
}

std::string points_text(double score, double max, Lang lang) {
    return fmt(str(max == 1 ? Str::points_one : Str::points_many, lang),
               {format_number(score, lang), format_number(max, lang)});
}

std::string percent_text(double percent, Lang lang) {
    return fmt(str(Str::percent, lang), {format_number(percent, lang)});
}

}  // namespace nq::ui
