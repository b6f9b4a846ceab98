#include "ImportHelpers.h"
#include "JsonItemStream.h"
#include "KeyMap.h"
#include "Readers.h"

#include <charconv>

namespace rs::pricing::readers {

namespace {

using json = nlohmann::json;

using namespace skipReason;

/// The value at `pointer` if it has the type `is` checks, else nothing.
const json* at(const json& item, const char* pointer, bool (json::*is)() const noexcept)
{
    const json::json_pointer p(pointer);
    if (!item.contains(p))
        return nullptr;
    const json& v = item.at(p);
    return (v.*is)() ? &v : nullptr;
}

/// Google's Money: whole `units` (a string) plus `nanos`.
std::optional<Money> money(const json& unitPrice)
{
    const auto units = unitPrice.find("units");
    const auto nanos = unitPrice.find("nanos");
    long long whole = 0;
    if (units != unitPrice.end()) {
        if (!units->is_string())
            return std::nullopt;
        const auto& s = units->get_ref<const std::string&>();
        if (std::from_chars(s.data(), s.data() + s.size(), whole).ec != std::errc())
            return std::nullopt;
    }
    long long fraction = 0;
    if (nanos != unitPrice.end()) {
        if (!nanos->is_number_integer())
            return std::nullopt;
        fraction = nanos->get<long long>();
    }
    if (whole < 0 || fraction < 0 || fraction >= 1'000'000'000)
        return std::nullopt;
    return Money::dollars(whole) + Money::fromPico(Int128{fraction} * 1000);
}

} // namespace

Result<PriceFileImport> gcpSkus(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::GcpSkus, input);
    const auto source = "gcp-skus-json " + out.file;

    const auto onItem = [&](const json& sku, std::uint64_t index) -> std::optional<Error> {
        auto name = out.file + " skus[" + std::to_string(index) + "]";
        const auto fail = [&](ErrorCode code, const std::string& message) {
            return Error{code, message, {name, 0, 0, {}}};
        };
        if (!sku.is_object())
            return fail(ErrorCode::Type, "a SKU must be an object");
        const auto* id = at(sku, "/skuId", &json::is_string);
        const auto* description = at(sku, "/description", &json::is_string);
        const auto* service = at(sku, "/category/serviceDisplayName", &json::is_string);
        const auto* usageType = at(sku, "/category/usageType", &json::is_string);
        const auto* regions = at(sku, "/serviceRegions", &json::is_array);
        const auto* pricing = at(sku, "/pricingInfo", &json::is_array);
        if (!id || !description || !service || !usageType || !regions || !pricing)
            return fail(ErrorCode::Missing,
                        "needs skuId, description, category.serviceDisplayName, "
                        "category.usageType, serviceRegions and pricingInfo");
        name += " (" + id->get<std::string>() + ")";
        const auto skip = [&](const char* why) {
            out.report.skip(why, [&] { return name + " " + description->get<std::string>(); });
            return std::nullopt;
        };
        const auto* rule =
            keymap::findGcpRule(service->get<std::string>(), description->get<std::string>());
        if (!rule)
            return skip(noGcpKey);
        if (*usageType != "OnDemand")
            return skip(notOnDemand);

        // Several entries only when history was asked for: the newest is the price.
        const json* info = nullptr;
        for (const auto& candidate : *pricing) {
            if (!candidate.is_object() || !candidate.contains("effectiveTime") ||
                !candidate.at("effectiveTime").is_string())
                return fail(ErrorCode::Missing, "a pricingInfo entry has no effectiveTime");
            if (!info || candidate.at("effectiveTime").get<std::string>() >
                             info->at("effectiveTime").get<std::string>())
                info = &candidate;
        }
        const auto* unit =
            info ? at(*info, "/pricingExpression/usageUnit", &json::is_string) : nullptr;
        const auto* tiers =
            info ? at(*info, "/pricingExpression/tieredRates", &json::is_array) : nullptr;
        if (!unit || !tiers || tiers->empty())
            return fail(ErrorCode::Missing,
                        "pricingInfo needs pricingExpression.usageUnit and tieredRates");
        const auto scale =
            importing::unitScale(vocabulary, unit->get<std::string>(), rule->unit, rule->key);
        if (const auto* why = std::get_if<std::string>(&scale))
            return fail(ErrorCode::Range, *why);
        const double factor = std::get<double>(scale);

        std::vector<std::pair<double, Money>> bands;
        for (const auto& tier : *tiers) {
            const auto* start = at(tier, "/startUsageAmount", &json::is_number);
            const auto* currency = at(tier, "/unitPrice/currencyCode", &json::is_string);
            const auto* unitPrice = at(tier, "/unitPrice", &json::is_object);
            if (!start || !unitPrice)
                return fail(ErrorCode::Missing,
                            "a tiered rate needs startUsageAmount and unitPrice");
            if (currency && *currency != "USD")
                return skip(notUsd);
            const auto price = money(*unitPrice);
            if (!price || !(start->get<double>() >= 0.0))
                return fail(ErrorCode::Range, "a tiered rate has a negative or unreadable "
                                              "startUsageAmount or unitPrice (units, nanos)");
            bands.emplace_back(start->get<double>() * factor,
                               importing::perNormalisedUnit(*price, factor));
        }

        bool kept = false;
        for (const auto& place : *regions) {
            if (!place.is_string())
                return fail(ErrorCode::Type, "serviceRegions must hold region names");
            const auto& region = place.get_ref<const std::string&>();
            if (region != "global" && !vocabulary.knowsRegion(Provider::Gcp, region))
                continue;
            kept = true;
            for (const auto& [start, price] : bands) {
                auto band = importing::pageBand(Provider::Gcp, *rule, name, source);
                auto& row = band.row;
                row.service = service->get<std::string>();
                row.sku = id->get<std::string>();
                row.description = description->get<std::string>();
                row.region = region;
                row.tierStart = start;
                row.price = price;
                row.effectiveDate =
                    importing::isoDate(info->at("effectiveTime").get<std::string>());
                if (factor != 1.0)
                    row.note = "per " + unit->get<std::string>() + " in the file";
                out.bands.push_back(std::move(band));
            }
        }
        if (!kept)
            return skip(unknownRegion);
        ++out.report.recordsKept;
        return std::nullopt;
    };

    return readItemPage(input, PriceFileFormat::GcpSkus, "skus", "nextPageToken", onItem, out);
}

} // namespace rs::pricing::readers
