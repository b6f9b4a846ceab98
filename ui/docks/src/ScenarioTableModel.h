#pragma once

#include "core/resilience/Scenario.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace rs::engine {
struct EngineResults;
}

namespace rs::docks {

/// The scenarios dock's table: one row per scenario with its flows, RTO, RPO, writes at risk and
/// capacity (the columns of ScenariosDock::Column), each judged against the targets by a green or
/// red badge; the scenarios switched down in bold. The role Qt::UserRole of the first column is the
/// element the scenario loses.
///
/// Cells are worded when the view asks for them, so a refresh costs the rows on screen, not the
/// rows of the design; new results for the same scenarios change the data in place, keeping the
/// view's selection and scroll position.
class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// What one cell shows: its text, its verdict badge if judged, and its tooltip.
    struct Cell
    {
        QString text;
        std::optional<bool> met;
        QString tip;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const engine::EngineResults& results);
    /// The element the scenario of `row` loses.
    QString elementId(int row) const;
    /// The row of the first scenario that loses `elementId`, or -1.
    int rowOf(const QString& elementId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        std::vector<Cell> cells;
        bool down = false;
    };

    const Row& row(int index) const;

    std::vector<ScenarioResult> m_scenarios;
    std::vector<std::string> m_down;
    mutable std::vector<std::optional<Row>> m_rows; ///< worded on first request
};

} // namespace rs::docks
