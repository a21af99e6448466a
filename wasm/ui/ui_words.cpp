// Responses, solutions, scores and topic levels as words (feedback, review, "Copy result",
// announcements, progress).
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

std::string topic_name(const Topic& topic) { return topic.emoji.empty() ? topic.label : topic.emoji + " " + topic.label; }

const char* level_word(MasteryLevel level, Lang lang) {
    switch (level) {
        case MasteryLevel::not_started: return str(Str::level_not_started, lang);
        case MasteryLevel::familiar: return str(Str::level_familiar, lang);
        case MasteryLevel::proficient: return str(Str::level_proficient, lang);
        case MasteryLevel::mastered: return str(Str::level_mastered, lang);
    }
    return "";
}

std::string topic_change_text(const TopicChange& c, Lang lang) {
    const std::string name = topic_name(c.after.topic), to = percent_text(c.after.percent, lang);
    const char* level = level_word(c.after.level, lang);
    if (c.before.level != c.after.level)
        return fmt(str(Str::topic_change, lang), {name, level_word(c.before.level, lang), level});
    if (c.before.percent == c.after.percent) return fmt(str(Str::topic_level_figure, lang), {name, level, to});
    return fmt(str(Str::topic_figure, lang), {name, level, percent_text(c.before.percent, lang), to});
}

// "1 article" / "3 articles": the string for one, else the string for many with the count.
static std::string count_text(int n, Str one, Str many, Lang lang) {
    return n == 1 ? str(one, lang) : fmt(str(many, lang), {std::to_string(n)});
}

std::string start_quiz_label(const App& app, Lang lang) {
    if (session_running(app.session)) return str(Str::continue_quiz, lang);
    return str(app_quiz_taken(app) ? Str::retake : Str::start_quiz, lang);
}

std::string review_due_label(int due, Lang lang) { return count_text(due, Str::review_due_one, Str::review_due_many, lang); }

std::string streak_text(const Streak& s, Lang lang) {
    std::string now = s.current == 0 ? str(Str::streak_none, lang)
                                     : count_text(s.current, Str::streak_days_one, Str::streak_days_many, lang);
    return now + " · " + count_text(s.longest, Str::streak_longest_one, Str::streak_longest, lang);
}

std::string totals_text(const ProgressTotals& t, Lang lang) {
    return fmt(str(Str::totals, lang), {count_text(t.articles, Str::articles_one, Str::articles_many, lang),
                                        count_text(t.attempts, Str::quizzes_one, Str::quizzes_many, lang)});
}

std::string topic_level_text(const TopicMastery& m, Lang lang) {
    return fmt(str(Str::topic_level, lang), {topic_name(m.topic), level_word(m.level, lang)});
}

std::string recent_scores_text(const std::vector<RecentAttempt>& recent, Lang lang) {
    std::string joined;
    for (const RecentAttempt& a : recent) joined += (joined.empty() ? "" : ", ") + percent_text(a.percent, lang);
    return fmt(str(Str::recent_scores_list, lang), {joined});
}

std::string without_variation_selectors(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i + 2 < s.size() && uint8_t(s[i]) == 0xEF && uint8_t(s[i + 1]) == 0xB8 &&
            (uint8_t(s[i + 2]) == 0x8E || uint8_t(s[i + 2]) == 0x8F)) {
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

}  // namespace nq::ui
