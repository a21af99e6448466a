// document.cpp: a newsquiz/1 document read (json_reader.h) and validated into the structs
// of document.h, every problem reported with its pointer. The rules are those of
// shared/spec/content-format.md; the decisions it leaves open are listed in document.h.
#include "document.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <type_traits>

#include "json_reader.h"
#include "linkify.h"
#include "words.h"

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

bool scored_in_parts(QuestionType type) {
    return type == QuestionType::multiple || type == QuestionType::order || type == QuestionType::match;
}

namespace {

template <typename Entry>
const Entry* find_by_id(const std::vector<Entry>& entries, std::string_view id) {
    for (const Entry& e : entries)
        if (e.id == id) return &e;
    return nullptr;
}

}  // namespace

const Choice* find_choice(const Question& question, std::string_view id) { return find_by_id(question.choices, id); }
const Item* find_item(const Question& question, std::string_view id) { return find_by_id(question.items, id); }
const Pair* find_pair(const Question& question, std::string_view id) { return find_by_id(question.pairs, id); }

namespace {

// [SECTION] Words for messages

// What a value is, for "expected a string, got the number 42".
std::string describe(const Json& v) {
    switch (v.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return v.get<bool>() ? "true" : "false";
        case Json::value_t::string: return "the string " + quote_for_message(v.str());
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "the number " + number_text(v.get<double>());
        default: return "nothing";
    }
}

std::string join_quoted(const std::vector<std::string>& words) {
    std::string s;
    for (const std::string& w : words) s += (s.empty() ? "" : ", ") + quote_for_message(w);
    return s;
}

// [SECTION] Value rules
bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

// document.h: the progress store reads ids with the same rule.
bool is_slug(const std::string& s) {
    if (s.empty() || s.size() > kMaxIdChars || s[0] == '-') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

// document.h: strings files and the CLI check tags with the same rule.
// language[-subtag]...: 2 or 3 letters, then subtags of 1 to 8 letters or digits, the last
// not a single character, 35 characters at most ("en", "es-MX", "zh-Hant-TW", "sr-Latn").
bool is_language_tag(const std::string& s) {
    if (s.size() > 35) return false;
    size_t start = 0, index = 0;
    while (start <= s.size()) {
        size_t end = s.find('-', start);
        if (end == std::string::npos) end = s.size();
        size_t length = end - start;
        for (size_t i = start; i < end; ++i) {
            char c = s[i];
            bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (index == 0 || c < '0' || c > '9')) return false;
        }
        if (index == 0 ? (length < 2 || length > 3) : (length < 1 || length > 8)) return false;
        if (end == s.size()) return index == 0 || length > 1;
        start = end + 1;
        ++index;
    }
    return false;
}

namespace {

bool is_calendar_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    auto number = [&](size_t from, size_t n) { return std::atoi(s.substr(from, n).c_str()); };
    int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// The entries an array may hold while reading, before it is built (JsonReadOptions).
// The entries of a question's choices, items or pairs: `member` is the name under the question.
size_t question_array_limit(const std::string& member) {
    return member == "choices" || member == "items" || member == "pairs" ? kMaxChoices : 0;
}

size_t newsquiz_array_limit(const std::vector<std::string>& path) {
    if (path.size() == 2 && path[0] == "quiz" && path[1] == "questions") return kMaxQuestions;
    bool in_question = path.size() == 4 && path[0] == "quiz" && path[1] == "questions";
    return in_question ? question_array_limit(path[3]) : 0;
}

// A question alone (load_question): its path starts at the question.
size_t lone_question_array_limit(const std::vector<std::string>& path) {
    return path.size() == 1 ? question_array_limit(path[0]) : 0;
}

// [SECTION] The checker: typed reads that report what they refuse
// One step from a parent: an element's index, or a member's name (held by the tree or a
// string literal, so a step outlives the node it was taken from).
struct Step {
    std::string_view name;
    int index = 0;
    bool element = false;
};

std::string pointer_of(const std::vector<Step>& steps) {
    std::string p;
    for (const Step& s : steps) {
        p += '/';
        if (s.element) p += std::to_string(s.index);
        else p += json_pointer_escape(s.name);
    }
    return p;
}

// A value of the tree and its place. The place is spelled out only when a diagnostic
// names it: a node refers to its parent node, which outlives it (nodes live on the stack
// of the descent), and to its member name, held by the tree or a string literal.
struct Node {
    const Json* value = nullptr;   // nullptr: the member is missing
    const Node* parent = nullptr;  // nullptr: the root
    std::string_view name;         // a member's name; unused for an array element
    int index = 0;                 // an element's index, or a member's place in its object (-1: missing)
    bool element = false;

