#pragma once

#include "core/Assumptions.h"

#include <QWidget>

class QLabel;

namespace rs::docks {

/// The assumptions a dock's figures rest on, where the figures are read: each with its value
/// and whether the design sets it or the default holds (the default's source in the tooltip),
/// and a button that opens Design ▸ Assumptions… (editRequested()).
class AssumptionsLine : public QWidget
{
    Q_OBJECT

public:
    /// Shows the assumptions of `group`: the outage model, or free tiers and the billing month.
    AssumptionsLine(AssumptionGroup group, QWidget* parent = nullptr);

    void setAssumptions(const Assumptions& assumptions);
    QString text() const;

signals:
    void editRequested();

private:
    AssumptionGroup m_group;
    QLabel* m_text = nullptr;
};

} // namespace rs::docks
