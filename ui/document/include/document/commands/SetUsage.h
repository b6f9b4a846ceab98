#pragma once

#include "core/PinnedUsage.h"
#include "document/ElementRef.h"
#include "document/commands/ChangeValue.h"

#include <QCoreApplication>

#include <optional>

namespace rs::document {

/// Sets one monthly usage figure of a service or link, replacing what the workload derives; no
/// value unpins it (the workload's figure counts again). The caller refuses negative and
/// non-finite values first, as the design validator would.
class SetUsage : public ChangeValue<std::optional<double>>
{
    Q_DECLARE_TR_FUNCTIONS(SetUsage)

public:
    SetUsage(DesignDocument& document, ElementRef element, UsageQuantity quantity,
             std::optional<double> value);

private:
    void apply(const std::optional<double>& value) override;
    bool sameTarget(const ChangeValue& other) const override;

    ElementRef m_element;
    UsageQuantity m_quantity;
    bool m_pins; ///< sets a figure; unpinning is a step of its own, never merged
};

} // namespace rs::document
