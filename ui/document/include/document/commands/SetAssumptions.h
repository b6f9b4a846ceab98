#pragma once

#include "core/Assumptions.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

namespace rs::document {

/// Replaces the design's assumptions; consecutive edits merge into one undo step.
class SetAssumptions : public ChangeValue<Assumptions>
{
    Q_DECLARE_TR_FUNCTIONS(SetAssumptions)

public:
    SetAssumptions(DesignDocument& document, Assumptions value);

private:
    void apply(const Assumptions& value) override;
    bool sameTarget(const ChangeValue&) const override { return true; }
};

} // namespace rs::document
