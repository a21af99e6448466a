// agreement-canvas DOC SEED PLAN: takes DOC's quiz on the real canvas (native headless frames,
// synthetic clicks and typing at the items' places) as PLAN says, and prints, one JSON line per
// screen, the items the canvas drew: what tests/agreement/agreement.test.mjs compares with the
// HTML version and `newsquiz play`. The screens are those play prints: the card, each question
// before it is answered, its feedback (immediate mode), the results.
//
// PLAN: {"answers": {question id: action}}, an action being
//   {"pick": [choice ids]}           single, multiple (clicked in this order)
//   {"bool": true|false}             true_false
//   {"type": "text"}                 numeric, text (typed into the field)
//   {"down": [display positions]}    order: the down arrow of the row at each position, in turn
//                                    ([] leaves the order as first shown)
//   {"match": {left id: pair id}}    match: each select unfolded and the option clicked
// Each question line also carries "input": the line a reader of `play` types for the same answer,
// worked out from the canvas's own order of choices, rows and options; "response": the answer
// submitted, for `newsquiz score`; "options": a match's options as its select unfolds them.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../json-support.h"
#include "codec.h"
#include "headless.h"

namespace {

using nlohmann::ordered_json;
using nq::native::Headless;

std::string read_all(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "agreement-canvas: %s\n", message.c_str());
    std::exit(1);
}

void click(Headless& h, const std::string& id) {
    if (!nq::native::headless_click(h, id)) fail("no item '" + id + "' on the " + nq::screen_name(h.app.screen) + " screen");
}

// The items of the last frame, as the canvas drew them.
ordered_json items_json(const Headless& h) {
    ordered_json list = ordered_json::array();
    for (const nq::ui::Item& it : h.out.items) {
        ordered_json j = {{"id", it.id}, {"role", nq::ui::role_name(it.role)}, {"label", it.label}, {"state", it.state}};
        if (it.role == nq::ui::Role::radio || it.role == nq::ui::Role::checkbox) j["checked"] = it.checked;
        if (!it.value.empty()) j["value"] = it.value;
        list.push_back(std::move(j));
    }
    return list;
}

void print_screen(const Headless& h, const std::string& name) {
    std::printf("%s\n", ordered_json({{"screen", name}, {"items", items_json(h)}}).dump().c_str());
}

// Ids of the items with this prefix and no further '/' after it, in reading order.
std::vector<std::string> direct_ids(const Headless& h, const std::string& prefix) {
    std::vector<std::string> ids;
    for (const nq::ui::Item& it : nq::native::headless_find_all(h, prefix))
        if (it.id.find('/', prefix.size()) == std::string::npos) ids.push_back(it.id.substr(prefix.size()));
    return ids;
}

// The plan's entry `key`; a plan that does not fit the document is reported, not thrown (exceptions are off).
const ordered_json& field(const ordered_json& j, const std::string& key) {
    if (!j.is_object() || !j.contains(key)) fail("the plan has no \"" + key + "\" where it is needed: " + j.dump());
    return j[key];
}

size_t position(const std::vector<std::string>& list, const std::string& id) {
    for (size_t k = 0; k < list.size(); ++k)
        if (list[k] == id) return k + 1;
    fail("'" + id + "' is not among the items drawn");
}

