#include "ImportHelpers.h"
#include "KeyMap.h"
#include "NestedJsonStream.h"
#include "Readers.h"

#include <map>

namespace rs::pricing::readers {

namespace {

using json = nlohmann::json;
using namespace skipReason;

/// "2025-06-17T16:57:38Z" → "2025-06-17", or nothing when it is no ISO timestamp.
std::optional<std::string> publicationDate(const json& manifest)
{
    const auto it = manifest.find("hawkFilePublicationDate");
    if (it == manifest.end() || !it->is_string())
        return std::nullopt;
    auto date = importing::isoDate(it->get<std::string>());
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return std::nullopt;
    return date;
}

/// A price as the pages write it ("0.0000166667"), times how many file units one key unit is.
std::optional<Money> pagePrice(const json& value, double filePerKeyUnit)
{
    if (!value.is_string())
        return std::nullopt;
    auto price = Money::parse(value.get<std::string>());
    if (!price || *price < Money())
        return std::nullopt;
    return filePerKeyUnit == 1.0 ? *price : price->times(filePerKeyUnit);
}

/// Builds the band of a matched record; the caller fills in the region and the price.
ImportedBand bandFor(const keymap::PageRule& rule, const std::string& origin,
                     const std::string& source)
{
    ImportedBand band;
    band.endFromNext = false;
    band.origin = origin;
    auto& row = band.row;
    row.key = rule.key;
    row.provider = Provider::Aws;
    row.service = keymap::offerCodeOfPageService(rule.service);
    row.unit = rule.unit;
    row.tierStart = rule.tierStart;
    if (rule.tierEnd >= 0.0)
        row.tierEnd = rule.tierEnd;
    row.source = source;
    row.confidence = PriceConfidence::File;
    if (rule.filePerKeyUnit != 1.0)
        row.note = "per " + std::to_string(static_cast<long long>(rule.filePerKeyUnit)) +
                   " requests; the file gives the price per request";
    return band;
}

/// A region name the catalogue knows ("EU (Ireland)" → "eu-west-1"), or nothing.
const std::string* regionOf(const ImportVocabulary& vocabulary, std::string_view location)
{
    const auto it = vocabulary.awsRegionByLocation.find(location);
    return it == vocabulary.awsRegionByLocation.end() ? nullptr : &it->second;
}

/// The name of a key in the data-transfer pivot split into the region and its dimensions:
/// "EU (Ireland) (To Location: US East (Ohio))" → "EU (Ireland)", {"To Location": "US East
/// (Ohio)"}.
std::pair<std::string, std::map<std::string, std::string, std::less<>>>
splitDimensions(const std::string& name)
{
    std::map<std::string, std::string, std::less<>> dims;
    for (const std::string_view marker : {" (To Location: ", " (StartingRange: "}) {
        const auto at = name.find(marker);
        if (at == std::string::npos || name.back() != ')')
            continue;
        const auto inner = name.substr(at + 2, name.size() - at - 3);
        std::size_t from = 0;
        while (from < inner.size()) {
            // "StartingRange: 0, EndingRange: 10240"; a location may hold no ", ".
            auto comma = marker == " (To Location: " ? std::string::npos : inner.find(", ", from);
            const auto part =
                inner.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
            if (const auto colon = part.find(": "); colon != std::string::npos)
                dims.emplace(part.substr(0, colon), part.substr(colon + 2));
            from = comma == std::string::npos ? inner.size() : comma + 2;
        }
        return {name.substr(0, at), std::move(dims)};
    }
    return {name, std::move(dims)};
}

} // namespace

Result<PriceFileImport> awsPricingPage(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::AwsPricingPage, input);
    std::string service;
    std::string date;
    std::string source;
    // A rate code is one price. The pages may show it under two labels (São Paulo's REST API
    // calls are one 0-1 billion band, labelled "up to 333 million" and "Next 667 million");
    // the same code at two prices is a broken file.
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> rateCodes;

    const auto onHeader = [&](const std::string& key, const json& value) -> std::optional<Error> {
        if (key != "manifest")
            return std::nullopt;
        const auto where = Location{out.file, 0, 0, "/manifest"};
        if (!value.is_object() || !value.contains("serviceId") || !value["serviceId"].is_string())
            return Error{ErrorCode::Missing, "the manifest has no text field \"serviceId\"", where};
        const auto currency = value.find("currencyCode");
        if (currency == value.end() || *currency != "USD")
            return Error{ErrorCode::Range, "the manifest's currencyCode must be \"USD\"", where};
        const auto published = publicationDate(value);
        if (!published)
            return Error{ErrorCode::Missing,
                         "the manifest has no hawkFilePublicationDate (an ISO timestamp)", where};
        service = value["serviceId"].get<std::string>();
        date = *published;
        out.publisherVersion = date;
        source = "aws-pricing-page " + service + " " + date;
        return std::nullopt;
    };

