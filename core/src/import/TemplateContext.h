#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace rs::import {

/// What a CloudFormation stack's parameters, mappings and conditions come to for one deployment:
/// the values given for it (`--parameter`), else the parameters' defaults, and its region.
/// A condition that rests on a value nobody gave (a parameter without default, the account id)
/// stays undecided; the reader then says so instead of guessing quietly.
class TemplateContext
{
public:
    TemplateContext(const nlohmann::json& doc, std::string region,
                    std::map<std::string, std::string> given);

    /// A parameter's value for this deployment: given, else its default; nothing when neither.
    /// Pseudo parameters: AWS::Region, AWS::Partition and AWS::URLSuffix follow the region.
    std::optional<nlohmann::json> parameter(const std::string& name);
    /// Whether `name` is a parameter of the template or a pseudo parameter (not a resource).
    bool isParameter(const std::string& name) const;
    /// The value of an expression parameters, mappings and literals decide (Ref, Fn::FindInMap,
    /// Fn::Join, Fn::Select, Fn::Equals, Fn::And, Fn::Or, Fn::Not, Fn::If, Condition); nothing
    /// when it rests on something else.
    std::optional<nlohmann::json> evaluate(const nlohmann::json& expression, int depth = 0);
    /// Fn::Sub's text with each `${Name}` replaced by `variables`' value or the parameter's, and
    /// `${!Text}` by `${Text}`; nothing when a name is a resource's or has no known value.
    std::optional<std::string> substitute(const std::string& text, const nlohmann::json& variables);
    /// The named condition: true, false, or nothing when undecided (or not defined).
    std::optional<bool> condition(const std::string& name);
    /// Whether the template defines the condition.
    bool hasCondition(const std::string& name) const;
    /// The parameters an undecided condition waited for, for the message that asks for them.
    std::set<std::string> missingParameters(const std::string& condition) const;
    /// "IsPrimaryRegion = true, Env = prod (default)": the values a decided condition rests on.
    std::string valuesUsed(const std::string& condition) const;

private:
    std::optional<bool> truth(const nlohmann::json& expression, int depth);

    const nlohmann::json* m_parameters = nullptr;
    const nlohmann::json* m_mappings = nullptr;
    const nlohmann::json* m_conditions = nullptr;
    std::string m_region;
    std::map<std::string, std::string> m_given;
    std::map<std::string, std::optional<bool>> m_decided;
    std::set<std::string> m_deciding; ///< conditions being evaluated: a cycle is undecided
    std::map<std::string, std::string> m_values; ///< parameter -> its value, and whence
    /// The parameters each condition rests on, its nested conditions' included.
    std::map<std::string, std::set<std::string>> m_uses;
    std::set<std::string>* m_trace = nullptr; ///< the condition being decided collects here
};

} // namespace rs::import