    std::vector<Step> steps() const {
        std::vector<Step> s;
        for (const Node* n = this; n->parent; n = n->parent) s.push_back({n->name, n->index, n->element});
        std::reverse(s.begin(), s.end());
        return s;
    }
    std::string pointer() const { return pointer_of(steps()); }
    DocumentOrder order() const {
        if (!parent) return {};
        DocumentOrder o = parent->order();
        o.push_back(index);
        return o;
    }
};

enum class Kind { object, array, string, number, integer, boolean };
enum class Need { optional, required };

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::object: return "an object";
        case Kind::array: return "an array";
        case Kind::string: return "a string";
        case Kind::number: return "a number";
        case Kind::integer: return "an integer";
        case Kind::boolean: return "true or false";
    }
    return "a value";
}

// A closed or open interval for numbers; the message names it as written here.
struct Range {
    double low = -HUGE_VAL, high = HUGE_VAL;
    bool low_open = false;  // low < x rather than low <= x
    std::string text;       // "0..100", "> 0", ">= 0"
};

Range closed(double low, double high) { return {low, high, false, number_text(low) + ".." + number_text(high)}; }
Range at_least(double low) { return {low, HUGE_VAL, false, ">= " + number_text(low)}; }
Range above(double low) { return {low, HUGE_VAL, true, "> " + number_text(low)}; }

class Checker {
public:
    explicit Checker(const JsonRead& read) : cut_arrays_(read.cut_arrays) {}

    std::vector<Finding> findings;

    void report(Severity severity, DiagCode code, const Node& at, std::string message) {
        findings.push_back({{severity, code, at.pointer(), std::move(message)}, at.order()});
    }
    void error(DiagCode code, const Node& at, std::string message) { report(Severity::error, code, at, std::move(message)); }
    void warning(DiagCode code, const Node& at, std::string message) { report(Severity::warning, code, at, std::move(message)); }

    // `name` must outlive the node: a string literal, or a name held by the tree.
    Node member(const Node& object, std::string_view name) const {
        const Json::object_t& members = object.value->members();
        int index = 0;
        for (const auto& [key, value] : members) {
            if (key == name) return {&value, &object, key, index, false};
            ++index;
        }
        return {nullptr, &object, name, -1, false};
    }

    Node element(const Node& array, size_t index) const { return {&(*array.value)[index], &array, {}, int(index), true}; }

    // The entries an array had in the text, those read past included.
    size_t entries(const Node& array) const {
        if (cut_arrays_.empty()) return array.value->size();
        auto cut = cut_arrays_.find(array.pointer());
        return cut != cut_arrays_.end() ? cut->second : array.value->size();
    }

    // True when the value has the kind. A value that broke a limit while reading is
    // discarded and was reported then: false without a word.
    bool is(const Node& n, Kind kind) {
        const Json& v = *n.value;
        if (v.is_discarded()) return false;
        bool ok = false;
        switch (kind) {
            case Kind::object: ok = v.is_object(); break;
            case Kind::array: ok = v.is_array(); break;
            case Kind::string: ok = v.is_string(); break;
            case Kind::number: ok = v.is_number(); break;
            case Kind::boolean: ok = v.is_boolean(); break;
            case Kind::integer: ok = v.is_number_integer() || (v.is_number() && std::floor(v.get<double>()) == v.get<double>()); break;
        }
        if (!ok) error(DiagCode::wrong_type, n, std::string("expected ") + kind_name(kind) + ", got " + describe(v));
        return ok;
    }

    // The member, when present and of its kind; a missing required member is reported.
    Node field(const Node& object, const char* name, Kind kind, Need need) {
        Node n = member(object, name);
        if (!n.value) {
            if (need == Need::required) error(DiagCode::missing_field, n, std::string("missing; expected ") + kind_name(kind));
            return n;
        }
        if (!is(n, kind)) n.value = nullptr;
        return n;
    }

    // Fields the object may have; others are warned about and ignored.
    void only_fields(const Node& object, std::initializer_list<const char*> known, const std::string& of_what) {
        int index = 0;
        for (const auto& [key, value] : object.value->members()) {
            bool found = false;
            for (const char* k : known) found = found || key == k;
            if (!found) {
                Node n{&value, &object, key, index, false};
                warning(DiagCode::unknown_field, n, "expected a field of " + of_what + ", got " + quote_for_message(key) + "; it is ignored");
            }
            ++index;
        }
    }

