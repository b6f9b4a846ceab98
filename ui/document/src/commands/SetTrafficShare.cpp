#include "document/commands/SetTrafficShare.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetTrafficShare::SetTrafficShare(DesignDocument& document, const RegionId& region, double percent)
    : ChangeValue(document, CommandId::SetTrafficShare, trafficShares(document.design()),
                  withShare(trafficShares(document.design()), region, percent))
    , m_region(region)
{
    setText(tr("Set traffic share of %1").arg(QString::fromStdString(region.value)));
}

bool SetTrafficShare::sameTarget(const ChangeValue& other) const
{
    return static_cast<const SetTrafficShare&>(other).m_region == m_region;
}

void SetTrafficShare::apply(const TrafficShares& value)
{
    applyTrafficShares(m_document, value);
}

} // namespace rs::document
