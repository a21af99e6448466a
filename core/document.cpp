// SKELETON: reads the article card only; the core engine replaces it with the full reader.
#include "document.h"

#include <nlohmann/json.hpp>

namespace nq {

const char* question_type_name(QuestionType type) {
    switch (type) {
        case QuestionType::single: return "single";
        case QuestionType::multiple: return "multiple";
        case QuestionType::true_false: return "true_false";
        case QuestionType::numeric: return "numeric";
        case QuestionType::text: return "text";
        case QuestionType::order: return "order";
        case QuestionType::match: return "match";
    }
    return "single";
}

LoadResult load_document(std::string_view json_text) {
    LoadResult r;
    nlohmann::json j = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("article") || !j["article"].is_object()) {
        r.diagnostics.push_back({Severity::error, DiagCode::json_syntax, "", "is not a newsquiz/1 document"});
        return r;
    }
    const nlohmann::json& a = j["article"];
    auto str = [](const nlohmann::json& o, const char* k) {
        return o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : std::string();
    };
    r.doc.article.id = str(a, "id");
    r.doc.article.headline = str(a, "headline");
    r.doc.article.dek = str(a, "dek");
    r.doc.article.date = str(a, "date");
    if (a.contains("body") && a["body"].is_array())
        for (const auto& p : a["body"])
            if (p.is_string()) r.doc.article.body.push_back(p.get<std::string>());
    if (a.contains("sources") && a["sources"].is_array())
        for (const auto& s : a["sources"]) r.doc.article.sources.push_back({str(s, "name"), str(s, "url")});
    if (a.contains("more_sources") && a["more_sources"].is_number_integer()) r.doc.article.more_sources = a["more_sources"].get<int>();
    if (a.contains("topics") && a["topics"].is_array())
        for (const auto& t : a["topics"]) r.doc.article.topics.push_back({str(t, "id"), str(t, "label"), str(t, "emoji")});
    r.doc.has_quiz = j.contains("quiz");
    r.ok = true;
    return r;
}

}  // namespace nq