    // A string member; `text` ones must hold more than white space.
    bool read_string(const Node& object, const char* name, std::string& out, Need need, bool text = false) {
        Node n = field(object, name, Kind::string, need);
        if (!n.value) return false;
        const std::string& s = n.value->str();
        if (text && is_blank(s)) {
            error(DiagCode::empty_string, n, "expected text, got " + describe(*n.value));
            return false;
        }
        out = s;
        return true;
    }

    bool read_bool(const Node& object, const char* name, bool& out) {
        Node n = field(object, name, Kind::boolean, Need::optional);
        if (n.value) out = n.value->get<bool>();
        return n.value != nullptr;
    }

    bool read_bool(const Node& object, const char* name, std::optional<bool>& out) {
        bool b = false;
        if (!read_bool(object, name, b)) return false;
        out = b;
        return true;
    }

    bool in_range(const Node& n, double x, const Range& range, Kind kind) {
        bool ok = (range.low_open ? x > range.low : x >= range.low) && x <= range.high;
        if (!ok) error(DiagCode::out_of_range, n, std::string("expected ") + kind_name(kind) + " " + range.text + ", got " + number_text(x));
        return ok;
    }

    bool read_number(const Node& object, const char* name, double& out, Need need, const Range& range) {
        Node n = field(object, name, Kind::number, need);
        if (!n.value || !in_range(n, n.value->get<double>(), range, Kind::number)) return false;
        out = n.value->get<double>();
        return true;
    }

    bool read_number(const Node& object, const char* name, std::optional<double>& out, const Range& range) {
        double x = 0;
        if (!read_number(object, name, x, Need::optional, range)) return false;
        out = x;
        return true;
    }

    bool read_int(const Node& object, const char* name, int& out, const Range& range) {
        Node n = field(object, name, Kind::integer, Need::optional);
        if (!n.value) return false;
        if (n.value->get<double>() > INT_MAX) {
            error(DiagCode::out_of_range, n, "expected an integer of at most " + number_text(INT_MAX) + ", got " + number_text(n.value->get<double>()));
            return false;
        }
        if (!in_range(n, n.value->get<double>(), range, Kind::integer)) return false;
        out = int(n.value->get<double>());
        return true;
    }

    // One of `names`; returns its index, or -1 when absent or not one of them (reported).
    int read_choice_of(const Node& object, const char* name, std::initializer_list<const char*> names, Need need) {
        Node n = field(object, name, Kind::string, need);
        if (!n.value) return -1;
        const std::string& s = n.value->str();
        int index = 0;
        std::string listed;  // "a" or "b"; one of "a", "b" or "c"
        for (const char* candidate : names) {
            if (s == candidate) return index;
            bool last = size_t(index) + 1 == names.size();
            listed += std::string(index == 0 ? "" : last ? " or " : ", ") + "\"" + candidate + "\"";
            ++index;
        }
        error(DiagCode::invalid_value, n, (names.size() > 2 ? "expected one of " : "expected ") + listed + ", got " + describe(*n.value));
        return -1;
    }

    // The array member when present, with its number of entries checked (max 0 = no limit).
    Node read_array(const Node& object, const char* name, Need need, size_t min, size_t max) {
        Node n = field(object, name, Kind::array, need);
        if (!n.value) return n;
        size_t count = entries(n);
        std::string bounds = max > 0 ? std::to_string(min) + ".." + std::to_string(max) : "at least " + std::to_string(min);
        std::string message = "expected " + bounds + (max == 0 && min == 1 ? " entry" : " entries") + ", got " + std::to_string(count);
        if (count < min) error(DiagCode::too_few, n, message);
        if (max > 0 && count > max) error(DiagCode::too_many, n, message);
        return n;
    }

    bool read_object(const Node& n) { return is(n, Kind::object); }

    // For each element of `list` (when present) that is an object: its unknown fields are
    // warned about, then read(element) is called. Returns the number of such objects.
    template <typename Read>
    size_t each_object(const Node& list, std::initializer_list<const char*> fields, const std::string& of_what, Read read) {
        size_t objects = 0;
        for (size_t i = 0; list.value && i < list.value->size(); ++i) {
            Node n = element(list, i);
            if (!read_object(n)) continue;
            only_fields(n, fields, of_what);
            read(n);
            ++objects;
        }
        return objects;
    }

private:
    const std::map<std::string, size_t>& cut_arrays_;
};

// Ids seen in one scope (the quiz, the topics, one question's choices): repeats are errors.
class IdScope {
public:
    void add(Checker& c, const Node& at, const std::string& id) {
        auto [it, inserted] = first_.try_emplace(id);
        if (inserted) it->second = at.steps();
        else c.error(DiagCode::duplicate_id, at, "expected a unique id, got " + quote_for_message(id) + " again (first at " + pointer_of(it->second) + ")");
    }
    bool contains(const std::string& id) const { return first_.count(id) > 0; }
    std::vector<std::string> ids() const {
        std::vector<std::string> all;
        for (const auto& entry : first_) all.push_back(entry.first);
        return all;
    }

private:
    // id -> where it was first used, spelled out only if it comes again (most never do)
    std::map<std::string, std::vector<Step>> first_;
};

