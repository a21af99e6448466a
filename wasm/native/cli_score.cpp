// `newsquiz score DOC ANSWERS` (interfaces.md §6): scores a set of answers against a document.
//
// ANSWERS is {"answers": {question id: response}} with responses as in content-format.md
// (null = no answer). Every question of the quiz is scored, in document order, ignoring
// shuffle and pick; the result is one line of compact JSON on stdout:
//   {"article":ID,"score":S,"max":M,"percent":P,"passed":B,"band":MESSAGE|null,
//    "questions":[{"id":ID,"score":S,"max":M,"correct":B,"answered":B},...]}
// Errors go to stderr as `FILE: error: POINTER: message` (diagnostic_to_string), every bad
// answer in one run; exit 1 on any, 2 on a usage error.
#include <cstdio>

#include "cli.h"
#include "codec.h"
#include "document.h"
#include "json_reader.h"
#include "scoring.h"

namespace {

void print_error(const std::string& path, const nq::Diagnostic& d) {
    std::fprintf(stderr, "%s: %s\n", path.c_str(), nq::diagnostic_to_string(d).c_str());
}

nq::Diagnostic error(nq::DiagCode code, std::string pointer, std::string message) {
    return {nq::Severity::error, code, std::move(pointer), std::move(message)};
}

bool read_or_report(const std::string& path, std::string& text) {
    std::string message;
    if (nq::cli::read_file(path, nq::kMaxDocumentBytes, text, message)) return true;
    std::fprintf(stderr, "%s: error: %s\n", path.c_str(), message.c_str());
    return false;
}

int question_index(const nq::Quiz& quiz, const std::string& id) {
    for (size_t i = 0; i < quiz.questions.size(); ++i)
        if (quiz.questions[i].id == id) return int(i);
    return -1;
}

// One response per question of the quiz, in document order; the errors of the file otherwise.
std::vector<nq::Diagnostic> read_answers(const std::string& text, const nq::Quiz& quiz, std::vector<nq::Response>& responses) {
    nq::Json root;
    nq::Diagnostic syntax;
    if (!nq::json_parse(text, root, syntax)) return {syntax};
    if (!root.is_object())
        return {error(nq::DiagCode::wrong_type, "", std::string("expected an object {\"answers\": {...}}, got ") + root.type_name())};
    const nq::Json* answers = root.find("answers");
    if (!answers) return {error(nq::DiagCode::missing_field, "/answers", "")};
    if (!answers->is_object())
        return {error(nq::DiagCode::wrong_type, "/answers",
                      std::string("expected an object of question id -> response, got ") + answers->type_name())};
    std::vector<nq::Diagnostic> errors;
    responses.assign(quiz.questions.size(), nq::Response{});
    for (const auto& [id, value] : answers->members()) {
        std::string pointer = "/answers/" + nq::json_pointer_escape(id);
        int index = question_index(quiz, id);
        if (index < 0) {
            errors.push_back(error(nq::DiagCode::unknown_reference, pointer, "names no question of the document"));
            continue;
        }
        nq::ParsedResponse p = nq::response_from_json(quiz.questions[size_t(index)], value);
        if (!p.ok) {
            p.error.pointer = pointer + p.error.pointer;
            errors.push_back(p.error);
        }
        responses[size_t(index)] = p.response;
    }
    return errors;
}

const char kDetails[] =
    "Scores answers against a newsquiz/1 document, as the widget scores them, and prints one line of JSON:\n"
    "  {\"article\", \"score\", \"max\", \"percent\", \"passed\", \"band\", \"questions\": [{\"id\", \"score\", \"max\",\n"
    "   \"correct\", \"answered\"}]}\n"
    "percent is exact (100 x score / max, not rounded). Every question of the quiz is scored, in\n"
    "document order, ignoring shuffle and pick.\n\n"
    "ANSWERS is a JSON file {\"answers\": {QUESTION_ID: RESPONSE}}; a missing id or null is no answer.\n"
    "Responses: single \"b\"; multiple [\"a\", \"c\"]; true_false true; numeric 3.5; text \"Paris\";\n"
    "order [\"i2\", \"i1\", \"i3\"]; match {\"p1\": \"p2\"} (for the left of pair p1, the right of pair p2).\n\n"
    "Problems go to standard error as FILE: error: POINTER: message.\n"
    "Exit 0 scored, 1 an invalid document or answers (or a file that cannot be read), 2 usage.\n";

int run_score(const nq::cli::Args& args) {
    if (nq::cli::wants_help(args)) return nq::cli::print_help("score", kDetails);
    for (const std::string& a : args)
        if (a.size() > 1 && a[0] == '-') return nq::cli::usage_error("score", "unknown option " + a);
    if (args.size() != 2) return nq::cli::usage_error("score", args.size() < 2 ? "DOC and ANSWERS are required" : "too many arguments");
    const std::string& doc_path = args[0];
    const std::string& answers_path = args[1];

    std::string text;
    if (!read_or_report(doc_path, text)) return 1;
    nq::LoadResult loaded = nq::load_document(text);
    if (!loaded.ok) {
        for (const nq::Diagnostic& d : loaded.diagnostics)
            if (d.severity == nq::Severity::error) print_error(doc_path, d);
        return 1;
    }
    if (!loaded.doc.has_quiz) {
        print_error(doc_path, error(nq::DiagCode::missing_field, "/quiz", "is required to score answers"));
        return 1;
    }
    const nq::Quiz& quiz = loaded.doc.quiz;

    if (!read_or_report(answers_path, text)) return 1;
    std::vector<nq::Response> responses;
    std::vector<nq::Diagnostic> errors = read_answers(text, quiz, responses);
    for (const nq::Diagnostic& d : errors) print_error(answers_path, d);
    if (!errors.empty()) return 1;

    std::vector<int> every_question(quiz.questions.size());
    for (size_t i = 0; i < every_question.size(); ++i) every_question[i] = int(i);
    nq::QuizScore score = nq::score_quiz(quiz, every_question, responses);
    std::printf("%s\n", nq::json_dump(nq::quiz_score_to_json(loaded.doc, every_question, score)).c_str());
    return 0;
}

}  // namespace

NQ_COMMAND(score, "score DOC ANSWERS", "score {\"answers\": {id: response}} against a document; prints one line of JSON", run_score);
