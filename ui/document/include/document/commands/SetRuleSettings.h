#pragma once

#include "core/RuleSetting.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

#include <map>
#include <string>

namespace rs::document {

using RuleSettings = std::map<std::string, RuleSetting, std::less<>>;

/// Replaces the design's rule settings: which rules are off, and at what severity the others
/// report.
class SetRuleSettings : public ChangeValue<RuleSettings>
{
    Q_DECLARE_TR_FUNCTIONS(SetRuleSettings)

public:
    SetRuleSettings(DesignDocument& document, RuleSettings value);

private:
    void apply(const RuleSettings& value) override;
    bool sameTarget(const ChangeValue&) const override { return true; }
};

} // namespace rs::document