// Article and topic ids: [a-z0-9][a-z0-9-]*, at most 100 characters.
bool read_slug(Checker& c, const Node& object, const char* name, std::string& out) {
    Node n = c.field(object, name, Kind::string, Need::required);
    if (!n.value) return false;
    const std::string& s = n.value->str();
    if (!is_slug(s)) {
        c.error(DiagCode::invalid_id, n,
                "expected lowercase letters a-z, digits and hyphens, starting with a letter or digit, at most " +
                    std::to_string(kMaxIdChars) + " characters; got " + describe(*n.value));
        return false;
    }
    out = s;
    return true;
}

// Question, choice, item and pair ids: any text of 1..100 characters.
bool read_free_id(Checker& c, const Node& object, std::string& out, IdScope& scope) {
    Node n = c.field(object, "id", Kind::string, Need::required);
    if (!n.value) return false;
    const std::string& s = n.value->str();
    if (s.empty()) {
        c.error(DiagCode::empty_string, n, "expected an id of 1.." + std::to_string(kMaxIdChars) + " characters, got an empty string");
        return false;
    }
    size_t chars = utf8_length(s);
    if (chars > kMaxIdChars) {
        c.error(DiagCode::invalid_id, n, "expected an id of 1.." + std::to_string(kMaxIdChars) + " characters, got " + std::to_string(chars));
        return false;
    }
    scope.add(c, n, s);
    out = s;
    return true;
}

// [SECTION] Article
// An https:// (or, unless https_only, http://) URL member; a bad one is invalid_url and left out.
void read_web_url(Checker& c, const Node& object, const char* name, std::string& out, bool https_only) {
    std::string url;
    if (!c.read_string(object, name, url, Need::optional)) return;
    if (is_web_url(url, https_only)) out = url;
    else c.error(DiagCode::invalid_url, c.member(object, name),
                 std::string(https_only ? "expected an https:// URL" : "expected an https:// or http:// URL") + ", got " + quote_for_message(url));
}

// Returns whether the topics could be read (absent or an array): only then are the
// questions' topics judged.
bool read_article(Checker& c, const Node& node, Article& a, IdScope& topics) {
    if (!c.read_object(node)) return false;
    c.only_fields(node, {"id", "headline", "dek", "date", "url", "sources", "more_sources", "body", "topics"}, "an article");
    read_slug(c, node, "id", a.id);
    c.read_string(node, "headline", a.headline, Need::required, true);
    c.read_string(node, "dek", a.dek, Need::optional);

    std::string date;
    if (c.read_string(node, "date", date, Need::required)) {
        if (is_calendar_date(date)) a.date = date;
        else c.error(DiagCode::invalid_date, c.member(node, "date"), "expected a real calendar date as YYYY-MM-DD, got " + quote_for_message(date));
    }
    read_web_url(c, node, "url", a.url, true);
    c.each_object(c.read_array(node, "sources", Need::optional, 0, 0), {"name", "url"}, "a source", [&](const Node& s) {
        Source source;
        c.read_string(s, "name", source.name, Need::required, true);
        read_web_url(c, s, "url", source.url, false);
        a.sources.push_back(std::move(source));
    });
    c.read_int(node, "more_sources", a.more_sources, at_least(0));

    Node body = c.read_array(node, "body", Need::optional, 0, 0);
    for (size_t i = 0; body.value && i < body.value->size(); ++i) {
        Node p = c.element(body, i);
        if (c.is(p, Kind::string)) a.body.push_back(p.value->get<std::string>());
    }

    Node list = c.read_array(node, "topics", Need::optional, 0, 0);
    c.each_object(list, {"id", "label", "emoji"}, "a topic", [&](const Node& t) {
        Topic topic;
        read_slug(c, t, "id", topic.id);
        Node id = c.member(t, "id");  // NOTE: declared even when invalid, so a reference to it is not an error too
        if (id.value && id.value->is_string()) topics.add(c, id, id.value->get<std::string>());
        c.read_string(t, "label", topic.label, Need::required, true);
        c.read_string(t, "emoji", topic.emoji, Need::optional);
        a.topics.push_back(std::move(topic));
    });
    return list.value || !c.member(node, "topics").value;
}

