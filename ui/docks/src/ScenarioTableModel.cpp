#include "ScenarioTableModel.h"

#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "docks/ScenariosDock.h"
#include "engine/EngineResults.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace rs::docks {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ScenarioTable", text, nullptr, n);
}

using Cell = ScenarioTableModel::Cell;

Cell scenarioCell(const QString& text, std::optional<bool> met = std::nullopt,
                  const QString& tip = {})
{
    return {text, met, tip.isEmpty() ? text : tip};
}

Cell flowsCell(const ScenarioResult& s)
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
    return scenarioCell(tr("%1 of %2").arg(up).arg(total), up == total, tip);
}

Cell rtoCell(const ScenarioResult& s)
{
    const auto target = tr("target %1").arg(formatDuration(s.rtoTarget));
    if (!s.rto)
        return scenarioCell(tr("no failover"), false,
                            tr("An affected flow has no way to recover (%1)").arg(target));
    auto tip = tr("Worst case %1, expected %2 (%3)")
                   .arg(formatDuration(s.rto->worst), formatDuration(s.rto->expected), target);
    if (!s.rtoBasis.empty())
        tip += QLatin1Char('\n') + QString::fromStdString(s.rtoBasis);
    if (const auto why = failoverPathVerdict(s); !why.empty())
        tip += QLatin1Char('\n') + tr("Not met: %1").arg(QString::fromStdString(why));
    return scenarioCell(formatDuration(s.rto->worst), judgeScenario(s).rtoMet, tip);
}

Cell rpoCell(const ScenarioResult& s)
{
    const auto target = tr("target %1").arg(formatDuration(s.rpoTarget));
    // The bound is judged; a typical lag is shown beside it, never as the RPO.
    QStringList tip{s.dataLossUnbounded
                        ? tr("A store that lost data publishes no bound, so no target is met "
                             "(%1)")
                              .arg(target)
                        : tr("Worst bound over the stores (%1)").arg(target)};
    for (const auto& store : s.stores) {
        tip << tr("%1: %2").arg(QString::fromStdString(store.storeId),
                                QString::fromStdString(rpoSummary(store)));
    }
    return scenarioCell(QString::fromStdString(rpoSummary(s)), judgeScenario(s).rpoMet,
                        tip.join(QLatin1Char('\n')));
}

Cell capacityCell(const ScenarioResult& s)
{
    if (s.capacity.empty())
        return scenarioCell(tr("—"), std::nullopt, tr("No surviving region takes its traffic"));
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
    const bool met = judgeScenario(s).capacityMet;
    const auto text =
        met ? tr("enough")
            : tr("%1 % short").arg(formatNumber(worst->requiredPercent - worst->capacityPercent));
    return scenarioCell(text, met, tip.join(QLatin1Char('\n')));
}

/// The verdict core decided: a region (zone) loss meets the region (zone) RTO, RPO, capacity and
/// residency, or which it misses; the other disruptions are reported, not held to the targets.
Cell targetsCell(const ScenarioResult& s)
{
    const auto v = judgeScenario(s);
    if (!v.gated)
        return scenarioCell(
            tr("reported"), std::nullopt,
            tr("The targets are per region or zone loss; this disruption is reported only"));
    QStringList missed;
    for (const auto name : v.missed())
        missed << QString::fromUtf8(name.data(), qsizetype(name.size()));
    QStringList tip;
    for (const auto& r : s.residency)
        tip << QString::fromStdString(r.message);
    const auto text = missed.isEmpty() ? tr("met") : tr("missed: %1").arg(missed.join(", "));
    return scenarioCell(text, v.targetsMet(), tip.isEmpty() ? text : tip.join(QLatin1Char('\n')));
}

bool sameScenarios(const std::vector<ScenarioResult>& a, const std::vector<ScenarioResult>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.disruption.kind == y.disruption.kind &&
               x.disruption.elementId == y.disruption.elementId;
    });
}

} // namespace

void ScenarioTableModel::setResults(const engine::EngineResults& results)
{
    const bool sameRows = sameScenarios(m_scenarios, results.scenarios);
    if (!sameRows)
        beginResetModel();
    m_scenarios = results.scenarios;
    m_down = results.down;
    m_rows.assign(m_scenarios.size(), std::nullopt);
    if (!sameRows)
        endResetModel();
    else if (!m_scenarios.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ScenariosDock::ColumnCount - 1));
}

QString ScenarioTableModel::elementId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_scenarios[std::size_t(row)].disruption.elementId);
}

int ScenarioTableModel::rowOf(const QString& elementId) const
{
    const auto id = elementId.toStdString();
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                                 [&](const auto& s) { return s.disruption.elementId == id; });
    return it == m_scenarios.end() ? -1 : static_cast<int>(it - m_scenarios.begin());
}

int ScenarioTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

int ScenarioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ScenariosDock::ColumnCount;
}

const ScenarioTableModel::Row& ScenarioTableModel::row(int index) const
{
    auto& slot = m_rows[std::size_t(index)];
    if (slot)
        return *slot;
    const auto& s = m_scenarios[std::size_t(index)];
    const auto writes =
        s.dataLossUnbounded
            ? tr("unbounded (typically %1)").arg(formatQuantity(s.writesAtRiskTypical))
        : s.writesAtRisk > 0.0 ? tr("%1 writes").arg(formatQuantity(s.writesAtRisk))
                               : tr("none");
    Row r;
    r.cells = {scenarioCell(QString::fromStdString(s.title)),
               flowsCell(s),
               rtoCell(s),
               rpoCell(s),
               scenarioCell(writes),
               capacityCell(s),
               targetsCell(s)};
    r.down = isElementLoss(s.disruption.kind) &&
             std::find(m_down.begin(), m_down.end(), s.disruption.elementId) != m_down.end();
    return slot.emplace(std::move(r));
}

QVariant ScenarioTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = row(index.row());
    const auto& c = r.cells[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.tip;
    case Qt::DecorationRole:
        return c.met ? QVariant(dotIcon(verdictColor(*c.met))) : QVariant();
    case Qt::FontRole:
        if (r.down) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole:
        return index.column() == ScenariosDock::ScenarioColumn ? elementId(index.row())
                                                               : QVariant();
    default:
        return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<ScenariosDock::Column>(section)) {
    case ScenariosDock::ScenarioColumn:
        return tr("Scenario");
    case ScenariosDock::FlowsColumn:
        return tr("Flows up");
    case ScenariosDock::RtoColumn:
        return tr("RTO");
    case ScenariosDock::RpoColumn:
        return tr("RPO");
    case ScenariosDock::WritesColumn:
        return tr("Writes at risk");
    case ScenariosDock::CapacityColumn:
        return tr("Capacity");
    case ScenariosDock::TargetsColumn:
        return tr("Targets");
    case ScenariosDock::ColumnCount:
        break;
    }
    return {};
}

} // namespace rs::docks
