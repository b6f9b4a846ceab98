#pragma once

#include "core/cost/Money.h"
#include "pricing/import/PriceFileImport.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

/// Why records are skipped, as the import report counts them: one text per reason, shared by
/// the readers so the same reason adds up across formats.
namespace rs::pricing::skipReason {

inline constexpr const char* notOnDemand = "not an on-demand (list) price: a reserved, savings, "
                                           "commitment, DevTest or preemptible price";
inline constexpr const char* notUsd = "not priced in USD";
inline constexpr const char* unknownRegion = "a region the region catalogue does not have";
inline constexpr const char* noAwsKey = "no price key for the usage type";
inline constexpr const char* noAzureKey = "no price key for the meter";
inline constexpr const char* noGcpKey = "no price key for the SKU description";

} // namespace rs::pricing::skipReason

/// Small conversions every price-file reader needs.
namespace rs::pricing::importing {

/// How many normalised units one provider unit is (Azure "10" executions: 10), or why the
/// unit does not fit the key: unknown, or of another kind.
std::variant<double, std::string> unitScale(const ImportVocabulary& vocabulary,
                                            std::string_view providerUnit, std::string_view keyUnit,
                                            std::string_view key);

/// A price per provider unit as a price per normalised unit: divided by `scale` exactly where
/// the decimal allows, else rounded half away from zero to the pico-dollar.
Money perNormalisedUnit(Money price, double scale);

/// A tier bound as AWS writes it: "0", "6000000000", "Inf" (open). Nothing when unreadable.
std::optional<std::optional<double>> parseBound(std::string_view text);

/// A JSON number (Azure's 1.6e-05) as exact money, through its shortest decimal form.
std::optional<Money> moneyFromNumber(double value);

/// "2026-08-01" of "2026-08-01T00:00:00Z".
std::string isoDate(std::string_view timestamp);

/// A band of an item page (Azure retail prices, Google SKUs), priced from the file for `rule`'s
/// key and unit: it ends where the next tier starts, and a leading $0 tier becomes the rule's
/// free allowance. The reader fills in what the item says (service, SKU, region, tier, price).
template <typename Rule>
ImportedBand pageBand(Provider provider, const Rule& rule, std::string origin,
                      const std::string& source)
{
    ImportedBand band;
    band.endFromNext = true;
    band.freeKey = rule.freeKey;
    band.origin = std::move(origin);
    band.row.key = rule.key;
    band.row.provider = provider;
    band.row.unit = rule.unit;
    band.row.source = source;
    band.row.confidence = PriceConfidence::File;
    return band;
}

} // namespace rs::pricing::importing
