#include "ImportHelpers.h"
#include "JsonItemStream.h"
#include "KeyMap.h"
#include "Readers.h"

namespace rs::pricing::readers {

namespace {

using json = nlohmann::json;

using namespace skipReason;

/// The text field `name` of an item, or nothing when it is missing or not text.
const std::string* text(const json& item, const char* name)
{
    const auto it = item.find(name);
    return it != item.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

const json* number(const json& item, const char* name)
{
    const auto it = item.find(name);
    return it != item.end() && it->is_number() ? &*it : nullptr;
}

} // namespace

Result<PriceFileImport> azureRetail(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::AzureRetail, input);
    const auto source = "azure-retail-json " + out.file;

    const auto onItem = [&](const json& item, std::uint64_t index) -> std::optional<Error> {
        const auto name = out.file + " Items[" + std::to_string(index) + "]";
        const auto skip = [&](const char* why, const std::string* detail) {
            out.report.skip(why, [&] { return name + (detail ? " (" + *detail + ")" : ""); });
            return std::nullopt;
        };
        if (!item.is_object())
            return Error{ErrorCode::Type, "an item must be an object", {name, 0, 0, {}}};
        static constexpr const char* textFields[] = {
            "serviceName",  "productName",   "skuName",       "meterName",         "type",
            "currencyCode", "armRegionName", "unitOfMeasure", "effectiveStartDate"};
        for (const char* field : textFields) {
            if (!text(item, field))
                return Error{ErrorCode::Missing,
                             std::string("has no text field \"") + field + "\"",
                             {name, 0, 0, {}}};
        }
        for (const char* field : {"tierMinimumUnits", "retailPrice"}) {
            if (!number(item, field))
                return Error{ErrorCode::Missing,
                             std::string("has no number field \"") + field + "\"",
                             {name, 0, 0, {}}};
        }
        const auto* rule =
            keymap::findAzureRule(*text(item, "serviceName"), *text(item, "productName"),
                                  *text(item, "skuName"), *text(item, "meterName"));
        if (!rule)
            return skip(noAzureKey, text(item, "meterName"));
        if (*text(item, "type") != "Consumption")
            return skip(notOnDemand, text(item, "type"));
        if (*text(item, "currencyCode") != "USD")
            return skip(notUsd, text(item, "currencyCode"));
        std::string region = *text(item, "armRegionName");
        if (region.empty() || region == "Global")
            region = "global";
        else if (!vocabulary.knowsRegion(Provider::Azure, region))
            return skip(unknownRegion, &region);

        const auto& unit = *text(item, "unitOfMeasure");
        const auto scale = importing::unitScale(vocabulary, unit, rule->unit, rule->key);
        if (const auto* why = std::get_if<std::string>(&scale))
            return Error{ErrorCode::Range, *why, {name, 0, 0, {}}};
        const auto price = importing::moneyFromNumber(number(item, "retailPrice")->get<double>());
        const auto start = number(item, "tierMinimumUnits")->get<double>();
        if (!price)
            return Error{ErrorCode::Range,
                         "retailPrice " + number(item, "retailPrice")->dump() +
                             " is not a non-negative price with at most 12 decimals",
                         {name, 0, 0, {}}};
        if (!(start >= 0.0))
            return Error{
                ErrorCode::Range, "tierMinimumUnits must not be negative", {name, 0, 0, {}}};

        const double factor = std::get<double>(scale) * rule->meterQuantity;
        auto band = importing::pageBand(Provider::Azure, *rule, name, source);
        auto& row = band.row;
        row.service = *text(item, "serviceName");
        if (const auto* meter = text(item, "meterId"))
            row.sku = *meter;
        row.usageType = *text(item, "meterName");
        row.description = *text(item, "productName") + ", " + *text(item, "skuName") + ", " +
                          *text(item, "meterName");
        row.region = region;
        row.tierStart = start * factor;
        row.price = importing::perNormalisedUnit(*price, factor);
        row.effectiveDate = importing::isoDate(*text(item, "effectiveStartDate"));
        if (factor != 1.0)
            row.note = "per \"" + unit + "\" in the file: " + number(item, "retailPrice")->dump() +
                       " from " + number(item, "tierMinimumUnits")->dump();
        out.bands.push_back(std::move(band));
        ++out.report.recordsKept;
        return std::nullopt;
    };

    return readItemPage(input, PriceFileFormat::AzureRetail, "Items", "NextPageLink", onItem, out);
}

} // namespace rs::pricing::readers
