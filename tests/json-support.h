// json-support.h: the core's Json (json_value.h) and nlohmann's, the tests' oracle, turned into
// each other value for value: member order, number kinds (signed, unsigned, double) and
// discarded values kept.
#pragma once

#include <nlohmann/json.hpp>

#include "json_value.h"

namespace nq::test {

inline nlohmann::ordered_json to_nlohmann(const nq::Json& j) {
    using T = nq::Json::value_t;
    switch (j.type()) {
        case T::object: {
            nlohmann::ordered_json out = nlohmann::ordered_json::object();
            for (const nq::Json::Member& m : j.members()) out[m.first] = to_nlohmann(m.second);
            return out;
        }
        case T::array: {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const nq::Json& e : j) out.push_back(to_nlohmann(e));
            return out;
        }
        case T::string: return j.str();
        case T::boolean: return j.get<bool>();
        case T::number_integer: return j.get<int64_t>();
        case T::number_unsigned: return j.get<uint64_t>();
        case T::number_float: return j.number();
        case T::discarded: return nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded);
        case T::null: break;
    }
    return nullptr;
}

inline nq::Json from_nlohmann(const nlohmann::ordered_json& j) {
    using T = nlohmann::ordered_json::value_t;
    switch (j.type()) {
        case T::object: {
            nq::Json out = nq::Json::object();
            for (const auto& [name, value] : j.items()) out.members().emplace_back(name, from_nlohmann(value));
            return out;
        }
        case T::array: {
            nq::Json out = nq::Json::array();
            for (const auto& e : j) out.push_back(from_nlohmann(e));
            return out;
        }
        case T::string: return j.get<std::string>();
        case T::boolean: return j.get<bool>();
        case T::number_integer: return j.get<int64_t>();
        case T::number_unsigned: return j.get<uint64_t>();
        case T::number_float: return j.get<double>();
        case T::discarded: return nq::Json(nq::Json::value_t::discarded);
        default: return nullptr;
    }
}

}  // namespace nq::test
