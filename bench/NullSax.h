#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace rs::bench {

/// Counts events and does nothing else: the cost of reading the JSON at all.
struct NullSax
{
    std::uint64_t events = 0;
    bool null() { return ++events; }
    bool boolean(bool) { return ++events; }
    bool number_integer(nlohmann::json::number_integer_t) { return ++events; }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return ++events; }
    bool number_float(nlohmann::json::number_float_t, const std::string&) { return ++events; }
    bool string(std::string&) { return ++events; }
    bool binary(nlohmann::json::binary_t&) { return ++events; }
    bool start_object(std::size_t) { return ++events; }
    bool end_object() { return ++events; }
    bool start_array(std::size_t) { return ++events; }
    bool end_array() { return ++events; }
    bool key(std::string&) { return ++events; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&)
    {
        return false;
    }
};

} // namespace rs::bench
