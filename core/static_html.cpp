// static_html.cpp: `newsquiz html`, the fragment drawn from the View (core/view.h).
//
// Index of this file:
// [SECTION] Escaping
// [SECTION] The views the fragment is drawn from
// [SECTION] Writing HTML
// [SECTION] The card
// [SECTION] The questions
// [SECTION] The actions
// [SECTION] JSON-LD
// [SECTION] The fragment
#include "static_html.h"


#include "codec.h"
#include "linkify.h"
#include "scoring.h"
#include "view.h"

namespace nq {

// [SECTION] Escaping
std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                // NOTE: a C0 control (NUL above all) is a parse error in HTML; U+FFFD is what a parser makes of NUL.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
                else out += c;
        }
    }
    return out;
}

std::string json_for_script(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (char c : json) {
        // These bytes occur only inside JSON strings, where \uXXXX means the same character.
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else out += c;
    }
    return out;
}

namespace {

// [SECTION] The views the fragment is drawn from
// The card, each question as first shown and, where the quiz shows
// solutions, the review's solution of each, all from one App.
struct Views {
    View card;
    std::vector<View> questions;  // in document order
    std::vector<std::string> solutions;  // per question; "" where the quiz shows none
};

Views views_of(App& app, const std::string& lang) {
    Views out;
    const ViewOptions options{lang, 0};
    out.card = app_view(app, options);
    if (!out.card.article.quiz) return out;
    app_apply(app, {IntentKind::start_quiz}, 0);
    for (size_t k = 0; k < app.session.records.size(); ++k) {
        // NOTE: the question screen shows the current record; pointing it at each in turn
        // gives every question as the widget first shows it, with nothing answered.
        app.session.current = int(k);
        out.questions.push_back(app_view(app, options));
    }
    app.session.current = 0;
    app_apply(app, {IntentKind::finish}, 0);  // nothing answered: each row says its solution
    View results = app_view(app, options);
    for (const ViewReviewRow& row : results.results.rows) out.solutions.push_back(row.solution);
    return out;
}

// [SECTION] Writing HTML
struct Html {
    std::string out;
    Html& raw(std::string_view s) {
        out += s;
        return *this;
    }
    Html& text(std::string_view s) {
        out += html_escape(s);
        return *this;
    }
    // <tag class="newsquiz-static__name">text</tag>
    Html& element(const char* tag, const char* name, std::string_view s) {
        return open(tag, name).text(s).close(tag);
    }
    Html& open(const char* tag, const char* name, std::string_view attributes = "") {
        out += "<";
        out += tag;
        if (name && *name) {
            out += " class=\"newsquiz-static__";
            out += name;
            out += "\"";
        }
        out += attributes;
        out += ">";
        return *this;
    }
    Html& close(const char* tag) {
        out += "</";
        out += tag;
        out += ">\n";
        return *this;
    }
};

std::string attribute(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + html_escape(value) + "\"";
}

// A link only where it is safe to open; its text alone otherwise.
void link_or_text(Html& h, const std::string& text, const std::string& href) {
    if (!href.empty() && check_link(href) == LinkCheck::safe) {
        h.raw("<a").raw(attribute("href", href)).raw(" rel=\"noopener\">").text(text).raw("</a>");
    } else {
        h.text(text);
    }
}

// A chip whose spoken label differs from what it shows ("+31", "and 31 more sources").
void chips(Html& h, const std::string& label, const std::vector<ViewChip>& list) {
    if (list.empty()) return;
    h.open("ul", "chips", attribute("aria-label", label));
    for (const ViewChip& c : list) {
        h.raw("<li>");
        if (!c.label.empty() && c.label != c.text && c.href.empty() && c.emoji.empty()) {
            h.raw("<span aria-hidden=\"true\">").text(c.text).raw("</span>");
            h.raw("<span class=\"newsquiz-static__sr\">").text(c.label).raw("</span>");
        } else {
            link_or_text(h, c.text, c.href);
        }
        h.raw("</li>\n");
    }
    h.close("ul");
}

// [SECTION] The card
void card(Html& h, const View& v, const std::string& date) {
    const ViewArticle& a = v.article;
    h.raw("<p class=\"newsquiz-static__date\"><time").raw(attribute("datetime", date)).raw(">").text(a.date).raw("</time></p>\n");
    h.element("h2", "headline", a.headline);
    if (!a.dek.empty()) h.element("p", "dek", a.dek);
    chips(h, a.sources_label, a.sources);
    if (!a.body.empty()) {
        h.open("div", "body");
        for (size_t i = 0; i < a.body_folded && i < a.body.size(); ++i) h.element("p", "", a.body[i]);
        if (a.body_folded < a.body.size()) {
            h.open("details", "more").element("summary", "", a.read_more);
            for (size_t i = a.body_folded; i < a.body.size(); ++i) h.element("p", "", a.body[i]);
            h.close("details");
        }
        h.close("div");
    }
    chips(h, a.topics_label, a.topics);
}

// [SECTION] The questions
void list(Html& h, const char* name, const std::vector<std::string>& texts) {
    h.open("ul", name);
    for (const std::string& t : texts) h.element("li", "", t);
    h.close("ul");
}

void question(Html& h, const ViewQuestion& q) {
    h.open("li", "question", attribute("data-type", question_type_name(q.type)));
    h.element("p", "prompt", q.prompt);
    if (!q.hint.empty()) h.element("p", "hint", q.hint);
    std::vector<std::string> texts;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::true_false:
            for (const ViewChoice& c : q.choices) texts.push_back(c.text);
            list(h, "choices", texts);
            break;
        case QuestionType::numeric:
        case QuestionType::text:
            h.element("p", "hint", q.field.unit.empty() ? q.field.placeholder : q.field.placeholder + " (" + q.field.unit + ")");
            break;
        case QuestionType::order:
            for (const ViewOrderItem& i : q.items) texts.push_back(i.text);
            list(h, "items", texts);
            break;
        case QuestionType::match:
            for (const ViewMatchRow& r : q.rows) texts.push_back(r.left);
            list(h, "left", texts);
            texts.clear();
            for (const ViewOption& o : q.options) texts.push_back(o.text);
            list(h, "right", texts);
            break;
    }
    h.close("li");
}

