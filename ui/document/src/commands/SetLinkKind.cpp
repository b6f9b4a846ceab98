#include "document/commands/SetLinkKind.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetLinkKind::SetLinkKind(DesignDocument& document, LinkId link, LinkKind kind)
    : ChangeValue(document, CommandId::SetLinkKind, document.design().link(link)->kind, kind)
    , m_link(std::move(link))
{
    setText(
        tr("Make %1 a %2 link")
            .arg(QString::fromStdString(m_link.value), QString::fromUtf8(enumName(kind).data())));
}

bool SetLinkKind::sameTarget(const ChangeValue& other) const
{
    return static_cast<const SetLinkKind&>(other).m_link == m_link;
}

void SetLinkKind::apply(const LinkKind& kind)
{
    auto link = *m_document.design().link(m_link);
    link.kind = kind;
    m_document.replaceLink(link, ElementChange::LinkKind);
}

} // namespace rs::document
