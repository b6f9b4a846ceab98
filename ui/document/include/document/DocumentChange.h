#pragma once

#include <QFlags>

namespace rs::document {

/// What about an element changed, so views re-sync only what they must.
enum class ElementChange
{
    Name = 0x01,
    Position = 0x02,
    Size = 0x04,
    Parent = 0x08, ///< a service moved into another region or to the global edge
    Properties = 0x10,
    LinkKind = 0x20,
    Role = 0x40, ///< a region's role, code or traffic share
};
Q_DECLARE_FLAGS(ElementChanges, ElementChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(ElementChanges)

/// What about the design as a whole changed.
enum class DesignChange
{
    Workload = 0x01,
    Targets = 0x02,
    Rules = 0x04, ///< the rule settings
    Name = 0x08,
    Assumptions = 0x10, ///< the outage model, free tiers, hours a month
};
Q_DECLARE_FLAGS(DesignChanges, DesignChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DesignChanges)

} // namespace rs::document