std::string questions_label(size_t n, const Words& lang) {
    return n == 1 ? str(Str::quiz_questions_one, lang) : fmt(str(Str::quiz_questions_many, lang), {std::to_string(n)});
}

void quiz(Html& h, const Views& views, const Words& lang) {
    const ViewArticle& a = views.card.article;
    h.open("section", "quiz");
    h.element("h3", "title", a.quiz_title);
    h.element("p", "cta", a.cta);
    h.open("details", "questions").element("summary", "", questions_label(views.questions.size(), lang));
    h.open("ol", "list");
    for (const View& v : views.questions) question(h, v.question);
    h.close("ol").close("details").close("section");
}

// [SECTION] The actions
// As the card shows them: numbered under the call to the quiz.
void actions(Html& h, const View& card) {
    if (card.article.actions_title.empty() || card.actions.empty()) return;
    h.open("section", "actions");
    h.element("h3", "actions-title", card.article.actions_title);
    h.open("ol", "list");
    for (const ViewAction& a : card.actions) {
        h.raw("<li>");
        for (const Span& s : a.spans) link_or_text(h, s.text, s.href);
        h.raw("</li>\n");
    }
    h.close("ol").close("section");
}

// [SECTION] JSON-LD
const char* edu_question_type(QuestionType type) {
    switch (type) {
        case QuestionType::single: return "Multiple choice";
        case QuestionType::multiple: return "Checkbox";
        case QuestionType::true_false: return "True or false";
        case QuestionType::numeric: return "Numeric";
        case QuestionType::text: return "Short answer";
        case QuestionType::order: return "Ordering";
        case QuestionType::match: return "Matching";
    }
    return "";
}

Json answer(const std::string& text) { return Json{{"@type", "Answer"}, {"text", text}}; }