// [SECTION] Questions
// single and multiple: 2..20 choices, and who is right.
void read_choices(Checker& c, const Node& node, Question& q) {
    Node list = c.read_array(node, "choices", Need::required, 2, kMaxChoices);
    if (!list.value) return;
    IdScope ids;
    bool readable = true;  // every choice's correct and weight could be read: judge who is right
    size_t objects = c.each_object(list, {"id", "text", "correct", "weight", "feedback"}, "a choice", [&](const Node& n) {
        Choice choice;
        read_free_id(c, n, choice.id, ids);
        c.read_string(n, "text", choice.text, Need::required, true);
        if (c.member(n, "correct").value && !c.read_bool(n, "correct", choice.correct)) readable = false;
        if (c.member(n, "weight").value && !c.read_number(n, "weight", choice.weight, closed(-100, 100))) readable = false;
        c.read_string(n, "feedback", choice.feedback, Need::optional);
        q.choices.push_back(std::move(choice));
    });
    if (!readable || objects == 0 || objects < list.value->size()) return;

    bool weighted = false;
    std::vector<std::string> correct, scoring;  // ids of correct: true / of choices worth points
    for (const Choice& ch : q.choices) {
        weighted = weighted || ch.weight.has_value();
        if (ch.correct) correct.push_back(ch.id);
        if (ch.weight ? *ch.weight > 0 : ch.correct) scoring.push_back(ch.id);
    }
    if (q.type == QuestionType::single && !weighted && correct.size() > 1)
        c.error(DiagCode::several_correct_answers, list,
                "expected exactly one choice with \"correct\": true, got " + std::to_string(correct.size()) + " (" + join_quoted(correct) + ")");
    else if (scoring.empty())
        c.error(DiagCode::no_correct_answer, list,
                weighted ? std::string("expected a choice with a positive weight or \"correct\": true, got none")
                         : q.type == QuestionType::single ? "expected exactly one choice with \"correct\": true, got none"
                                                          : "expected at least one choice with \"correct\": true, got none");
}

void read_numeric(Checker& c, const Node& node, Question& q) {
    bool has_answer = c.read_number(node, "answer", q.answer_number, Need::optional, Range{});
    c.read_number(node, "tolerance", q.tolerance, Need::optional, at_least(0));
    c.read_number(node, "min", q.min, Range{});
    c.read_number(node, "max", q.max, Range{});
    c.read_string(node, "unit", q.unit, Need::optional);

    Node tolerance = c.member(node, "tolerance"), min = c.member(node, "min"), max = c.member(node, "max");
    if (tolerance.value && (min.value || max.value)) {
        c.error(DiagCode::conflicting_fields, tolerance, "expected either tolerance or min and max, got both");
    } else if (!has_answer && !min.value && !max.value && !c.member(node, "answer").value) {
        // A range alone is a question too (GIFT's {#min..max}): any number in it is right.
        c.error(DiagCode::missing_field, c.member(node, "answer"), "missing; expected a number, or min and max");
    } else if (!min.value != !max.value) {
        const Node& missing = min.value ? max : min;
        c.error(DiagCode::missing_field, missing, std::string("missing; expected a number: min and max come together"));
    } else if (q.min && q.max) {
        if (*q.min > *q.max)
            c.error(DiagCode::out_of_range, max, "expected max >= min (" + number_text(*q.min) + "), got " + number_text(*q.max));
        else if (has_answer && (q.answer_number < *q.min || q.answer_number > *q.max))
            c.error(DiagCode::out_of_range, c.member(node, "answer"),
                    "expected an answer within min..max (" + number_text(*q.min) + ".." + number_text(*q.max) + "), got " +
                        number_text(q.answer_number));
    }
}

// Items of an order question ({id, text}) or pairs of a match question ({id, left, right}).
template <typename Entry>
void read_entries(Checker& c, const Node& node, const char* name, std::vector<Entry>& out) {
    constexpr bool is_pair = std::is_same_v<Entry, Pair>;
    Node list = c.read_array(node, name, Need::required, 2, kMaxChoices);
    IdScope ids;
    auto read = [&](const Node& n) {
        Entry e;
        read_free_id(c, n, e.id, ids);
        if constexpr (is_pair) {
            c.read_string(n, "left", e.left, Need::required, true);
            c.read_string(n, "right", e.right, Need::required, true);
        } else {
            c.read_string(n, "text", e.text, Need::required, true);
        }
        out.push_back(std::move(e));
    };
    if constexpr (is_pair) c.each_object(list, {"id", "left", "right"}, "a pair", read);
    else c.each_object(list, {"id", "text"}, "an item", read);
}

void read_scoring(Checker& c, const Node& node, Question& q) {
    if (c.read_choice_of(node, "scoring", {"partial", "all_or_nothing"}, Need::optional) == 1) q.scoring = Scoring::all_or_nothing;
}