    const auto onRecord = [&](const std::string& location, const std::string& label,
                              const json& entry) -> std::optional<Error> {
        const auto name = out.file + " regions / \"" + location + "\" / \"" + label + "\"";
        if (service.empty())
            return Error{ErrorCode::Missing,
                         "the manifest (serviceId, publication date) must come before the prices",
                         {name, 0, 0, {}}};
        if (!entry.is_object())
            return Error{ErrorCode::Type, "a price entry must be an object", {name, 0, 0, {}}};
        const auto* rule = keymap::findPageRule(service, label);
        if (!rule) {
            out.report.skip(noAwsKey, [&] { return name; });
            return std::nullopt;
        }
        const auto rateCode = entry.find("rateCode");
        if (rateCode == entry.end() || !rateCode->is_string())
            return Error{ErrorCode::Missing, "has no text field \"rateCode\"", {name, 0, 0, {}}};
        const auto price = entry.find("price");
        const auto money =
            price == entry.end() ? std::nullopt : pagePrice(*price, rule->filePerKeyUnit);
        if (!money)
            return Error{ErrorCode::Range,
                         "price " +
                             (price == entry.end() ? std::string("missing") : price->dump()) +
                             " is not a non-negative decimal number",
                         {name, 0, 0, {}}};
        const auto [seen, fresh] = rateCodes.emplace(
            std::pair{location, rateCode->get<std::string>()}, std::pair{label, price->dump()});
        if (!fresh && seen->second.second != price->dump())
            return Error{ErrorCode::Duplicate,
                         "rate code " + rateCode->get<std::string>() + " appears twice in \"" +
                             location + "\" at two prices: " + seen->second.second + " under \"" +
                             seen->second.first + "\", " + price->dump() + " under \"" + label +
                             "\"",
                         {name, 0, 0, {}}};

        std::string region;
        if (rule->place == keymap::PagePlace::Global) {
            if (location != rule->location) {
                out.report.skip(unknownRegion, [&] { return name; });
                return std::nullopt;
            }
            region = "global";
        } else if (const auto* code = regionOf(vocabulary, location)) {
            region = *code;
        } else {
            out.report.skip(unknownRegion, [&] { return name; });
            return std::nullopt;
        }
        auto band = bandFor(*rule, name, source);
        auto& row = band.row;
        const auto sku = rateCode->get<std::string>();
        row.sku = sku.substr(0, sku.find('.'));
        row.usageType = label;
        row.description = label;
        row.region = region;
        row.price = *money;
        row.effectiveDate = date;
        out.bands.push_back(std::move(band));
        ++out.report.recordsKept;
        return std::nullopt;
    };

    const NestedJsonStream::Expectation expectation{
        "regions", formatDescription(PriceFileFormat::AwsPricingPage),
        foreignKeysOf(PriceFileFormat::AwsPricingPage)};
    auto records = NestedJsonStream::read(input, expectation, onHeader, onRecord);
    if (!records)
        return records.errors();
    if (service.empty())
        return Error{ErrorCode::Missing, "the file has no manifest", {out.file, 0, 0, {}}};
    out.report.recordsRead = records.value();
    return out;
}

Result<PriceFileImport> awsPricingPivot(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::AwsPricingPivot, input);
    if (vocabulary.undatedFileDate.empty())
        return Error{ErrorCode::Missing,
                     "this table carries no date of its prices: give the date they were "
                     "published (--date YYYY-MM-DD)",
                     {out.file, 0, 0, {}}};
    const auto source = "aws-pricing-pivot " + out.file + " " + vocabulary.undatedFileDate;
    out.publisherVersion = vocabulary.undatedFileDate;

    const auto onRecord = [&](const std::string& metric, const std::string& entry,
                              const json& value) -> std::optional<Error> {
        const auto name = out.file + " \"" + metric + "\" / \"" + entry + "\"";
        const auto* rule = keymap::findPageRule("datatransfer", metric);
        if (!rule) {
            out.report.skip(noAwsKey, [&] { return name; });
            return std::nullopt;
        }
        const auto money = pagePrice(value, rule->filePerKeyUnit);
        if (!money)
            return Error{ErrorCode::Range,
                         "price " + value.dump() + " is not a non-negative decimal number",
                         {name, 0, 0, {}}};
        const auto [location, dims] = splitDimensions(entry);
        const auto* region = regionOf(vocabulary, location);
        if (!region) {
            out.report.skip(unknownRegion, [&] { return name; });
            return std::nullopt;
        }
        auto band = bandFor(*rule, name, source);
        auto& row = band.row;
        if (rule->place == keymap::PagePlace::RegionPair) {
            const auto to = dims.find("To Location");
            const auto* toRegion = to == dims.end() ? nullptr : regionOf(vocabulary, to->second);
            if (!toRegion) {
                out.report.skip(unknownRegion, [&] { return name; });
                return std::nullopt;
            }
            row.toRegion = *toRegion;
        } else {
            const auto start = dims.find("StartingRange");
            const auto end = dims.find("EndingRange");
            if (start == dims.end() || end == dims.end())
                return Error{ErrorCode::Missing,
                             "an egress tier needs its StartingRange and "
                             "EndingRange",
                             {name, 0, 0, {}}};
            const auto from = importing::parseBound(start->second);
            const auto to = importing::parseBound(end->second);
            if (!from || !*from || !to)
                return Error{ErrorCode::Range, "unreadable tier bounds", {name, 0, 0, {}}};
            row.tierStart = **from;
            row.tierEnd = *to;
        }
        row.usageType = metric;
        row.description = metric;
        row.region = *region;
        row.price = *money;
        row.effectiveDate = vocabulary.undatedFileDate;
        out.bands.push_back(std::move(band));
        ++out.report.recordsKept;
        return std::nullopt;
    };

    const NestedJsonStream::Expectation expectation{
        "", formatDescription(PriceFileFormat::AwsPricingPivot),
        foreignKeysOf(PriceFileFormat::AwsPricingPivot)};
    auto records = NestedJsonStream::read(input, expectation, {}, onRecord);
    if (!records)
        return records.errors();
    out.report.recordsRead = records.value();
    return out;
}

} // namespace rs::pricing::readers