// The question's choices as answers: with solutions, those of the solution accepted and the
// others suggested; without, every one suggested (nothing tells which is right).
void choice_answers(Json& out, const Question& q, const ViewQuestion& v, bool solutions) {
    Json accepted = Json::array(), suggested = Json::array();
    for (const ViewChoice& c : v.choices) {
        bool right = false;
        if (q.type == QuestionType::true_false) right = (c.id == "true") == q.answer_bool;
        else if (const Choice* choice = find_choice(q, c.id)) right = choice_in_solution(q, *choice);
        (solutions && right ? accepted : suggested).push_back(answer(c.text));
    }
    if (!suggested.empty()) out["suggestedAnswer"] = suggested;
    if (!accepted.empty()) out["acceptedAnswer"] = accepted.size() == 1 ? accepted[0] : accepted;
}

std::string json_ld(const App& app, const Views& views, const std::string& lang) {
    const Document& d = app.loaded.doc;
    Json quiz{{"@context", "https://schema.org"}, {"@type", "Quiz"}, {"name", views.card.article.quiz_title}, {"inLanguage", lang}};
    if (!d.article.topics.empty()) {
        Json about = Json::array();
        for (const Topic& t : d.article.topics) about.push_back({{"@type", "Thing"}, {"name", t.label}});
        quiz["about"] = about;
    }
    if (!d.article.url.empty() && is_web_url(d.article.url, false)) quiz["isBasedOn"] = d.article.url;
    const bool solutions = d.quiz.show_solutions;
    Json parts = Json::array();
    for (size_t k = 0; k < views.questions.size(); ++k) {
        const ViewQuestion& v = views.questions[k].question;
        const Question& q = app_question(app, app.session.records[k]);
        Json part{{"@type", "Question"}, {"eduQuestionType", edu_question_type(q.type)}, {"text", v.prompt}};
        if (q.type == QuestionType::single || q.type == QuestionType::multiple || q.type == QuestionType::true_false) {
            choice_answers(part, q, v, solutions);
        } else if (solutions && k < views.solutions.size() && !views.solutions[k].empty()) {
            part["acceptedAnswer"] = answer(views.solutions[k]);
        }
        if (solutions && !q.explanation.empty() && part.contains("acceptedAnswer")) {
            Json& accepted = part["acceptedAnswer"];
            Json explanation{{"@type", "Comment"}, {"text", q.explanation}};
            if (accepted.is_array()) for (Json& a : accepted) a["answerExplanation"] = explanation;
            else accepted["answerExplanation"] = explanation;
        }
        parts.push_back(part);
    }
    quiz["hasPart"] = parts;
    return json_for_script(json_dump(quiz));
}

}  // namespace

// [SECTION] The fragment
StaticHtml static_html(std::string_view json_text, const StaticHtmlOptions& options) {
    StaticHtml out;
    AppOptions app_options;
    app_options.seed = options.seed;
    App app = app_open(json_text, app_options);
    out.diagnostics = app.loaded.diagnostics;
    if (!app.loaded.ok) return out;
    // Every question of the pool, in document order, untimed: the page lists the whole quiz.
    Quiz& pool = app.loaded.doc.quiz;
    pool.pick = 0;
    pool.shuffle_questions = false;
    pool.time_limit_s = 0;
    app.session = session_new(pool, options.seed);

    const std::string lang = options.lang.empty() ? app.loaded.doc.lang : options.lang;
    Views views = views_of(app, lang);
    const Words words = view_words(app, {lang, 0});

    Html h;
    h.raw("<div class=\"newsquiz-static\"").raw(attribute("lang", views.card.lang)).raw(attribute("dir", views.card.dir)).raw(">\n");
    card(h, views.card, app.loaded.doc.article.date);
    if (views.card.article.quiz) quiz(h, views, words);
    actions(h, views.card);
    if (views.card.article.quiz)
        h.raw("<script type=\"application/ld+json\">").raw(json_ld(app, views, views.card.lang)).raw("</script>\n");
    h.raw("</div>\n");
    out.ok = true;
    out.html = std::move(h.out);
    return out;
}

}  // namespace nq
