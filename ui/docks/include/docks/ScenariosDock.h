#pragma once

#include "core/resilience/OutageSimulation.h"

#include <QDockWidget>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <tuple>

class QCustomPlot;
class QLabel;
class QListWidget;
class QTableView;

namespace rs::engine {
struct EngineResults;
}

namespace rs::docks {

class AssumptionsLine;
class ProjectionStaleness;
class ScenarioTableModel;

/// Region loss and global-service loss: switch any of them "down" to see what it does, a table
/// of RTO / RPO / writes at risk / capacity for every scenario against the targets, the
/// availability estimate and the Monte Carlo's distribution of downtime a year, with the outage
/// model both rest on. Fed only
/// through setResults(); the user's what-if choices leave as downElementsChanged().
class ScenariosDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Columns of the scenario table.
    enum Column
    {
        ScenarioColumn,
        FlowsColumn,
        RtoColumn,
        RpoColumn,
        WritesColumn,
        CapacityColumn,
        TargetsColumn, ///< met, or which of RTO, RPO, capacity and residency a region loss misses
        ColumnCount
    };

    explicit ScenariosDock(QWidget* parent = nullptr);

    void setResults(const engine::EngineResults& results);

    /// The regions and global services switched down, also before the first results list them.
    QStringList downElements() const { return m_down; }
    /// Checks exactly `ids` in the list, without emitting downElementsChanged().
    void setDownElements(const QStringList& ids);

signals:
    /// The user switched an element down or up again: the whole set now down.
    void downElementsChanged(const QStringList& ids);
    /// The user double-clicked a scenario: select the element it loses.
    void elementsActivated(const QStringList& ids);
    /// The user asked to change the outage model (Design ▸ Assumptions…).
    void editAssumptionsRequested();

private:
    /// The elements ticked in the list, in its order.
    QStringList checkedElements() const;
    void updateToggles(const engine::EngineResults& results);
    void updateWhatIf(const engine::EngineResults& results);
    void updateAvailability(const engine::EngineResults& results);
    /// The Monte Carlo's line and chart, marked as updating once they are late.
    void showProjections();
    void togglesEdited();

    QStringList m_down;
    QStringList m_toggleIds; ///< the list's elements, to rebuild it only when they change
    QStringList m_toggleTitles;
    bool m_updating = false;
    ProjectionStaleness* m_staleness = nullptr;
    QString m_availabilityLine; ///< the estimate of the results shown
    std::optional<OutageSimulationResult> m_outages;
    std::optional<double> m_objective; ///< availability, percent
    std::uint64_t m_outagesGeneration = 0;
    /// What the chart was drawn from: it is drawn again only when that changes.
    std::optional<std::tuple<std::uint64_t, std::optional<double>, bool>> m_chartDrawnFrom;
    QLabel* m_targets = nullptr;
    QListWidget* m_toggles = nullptr;
    QLabel* m_whatIf = nullptr;
    ScenarioTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_availability = nullptr;
    AssumptionsLine* m_assumptions = nullptr; ///< the outage model under both figures
    QCustomPlot* m_chart = nullptr;
};

} // namespace rs::docks
