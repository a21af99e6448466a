// bench-core: how long the core takes on a 500-question document, natively and in WebAssembly.
//
//   make bench        (builds both, runs both, prints medians and the WebAssembly/native ratio)
//
// Prints one JSON line: {"platform", "questions", "bytes", "load_ms": {...}, "attempt_ms": {...}}.
// load = parse + validate (load_document); attempt = a new session answered and submitted
// question by question to the results, with scoring. Medians over many runs: the machines
// are shared and noisy, so compare medians and ratios, never single runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "app.h"
#include "document.h"
#include "session.h"

namespace {

// A document with every question type, deterministic, about the size a large real quiz has.
std::string make_document(int questions) {
    std::string d = R"({"format":"newsquiz/1","lang":"en","article":{"id":"bench","headline":"Benchmark article",)"
                    R"("date":"2025-09-03","topics":[{"id":"t","label":"Topic"}],"body":[)";
    for (int i = 0; i < 20; ++i)
        d += std::string(i ? "," : "") + "\"Paragraph " + std::to_string(i) +
             " of the benchmark article, long enough to look like a real one and to cost what real text costs.\"";
    d += R"(]},"quiz":{"pass_percent":70,"feedback":"immediate","shuffle_questions":true,"shuffle_choices":true,"questions":[)";
    const char* types[] = {"single", "multiple", "true_false", "numeric", "text", "order", "match"};
    for (int i = 0; i < questions; ++i) {
        std::string id = "q" + std::to_string(i);
        std::string type = types[i % 7];
        d += i ? "," : "";
        d += R"({"id":")" + id + R"(","type":")" + type + R"(","topic":"t","prompt":"Question )" + std::to_string(i) +
             R"( asks something about the article that a reader should know?","explanation":"Because the article says so in its third paragraph.",)";
        if (type == "single" || type == "multiple") {
            d += R"("choices":[)";
            for (int c = 0; c < 4; ++c)
                d += std::string(c ? "," : "") + R"({"id":")" + char('a' + c) + R"(","text":"Choice )" + char('a' + c) +
                     R"( with some words","correct":)" + (c == 0 || (type == "multiple" && c == 1) ? "true" : "false") + "}";
            d += "]}";
        } else if (type == "true_false") {
            d += R"("answer":true})";
        } else if (type == "numeric") {
            d += R"("answer":42,"tolerance":0.5,"unit":"km"})";
        } else if (type == "text") {
            d += R"("accept":["National Guard","Guardia Nacional"]})";
        } else if (type == "order") {
            d += R"("items":[{"id":"a","text":"First"},{"id":"b","text":"Second"},{"id":"c","text":"Third"},{"id":"d","text":"Fourth"}]})";
        } else {
            d += R"("pairs":[{"id":"a","left":"DEA.gov","right":"drug statistics"},{"id":"b","left":"gao.gov","right":"audits"},{"id":"c","left":"FOIA","right":"records"}]})";
        }
    }
    d += "]}}";
    return d;
}

// The right answer to each question, so the attempt does all the scoring work.
nq::Response right_answer(const nq::Question& q) {
    nq::Response r;
    r.answered = true;
    switch (q.type) {
        case nq::QuestionType::single: r.ids = {"a"}; break;
        case nq::QuestionType::multiple: r.ids = {"a", "b"}; break;
        case nq::QuestionType::true_false: r.boolean = true; break;
        case nq::QuestionType::numeric: r.number = 42.25; break;
        case nq::QuestionType::text: r.text = "  NATIONAL   guard. "; break;
        case nq::QuestionType::order:
            for (const nq::Item& it : q.items) r.ids.push_back(it.id);
            break;
        case nq::QuestionType::match:
            for (const nq::Pair& p : q.pairs) r.matches.push_back({p.id, p.id});
            break;
    }
    return r;
}

struct Stats {
    double median = 0, min = 0, max = 0;
    int runs = 0;
};

// Twenty runs first, unmeasured: WebAssembly starts in V8's baseline compiler and is optimized
// once it runs hot, as it does in a reader's browser after the first widget.
template <class F>
Stats measure(int runs, F&& f) {
    for (int i = 0; i < 20; ++i) f();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back(), runs};
}

std::string stats_json(const Stats& s) {
    char buf[160];
    std::snprintf(buf, sizeof buf, R"({"median":%.3f,"min":%.3f,"max":%.3f,"runs":%d})", s.median, s.min, s.max, s.runs);
    return buf;
}

}  // namespace

int main(int argc, char** argv) {
    const char* platform = argc > 1 ? argv[1] : "native";
    const int questions = 500, runs = 41;
    std::string doc = make_document(questions);
    nq::LoadResult loaded = nq::load_document(doc);
    if (!loaded.ok || loaded.doc.quiz.questions.size() != size_t(questions)) {
        std::fprintf(stderr, "bench: the generated document does not load:\n");
        for (const nq::Diagnostic& d : loaded.diagnostics) std::fprintf(stderr, "  %s\n", nq::diagnostic_to_string(d).c_str());
        return 1;
    }
    size_t sink = 0;  // keeps the optimizer from dropping the work
    Stats load = measure(runs, [&] { sink += nq::load_document(doc).doc.quiz.questions.size(); });

    const nq::Quiz& quiz = loaded.doc.quiz;
    double last_percent = 0;
    Stats attempt = measure(runs, [&] {
        nq::Session s = nq::session_new(quiz, 7);
        double t = 1000;
        nq::session_apply(s, quiz, {nq::Step::start, {}, t});
        while (s.phase == nq::Phase::question) {
            const nq::Question& q = quiz.questions[size_t(s.records[size_t(s.current)].question)];
            nq::session_apply(s, quiz, {nq::Step::answer, right_answer(q), t += 10});
            nq::session_apply(s, quiz, {nq::Step::submit, {}, t += 10});
            nq::session_apply(s, quiz, {nq::Step::next, {}, t += 10});
        }
        last_percent = s.result.percent;
    });
    if (last_percent != 100.0) {
        std::fprintf(stderr, "bench: the attempt scored %.1f %%, expected 100 %%\n", last_percent);
        return 1;
    }
    std::printf(R"({"platform":"%s","questions":%d,"bytes":%zu,"load_ms":%s,"attempt_ms":%s,"check":%zu})" "\n", platform,
                questions, doc.size(), stats_json(load).c_str(), stats_json(attempt).c_str(), sink);
    return 0;
}
