#pragma once

#include "core/Link.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

namespace rs::document {

/// Changes what a link means (request, event, replication, ...).
class SetLinkKind : public ChangeValue<LinkKind>
{
    Q_DECLARE_TR_FUNCTIONS(SetLinkKind)

public:
    SetLinkKind(DesignDocument& document, LinkId link, LinkKind kind);

private:
    void apply(const LinkKind& kind) override;
    bool sameTarget(const ChangeValue& other) const override;

    LinkId m_link;
};

} // namespace rs::document
