#pragma once

#include "document/ElementRef.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

#include <optional>
#include <string>

namespace rs::document {

/// Renames a region or a service, or with no element the design itself.
class Rename : public ChangeValue<std::string>
{
    Q_DECLARE_TR_FUNCTIONS(Rename)

public:
    Rename(DesignDocument& document, std::optional<ElementRef> element, std::string name);

private:
    void apply(const std::string& name) override;
    bool sameTarget(const ChangeValue& other) const override;

    std::optional<ElementRef> m_element;
};

} // namespace rs::document
