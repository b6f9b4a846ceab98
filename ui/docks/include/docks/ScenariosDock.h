#pragma once

#include <QDockWidget>
#include <QStringList>

class QCustomPlot;
class QLabel;
class QListWidget;
class QTableWidget;

namespace rs::ui {

struct EngineResults;

/// Region loss and global-service loss: switch any of them "down" to see what it does, a table
/// of RTO / RPO / writes at risk / capacity for every scenario against the targets, the
/// availability estimate and the Monte Carlo's distribution of downtime a year. Fed only
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
        ColumnCount
    };

    explicit ScenariosDock(QWidget* parent = nullptr);

    void setResults(const EngineResults& results);

    /// The regions and global services switched down, in the order the list shows them.
    QStringList downElements() const;
    /// Checks exactly `ids` in the list, without emitting downElementsChanged().
    void setDownElements(const QStringList& ids);

signals:
    /// The user switched an element down or up again: the whole set now down.
    void downElementsChanged(const QStringList& ids);
    /// The user double-clicked a scenario: select the element it loses.
    void elementsActivated(const QStringList& ids);

private:
    void updateToggles(const EngineResults& results);
    void updateWhatIf(const EngineResults& results);
    void updateAvailability(const EngineResults& results);
    void togglesEdited();

    QStringList m_down;
    QStringList m_toggleIds; ///< the list's elements, to rebuild it only when they change
    QStringList m_toggleTitles;
    bool m_updating = false;
    QLabel* m_targets = nullptr;
    QListWidget* m_toggles = nullptr;
    QLabel* m_whatIf = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_availability = nullptr;
    QCustomPlot* m_chart = nullptr;
};

} // namespace rs::ui
