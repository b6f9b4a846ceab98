#include "pricing/PriceTableJson.h"

#include "core/JsonText.h"
#include "resources/BuiltinResources.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>
#include <string>

namespace rs::pricing {

namespace {

using nlohmann::json;

constexpr std::int64_t priceTableFormatVersion = 1;

/// Reads the fields of one row object, recording each problem at its pointer.
class RowReader
{
public:
    RowReader(const json& row, std::size_t index, Errors& errors)
        : m_row(row)
        , m_pointer("/rows/" + std::to_string(index))
        , m_index(index)
        , m_errors(errors)
    {}

    const json* field(const char* name, bool required)
    {
        m_read.insert(name);
        const auto it = m_row.find(name);
        if (it == m_row.end() || (it->is_null() && !required)) {
            if (required)
                fail(ErrorCode::Missing, name, "is missing");
            return nullptr;
        }
        return &*it;
    }

    std::string string(const char* name, bool required = true)
    {
        const auto* value = field(name, required);
        if (!value)
            return {};
        if (!value->is_string()) {
            fail(ErrorCode::Type, name, "must be a string");
            return {};
        }
        return value->get<std::string>();
    }

    std::optional<double> number(const char* name, bool required = true)
    {
        const auto* value = field(name, required);
        if (!value)
            return std::nullopt;
        if (!value->is_number()) {
            fail(ErrorCode::Type, name, "must be a number");
            return std::nullopt;
        }
        return value->get<double>();
    }

    bool boolean(const char* name)
    {
        const auto* value = field(name, false);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            fail(ErrorCode::Type, name, "must be true or false");
            return false;
        }
        return value->get<bool>();
    }

    template <typename E> E enumeration(const char* name, E fallback)
    {
        const auto text = string(name);
        if (text.empty())
            return fallback;
        if (const auto value = enumFromName<E>(text))
            return *value;
        fail(ErrorCode::Type, name, "\"" + text + "\" is not one of " + enumNameList<E>());
        return fallback;
    }

    void finish()
    {
        for (const auto& [key, value] : m_row.items()) {
            if (!m_read.contains(key))
                fail(ErrorCode::UnknownField, key.c_str(), "is not a price row field");
        }
    }

    void fail(ErrorCode code, std::string_view name, const std::string& why)
    {
        m_errors.push_back({code,
                            "row " + std::to_string(m_index) + ": " + std::string(name) + " " + why,
                            {m_pointer + "/" + std::string(name), 0, 0, {}}});
    }

private:
    const json& m_row;
    std::string m_pointer;
    std::size_t m_index;
    Errors& m_errors;
    std::set<std::string, std::less<>> m_read;
};

PriceRow readRow(const json& object, std::size_t index, Errors& errors)
{
    PriceRow row;
    RowReader r(object, index, errors);
    row.key = r.string("key");
    row.provider = r.enumeration("provider", Provider::Aws);
    row.service = r.string("service");
    row.sku = r.string("sku", false);
    row.usageType = r.string("usageType", false);
    row.description = r.string("description", false);
    row.region = r.string("region");
    row.toRegion = r.string("toRegion", false);
    row.unit = r.string("unit");
    row.tierStart = r.number("tierStart", false).value_or(0.0);
    row.tierEnd = r.number("tierEnd", false);
    // Prices are decimal strings so that they stay exact: 0.0000166667 is not a double.
    if (const auto text = r.string("price"); !text.empty()) {
        if (const auto price = Money::parse(text))
            row.price = *price;
        else
            r.fail(ErrorCode::Type, "price",
                   "\"" + text + "\" is not a plain decimal with at most 12 decimals");
    }
    row.effectiveDate = r.string("effectiveDate");
    row.source = r.string("source");
    row.confidence = r.enumeration("confidence", PriceConfidence::Unconfirmed);
    row.freeTier = r.boolean("freeTier");
    row.note = r.string("note", false);
    r.finish();
    return row;
}

} // namespace

