// json_value.cpp: the JSON value of json_value.h.
#include "json_value.h"

namespace nq {

namespace {

const Json kNull;
const std::string kNoString;
const Json::object_t kNoMembers;
const Json::array_t kNoElements;

}  // namespace

Json::Json(value_t type) : type_(type) {
    payload_.integer = 0;
    if (type == value_t::string) payload_.string = new std::string();
    if (type == value_t::array) payload_.array = new array_t();
    if (type == value_t::object) payload_.object = new object_t();
}

Json::Json(std::string s) : type_(value_t::string) { payload_.string = new std::string(std::move(s)); }

Json::Json(const std::vector<std::string>& strings) : type_(value_t::array) {
    payload_.array = new array_t(strings.begin(), strings.end());
}

Json::Json(std::initializer_list<Member> members) : type_(value_t::object) { payload_.object = new object_t(members); }

Json::Json(const Json& other) : type_(other.type_), payload_(other.payload_) {
    if (type_ == value_t::string) payload_.string = new std::string(*other.payload_.string);
    if (type_ == value_t::array) payload_.array = new array_t(*other.payload_.array);
    if (type_ == value_t::object) payload_.object = new object_t(*other.payload_.object);
}

Json& Json::operator=(const Json& other) {
    if (this != &other) *this = Json(other);
    return *this;
}

Json& Json::operator=(Json&& other) noexcept {
    if (this != &other) {
        // NOTE: `other` may live inside this value (j = std::move(j["member"])): taken before release.
        value_t type = other.type_;
        Payload payload = other.payload_;
        other.type_ = value_t::null;
        release();
        type_ = type;
        payload_ = payload;
    }
    return *this;
}

void Json::release() noexcept {
    if (type_ == value_t::string) delete payload_.string;
    if (type_ == value_t::array) delete payload_.array;
    if (type_ == value_t::object) delete payload_.object;
    type_ = value_t::null;
}

const char* Json::type_name() const {
    switch (type_) {
        case value_t::null: return "null";
        case value_t::object: return "object";
        case value_t::array: return "array";
        case value_t::string: return "string";
        case value_t::boolean: return "boolean";
        case value_t::discarded: return "discarded";
        default: return "number";
    }
}

bool operator==(const Json& a, const Json& b) {
    using value_t = Json::value_t;
    if (a.is_number() && b.is_number()) {
        if (a.type_ == value_t::number_integer && b.type_ == value_t::number_integer) return a.payload_.integer == b.payload_.integer;
        if (a.type_ == value_t::number_unsigned && b.type_ == value_t::number_unsigned)
            return a.payload_.unsigned_integer == b.payload_.unsigned_integer;
        return a.number() == b.number();
    }
    if (a.type_ != b.type_) return false;
    switch (a.type_) {
        case value_t::null: return true;
        case value_t::boolean: return a.payload_.boolean == b.payload_.boolean;
        case value_t::string: return *a.payload_.string == *b.payload_.string;
        case value_t::array: return *a.payload_.array == *b.payload_.array;
        case value_t::object: return *a.payload_.object == *b.payload_.object;
        default: return false;
    }
}

double Json::number() const {
    switch (type_) {
        case value_t::number_integer: return static_cast<double>(payload_.integer);
        case value_t::number_unsigned: return static_cast<double>(payload_.unsigned_integer);
        case value_t::number_float: return payload_.real;
        default: return 0;
    }
}

const std::string& Json::str() const { return is_string() ? *payload_.string : kNoString; }

size_t Json::size() const {
    switch (type_) {
        case value_t::null: return 0;
        case value_t::array: return payload_.array->size();
        case value_t::object: return payload_.object->size();
        default: return 1;
    }
}

const Json::object_t& Json::members() const { return is_object() ? *payload_.object : kNoMembers; }

Json::object_t& Json::members() {
    if (!is_object()) *this = object();
    return *payload_.object;
}

const Json* Json::find(std::string_view name) const {
    for (const Member& m : members())
        if (m.first == name) return &m.second;
    return nullptr;
}

Json Json::value(std::string_view name, const Json& fallback) const {
    const Json* v = find(name);
    return v ? *v : fallback;
}

const Json& Json::operator[](std::string_view name) const {
    const Json* v = find(name);
    return v ? *v : kNull;
}

Json& Json::operator[](std::string_view name) {
    object_t& list = members();
    for (Member& m : list)
        if (m.first == name) return m.second;
    list.emplace_back(std::string(name), Json());
    return list.back().second;
}

const Json::array_t& Json::elements() const { return is_array() ? *payload_.array : kNoElements; }

Json::array_t& Json::elements_for_write() {
    if (!is_array()) *this = array();
    return *payload_.array;
}

void Json::push_back(Json v) { elements_for_write().push_back(std::move(v)); }

}  // namespace nq
