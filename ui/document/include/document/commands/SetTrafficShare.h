#pragma once

#include "document/TrafficShares.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

namespace rs::document {

/// Sets one region's share of the traffic; the other regions give up or take on the difference
/// (TrafficShares.h), and undo gives every region its share back.
class SetTrafficShare : public ChangeValue<TrafficShares>
{
    Q_DECLARE_TR_FUNCTIONS(SetTrafficShare)

public:
    SetTrafficShare(DesignDocument& document, const RegionId& region, double percent);

private:
    void apply(const TrafficShares& value) override;
    bool sameTarget(const ChangeValue& other) const override;

    RegionId m_region;
};

} // namespace rs::document
