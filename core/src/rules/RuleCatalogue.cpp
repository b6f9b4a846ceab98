#include "core/rules/RuleCatalogue.h"

#include "RuleAreas.h"

#include <algorithm>
#include <vector>

namespace rs {

std::span<const Rule> builtInRules()
{
    static const std::vector<Rule> all = [] {
        std::vector<Rule> rules;
        for (const auto area :
             {rules::topologyRules(), rules::dataRules(), rules::trafficRules(),
              rules::securityRules(), rules::operationsRules(), rules::capacityAndResidencyRules(),
              rules::accessRules(), rules::usageRules()})
            rules.insert(rules.end(), area.begin(), area.end());
        std::sort(rules.begin(), rules.end(),
                  [](const Rule& a, const Rule& b) { return a.id < b.id; });
        return rules;
    }();
    return all;
}

const Rule* findRule(std::string_view id)
{
    const auto rules = builtInRules();
    const auto it = std::lower_bound(rules.begin(), rules.end(), id,
                                     [](const Rule& r, std::string_view v) { return r.id < v; });
    return it != rules.end() && it->id == id ? &*it : nullptr;
}

Findings checkDesign(const DesignIndex& design)
{
    Findings findings;
    const auto& settings = design.design().ruleSettings;
    for (const auto& rule : builtInRules()) {
        auto severity = rule.defaultSeverity;
        if (const auto it = settings.find(rule.id); it != settings.end()) {
            if (!it->second.enabled)
                continue;
            severity = it->second.severity.value_or(severity);
        }
        FindingSink sink(rule.id, severity, findings);
        rule.check(design, sink);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return findings;
}

} // namespace rs
