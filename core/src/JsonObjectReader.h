#pragma once

#include "core/EnumNames.h"
#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace rs::json {

enum class Need
{
    Required,
    Optional,
    Nullable,         ///< optional, and an explicit null reads as absent
    RequiredNullable, ///< must be present, may be null (read as absent)
};

/// Reads the fields of one JSON object, checking each one's type and recording every problem
/// with its JSON pointer instead of stopping at the first. Fields never read are reported as
/// unknown by finish(), which catches misspelt keys. Value ranges are not its business: the
/// design validator checks them, for files and edits alike.
class ObjectReader
{
public:
    /// `object` must outlive the reader. If it is not an object, one type error is recorded and
    /// every read returns nothing.
    ObjectReader(const nlohmann::json& object, std::string pointer, Errors& errors);

    std::optional<std::string> string(std::string_view key, Need need);
    std::optional<double> number(std::string_view key, Need need);
    std::optional<std::int64_t> integer(std::string_view key, Need need);
    std::optional<bool> boolean(std::string_view key, Need need);
    const nlohmann::json* object(std::string_view key, Need need);
    const nlohmann::json* array(std::string_view key, Need need);
    /// The raw value, of any type.
    const nlohmann::json* value(std::string_view key, Need need);

    template <typename E> std::optional<E> enumeration(std::string_view key, Need need)
    {
        const auto text = string(key, need);
        if (!text)
            return std::nullopt;
        if (const auto value = enumFromName<E>(*text))
            return value;
        addError(ErrorCode::Type, key, "\"" + *text + "\" is not one of " + enumNameList<E>());
        return std::nullopt;
    }

    /// Records an unknown-field error for every key not read.
    void finish();

    std::string pointerTo(std::string_view key) const;
    const std::string& pointer() const { return m_pointer; }
    void addError(ErrorCode code, std::string_view key, std::string message);

private:
    const nlohmann::json* find(std::string_view key, Need need);
    void typeError(std::string_view key, std::string_view expected, const nlohmann::json& got);

    const nlohmann::json& m_object;
    std::string m_pointer;
    Errors& m_errors;
    bool m_valid;
    std::set<std::string, std::less<>> m_read;
};

/// Checks that `value` at `pointer` is an array, recording a type error if not.
bool expectArray(const nlohmann::json& value, const std::string& pointer, Errors& errors);

} // namespace rs::json