Result<std::vector<PriceRow>> readPriceTableJson(std::string_view text)
{
    // core's parser: every nlohmann failure (a number beyond a double too) and a key given
    // twice come back located, never as an exception.
    auto parsed = rs::json::parse(text);
    if (!parsed)
        return parsed.errors();
    const json& document = parsed.value();
    if (!document.is_object())
        return Error{ErrorCode::Type, "a price table is a JSON object", {"", 0, 0, {}}};
    const auto version = document.find("formatVersion");
    if (version == document.end() || !version->is_number_integer())
        return Error{
            ErrorCode::Missing, "formatVersion must be an integer", {"/formatVersion", 0, 0, {}}};
    if (version->get<std::int64_t>() > priceTableFormatVersion)
        return Error{ErrorCode::NewerSchema,
                     "price table format " + std::to_string(version->get<std::int64_t>()) +
                         " is newer than " + std::to_string(priceTableFormatVersion) +
                         ", the newest this build reads",
                     {"/formatVersion", 0, 0, {}}};
    if (const auto currency = document.find("currency");
        currency != document.end() && *currency != "USD")
        return Error{
            ErrorCode::Range, "only USD price tables are supported", {"/currency", 0, 0, {}}};
    const auto list = document.find("rows");
    if (list == document.end() || !list->is_array())
        return Error{ErrorCode::Type, "a price table needs a \"rows\" array", {"/rows", 0, 0, {}}};
    const auto sources = document.find("sources");
    const bool checkSources = sources != document.end() && sources->is_object();

    Errors errors;
    std::vector<PriceRow> rows;
    rows.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const auto pointer = "/rows/" + std::to_string(i);
        if (!item.is_object()) {
            errors.push_back({ErrorCode::Type,
                              "row " + std::to_string(i) + " is not an object",
                              {pointer, 0, 0, {}}});
            continue;
        }
        auto row = readRow(item, i, errors);
        // Every row cites a source the table describes, so provenance never dangles.
        if (checkSources && !row.source.empty() && !sources->contains(row.source))
            errors.push_back({ErrorCode::Dangling,
                              "row " + std::to_string(i) + ": source \"" + row.source +
                                  "\" is not described under /sources",
                              {pointer + "/source", 0, 0, {}}});
        rows.push_back(std::move(row));
    }
    if (!errors.empty())
        return errors;
    return rows;
}

namespace {

json nullable(const std::string& text)
{
    return text.empty() ? json() : json(text);
}

/// A bound as a JSON number: integral bounds print without a fraction.
json bound(double value)
{
    if (value == std::floor(value) && std::abs(value) < 9e15)
        return json(static_cast<std::int64_t>(value));
    return json(value);
}

} // namespace

std::string writePriceTableJson(const std::vector<PriceRow>& rows,
                                const std::map<std::string, std::string>& sources,
                                const std::string& compiled)
{
    std::string out = "{\n  \"formatVersion\": " + std::to_string(priceTableFormatVersion) +
                      ",\n  \"currency\": \"USD\",\n  \"compiled\": " + json(compiled).dump() +
                      ",\n  \"sources\": {";
    bool first = true;
    for (const auto& [key, description] : sources) {
        out += std::string(first ? "" : ",") + "\n    " + json(key).dump() + ": " +
               json(description).dump();
        first = false;
    }
    out += "\n  },\n  \"rows\": [";
    first = true;
    for (const auto& r : rows) {
        nlohmann::ordered_json row{
            {"key", r.key},
            {"provider", enumName(r.provider)},
            {"service", r.service},
            {"sku", nullable(r.sku)},
            {"usageType", nullable(r.usageType)},
            {"description", r.description},
            {"region", r.region},
            {"toRegion", nullable(r.toRegion)},
            {"unit", r.unit},
            {"tierStart", bound(r.tierStart)},
            {"tierEnd", r.tierEnd ? bound(*r.tierEnd) : json()},
            {"price", r.price.toExactString()},
            {"effectiveDate", r.effectiveDate},
            {"source", r.source},
            {"confidence", enumName(r.confidence)},
            {"freeTier", r.freeTier},
            {"note", nullable(r.note)},
        };
        out += std::string(first ? "" : ",") + "\n    " + row.dump();
        first = false;
    }
    out += "\n  ]\n}\n";
    return out;
}

std::map<std::string, std::string> readPriceSourceNotes(std::string_view text)
{
    std::map<std::string, std::string> notes;
    const auto document = json::parse(text, nullptr, false);
    if (!document.is_object())
        return notes;
    const auto sources = document.find("sources");
    if (sources == document.end() || !sources->is_object())
        return notes;
    for (const auto& [key, value] : sources->items()) {
        if (value.is_string())
            notes.emplace(key, value.get<std::string>());
    }
    return notes;
}

const std::map<std::string, std::string>& bundledPriceSourceNotes()
{
    static const auto notes = readPriceSourceNotes(resources::defaultPriceTableJson());
    return notes;
}

} // namespace rs::pricing
