#pragma once

#include "core/Workload.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

namespace rs::document {

/// Replaces the design's workload; consecutive edits merge into one undo step.
class SetWorkload : public ChangeValue<Workload>
{
    Q_DECLARE_TR_FUNCTIONS(SetWorkload)

public:
    SetWorkload(DesignDocument& document, Workload value);

private:
    void apply(const Workload& value) override;
    bool sameTarget(const ChangeValue&) const override { return true; }
};

} // namespace rs::document
