#pragma once

#include "core/RuleSetting.h"
#include "core/rules/Finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace rs {

class DesignIndex;

/// The area of resilience a rule belongs to.
enum class RuleArea
{
    Topology,
    Data,
    Traffic,
    Security,
    Operations,
    Capacity,
    Residency,
};

template <> struct EnumNames<RuleArea>
{
    static constexpr std::array names{
        std::pair{RuleArea::Topology, std::string_view{"topology"}},
        std::pair{RuleArea::Data, std::string_view{"data"}},
        std::pair{RuleArea::Traffic, std::string_view{"traffic"}},
        std::pair{RuleArea::Security, std::string_view{"security"}},
        std::pair{RuleArea::Operations, std::string_view{"operations"}},
        std::pair{RuleArea::Capacity, std::string_view{"capacity"}},
        std::pair{RuleArea::Residency, std::string_view{"residency"}},
    };
};

/// Collects the findings of one rule, stamping each with the rule's id and severity.
class FindingSink
{
public:
    FindingSink(std::string_view ruleId, Severity severity, Findings& out)
        : m_ruleId(ruleId)
        , m_severity(severity)
        , m_out(out)
    {}

    void add(std::string message, std::vector<std::string> elements)
    {
        m_out.push_back(
            {std::string(m_ruleId), m_severity, std::move(message), std::move(elements)});
    }

private:
    std::string_view m_ruleId;
    Severity m_severity;
    Findings& m_out;
};

/// A resilience rule: a stable id, what it checks and why, and a pure check over the design.
/// Checks never throw and never change anything.
struct Rule
{
    std::string_view id; ///< stable, untranslated: "RES-021"
    std::string_view title;
    RuleArea area;
    Severity defaultSeverity;
    std::string_view rationale;
    std::string_view source; ///< where the rationale comes from
    std::string_view remediation;
    void (*check)(const DesignIndex& design, FindingSink& findings);
};

} // namespace rs
