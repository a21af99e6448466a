// aiken.cpp: Moodle's Aiken format -> drafts: multiple choice with one right answer.
//
//   What is the capital of France?      question text (it may go on over several lines)
//   A. Lyon                             options: a capital letter, '.' or ')', a space
//   B) Paris
//   ANSWER: B                           ends the question
//
// As Moodle reads it: lines are trimmed, lines shorter than 2 characters are ignored, text
// is plain (no HTML). Stricter than Moodle where Moodle would import something else than what
// was meant: options must be lettered A, B, C... in order (Moodle counts them by position, so
// "ANSWER: D" after A, B, D names the third), and a question that never gets its ANSWER: line
// is an error.
#include "draft.h"
#include "html_text.h"
#include "json_reader.h"

namespace nq {

namespace {

bool is_option(std::string_view line) {
    return line.size() >= 3 && line[0] >= 'A' && line[0] <= 'Z' && (line[1] == '.' || line[1] == ')') &&
           (line[2] == ' ' || line[2] == '\t');
}

}  // namespace

void read_aiken(std::string_view text, Drafts& out) {
    SourceMap map(text);
    bool open = false;  // a question has started and not yet met its ANSWER: line
    DraftQuestion q;
    auto unfinished = [&] {
        out.error(ImportCode::missing_answer_line, q.place, "the question has no ANSWER: line after its options");
    };

    size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size()) {
        size_t end = i;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
        std::string_view whole = text.substr(i, end - i);
        std::string_view line = trim_space(whole);
        size_t offset = i + size_t(line.data() - whole.data());
        i = end + (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
        if (line.size() < 2) continue;

        if (is_option(line)) {
            if (!open) {
                out.error(ImportCode::missing_question, map.place(offset), "an option without a question before it");
                continue;
            }
            char expected = char('A' + q.answers.size());
            if (line[0] != expected)
                out.error(ImportCode::syntax_error, map.place(offset),
                          std::string("options are lettered A, B, C... in order: expected ") + expected + ", got " + line[0]);
            DraftAnswer a;
            a.text = std::string(trim_space(line.substr(2)));
            a.place = map.place(offset);
            q.answers.push_back(std::move(a));
        } else if (line.substr(0, 7) == "ANSWER:") {
            if (!open) {
                out.error(ImportCode::missing_question, map.place(offset), "an ANSWER: line without a question before it");
                continue;
            }
            open = false;
            if (q.answers.size() < 2) {
                out.error(ImportCode::too_few_answers, q.place,
                          "the question needs at least 2 options, got " + std::to_string(q.answers.size()));
                continue;
            }
            std::string_view letter = trim_space(line.substr(7));
            char last = char('A' + q.answers.size() - 1);
            if (letter.size() != 1 || letter[0] < 'A' || letter[0] > last) {
                out.error(ImportCode::unknown_answer, map.place(offset),
                          std::string("expected ANSWER: followed by one letter from A to ") + last + ", got " + quote_for_message(letter));
                continue;
            }
            q.answers[size_t(letter[0] - 'A')].fraction = 1;
            out.questions.push_back(std::move(q));
        } else {
            if (open && !q.answers.empty()) {
                unfinished();
                open = false;
            }
            if (open) {  // the question's text goes on
                q.prompt += "\n" + std::string(line);
                continue;
            }
            q = DraftQuestion{};
            q.kind = DraftKind::choice;
            q.place = map.place(offset);
            q.prompt = std::string(line);
            open = true;
        }
    }
    if (open) unfinished();
}

}  // namespace nq
