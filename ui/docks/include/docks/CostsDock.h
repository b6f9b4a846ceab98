#pragma once

#include "core/cost/DisplayCurrency.h"

#include <QDockWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTabWidget;
class QTableWidget;

namespace rs {
struct TierOutcome;
}

namespace rs::engine {
struct EngineResults;
}

namespace rs::docks {

class AssumptionsLine;
struct CostSummary;
class EmissionsView;
class ProjectionStaleness;

/// What the design costs a month: the total by region and category as stacked bars, the
/// largest lines with the price row each used (provider, SKU, region, unit, price, effective
/// date, catalogue version), and the cost against traffic from 0.1x to 10x the workload; in a
/// display currency at a rate the user enters. Fed only through setResults(); the chosen
/// traffic multiple leaves as workloadScaleChanged().
class CostsDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Columns of the top-lines table.
    enum Column
    {
        AmountColumn,
        ElementColumn,
        UsageColumn,
        QuantityColumn,
        ProviderColumn,
        SkuColumn,
        RegionColumn,
        UnitColumn,
        PriceColumn,
        EffectiveColumn,
        VersionColumn,
        ColumnCount
    };

    explicit CostsDock(QWidget* parent = nullptr);
    ~CostsDock() override;

    void setResults(const engine::EngineResults& results);
    /// The tier comparison's rows, for the emissions tab's emissions-against-cost chart.
    void setTierOutcomes(const std::vector<TierOutcome>& tiers);

    void setDisplayCurrency(const DisplayCurrency& currency);
    const DisplayCurrency& displayCurrency() const { return m_currency; }
    /// The multiple the traffic tab shows, without emitting workloadScaleChanged().
    void setWorkloadScale(double scale);
    double workloadScale() const;

    /// The place kept for the tier comparison (cost against RTO per resilience tier): the
    /// widget becomes the dock's last tab, which exists only once it is given.
    void setTierComparisonWidget(QWidget* widget, const QString& title);

signals:
    void workloadScaleChanged(double scale);
    void displayCurrencyChanged(const rs::DisplayCurrency& currency);
    /// The user double-clicked a cost line: select its element.
    void elementsActivated(const QStringList& ids);
    /// The user asked to change free tiers or the billing month (Design ▸ Assumptions…).
    void editAssumptionsRequested();

private:
    QWidget* createBreakdownTab();
    QWidget* createTrafficTab();
    void currencyEdited();
    void scaleEdited(double scale);
    void redraw();

    DisplayCurrency m_currency;
    std::unique_ptr<CostSummary> m_summary; ///< what is shown, kept to redraw in another currency
    static constexpr std::size_t topLineCount =
        15; ///< how many of the largest lines the table lists
    bool m_updating = false;
    ProjectionStaleness* m_staleness = nullptr;

    QLabel* m_total = nullptr;
    QLabel* m_details = nullptr;
    AssumptionsLine* m_assumptions = nullptr; ///< free tiers and the billing month
    QLineEdit* m_currencyCode = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QTabWidget* m_tabs = nullptr;
    QCustomPlot* m_breakdown = nullptr;
    QTableWidget* m_lines = nullptr;
    QCustomPlot* m_curve = nullptr;
    EmissionsView* m_emissions = nullptr;
    QSlider* m_scaleSlider = nullptr;
    QDoubleSpinBox* m_scaleSpin = nullptr;
    QLabel* m_scaleSummary = nullptr;
};

} // namespace rs::docks
