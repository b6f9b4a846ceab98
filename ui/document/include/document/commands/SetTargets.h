#pragma once

#include "core/Targets.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

namespace rs::document {

/// Replaces the design's targets (tier, objectives, residency, budget).
class SetTargets : public ChangeValue<Targets>
{
    Q_DECLARE_TR_FUNCTIONS(SetTargets)

public:
    SetTargets(DesignDocument& document, Targets value);

private:
    void apply(const Targets& value) override;
    bool sameTarget(const ChangeValue&) const override { return true; }
};

} // namespace rs::document
