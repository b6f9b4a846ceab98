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

/// The first rule of `usage` whose conditions all hold for the property values `valueOf` gives.
template <typename ValueOf>
const PricingRule* firstMatching(const ServiceKind& kind, UsageKind usage, ValueOf valueOf)
{
    for (const auto& rule : kind.pricing) {
        if (rule.usage != usage)
            continue;
        const bool matches =
            std::all_of(rule.when.begin(), rule.when.end(), [&](const auto& condition) {
                const std::optional<PropertyValue> value = valueOf(condition.first);
                return value && propertyText(*value) == condition.second;
            });
        if (matches)
            return &rule;
    }
    return nullptr;
}

} // namespace

const PricingRule* matchingRule(const DesignIndex& d, const Service& service, UsageKind usage)
{
    const auto* kind = d.kind(service);
    if (!kind)
        return nullptr;
    return firstMatching(*kind, usage,
                         [&](const std::string& name) { return d.property(service, name); });
}

const PricingRule* defaultRule(const ServiceKind& kind, UsageKind usage)
{
    return firstMatching(kind, usage, [&](const std::string& name) {
        const auto* spec = kind.property(name);
        return spec ? std::optional(spec->defaultValue) : std::nullopt;
    });
}

bool billsUsage(const ServiceKind& kind, UsageKind usage)
{
    return kind.pricing.empty() ||
           std::any_of(kind.pricing.begin(), kind.pricing.end(),
                       [&](const PricingRule& rule) { return rule.usage == usage; });
}

} // namespace rs