constexpr QuestionType kQuestionTypes[] = {QuestionType::single, QuestionType::multiple, QuestionType::true_false,
                                           QuestionType::numeric, QuestionType::text, QuestionType::order,
                                           QuestionType::match};

void read_question(Checker& c, const Node& node, Question& q, IdScope& question_ids, const IdScope* topics) {
    if (!c.read_object(node)) return;
    int type = c.read_choice_of(node, "type", {"single", "multiple", "true_false", "numeric", "text", "order", "match"}, Need::required);
    if (type >= 0) q.type = kQuestionTypes[type];

    // NOTE: the fields of another type are unknown here (a warning); with no valid type
    // there is no telling, so none is warned about.
    switch (type) {
        case 0: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "choices", "shuffle"}, "a single question"); break;
        case 1: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "choices", "shuffle", "scoring"}, "a multiple question"); break;
        case 2: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "answer", "feedback_true", "feedback_false"}, "a true_false question"); break;
        case 3: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "answer", "tolerance", "min", "max", "unit"}, "a numeric question"); break;
        case 4: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "accept"}, "a text question"); break;
        case 5: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "items", "scoring"}, "an order question"); break;
        case 6: c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "pairs", "scoring"}, "a match question"); break;
        default:
            c.only_fields(node, {"id", "type", "prompt", "points", "explanation", "topic", "choices", "shuffle", "scoring", "answer",
                                 "feedback_true", "feedback_false", "tolerance", "min", "max", "unit", "accept", "items", "pairs"},
                          "a question");
    }
    read_free_id(c, node, q.id, question_ids);
    c.read_string(node, "prompt", q.prompt, Need::required, true);
    c.read_number(node, "points", q.points, Need::optional, above(0));
    c.read_string(node, "explanation", q.explanation, Need::optional);
    if (c.read_string(node, "topic", q.topic, Need::optional) && topics && !topics->contains(q.topic)) {
        std::vector<std::string> declared = topics->ids();
        c.error(DiagCode::unknown_topic, c.member(node, "topic"),
                declared.empty() ? "expected a topic declared in /article/topics, got " + quote_for_message(q.topic) + " (none is declared)"
                                 : "expected one of the topics declared in /article/topics (" + join_quoted(declared) + "), got " +
                                       quote_for_message(q.topic));
    }

    switch (type) {
        case 0:
        case 1:
            read_choices(c, node, q);
            c.read_bool(node, "shuffle", q.shuffle);
            break;
        case 2: {
            Node answer = c.field(node, "answer", Kind::boolean, Need::required);
            if (answer.value) q.answer_bool = answer.value->get<bool>();
            c.read_string(node, "feedback_true", q.feedback_true, Need::optional);
            c.read_string(node, "feedback_false", q.feedback_false, Need::optional);
            break;
        }
        case 3: read_numeric(c, node, q); break;
        case 4: {
            Node accept = c.read_array(node, "accept", Need::required, 1, 0);
            for (size_t i = 0; accept.value && i < accept.value->size(); ++i) {
                Node a = c.element(accept, i);
                if (!c.is(a, Kind::string)) continue;
                if (is_blank(a.value->str())) c.error(DiagCode::empty_string, a, "expected text, got " + describe(*a.value));
                else q.accept.push_back(a.value->get<std::string>());
            }
            break;
        }
        case 5:
            read_entries(c, node, "items", q.items);
            break;
        case 6:
            read_entries(c, node, "pairs", q.pairs);
            break;
        default: break;
    }
    if (scored_in_parts(q.type)) read_scoring(c, node, q);
}

