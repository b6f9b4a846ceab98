#pragma once

#include "docks/PriceComparison.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rs::docks {

/// Two price versions side by side: how many bands changed, were added or removed, what the
/// open design costs under each, and a row per changed band with its old and new price.
class PriceDiffView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn,
        KeyColumn,
        RegionColumn,
        UnitColumn,
        BeforeColumn,
        AfterColumn,
        PercentColumn,
        ColumnCount
    };

    explicit PriceDiffView(QWidget* parent = nullptr);

    void setComparison(const PriceComparison& comparison);
    /// Instead of a comparison: why there is none, or that one is being computed.
    void setMessage(const QString& message);

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace rs::docks
