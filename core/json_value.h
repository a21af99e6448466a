// json_value.h: a JSON value of our own: the tree json_reader.h builds and the little the
// widget builds itself (events, the intent log), written out by json_writer.h.
//
// Objects keep their members in the order written, in a vector: the objects of a document
// have a handful of members, and a linear search over them costs less code and time than
// a map. Numbers keep the kind they were read as (a signed or unsigned integer, or a
// double), so that counts above 2^53 stay exact. Nothing here throws: reading a value as
// a kind it does not have gives that kind's zero ("", 0, false), a missing member a null.
//
//   nq::Json event = nq::Json::object();
//   event["type"] = "newsquiz:start";
//   event["detail"]["article"] = doc.id;      // a new member is null, an object once indexed
//   if (const nq::Json* id = j.find("id"); id && id->is_string()) use(id->str());
//
// Index of this file:
// [SECTION] The value
// [SECTION] Reading
// [SECTION] Objects and arrays
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace nq {

class Json {
public:
    // [SECTION] The value
    // `discarded`: a value json_reader.h read past (a string over its limit); never written.
    enum class value_t : uint8_t { null, object, array, string, boolean, number_integer, number_unsigned, number_float, discarded };
    using Member = std::pair<std::string, Json>;
    using object_t = std::vector<Member>;
    using array_t = std::vector<Json>;

    Json() noexcept { payload_.integer = 0; }
    Json(std::nullptr_t) noexcept : Json() {}
    explicit Json(value_t type);  // an empty object, array or string, false, 0, null or discarded
    Json(bool b) noexcept : type_(value_t::boolean) { payload_.boolean = b; }
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Json(T i) noexcept {
        if constexpr (std::is_signed_v<T>) {
            type_ = value_t::number_integer;
            payload_.integer = i;
        } else {
            type_ = value_t::number_unsigned;
            payload_.unsigned_integer = i;
        }
    }
    Json(double x) noexcept : type_(value_t::number_float) { payload_.real = x; }
    Json(const char* s) : Json(std::string(s)) {}
    Json(std::string s);
    Json(const std::vector<std::string>& strings);  // an array of strings
    // An object: Json{{"id", "q3"}, {"score", 2}}.
    Json(std::initializer_list<Member> members);
    static Json object() { return Json(value_t::object); }
    static Json array() { return Json(value_t::array); }

    Json(const Json& other);
    Json(Json&& other) noexcept : type_(other.type_), payload_(other.payload_) { other.type_ = value_t::null; }
    Json& operator=(const Json& other);
    Json& operator=(Json&& other) noexcept;
    ~Json() { release(); }

    value_t type() const { return type_; }
    bool is_null() const { return type_ == value_t::null; }
    bool is_object() const { return type_ == value_t::object; }
    bool is_array() const { return type_ == value_t::array; }
    bool is_string() const { return type_ == value_t::string; }
    bool is_boolean() const { return type_ == value_t::boolean; }
    bool is_number() const { return is_number_integer() || type_ == value_t::number_float; }
    bool is_number_integer() const { return type_ == value_t::number_integer || type_ == value_t::number_unsigned; }
    bool is_number_unsigned() const { return type_ == value_t::number_unsigned; }
    bool is_number_float() const { return type_ == value_t::number_float; }
    bool is_discarded() const { return type_ == value_t::discarded; }
    // "null", "object", "array", "string", "boolean", "number" or "discarded".
    const char* type_name() const;

    // Numbers are equal by value whatever their kind (1 == 1.0), objects member by member in
    // their order; a discarded value equals nothing.
    friend bool operator==(const Json& a, const Json& b);
    friend bool operator!=(const Json& a, const Json& b) { return !(a == b); }

    // [SECTION] Reading
    // get<bool>, get<std::string>, get<double> and get<any integer type>; numbers convert
    // as a cast does.
    template <typename T>
    T get() const {
        if constexpr (std::is_same_v<T, bool>) {
            return type_ == value_t::boolean && payload_.boolean;
        } else if constexpr (std::is_same_v<T, std::string>) {
            return str();
        } else if constexpr (std::is_floating_point_v<T>) {
            return static_cast<T>(number());
        } else {
            static_assert(std::is_integral_v<T>, "get<T>: bool, std::string, a number type");
            return type_ == value_t::number_integer    ? static_cast<T>(payload_.integer)
                   : type_ == value_t::number_unsigned ? static_cast<T>(payload_.unsigned_integer)
                   : type_ == value_t::number_float    ? static_cast<T>(payload_.real)
                                                       : T(0);
        }
    }
    double number() const;          // 0 unless a number
    const std::string& str() const; // "" unless a string

    // [SECTION] Objects and arrays
    // Entries of an array or members of an object; 0 for null, 1 for any other value.
    size_t size() const;
    bool empty() const { return size() == 0; }

    const object_t& members() const;  // empty unless an object
    object_t& members();              // any other value becomes an empty object
    const Json* find(std::string_view name) const;  // nullptr when missing or not an object
    bool contains(std::string_view name) const { return find(name) != nullptr; }
    Json value(std::string_view name, const Json& fallback) const;  // the member, or fallback
    const Json& operator[](std::string_view name) const;            // a null when missing
    Json& operator[](std::string_view name);  // as members(); a missing member is appended
    // NOTE: templates, so that j[0] is an index and not a null name.
    template <typename T>
    Json& operator[](T* name) { return (*this)[std::string_view(name)]; }
    template <typename T>
    const Json& operator[](T* name) const { return (*this)[std::string_view(name)]; }

    const array_t& elements() const;  // empty unless an array
    const Json& operator[](size_t i) const { return elements()[i]; }
    Json& operator[](size_t i) { return elements_for_write()[i]; }
    void push_back(Json v);  // any other value becomes an empty array first
    Json& back() { return elements_for_write().back(); }
    const Json* begin() const { return elements().data(); }
    const Json* end() const { return elements().data() + elements().size(); }
    Json* begin() { return elements_for_write().data(); }
    Json* end() { return begin() + elements().size(); }

private:
    value_t type_ = value_t::null;
    // NOTE: strings behind a pointer too. Kept in the value itself (placement new, a destructor
    // called by hand), a parse of the bench's document took 3 % less time in WebAssembly and 12 %
    // natively, for 8 bytes more per value and twice the code of copies and moves.
    union Payload {
        bool boolean;
        int64_t integer;
        uint64_t unsigned_integer;
        double real;
        std::string* string;
        array_t* array;
        object_t* object;
    } payload_;

    array_t& elements_for_write();
    void release() noexcept;
};

}  // namespace nq