// [SECTION] Quiz
// topics: nullptr when the article's topics could not be read.
void read_quiz(Checker& c, const Node& node, Quiz& quiz, const IdScope* topics) {
    if (!c.read_object(node)) return;
    c.only_fields(node, {"title", "pass_percent", "feedback", "shuffle_questions", "shuffle_choices", "pick", "allow_retry",
                         "show_solutions", "time_limit_s", "questions", "results"},
                  "a quiz");
    c.read_string(node, "title", quiz.title, Need::optional);
    c.read_number(node, "pass_percent", quiz.pass_percent, Need::optional, closed(0, 100));
    if (c.read_choice_of(node, "feedback", {"immediate", "end"}, Need::optional) == 1) quiz.feedback = FeedbackMode::end;
    c.read_bool(node, "shuffle_questions", quiz.shuffle_questions);
    c.read_bool(node, "shuffle_choices", quiz.shuffle_choices);
    c.read_bool(node, "allow_retry", quiz.allow_retry);
    c.read_bool(node, "show_solutions", quiz.show_solutions);
    c.read_int(node, "time_limit_s", quiz.time_limit_s, at_least(0));

    Node questions = c.read_array(node, "questions", Need::required, 1, kMaxQuestions);
    IdScope question_ids;
    for (size_t i = 0; questions.value && i < questions.value->size(); ++i) {
        Question q;
        read_question(c, c.element(questions, i), q, question_ids, topics);
        quiz.questions.push_back(std::move(q));
    }
    Range pick = questions.value ? closed(1, double(c.entries(questions))) : at_least(1);
    if (questions.value) pick.text += " (the number of questions)";
    c.read_int(node, "pick", quiz.pick, pick);

    c.each_object(c.read_array(node, "results", Need::optional, 0, 0), {"min_percent", "message"}, "a result band", [&](const Node& b) {
        Band band;
        c.read_number(b, "min_percent", band.min_percent, Need::required, closed(0, 100));
        c.read_string(b, "message", band.message, Need::required, true);
        quiz.results.push_back(std::move(band));
    });
}

// [SECTION] Actions
void read_actions(Checker& c, const Node& list, std::vector<Action>& actions) {
    const std::string schemes = "https:, http:, tel: or mailto:";
    c.each_object(list, {"text", "url"}, "an action", [&](const Node& n) {
        Action a;
        if (c.read_string(n, "text", a.text, Need::required, true)) {
            Linkified l = linkify(a.text);
            a.spans = std::move(l.spans);
            for (const std::string& link : l.unsafe)
                c.warning(DiagCode::unsafe_link, c.member(n, "text"),
                          "expected " + schemes + " links, got " + quote_for_message(link) + "; it is shown as plain text");
        }
        std::string url;
        if (c.read_string(n, "url", url, Need::optional)) {
            LinkCheck check = check_link(url);
            const char* expected = check == LinkCheck::relative ? "expected an absolute " : check == LinkCheck::malformed ? "expected a well-formed " : "expected an ";
            if (check == LinkCheck::safe) a.url = url;
            else c.warning(check == LinkCheck::malformed ? DiagCode::invalid_url : DiagCode::unsafe_link, c.member(n, "url"),
                           expected + schemes + " link, got " + quote_for_message(url) + "; it is dropped");
        }
        actions.push_back(std::move(a));
    });
}

// [SECTION] Strings
// A language's words: each key of words.h with its placeholders; see document.h.
void read_word_set(Checker& c, const Node& set, WordSet& out) {
    out.text.assign(size_t(Str::count), "");
    size_t given = 0;
    int index = 0;
    for (const auto& [key, value] : set.value->members()) {
        Node n{&value, &set, key, index++, false};
        std::optional<Str> s = str_from_name(key);
        if (!s) {
            c.warning(DiagCode::unknown_word, n, "expected a key of newsquiz's words such as \"start_quiz\", got " + quote_for_message(key) + "; it is ignored");
            continue;
        }
        if (!c.is(n, Kind::string)) continue;
        const std::string& text = value.str();
        if (is_blank(text)) {
            c.error(DiagCode::empty_string, n, "expected text, got " + describe(value));
            continue;
        }
        const char* english = str(*s, Lang::en);
        std::string want = placeholders(english), got = placeholders(text);
        if (want != got) {
            c.error(DiagCode::placeholder_mismatch, n, "expected the placeholders of " + quote_for_message(english) + " (" +
                                                           (want.empty() ? "none" : want) + "), got " + (got.empty() ? "none" : got));
            continue;
        }
        out.text[size_t(*s)] = text;
        ++given;
    }
    if (built_in_lang(out.tag) || given == size_t(Str::count)) return;
    std::vector<std::string> missing;
    for (size_t i = 0; i < out.text.size(); ++i)
        if (out.text[i].empty()) missing.push_back(str_name(Str(i)));
    std::string first = join_quoted({missing.begin(), missing.begin() + std::min<size_t>(3, missing.size())});
    std::string rest = missing.size() > 3 ? " and " + std::to_string(missing.size() - 3) + " more" : "";
    c.warning(DiagCode::missing_words, set,
              "expected all " + std::to_string(size_t(Str::count)) + " keys for " + quote_for_message(out.tag) +
                  ", a language newsquiz has no words of its own for; " + std::to_string(missing.size()) +
                  " are missing and shown in English: " + first + rest);
}

