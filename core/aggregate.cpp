// aggregate.cpp: xAPI statements -> the figures of AGG.json, AGG.json -> the figures, and
// the shares the widget shows. The rules are listed in aggregate.h.
#include "aggregate.h"

#include <cmath>
#include <cstdio>

#include "codec.h"
#include "document.h"
#include "json_reader.h"

namespace nq {

namespace {

const char* const kVerbAnswered = "http://adlnet.gov/expapi/verbs/answered";
const char* const kVerbCompleted = "http://adlnet.gov/expapi/verbs/completed";
const char* const kVerbVoided = "http://adlnet.gov/expapi/verbs/voided";
const char* const kInteractionType = "http://adlnet.gov/expapi/activities/cmi.interaction";
const char* const kAssessmentType = "http://adlnet.gov/expapi/activities/assessment";

// [SECTION] Errors
// Keeps the first kAggregateMaxErrors and counts the rest: a broken export of 64 MiB may
// hold a million of them.
class Errors {
public:
    void add(DiagCode code, std::string pointer, std::string message) {
        if (list_.size() < kAggregateMaxErrors)
            list_.push_back({Severity::error, code, std::move(pointer), std::move(message)});
        else
            ++more_;
    }
    void add(const Diagnostic& d) {
        if (list_.size() < kAggregateMaxErrors) list_.push_back(d);
        else ++more_;
    }
    bool any() const { return !list_.empty(); }
    template <typename Result>
    void move_to(Result& r) {
        r.errors = std::move(list_);
        r.more_errors = more_;
    }

private:
    std::vector<Diagnostic> list_;
    size_t more_ = 0;
};

// Reads text with the given limits; every finding is an error (duplicate member names too:
// which of two values was meant is anybody's guess). `at`: the text's place in a larger one.
bool read_json(std::string_view text, const JsonReadOptions& options, Json& root, Errors& errors, const std::string& at = "") {
    JsonRead r = json_read(text, options);
    for (Finding& f : r.findings) {
        f.diagnostic.pointer = at + f.diagnostic.pointer;
        errors.add(f.diagnostic);
    }
    if (!r.complete || !r.findings.empty()) return false;
    root = std::move(r.root);
    return true;
}

// [SECTION] Typed members
enum class Kind { object, array, string, boolean, number };

const char* kind_words(Kind kind) {
    switch (kind) {
        case Kind::object: return "an object";
        case Kind::array: return "an array";
        case Kind::string: return "a string";
        case Kind::boolean: return "true or false";
        case Kind::number: return "a number";
    }
    return "a value";
}

bool is_kind(const Json& v, Kind kind) {
    switch (kind) {
        case Kind::object: return v.is_object();
        case Kind::array: return v.is_array();
        case Kind::string: return v.is_string();
        case Kind::boolean: return v.is_boolean();
        case Kind::number: return v.is_number();
    }
    return false;
}

std::string got(const Json& v) {
    switch (v.type()) {
        case Json::value_t::object: return "got an object";
        case Json::value_t::array: return "got an array";
        case Json::value_t::string: return "got the string " + quote_for_message(v.str());
        case Json::value_t::boolean: return v.get<bool>() ? "got true" : "got false";
        case Json::value_t::null: return "got null";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "got the number " + json_dump(json_number(v.get<double>()));
        default: return "got nothing";
    }
}

// One object being read, at its JSON pointer: members checked for their kind as they are taken.
struct At {
    const Json& value;
    std::string pointer;
    Errors& errors;
    bool* broken;  // set when a member has a kind xAPI does not allow

