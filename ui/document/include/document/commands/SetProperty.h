#pragma once

#include "core/PropertyValue.h"
#include "document/ElementRef.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

#include <optional>
#include <string>

namespace rs::document {

/// Sets one property of an element (see ElementProperties.h for what each element has). For a
/// service, no value means "back to the catalogue default". The caller validates the value
/// against its PropertySpec first: a command never stores a value its spec refuses. A region's
/// traffic share is set by SetTrafficShare instead (setPropertyCommand() picks).
class SetProperty : public ChangeValue<std::optional<PropertyValue>>
{
    Q_DECLARE_TR_FUNCTIONS(SetProperty)

public:
    SetProperty(DesignDocument& document, ElementRef element, std::string key,
                std::optional<PropertyValue> value);

private:
    void apply(const std::optional<PropertyValue>& value) override;
    bool sameTarget(const ChangeValue& other) const override;

    ElementRef m_element;
    std::string m_key;
};

/// The command that sets `key` of `element` to `value`: SetTrafficShare for a region's share of
/// the traffic, so the shares keep adding up to 100 %, SetProperty for everything else.
QUndoCommand* setPropertyCommand(DesignDocument& document, const ElementRef& element,
                                 const std::string& key, std::optional<PropertyValue> value);

} // namespace rs::document