void read_strings(Checker& c, const Node& node, PublisherWords& out) {
    if (!c.read_object(node)) return;
    int index = 0;
    for (const auto& [tag, value] : node.value->members()) {
        Node set{&value, &node, tag, index++, false};
        if (!is_language_tag(tag)) {
            c.error(DiagCode::invalid_value, set, "expected a BCP 47 language tag such as \"fr\" or \"pt-BR\" as the name, got " + quote_for_message(tag));
            continue;
        }
        if (!c.read_object(set)) continue;
        WordSet words;
        words.tag = tag;
        read_word_set(c, set, words);
        out.push_back(std::move(words));
    }
}

// [SECTION] Document
void read_document(Checker& c, const Json& root, Document& doc) {
    Node node;
    node.value = &root;
    if (!c.read_object(node)) return;
    Node format = c.field(node, "format", Kind::string, Need::required);
    if (format.value) {
        const std::string& f = format.value->str();
        if (f != "newsquiz/1") {
            bool other_major = f.rfind("newsquiz/", 0) == 0;
            c.error(DiagCode::unsupported_format, format,
                    other_major ? "expected \"newsquiz/1\", got " + quote_for_message(f) + ": this reader knows version 1 only"
                                : "expected \"newsquiz/1\", got " + quote_for_message(f));
            return;  // NOTE: another format's fields would only bring noise
        }
    }
    c.only_fields(node, {"$schema", "format", "lang", "article", "quiz", "actions", "strings"}, "a newsquiz/1 document");
    // NOTE: "$schema" names the JSON Schema for editors (assets/schema/newsquiz-1.schema.json);
    // any string will do, and nothing here uses it.
    std::string schema_url;
    c.read_string(node, "$schema", schema_url, Need::optional);
    std::string lang;
    if (c.read_string(node, "lang", lang, Need::optional)) {
        if (is_language_tag(lang)) doc.lang = lang;
        else c.error(DiagCode::invalid_value, c.member(node, "lang"), "expected a BCP 47 language tag such as \"en\" or \"es-MX\", got " + quote_for_message(lang));
    }
    IdScope topics;
    Node article = c.field(node, "article", Kind::object, Need::required);
    bool topics_read = article.value && read_article(c, article, doc.article, topics);
    Node quiz = c.field(node, "quiz", Kind::object, Need::optional);
    if (quiz.value) {
        doc.has_quiz = true;
        read_quiz(c, quiz, doc.quiz, topics_read ? &topics : nullptr);
    }
    Node actions = c.read_array(node, "actions", Need::optional, 0, 0);
    if (actions.value) read_actions(c, actions, doc.actions);
    Node strings = c.member(node, "strings");
    if (strings.value) read_strings(c, strings, doc.strings);
}

JsonRead read_json(std::string_view json_text, size_t (*array_limit)(const std::vector<std::string>&) = newsquiz_array_limit) {
    JsonReadOptions options;
    options.max_bytes = kMaxDocumentBytes;
    options.max_depth = kMaxDepth;
    options.max_string_chars = kMaxStringChars;
    options.max_entries = array_limit;
    return json_read(json_text, options);
}

// Runs `check` over what was read, when it could be read, and gathers every finding in order.
template <typename Check>
std::vector<Diagnostic> diagnostics_of(JsonRead& read, Check check) {
    std::vector<Finding> findings = std::move(read.findings);
    if (read.complete) {
        Checker c(read);
        check(c, read.root);
        findings.insert(findings.end(), c.findings.begin(), c.findings.end());
        sort_findings(findings);
    }
    std::vector<Diagnostic> out;
    for (Finding& f : findings) out.push_back(std::move(f.diagnostic));
    return out;
}

}  // namespace

// [SECTION] Loading
LoadResult load_document(std::string_view json_text) {
    JsonRead read = read_json(json_text);
    LoadResult r;
    r.diagnostics = diagnostics_of(read, [&](Checker& c, const Json& root) { read_document(c, root, r.doc); });
    r.ok = !has_errors(r.diagnostics);
    return r;
}

StringsLoad load_strings(std::string_view json_text) {
    JsonRead read = read_json(json_text);
    StringsLoad r;
    r.diagnostics = diagnostics_of(read, [&](Checker& c, const Json& root) {
        Node node;
        node.value = &root;
        read_strings(c, node, r.words);
    });
    r.ok = !has_errors(r.diagnostics);
    return r;
}

QuestionLoad load_question(std::string_view json_text) {
    JsonRead read = read_json(json_text, lone_question_array_limit);
    QuestionLoad r;
    r.diagnostics = diagnostics_of(read, [&](Checker& c, const Json& root) {
        Node node;
        node.value = &root;
        IdScope question_ids;  // one question: its id can't repeat
        read_question(c, node, r.question, question_ids, nullptr);
    });
    r.ok = !has_errors(r.diagnostics);
    return r;
}

}  // namespace nq
