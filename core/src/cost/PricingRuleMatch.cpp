#include "cost/PricingRuleMatch.h"

#include <algorithm>
#include <charconv>

namespace rs {

namespace {

std::string propertyText(const PropertyValue& value)
{
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, *d).ptr;
        return std::string(buffer, end);
    }
    return std::get<std::string>(value);
}

} // namespace

const PricingRule* matchingRule(const DesignIndex& d, const Service& service, UsageKind usage)
{
    const auto* kind = d.kind(service);
    if (!kind)
        return nullptr;
    for (const auto& rule : kind->pricing) {
        if (rule.usage != usage)
            continue;
        const bool matches =
            std::all_of(rule.when.begin(), rule.when.end(), [&](const auto& condition) {
                const auto value = d.property(service, condition.first);
                return value && propertyText(*value) == condition.second;
            });
        if (matches)
            return &rule;
    }
    return nullptr;
}

bool billsUsage(const ServiceKind& kind, UsageKind usage)
{
    return kind.pricing.empty() ||
           std::any_of(kind.pricing.begin(), kind.pricing.end(),
                       [&](const PricingRule& rule) { return rule.usage == usage; });
}

} // namespace rs
