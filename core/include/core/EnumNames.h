#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rs {

/// Specialise for each enum the design file spells out: `static constexpr std::array names`
/// of {value, name} pairs. The names are the file format's, stable and untranslated.
template <typename E> struct EnumNames;

template <typename E> constexpr std::string_view enumName(E value)
{
    for (const auto& [v, name] : EnumNames<E>::names) {
        if (v == value)
            return name;
    }
    return {};
}

template <typename E> constexpr std::optional<E> enumFromName(std::string_view name)
{
    for (const auto& [v, n] : EnumNames<E>::names) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

/// "a, b or c": the allowed names, for error messages.
template <typename E> std::string enumNameList()
{
    std::string out;
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += (i + 1 == names.size()) ? " or " : ", ";
        out += names[i].second;
    }
    return out;
}

} // namespace rs
