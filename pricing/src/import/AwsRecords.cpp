#include "AwsRecords.h"

#include "ImportHelpers.h"

#include <algorithm>
#include <cctype>

namespace rs::pricing {

namespace {

/// "From Region Code" and "fromRegionCode" both read "fromregioncode".
bool sameName(std::string_view name, std::string_view canonical)
{
    std::size_t j = 0;
    for (const char c : name) {
        if (c == ' ')
            continue;
        if (j == canonical.size() || std::tolower(static_cast<unsigned char>(c)) != canonical[j])
            return false;
        ++j;
    }
    return j == canonical.size();
}

using namespace skipReason;

} // namespace

void AwsProduct::clear()
{
    for (auto* field : {&sku, &serviceCode, &usageType, &location, &regionCode, &fromLocation,
                        &toLocation, &fromRegionCode, &toRegionCode, &region, &toRegion})
        field->clear();
    rule = nullptr;
}

void AwsProduct::setAttribute(std::string_view name, std::string_view value)
{
    static constexpr std::pair<std::string_view, std::string AwsProduct::*> fields[] = {
        {"servicecode", &AwsProduct::serviceCode},
        {"usagetype", &AwsProduct::usageType},
        {"location", &AwsProduct::location},
        {"regioncode", &AwsProduct::regionCode},
        {"fromlocation", &AwsProduct::fromLocation},
        {"tolocation", &AwsProduct::toLocation},
        {"fromregioncode", &AwsProduct::fromRegionCode},
        {"toregioncode", &AwsProduct::toRegionCode},
    };
    for (const auto& [canonical, member] : fields) {
        if (sameName(name, canonical)) {
            (this->*member).assign(value);
            return;
        }
    }
}

AwsRecordMapper::AwsRecordMapper(const ImportVocabulary& vocabulary, std::string source)
    : m_vocabulary(vocabulary)
    , m_source(std::move(source))
{}

std::optional<std::string> AwsRecordMapper::regionOf(const std::string& code,
                                                     const std::string& location) const
{
    if (!code.empty())
        return m_vocabulary.knowsRegion(Provider::Aws, code) ? std::optional(code) : std::nullopt;
    // Files before regionCode existed (2016) name regions only by their price location.
    const auto it = m_vocabulary.awsRegionByLocation.find(location);
    return it == m_vocabulary.awsRegionByLocation.end() ? std::nullopt : std::optional(it->second);
}

const char* AwsRecordMapper::classify(AwsProduct& product) const
{
    using keymap::AwsPlace;
    product.rule = keymap::findAwsRule(product.serviceCode, product.usageType);
    if (!product.rule)
        return noAwsKey;
    std::optional<std::string> region;
    product.toRegion.clear();
    switch (product.rule->place) {
    case AwsPlace::Global:
        region = "global";
        break;
    case AwsPlace::Region:
        region = regionOf(product.regionCode, product.location);
        break;
    case AwsPlace::FromRegion:
        region = regionOf(product.fromRegionCode, product.fromLocation);
        break;
    case AwsPlace::ToRegion:
        region = regionOf(product.toRegionCode, product.toLocation);
        break;
    case AwsPlace::RegionPair: {
        region = regionOf(product.fromRegionCode, product.fromLocation);
        const auto to = regionOf(product.toRegionCode, product.toLocation);
        if (!to)
            return unknownRegion;
        product.toRegion = *to;
        break;
    }
    }
    if (!region)
        return unknownRegion;
    product.region = *region;
    return nullptr;
}

std::variant<ImportedBand, const char*, std::string>
AwsRecordMapper::map(const AwsProduct& product, const AwsPrice& price) const
{
    if (price.termType != "OnDemand")
        return notOnDemand;
    if (price.currency != "USD")
        return notUsd;
    const auto& rule = *product.rule;
    const auto scale = importing::unitScale(m_vocabulary, price.unit, rule.unit, rule.key);
    if (const auto* why = std::get_if<std::string>(&scale))
        return *why;
    const auto perUnit = Money::parse(price.price);
    if (!perUnit || *perUnit < Money())
        return "price \"" + price.price + "\" is not a plain non-negative decimal";
    const auto begin = importing::parseBound(price.beginRange);
    const auto end = importing::parseBound(price.endRange);
    if (!begin || !*begin || !end || (*end && **end <= **begin))
        return "tier range \"" + price.beginRange + "\" to \"" + price.endRange +
               "\" is not a range of non-negative numbers";

    const double factor = std::get<double>(scale);
    ImportedBand band;
    band.endFromNext = false;
    auto& row = band.row;
    row.key = rule.key;
    row.provider = Provider::Aws;
    row.service = product.serviceCode;
    row.sku = product.sku;
    row.usageType = product.usageType;
    row.description = price.description;
    row.region = product.region;
    row.toRegion = product.toRegion;
    row.unit = rule.unit;
    row.tierStart = **begin * factor;
    if (*end)
        row.tierEnd = **end * factor;
    row.price = importing::perNormalisedUnit(*perUnit, factor);
    row.effectiveDate = importing::isoDate(price.effectiveDate);
    row.source = m_source;
    row.confidence = PriceConfidence::File;
    row.freeTier = row.price == Money() && row.tierEnd.has_value();
    if (factor != 1.0)
        row.note = "per \"" + price.unit + "\" in the file";
    return band;
}

std::string awsRecordName(const AwsProduct& product, const AwsPrice& price)
{
    return "SKU " + product.sku + (price.rateCode.empty() ? "" : ", rate " + price.rateCode);
}

} // namespace rs::pricing
