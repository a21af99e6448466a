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
Json lang_map(const XapiContext& ctx, const std::string& text) { return {{lang_key(ctx), text}}; }

Json component(const XapiContext& ctx, const std::string& id, const std::string& text) {
    return {{"id", id}, {"description", lang_map(ctx, text)}};
}

std::string quiz_iri(const XapiContext& ctx, const Article& article) {
    return (ctx.activity_base.empty() ? std::string("urn:newsquiz:") : ctx.activity_base) + article.id;
}

Json score_json(double score, double max) {
    double scaled = max > 0 ? std::round(score / max * 10000) / 10000 : 0;
    return {{"scaled", json_number(scaled)}, {"raw", json_number(score)}, {"min", 0}, {"max", json_number(max)}};
}

// The parts every statement shares: id, actor, verb, timestamp.
Json statement(const XapiContext& ctx, XapiVerb verb, const XapiStamp& stamp) {
    static const char* const names[] = {"answered", "completed", "passed", "failed"};
    Json s;
    s["id"] = stamp.id;
    s["actor"] = {{"objectType", "Agent"}, {"account", {{"homePage", ctx.home_page}, {"name", ctx.actor_name}}}};
    s["verb"] = {{"id", xapi_verb_iri(verb)}, {"display", {{"en-US", names[int(verb)]}}}};
    s["timestamp"] = stamp.timestamp;
    return s;
}

Json interaction_definition(const XapiContext& ctx, const Question& q) {
    Json d = {{"type", kInteraction},
              {"name", lang_map(ctx, q.prompt)},
              {"interactionType", xapi_interaction_type(q.type)},
              {"correctResponsesPattern", xapi_correct_pattern(q)}};
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple: {
            Json& choices = d["choices"] = Json::array();
            for (const Choice& c : q.choices) choices.push_back(component(ctx, c.id, c.text));
            break;
        }
        case QuestionType::order: {
            Json& choices = d["choices"] = Json::array();
            for (const Item& it : q.items) choices.push_back(component(ctx, it.id, it.text));
            break;
        }
        case QuestionType::match: {
            Json& source = d["source"] = Json::array();
            Json& target = d["target"] = Json::array();
            for (const Pair& p : q.pairs) {
                source.push_back(component(ctx, p.id, p.left));
                target.push_back(component(ctx, p.id, p.right));
            }
            break;
        }
        case QuestionType::true_false:
        case QuestionType::numeric:
        case QuestionType::text: break;
    }
    return d;
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
    Json s = statement(ctx, XapiVerb::answered, stamp);
    s["object"] = {{"objectType", "Activity"},
                   {"id", quiz_iri(ctx, article) + "/" + question.id},
                   {"definition", interaction_definition(ctx, question)}};
    s["result"] = {{"response", xapi_response(question, response)},
                   {"success", score.correct},
                   {"completion", true},
                   {"score", score_json(score.score, score.max)},
                   {"duration", xapi_duration(duration_ms)}};
    Json parent = Json::array();
    parent.push_back({{"objectType", "Activity"}, {"id", quiz_iri(ctx, article)}});
    s["context"] = {{"contextActivities", {{"parent", parent}}}, {"language", lang_key(ctx)}};
    return json_dump(s);
}

std::string xapi_attempt(const XapiContext& ctx, const Article& article, const QuizScore& score,
                         XapiVerb verb, double duration_ms, const XapiStamp& stamp) {
    Json s = statement(ctx, verb, stamp);
    s["object"] = {{"objectType", "Activity"},
                   {"id", quiz_iri(ctx, article)},
                   {"definition", {{"type", kAssessment}, {"name", lang_map(ctx, article.headline)}}}};
    s["result"] = {{"success", score.passed},
                   {"completion", true},
                   {"score", score_json(score.score, score.max)},
                   {"duration", xapi_duration(duration_ms)}};
    s["context"] = {{"language", lang_key(ctx)}};
    return json_dump(s);
}

}  // namespace nq
