#include "xapi.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "codec.h"
#include "words.h"

namespace nq {

namespace {

const char* const kInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction";
const char* const kAssessment = "http://adlnet.gov/expapi/activities/assessment";

// A bound as the author would write it: 15 significant digits drop the noise of binary
// arithmetic (0.7 - 0.05 is 0.6499999999999999), then the shortest form of that.
std::string bound_text(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", x);
    return number_text(std::strtod(buf, nullptr));
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
    return out;
}

std::string lang_key(const XapiContext& ctx) { return ctx.lang.empty() ? "und" : ctx.lang; }

// "name": {"<lang>": text}
void lang_map(JsonWriter& w, const char* name, const XapiContext& ctx, const std::string& text) {
    w.key(name);
    w.begin_object();
    w.key(lang_key(ctx));
    w.value(text);
    w.end_object();
}

void component(JsonWriter& w, const XapiContext& ctx, const std::string& id, const std::string& text) {
    w.begin_object();
    w.field("id", id);
    lang_map(w, "description", ctx, text);
    w.end_object();
}

std::string quiz_iri(const XapiContext& ctx, const Article& article) {
    return (ctx.activity_base.empty() ? std::string("urn:newsquiz:") : ctx.activity_base) + article.id;
}

void score_json(JsonWriter& w, double score, double max) {
    double scaled = max > 0 ? std::round(score / max * 10000) / 10000 : 0;
    w.key("score");
    w.begin_object();
    w.number("scaled", scaled);
    w.number("raw", score);
    w.field("min", 0);
    w.number("max", max);
    w.end_object();
}

// The members every result ends with: success, completion, score and duration.
void outcome(JsonWriter& w, bool success, double score, double max, double duration_ms) {
    w.field("success", success);
    w.field("completion", true);
    score_json(w, score, max);
    w.field("duration", xapi_duration(duration_ms));
}

// Opens the statement with the parts every statement shares: id, actor, verb, timestamp.
void begin_statement(JsonWriter& w, const XapiContext& ctx, XapiVerb verb, const XapiStamp& stamp) {
    static const char* const names[] = {"answered", "completed", "passed", "failed"};
    w.begin_object();
    w.field("id", stamp.id);
    w.key("actor");
    w.begin_object();
    w.field("objectType", "Agent");
    w.key("account");
    w.begin_object();
    w.field("homePage", ctx.home_page);
    w.field("name", ctx.actor_name);
    w.end_object();
    w.end_object();
    w.key("verb");
    w.begin_object();
    w.field("id", xapi_verb_iri(verb));
    w.key("display");
    w.begin_object();
    w.field("en-US", names[int(verb)]);
    w.end_object();
    w.end_object();
    w.field("timestamp", stamp.timestamp);
}

void interaction_definition(JsonWriter& w, const XapiContext& ctx, const Question& q) {
    w.key("definition");
    w.begin_object();
    w.field("type", kInteraction);
    lang_map(w, "name", ctx, q.prompt);
    w.field("interactionType", xapi_interaction_type(q.type));
    w.field("correctResponsesPattern", xapi_correct_pattern(q));
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            w.array("choices", q.choices, [&](JsonWriter& jw, const Choice& c) { component(jw, ctx, c.id, c.text); });
            break;
        case QuestionType::order:
            w.array("choices", q.items, [&](JsonWriter& jw, const Item& it) { component(jw, ctx, it.id, it.text); });
            break;
        case QuestionType::match:
            w.array("source", q.pairs, [&](JsonWriter& jw, const Pair& p) { component(jw, ctx, p.id, p.left); });
            w.array("target", q.pairs, [&](JsonWriter& jw, const Pair& p) { component(jw, ctx, p.id, p.right); });
            break;
        case QuestionType::true_false:
        case QuestionType::numeric:
        case QuestionType::text: break;
    }
    w.end_object();
}

// A choice that earns full marks on its own (single) or any credit (multiple).
bool choice_is_correct(const Question& q, const Choice& c) {
    if (!c.weight) return c.correct;
    return q.type == QuestionType::single ? *c.weight >= 100 : *c.weight > 0;
}

}  // namespace

const char* xapi_verb_iri(XapiVerb verb) {
    switch (verb) {
        case XapiVerb::answered: return "http://adlnet.gov/expapi/verbs/answered";
        case XapiVerb::completed: return "http://adlnet.gov/expapi/verbs/completed";
        case XapiVerb::passed: return "http://adlnet.gov/expapi/verbs/passed";
        case XapiVerb::failed: return "http://adlnet.gov/expapi/verbs/failed";
    }
    return "http://adlnet.gov/expapi/verbs/answered";
}

const char* xapi_interaction_type(QuestionType type) {
    switch (type) {
        case QuestionType::single:
        case QuestionType::multiple: return "choice";
        case QuestionType::true_false: return "true-false";
        case QuestionType::numeric: return "numeric";
        case QuestionType::text: return "fill-in";
        case QuestionType::order: return "sequencing";
        case QuestionType::match: return "matching";
    }
    return "other";
}

