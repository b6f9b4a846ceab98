#include "ScenarioTable.h"

#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "docks/ScenariosDock.h"
#include "engine/EngineResults.h"

#include <QCoreApplication>
#include <QTableWidget>

#include <algorithm>

namespace rs::ui {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ScenarioTable", text, nullptr, n);
}

QTableWidgetItem* cell(const QString& text, std::optional<bool> met = std::nullopt,
                       const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (met)
        item->setIcon(dotIcon(verdictColor(*met)));
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidgetItem* flowsCell(const ScenarioResult& s)
{
    const auto total = static_cast<int>(s.flows.size());
    const auto up = static_cast<int>(
        std::count_if(s.flows.begin(), s.flows.end(), [](const auto& f) { return f.survives; }));
    QStringList broken;
    for (const auto& f : s.flows) {
        if (!f.survives)
            broken << QString::fromStdString(f.entryId);
    }
    const auto tip = broken.isEmpty() ? tr("Every user flow still completes")
                                      : tr("Broken: %1").arg(broken.join(QStringLiteral(", ")));
    return cell(tr("%1 of %2").arg(up).arg(total), up == total, tip);
}

QTableWidgetItem* rtoCell(const ScenarioResult& s)
{
    const auto target = tr("target %1").arg(formatDuration(s.rtoTarget));
    if (!s.rto)
        return cell(tr("no failover"), false,
                    tr("An affected flow has no way to recover (%1)").arg(target));
    auto tip = tr("Worst case %1, expected %2 (%3)")
                   .arg(formatDuration(s.rto->worst), formatDuration(s.rto->expected), target);
    if (!s.rtoBasis.empty())
        tip += QLatin1Char('\n') + QString::fromStdString(s.rtoBasis);
    return cell(formatDuration(s.rto->worst), s.rtoMet(), tip);
}

QTableWidgetItem* rpoCell(const ScenarioResult& s)
{
    const auto target = tr("target %1").arg(formatDuration(s.rpoTarget));
    if (s.dataLossUnbounded)
        return cell(tr("unbounded"), false,
                    tr("A data store has no copy outside the lost region (%1)").arg(target));
    const auto worst = s.rpo.value_or(0.0 * units::seconds);
    QStringList tip{tr("Worst over the stores (%1)").arg(target)};
    for (const auto& store : s.stores) {
        tip << tr("%1: %2").arg(QString::fromStdString(store.storeId),
                                store.rpo ? formatDuration(*store.rpo) : tr("unbounded"));
    }
    return cell(formatDuration(worst), s.rpoMet(), tip.join(QLatin1Char('\n')));
}

QTableWidgetItem* capacityCell(const ScenarioResult& s)
{
    if (s.capacity.empty())
        return cell(tr("—"), std::nullopt, tr("No surviving region takes its traffic"));
    QStringList tip;
    const CapacityImpact* worst = nullptr;
    for (const auto& c : s.capacity) {
        tip << tr("%1 must carry %2 % of peak, can carry %3 %")
                   .arg(QString::fromStdString(c.regionId), formatNumber(c.requiredPercent),
                        formatNumber(c.capacityPercent));
        if (!worst ||
            c.requiredPercent - c.capacityPercent > worst->requiredPercent - worst->capacityPercent)
            worst = &c;
    }
    const auto text =
        s.capacityMet()
            ? tr("enough")
            : tr("%1 % short").arg(formatNumber(worst->requiredPercent - worst->capacityPercent));
    return cell(text, s.capacityMet(), tip.join(QLatin1Char('\n')));
}

} // namespace

void fillScenarioTable(QTableWidget& table, const EngineResults& results)
{
    const int currentRow = table.currentRow();
    table.setRowCount(static_cast<int>(results.scenarios.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const auto& s = results.scenarios[std::size_t(row)];
        auto* title = cell(QString::fromStdString(s.title));
        title->setData(Qt::UserRole, QString::fromStdString(s.disruption.elementId));
        const auto writes = s.dataLossUnbounded ? tr("unbounded")
                            : s.writesAtRisk > 0.0
                                ? tr("%1 writes").arg(formatQuantity(s.writesAtRisk))
                                : tr("none");
        const bool down = std::find(results.down.begin(), results.down.end(),
                                    s.disruption.elementId) != results.down.end() &&
                          s.disruption.kind != DisruptionKind::ReplicationCut;
        table.setItem(row, ScenariosDock::ScenarioColumn, title);
        table.setItem(row, ScenariosDock::FlowsColumn, flowsCell(s));
        table.setItem(row, ScenariosDock::RtoColumn, rtoCell(s));
        table.setItem(row, ScenariosDock::RpoColumn, rpoCell(s));
        table.setItem(row, ScenariosDock::WritesColumn, cell(writes));
        table.setItem(row, ScenariosDock::CapacityColumn, capacityCell(s));
        for (int column = 0; column < ScenariosDock::ColumnCount; ++column) {
            auto* item = table.item(row, column);
            auto font = item->font();
            font.setBold(down);
            item->setFont(font);
        }
    }
    if (currentRow >= 0 && currentRow < table.rowCount())
        table.setCurrentCell(currentRow, 0);
}

} // namespace rs::ui
