#include "document/commands/SetRuleSettings.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetRuleSettings::SetRuleSettings(DesignDocument& document, RuleSettings value)
    : ChangeValue(document, CommandId::SetRuleSettings, document.design().ruleSettings,
                  std::move(value))
{
    setText(tr("Configure rules"));
}

void SetRuleSettings::apply(const RuleSettings& value)
{
    m_document.setRuleSettings(value);
}

} // namespace rs::document