    // The member `name`: nullptr when absent; when present with another kind, an error and nullptr.
    const Json* get(const char* name, Kind kind) const {
        const Json* v = value.find(name);
        if (!v) return nullptr;
        if (is_kind(*v, kind)) return v;
        errors.add(DiagCode::wrong_type, pointer + "/" + name, std::string("expected ") + kind_words(kind) + ", " + got(*v));
        *broken = true;
        return nullptr;
    }
    // The member `name` when it is an object, to read further.
    bool child(const char* name, const Json*& out) const { return (out = get(name, Kind::object)) != nullptr; }
    At in(const char* name, const Json& object) const { return {object, pointer + "/" + name, errors, broken}; }
    // A member xAPI requires: an error when absent too.
    const Json* need(const char* name, Kind kind) const {
        if (!value.contains(name)) {
            errors.add(DiagCode::missing_field, pointer + "/" + name, std::string("is required: expected ") + kind_words(kind));
            *broken = true;
            return nullptr;
        }
        return get(name, kind);
    }
    const std::string* text(const char* name) const {
        const Json* v = get(name, Kind::string);
        return v ? &v->str() : nullptr;
    }
};

// [SECTION] Ids and IRIs
// NOTE: the rule of document.cpp's article ids ([a-z0-9][a-z0-9-]*, at most 100
// characters), which it keeps to itself.
bool valid_article_id(std::string_view s) {
    if (s.empty() || s.size() > kMaxIdChars || s[0] == '-') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

// Question ids: any text of 1..100 characters (code points).
bool valid_question_id(std::string_view s) { return !s.empty() && utf8_length(s) <= kMaxIdChars; }

// "https://news.example/newsquiz/rubio-2025" -> "rubio-2025"; "" when the IRI is no quiz IRI.
std::string article_of_quiz_iri(const std::string& iri) {
    size_t cut = iri.find_last_of("/:");
    if (cut == std::string::npos) return "";
    std::string id = iri.substr(cut + 1);
    return valid_article_id(id) ? id : "";
}

// Statement ids are UUIDs, whose hex digits may come in either case.
std::string lowercase_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

// [SECTION] Statements
enum class Outcome { counted, without_id, foreign, without_result, other_verb };

struct Record {
    std::string id;  // lowercased; "" for without_id
    Outcome outcome = Outcome::other_verb;
    CountedStatement counted;  // kind none unless counted
    std::string voids;         // a voiding statement: the lowercased id it names
};

// object.definition.type, when present, must be the given one.
bool definition_type_is(const At& object, const char* type) {
    const Json* definition = nullptr;
    if (!object.child("definition", definition)) return true;
    const std::string* t = object.in("definition", *definition).text("type");
    return !t || *t == type;
}

// An answered statement's article and question, from its object id and parent activities.
bool question_of_answer(const At& s, const std::string& object_id, CountedStatement& c) {
    const Json* context = nullptr;
    const Json* activities = nullptr;
    if (!s.child("context", context)) return false;
    At ctx = s.in("context", *context);
    if (!ctx.child("contextActivities", activities)) return false;
    At acts = ctx.in("contextActivities", *activities);
    const Json* it = activities->find("parent");
    if (!it) return false;
    // xAPI 1.0 allows one activity in place of an array of them.
    std::vector<std::pair<const Json*, std::string>> parents;
    if (it->is_object()) {
        parents.push_back({it, acts.pointer + "/parent"});
    } else if (it->is_array()) {
        for (size_t i = 0; i < it->size(); ++i) parents.push_back({&(*it)[i], acts.pointer + "/parent/" + std::to_string(i)});
    } else {
        s.errors.add(DiagCode::wrong_type, acts.pointer + "/parent", "expected an array of activities or one activity, " + got(*it));
        *s.broken = true;
    }
    for (const auto& [parent, pointer] : parents) {
        if (!parent->is_object()) {
            s.errors.add(DiagCode::wrong_type, pointer, "expected an activity (an object), " + got(*parent));
            *s.broken = true;
            continue;
        }
        const Json* id = At{*parent, pointer, s.errors, s.broken}.need("id", Kind::string);
        if (!id) continue;
        const std::string& quiz = id->str();
        if (object_id.size() <= quiz.size() + 1 || object_id.compare(0, quiz.size(), quiz) != 0 || object_id[quiz.size()] != '/')
            continue;
        std::string article = article_of_quiz_iri(quiz);
        std::string question = object_id.substr(quiz.size() + 1);
        if (article.empty() || !valid_question_id(question)) continue;
        c.article = std::move(article);
        c.question = std::move(question);
        return true;
    }
    return false;
}

// result.score -> percent. false when it gives none (the statement is without_result).
bool percent_of_score(const At& score, double& percent) {
    const Json* scaled = score.get("scaled", Kind::number);
    const Json* raw = score.get("raw", Kind::number);
    const Json* min = score.get("min", Kind::number);
    const Json* max = score.get("max", Kind::number);
    if (*score.broken) return false;
    if (scaled && !(scaled->get<double>() >= -1 && scaled->get<double>() <= 1)) {
        score.errors.add(DiagCode::out_of_range, score.pointer + "/scaled", "expected a scaled score from -1 to 1, " + got(*scaled));
        *score.broken = true;
        return false;
    }
    if (raw && max) {
        double lo = min ? min->get<double>() : 0, hi = max->get<double>(), r = raw->get<double>();
        std::string range = json_dump(json_number(lo)) + ".." + json_dump(json_number(hi));
        if (!(hi > lo)) {
            score.errors.add(DiagCode::out_of_range, score.pointer + "/max", "expected max above min (" + json_dump(json_number(lo)) + "), " + got(*max));
        } else if (!(r >= lo && r <= hi)) {
            score.errors.add(DiagCode::out_of_range, score.pointer + "/raw", "expected raw within min..max (" + range + "), " + got(*raw));
        } else {
            // NOTE: (raw - 0) * 100 / (max - 0) is scoring.h's score * 100 / max to the last bit.
            percent = (r - lo) * 100 / (hi - lo);
            if (std::isfinite(percent)) return true;
            score.errors.add(DiagCode::out_of_range, score.pointer, "expected raw, min and max whose percent a double can hold (" + range + ")");
        }
        *score.broken = true;
        return false;
    }
    if (!scaled) return false;
    percent = scaled->get<double>() * 100;
    return true;
}

// One statement -> what it counts for; errors (and *s.broken) where xAPI's types are broken.
Record read_statement(const At& s) {
    Record r;
    const Json* id = s.get("id", Kind::string);
    const Json* verb = s.need("verb", Kind::object);
    const Json* verb_iri = verb ? s.in("verb", *verb).need("id", Kind::string) : nullptr;
    const std::string* verb_id = verb_iri ? &verb_iri->str() : nullptr;
    if (id && id->str().empty()) {
        s.errors.add(DiagCode::empty_string, s.pointer + "/id", "expected the statement's UUID, got an empty string");
        *s.broken = true;
    }
    if (!id) {
        r.outcome = Outcome::without_id;
        return r;
    }
    r.id = lowercase_ascii(id->str());
    if (!verb_id) return r;
    bool answered = *verb_id == kVerbAnswered, completed = *verb_id == kVerbCompleted;
    if (!answered && !completed && *verb_id != kVerbVoided) return r;  // other_verb

    const Json* object = s.need("object", Kind::object);
    if (!object) return r;
    At obj = s.in("object", *object);
    if (*verb_id == kVerbVoided) {
        const std::string* type = obj.text("objectType");
        const std::string* target = obj.text("id");
        if (type && *type == "StatementRef" && target) r.voids = lowercase_ascii(*target);
        return r;
    }
    const Json* object_id = obj.need("id", Kind::string);
    const Json* result = nullptr;
    bool has_result = s.child("result", result);
    At res = has_result ? s.in("result", *result) : s;
    CountedStatement& c = r.counted;
    bool has_figure = false, ours = false;
    if (answered) {
        const Json* success = has_result ? res.get("success", Kind::boolean) : nullptr;
        if (success) c.right = success->get<bool>();
        has_figure = success != nullptr;
        ours = object_id && question_of_answer(s, object_id->str(), c) &&
               definition_type_is(obj, kInteractionType);
    } else {
        const Json* score = nullptr;
        double percent = 0;
        has_figure = has_result && res.child("score", score) && percent_of_score(res.in("score", *score), percent);
        c.whole_percent = aggregate_whole_percent(percent);
        if (object_id) c.article = article_of_quiz_iri(object_id->str());
        ours = !c.article.empty() && definition_type_is(obj, kAssessmentType);
    }
    r.outcome = !ours ? Outcome::foreign : !has_figure ? Outcome::without_result : Outcome::counted;
    if (r.outcome == Outcome::counted) c.kind = answered ? CountedStatement::Kind::answer : CountedStatement::Kind::attempt;
    return r;
}

// The statements array of an export: the root array, or the `statements` of an LRS response.
const Json* statements_of(const Json& root, std::string& pointer, std::string& more, Errors& errors) {
    const char* shapes = "expected an array of statements or an LRS response {\"statements\": [...]}, ";
    if (root.is_array()) return &root;
    if (!root.is_object()) {
        errors.add(DiagCode::wrong_type, "", shapes + got(root));
        return nullptr;
    }
    bool broken = false;
    At response{root, "", errors, &broken};
    const Json* statements = response.need("statements", Kind::array);
    if (const std::string* next = response.text("more")) more = *next;
    pointer = "/statements";
    return broken ? nullptr : statements;
}

// [SECTION] Reading an export a statement at a time
// NOTE: a tree of a whole export takes about ten times its text (700 MB for 64 MiB). So
// the text is read whole once, for its syntax, limits and shape, building only the first
// statement; then each statement is found in the text and read on its own.
size_t keep_first_statement(const std::vector<std::string>& path) {
    return path.empty() || (path.size() == 1 && path[0] == "statements") ? 1 : 0;
}

// Scanning text json_read accepted: each function returns the offset just past what it skips.
size_t skip_space(std::string_view t, size_t i) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
    return i;
}
size_t skip_string(std::string_view t, size_t i) {  // t[i] is the opening quote
    for (++i; i < t.size() && t[i] != '"'; ++i)
        if (t[i] == '\\') ++i;
    return i + 1;
}
size_t skip_value(std::string_view t, size_t i) {
    if (t[i] == '"') return skip_string(t, i);
    if (t[i] != '{' && t[i] != '[') {  // a number, true, false or null
        while (i < t.size() && std::string_view(",]} \t\n\r").find(t[i]) == std::string_view::npos) ++i;
        return i;
    }
    int depth = 0;
    for (; i < t.size(); ++i) {
        if (t[i] == '"') i = skip_string(t, i) - 1;
        else if (t[i] == '{' || t[i] == '[') ++depth;
        else if ((t[i] == '}' || t[i] == ']') && --depth == 0) return i + 1;
    }
    return i;
}

// The text of each statement, given that the statements array is the root or the root's
// member "statements" (member names may be written with escapes: "statement\u0073").
std::vector<std::string_view> statement_texts(std::string_view t) {
    size_t i = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    i = skip_space(t, i);
    if (t[i] == '{') {
        for (i = skip_space(t, i + 1); t[i] == '"'; i = skip_space(t, i + 1)) {  // past the ','
            size_t end = skip_string(t, i);
            JsonRead name = json_read(t.substr(i, end - i), {});
            i = skip_space(t, skip_space(t, end) + 1);  // past the ':'
            if (name.root == "statements") break;
            i = skip_space(t, skip_value(t, i));
        }
    }
    std::vector<std::string_view> texts;
    for (i = skip_space(t, i + 1); i < t.size() && t[i] != ']'; i = skip_space(t, i)) {
        size_t end = skip_value(t, i);
        texts.push_back(t.substr(i, end - i));
        i = skip_space(t, end);
        if (i < t.size() && t[i] == ',') ++i;
    }
    return texts;
}

// [SECTION] AGG.json helpers
// A count as AGG.json holds it: a whole number 0..kAggregateMaxCount written without a fraction.
bool read_count(const Json& v, const std::string& pointer, Errors& errors, uint64_t& out) {
    if (v.is_number_unsigned() && v.get<uint64_t>() <= kAggregateMaxCount) {
        out = v.get<uint64_t>();
        return true;
    }
    bool whole = v.is_number_integer() || v.is_number_unsigned();
    errors.add(whole ? DiagCode::out_of_range : DiagCode::wrong_type, pointer,
               "expected a whole number from 0 to " + std::to_string(kAggregateMaxCount) + ", " + got(v));
    return false;
}

// The member `name` as a count; absent is an error when required, else leaves out as it is.
bool read_count(const At& at, const char* name, uint64_t& out, bool required) {
    const Json* it = at.value.find(name);
    std::string pointer = at.pointer + "/" + name;
    if (it) return read_count(*it, pointer, at.errors, out);
    if (required) at.errors.add(DiagCode::missing_field, pointer, "is required: expected a whole number");
    return !required;
}

// The counts of "statements", in the order AGG.json writes them.
struct CountField {
    const char* name;
    uint64_t AggregateCounts::*field;
};
const CountField kCountFields[] = {
    {"read", &AggregateCounts::read},
    {"answers", &AggregateCounts::answers},
    {"attempts", &AggregateCounts::attempts},
    {"duplicates", &AggregateCounts::duplicates},
    {"without_id", &AggregateCounts::without_id},
    {"voided", &AggregateCounts::voided},
    {"foreign", &AggregateCounts::foreign},
    {"without_result", &AggregateCounts::without_result},
    {"other_verbs", &AggregateCounts::other_verbs},
};

bool load_question(const At& q, QuestionTally& out) {
    bool ok = read_count(q, "responses", out.responses, true);
    ok = read_count(q, "right", out.right, true) && ok;
    if (ok && out.right > out.responses) {
        q.errors.add(DiagCode::out_of_range, q.pointer + "/right",
                     "expected at most the responses (" + std::to_string(out.responses) + "), got " + std::to_string(out.right));
        return false;
    }
    return ok;
}

bool load_article(const At& a, ArticleTally& out) {
    bool ok = read_count(a, "attempts", out.attempts, true);
    const Json* percents = a.need("percents", Kind::array);
    const Json* questions = a.need("questions", Kind::object);
    if (percents) {
        std::string pointer = a.pointer + "/percents";
        if (percents->size() != out.percents.size()) {
            a.errors.add(percents->size() < out.percents.size() ? DiagCode::too_few : DiagCode::too_many, pointer,
                         "expected 101 counts (percents 0 to 100), got " + std::to_string(percents->size()));
            ok = false;
        } else {
            uint64_t sum = 0;
            bool counts_ok = true;
            for (size_t p = 0; p < out.percents.size(); ++p) {
                counts_ok = read_count((*percents)[p], pointer + "/" + std::to_string(p), a.errors, out.percents[p]) && counts_ok;
                sum += out.percents[p];  // at most 101 x 2^53: no overflow
            }
            if (counts_ok && ok && sum != out.attempts) {
                a.errors.add(DiagCode::invalid_value, pointer,
                             "expected counts adding up to attempts (" + std::to_string(out.attempts) + "), got " + std::to_string(sum));
                counts_ok = false;
            }
            ok = ok && counts_ok;
        }
    }
    if (questions) {
        for (const auto& [id, value] : questions->members()) {
            std::string pointer = a.pointer + "/questions/" + json_pointer_escape(id);
            if (!valid_question_id(id)) {
                a.errors.add(DiagCode::invalid_id, pointer, "expected a question id of 1.." + std::to_string(kMaxIdChars) + " characters");
                ok = false;
            } else if (!value.is_object()) {
                a.errors.add(DiagCode::wrong_type, pointer, "expected an object {\"responses\", \"right\"}, " + got(value));
                ok = false;
            } else {
                ok = load_question({value, pointer, a.errors, a.broken}, out.questions[id]) && ok;
            }
        }
    }
    return ok && percents && questions && !*a.broken;
}

}  // namespace

// [SECTION] Equality
bool operator==(const QuestionTally& a, const QuestionTally& b) { return a.responses == b.responses && a.right == b.right; }
bool operator==(const ArticleTally& a, const ArticleTally& b) {
    return a.attempts == b.attempts && a.percents == b.percents && a.questions == b.questions;
}
bool operator==(const AggregateCounts& a, const AggregateCounts& b) {
    for (const CountField& f : kCountFields)
        if (a.*(f.field) != b.*(f.field)) return false;
    return true;
}
bool operator==(const Aggregates& a, const Aggregates& b) { return a.statements == b.statements && a.articles == b.articles; }

// [SECTION] From statements
int aggregate_whole_percent(double percent) {
    if (!(percent > 0)) return 0;  // NaN too
    if (percent >= 100) return 100;
    return int(std::floor(percent + 1e-9));
}

AggregateRead aggregate_add(AggregateBuilder& builder, std::string_view json_text) {
    AggregateRead out;
    Errors errors;
    JsonReadOptions options;
    options.max_bytes = kAggregateMaxInputBytes;
    options.max_depth = kAggregateMaxInputDepth;
    options.max_string_chars = kAggregateMaxInputBytes;  // NOTE: the file's size is the only limit that matters here
    options.max_entries = keep_first_statement;
    Json root;
    std::string pointer;
    if (!read_json(json_text, options, root, errors) || !statements_of(root, pointer, out.more, errors)) {
        errors.move_to(out);
        return out;
    }

    std::vector<Record> records;
    std::vector<std::string_view> texts = statement_texts(json_text);
    records.reserve(texts.size());
    options.max_entries = nullptr;
    for (size_t i = 0; i < texts.size(); ++i) {
        std::string at = pointer + "/" + std::to_string(i);
        Json s;
        // NOTE: only repeated member names can be found now: the whole text was read.
        if (!read_json(texts[i], options, s, errors, at)) continue;
        if (!s.is_object()) {
            errors.add(DiagCode::wrong_type, at, "expected a statement (an object), " + got(s));
            continue;
        }
        bool broken = false;
        Record r = read_statement({s, at, errors, &broken});
        if (!broken) records.push_back(std::move(r));
    }
    if (errors.any()) {
        errors.move_to(out);
        return out;
    }

    AggregateCounts& counts = builder.counts;
    for (Record& r : records) {
        ++counts.read;
        if (r.outcome == Outcome::without_id) {
            ++counts.without_id;
            continue;
        }
        if (!builder.by_id.emplace(r.id, std::move(r.counted)).second) {
            ++counts.duplicates;
            continue;
        }
        if (!r.voids.empty()) builder.voided_ids.insert(std::move(r.voids));
        if (r.outcome == Outcome::foreign) ++counts.foreign;
        if (r.outcome == Outcome::without_result) ++counts.without_result;
        if (r.outcome == Outcome::other_verb) ++counts.other_verbs;
    }
    out.ok = true;
    out.statements = records.size();
    return out;
}

Aggregates aggregate_finish(const AggregateBuilder& builder) {
    Aggregates out;
    out.statements = builder.counts;
    for (const auto& [id, c] : builder.by_id) {
        if (c.kind == CountedStatement::Kind::none) continue;
        if (builder.voided_ids.count(id)) {
            ++out.statements.voided;
            continue;
        }
        ArticleTally& article = out.articles[c.article];
        if (c.kind == CountedStatement::Kind::answer) {
            ++out.statements.answers;
            QuestionTally& q = article.questions[c.question];
            ++q.responses;
            if (c.right) ++q.right;
        } else {
            ++out.statements.attempts;
            ++article.attempts;
            ++article.percents[size_t(c.whole_percent)];
        }
    }
    return out;
}

// [SECTION] AGG.json
std::string aggregates_to_json(const Aggregates& aggregates) {
    JsonWriter w;
    w.begin_object();
    w.field("format", kAggregatesFormat);
    w.key("statements");
    w.begin_object();
    for (const CountField& f : kCountFields) w.field(f.name, aggregates.statements.*(f.field));
    w.end_object();
    w.key("articles");
    w.begin_object();
    for (const auto& [id, a] : aggregates.articles) {
        w.key(id);
        w.begin_object();
        w.field("attempts", a.attempts);
        w.key("percents");
        w.begin_array();
        for (uint64_t n : a.percents) w.value(n);
        w.end_array();
        w.key("questions");
        w.begin_object();
        for (const auto& [qid, q] : a.questions) {
            w.key(qid);
            w.begin_object();
            w.field("responses", q.responses);
            w.field("right", q.right);
            w.end_object();
        }
        w.end_object();
        w.end_object();
    }
    w.end_object();
    w.end_object();
    return std::move(w.out);
}

AggregatesLoad aggregates_load(std::string_view json_text) {
    AggregatesLoad out;
    Errors errors;
    JsonReadOptions options;
    options.max_bytes = kAggregatesMaxBytes;
    Json root;
    bool broken = false;
    if (!read_json(json_text, options, root, errors)) {
        errors.move_to(out);
        return out;
    }
    if (!root.is_object()) {
        errors.add(DiagCode::wrong_type, "", std::string("expected an object {\"format\": \"") + kAggregatesFormat + "\", ...}, " + got(root));
        errors.move_to(out);
        return out;
    }
    At top{root, "", errors, &broken};
    const Json* format = top.need("format", Kind::string);
    if (format && *format != kAggregatesFormat)
        errors.add(DiagCode::unsupported_format, "/format", std::string("expected \"") + kAggregatesFormat + "\", " + got(*format));
    if (!format || errors.any()) {  // another format's shape is not ours to guess
        errors.move_to(out);
        return out;
    }
    Aggregates a;
    const Json* statements = nullptr;
    if (top.child("statements", statements))
        for (const CountField& f : kCountFields) read_count(top.in("statements", *statements), f.name, a.statements.*(f.field), false);
    if (const Json* articles = top.need("articles", Kind::object)) {
        for (const auto& [id, value] : articles->members()) {
            std::string pointer = "/articles/" + json_pointer_escape(id);
            if (!valid_article_id(id))
                errors.add(DiagCode::invalid_id, pointer, "expected an article id ([a-z0-9][a-z0-9-]*, at most 100 characters)");
            else if (!value.is_object())
                errors.add(DiagCode::wrong_type, pointer, "expected an object {\"attempts\", \"percents\", \"questions\"}, " + got(value));
            else
                load_article({value, pointer, errors, &broken}, a.articles[id]);
        }
    }
    if (errors.any()) {
        errors.move_to(out);
        return out;
    }
    out.ok = true;
    out.aggregates = std::move(a);
    return out;
}

// [SECTION] For the widget
static AggregateShare share(uint64_t count, uint64_t total) {
    AggregateShare s;
    s.count = count;
    s.total = total;
    s.shown = total >= kAggregateMinResponses;
    s.percent = total > 0 ? double(count) * 100 / double(total) : 0;
    return s;
}

AggregateShare aggregate_right_share(const Aggregates& aggregates, const std::string& article_id, const std::string& question_id) {
    auto article = aggregates.articles.find(article_id);
    if (article == aggregates.articles.end()) return {};
    auto q = article->second.questions.find(question_id);
    if (q == article->second.questions.end()) return {};
    return share(q->second.right, q->second.responses);
}

AggregateShare aggregate_beaten_share(const Aggregates& aggregates, const std::string& article_id, double reader_percent) {
    auto article = aggregates.articles.find(article_id);
    if (article == aggregates.articles.end()) return {};
    const ArticleTally& a = article->second;
    uint64_t below = 0;
    for (int p = 0; p < aggregate_whole_percent(reader_percent); ++p) below += a.percents[size_t(p)];
    return share(below, a.attempts);
}

}  // namespace nq