// Answers the question on screen as `action` says, through the canvas; returns play's input line.
std::string answer(Headless& h, const nq::Question& q, const ordered_json& action, std::vector<std::string>& options_shown) {
    const std::string& qid = q.id;
    std::string input;
    switch (q.type) {
        case nq::QuestionType::single:
        case nq::QuestionType::multiple: {
            std::vector<std::string> shown = direct_ids(h, qid + "/choice/");
            for (const std::string& id : field(action, "pick").get<std::vector<std::string>>()) {
                click(h, qid + "/choice/" + id);
                input += (input.empty() ? "" : " ") + std::to_string(position(shown, id));
            }
            if (q.type == nq::QuestionType::multiple) {  // play takes the set; a second click unpicks
                input.clear();
                for (size_t k = 0; k < shown.size(); ++k) {
                    const nq::ui::Item* it = nq::native::headless_find(h, qid + "/choice/" + shown[k]);
                    if (it && it->checked) input += (input.empty() ? "" : " ") + std::to_string(k + 1);
                }
            }
            break;
        }
        case nq::QuestionType::true_false: {
            bool value = field(action, "bool").get<bool>();
            click(h, qid + (value ? "/true" : "/false"));
            input = value ? "t" : "f";
            break;
        }
        case nq::QuestionType::numeric:
        case nq::QuestionType::text: {
            std::string box = qid + (q.type == nq::QuestionType::numeric ? "/number" : "/text");
            click(h, box);
            input = field(action, "type").get<std::string>();
            nq::native::headless_type(h, input);
            break;
        }
        case nq::QuestionType::order: {
            std::string prefix = qid + "/item/";
            std::vector<std::string> first = direct_ids(h, prefix);
            for (int k : field(action, "down").get<std::vector<int>>()) {
                std::vector<std::string> now = direct_ids(h, prefix);
                click(h, prefix + now.at(size_t(k)) + "/down");
            }
            std::vector<std::string> last = direct_ids(h, prefix);
            if (last != first)
                for (const std::string& id : last) input += (input.empty() ? "" : " ") + std::to_string(position(first, id));
            break;
        }
        case nq::QuestionType::match: {
            std::string prefix = qid + "/select/";
            const ordered_json& chosen = field(action, "match");
            for (const nq::Pair& p : q.pairs) {  // rows in document order, as play asks for them
                click(h, prefix + p.id);
                std::vector<std::string> options = direct_ids(h, prefix + p.id + "/");
                if (options_shown.empty())
                    for (const std::string& o : options) options_shown.push_back(nq::native::headless_find(h, prefix + p.id + "/" + o)->label);
                std::string right = field(chosen, p.id).get<std::string>();
                input += (input.empty() ? "" : " ") + std::to_string(position(options, right));
                click(h, prefix + p.id + "/" + right);
            }
            break;
        }
    }
    return input;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) fail("usage: agreement-canvas DOC SEED PLAN");
    ordered_json plan = ordered_json::parse(read_all(argv[3]), nullptr, false);
    if (plan.is_discarded()) fail(std::string("cannot read the plan ") + argv[3]);
    nq::native::HeadlessOptions o;
    o.width = 600;
    o.seed = std::stoull(argv[2]);
    o.fonts = false;  // the items do not depend on the glyphs
    std::unique_ptr<Headless> h = nq::native::headless_open(read_all(argv[1]), o);
    print_screen(*h, "article");
    if (h->app.session.records.empty()) return 0;
    click(*h, "start");
    const ordered_json& answers = field(plan, "answers");
    while (h->app.screen == nq::Screen::question) {
        const nq::Question& q = *nq::app_current_question(h->app);
        ordered_json before = items_json(*h);
        std::vector<std::string> options;  // a match's options, as its select unfolds them
        std::string input = answer(*h, q, field(answers, q.id), options);
        const size_t record = size_t(h->app.session.current);
        click(*h, "submit");
        // what was submitted (an order left as shown is taken as shown), for `newsquiz score`
        ordered_json line = {{"screen", "question"}, {"items", before}, {"input", input}, {"question", q.id},
                             {"response", nq::test::to_nlohmann(nq::response_to_json(q, h->app.session.records.at(record).response))}};
        if (!options.empty()) line["options"] = options;
        std::printf("%s\n", line.dump().c_str());
        if (h->app.screen == nq::Screen::question && h->app.session.phase == nq::Phase::feedback) {
            print_screen(*h, "feedback");
            click(*h, "next");
        }
    }
    print_screen(*h, "results");
    return 0;
}