std::string xapi_response(const Question& q, const Response& r) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::order: return join(r.ids, "[,]");
        case QuestionType::true_false: return r.answered ? (r.boolean ? "true" : "false") : "";
        case QuestionType::numeric: return r.answered ? bound_text(r.number) : "";
        case QuestionType::text: return r.text;
        case QuestionType::match: {
            std::vector<std::string> pairs;
            for (const auto& m : r.matches) pairs.push_back(m.first + "[.]" + m.second);
            return join(pairs, "[,]");
        }
    }
    return "";
}

std::vector<std::string> xapi_correct_pattern(const Question& q) {
    std::vector<std::string> ids;
    switch (q.type) {
        case QuestionType::single:
            for (const Choice& c : q.choices)
                if (choice_is_correct(q, c)) ids.push_back(c.id);
            return ids;  // each correct choice is a response of its own
        case QuestionType::multiple:
            for (const Choice& c : q.choices)
                if (choice_is_correct(q, c)) ids.push_back(c.id);
            return {join(ids, "[,]")};
        case QuestionType::true_false: return {q.answer_bool ? "true" : "false"};
        case QuestionType::numeric:
            if (q.min && q.max) return {number_text(*q.min) + "[:]" + number_text(*q.max)};
            if (q.tolerance > 0)
                return {bound_text(q.answer_number - q.tolerance) + "[:]" + bound_text(q.answer_number + q.tolerance)};
            return {number_text(q.answer_number)};
        case QuestionType::text: {
            std::vector<std::string> accepted;
            // NOTE: a leading "{" would read as a pattern option, so such answers spell out the default.
            for (const std::string& a : q.accept) accepted.push_back(a.rfind('{', 0) == 0 ? "{case_matters=false}" + a : a);
            return accepted;
        }
        case QuestionType::order:
            for (const Item& it : q.items) ids.push_back(it.id);
            return {join(ids, "[,]")};
        case QuestionType::match:
            for (const Pair& p : q.pairs) ids.push_back(p.id + "[.]" + p.id);
            return {join(ids, "[,]")};
    }
    return {};
}

std::string xapi_duration(double ms) {
    long long cs = ms > 0 && std::isfinite(ms) ? std::llround(ms / 10) : 0;  // hundredths of a second
    long long h = cs / 360000, m = cs / 6000 % 60, s = cs % 6000;
    std::string out = "PT";
    if (h) out += std::to_string(h) + "H";
    if (m) out += std::to_string(m) + "M";
    if (s || (!h && !m)) {
        out += std::to_string(s / 100);
        if (s % 100) {
            char frac[4];
            std::snprintf(frac, sizeof frac, "%02lld", s % 100);
            out += "." + std::string(frac, frac[1] == '0' ? 1 : 2);
        }
        out += "S";
    }
    return out;
}

std::string xapi_uuid(const std::string& seed_hex, uint32_t n) {
    if (seed_hex.size() != 32) return "";
    unsigned char b[16];
    for (int i = 0; i < 16; ++i) {
        int v = 0;
        for (int k = 0; k < 2; ++k) {
            char c = seed_hex[size_t(2 * i + k)];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return "";
            v = v * 16 + d;
        }
        b[i] = static_cast<unsigned char>(v);
    }
    // The counter goes into the last four bytes (node field), away from the version and variant bits.
    uint32_t tail = (uint32_t(b[12]) << 24 | uint32_t(b[13]) << 16 | uint32_t(b[14]) << 8 | b[15]) + n;
    for (int i = 0; i < 4; ++i) b[15 - i] = static_cast<unsigned char>(tail >> (8 * i));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

std::string xapi_answered(const XapiContext& ctx, const Article& article, const Question& question,
                          const Response& response, const QuestionScore& score, double duration_ms,
                          const XapiStamp& stamp) {
    JsonWriter w;
    begin_statement(w, ctx, XapiVerb::answered, stamp);
    w.key("object");
    w.begin_object();
    w.field("objectType", "Activity");
    w.field("id", quiz_iri(ctx, article) + "/" + question.id);
    interaction_definition(w, ctx, question);
    w.end_object();
    w.key("result");
    w.begin_object();
    w.field("response", xapi_response(question, response));
    outcome(w, score.correct, score.score, score.max, duration_ms);
    w.end_object();
    w.key("context");
    w.begin_object();
    w.key("contextActivities");
    w.begin_object();
    w.key("parent");
    w.begin_array();
    w.begin_object();
    w.field("objectType", "Activity");
    w.field("id", quiz_iri(ctx, article));
    w.end_object();
    w.end_array();
    w.end_object();
    w.field("language", lang_key(ctx));
    w.end_object();
    w.end_object();
    return std::move(w.out);
}

std::string xapi_attempt(const XapiContext& ctx, const Article& article, const QuizScore& score,
                         XapiVerb verb, double duration_ms, const XapiStamp& stamp) {
    JsonWriter w;
    begin_statement(w, ctx, verb, stamp);
    w.key("object");
    w.begin_object();
    w.field("objectType", "Activity");
    w.field("id", quiz_iri(ctx, article));
    w.key("definition");
    w.begin_object();
    w.field("type", kAssessment);
    lang_map(w, "name", ctx, article.headline);
    w.end_object();
    w.end_object();
    w.key("result");
    w.begin_object();
    outcome(w, score.passed, score.score, score.max, duration_ms);
    w.end_object();
    w.key("context");
    w.begin_object();
    w.field("language", lang_key(ctx));
    w.end_object();
    w.end_object();
    return std::move(w.out);
}

}  // namespace nq
