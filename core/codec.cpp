// codec.cpp: JSON <-> responses and scores. Every type is checked before get<>.
#include "codec.h"

#include "json_reader.h"

#include <cmath>

namespace nq {

// [SECTION] Helpers
Json json_number(double value) {
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= kExactIntegers)
        return Json(int64_t(value));
    return Json(value);
}

bool json_parse(std::string_view text, Json& out, Diagnostic& error) {
    JsonRead read = json_read(text, JsonReadOptions{});
    if (!read.findings.empty()) {
        error = read.findings.front().diagnostic;
        return false;
    }
    out = std::move(read.root);
    return true;
}

// [SECTION] Responses
static ParsedResponse fail(DiagCode code, std::string pointer, std::string message) {
    ParsedResponse p;
    p.error = {Severity::error, code, std::move(pointer), std::move(message)};
    return p;
}

static ParsedResponse wrong_type(const std::string& pointer, const char* expected, const Json& got) {
    return fail(DiagCode::wrong_type, pointer, std::string("expected ") + expected + ", got " + got.type_name());
}

// What each type takes, as error messages say it.
static const char* expected_shape(QuestionType type) {
    switch (type) {
        case QuestionType::single: return "a choice id (a string)";
        case QuestionType::multiple: return "an array of choice ids";
        case QuestionType::true_false: return "true or false";
        case QuestionType::numeric: return "a number";
        case QuestionType::text: return "a string";
        case QuestionType::order: return "an array of item ids";
        case QuestionType::match: return "an object of left pair id -> pair id";
    }
    return "a response";
}

static const char* expected_element(QuestionType type) {
    switch (type) {
        case QuestionType::multiple: return "a choice id (a string)";
        case QuestionType::order: return "an item id (a string)";
        default: return "a pair id (a string)";
    }
}

ParsedResponse response_from_json(const Question& question, const Json& json) {
    ParsedResponse p;
    p.ok = true;
    if (json.is_null()) return p;  // no response
    p.response.answered = true;
    const char* expected = expected_shape(question.type);
    switch (question.type) {
        case QuestionType::single:
        case QuestionType::text:
            if (!json.is_string()) return wrong_type("", expected, json);
            if (question.type == QuestionType::single) p.response.ids = {json.get<std::string>()};
            else p.response.text = json.get<std::string>();
            return p;
        case QuestionType::true_false:
            if (!json.is_boolean()) return wrong_type("", expected, json);
            p.response.boolean = json.get<bool>();
            return p;
        case QuestionType::numeric:
            if (!json.is_number()) return wrong_type("", expected, json);
            p.response.number = json.get<double>();
            if (!std::isfinite(p.response.number)) return fail(DiagCode::out_of_range, "", "expected a finite number");
            return p;
        case QuestionType::multiple:
        case QuestionType::order:
            if (!json.is_array()) return wrong_type("", expected, json);
            for (size_t i = 0; i < json.size(); ++i) {
                if (!json[i].is_string()) return wrong_type("/" + std::to_string(i), expected_element(question.type), json[i]);
                p.response.ids.push_back(json[i].get<std::string>());
            }
            return p;
        case QuestionType::match:
            if (!json.is_object()) return wrong_type("", expected, json);
            for (const auto& [left, chosen] : json.members()) {
                if (!chosen.is_string()) return wrong_type("/" + json_pointer_escape(left), expected_element(question.type), chosen);
                p.response.matches.emplace_back(left, chosen.get<std::string>());
            }
            return p;
    }
    return p;
}

ParsedResponse response_from_text(const Question& question, std::string_view json_text) {
    Json json;
    ParsedResponse p;
    if (!json_parse(json_text, json, p.error)) return p;
    return response_from_json(question, json);
}

Json response_to_json(const Question& question, const Response& response) {
    if (!response.answered) return nullptr;
    switch (question.type) {
        case QuestionType::single: return response.ids.empty() ? "" : response.ids[0];
        case QuestionType::multiple:
        case QuestionType::order: return response.ids;
        case QuestionType::true_false: return response.boolean;
        case QuestionType::numeric: return json_number(response.number);
        case QuestionType::text: return response.text;
        case QuestionType::match: {
            Json out = Json::object();
            for (const auto& [left, chosen] : response.matches) out[left] = chosen;
            return out;
        }
    }
    return nullptr;
}

// [SECTION] Scores
Json question_score_to_json(const std::string& question_id, const QuestionScore& score) {
    Json out = Json::object();
    out["id"] = question_id;
    out["score"] = json_number(score.score);
    out["max"] = json_number(score.max);
    out["correct"] = score.correct;
    out["answered"] = score.answered;
    return out;
}

Json quiz_score_to_json(const Document& doc, const std::vector<int>& indices, const QuizScore& score) {
    const Quiz& quiz = doc.quiz;
    Json out = Json::object();
    out["article"] = doc.article.id;
    out["score"] = json_number(score.score);
    out["max"] = json_number(score.max);
    out["percent"] = json_number(score.percent);
    out["passed"] = score.passed;
    bool has_band = score.band >= 0 && size_t(score.band) < quiz.results.size();
    out["band"] = has_band ? Json(quiz.results[size_t(score.band)].message) : Json(nullptr);
    out["questions"] = Json::array();
    for (size_t i = 0; i < score.questions.size() && i < indices.size(); ++i) {
        int index = indices[i];
        std::string id = index >= 0 && size_t(index) < quiz.questions.size() ? quiz.questions[size_t(index)].id : "";
        out["questions"].push_back(question_score_to_json(id, score.questions[i]));
    }
    return out;
}

}  // namespace nq
