#include "docks/ScenariosDock.h"

#include "AssumptionsLine.h"
#include "DisplayFormat.h"
#include "DockContent.h"
#include "DowntimeChart.h"
#include "PlotStyle.h"
#include "ProjectionStaleness.h"
#include "ScenarioTableModel.h"
#include "engine/EngineResults.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace rs::docks {

namespace {

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScenariosDock::ScenariosDock(QWidget* parent)
    : QDockWidget(tr("Scenarios"), parent)
    , m_targets(wrappingLabel(this))
    , m_toggles(new QListWidget(this))
    , m_whatIf(wrappingLabel(this))
    , m_model(new ScenarioTableModel(this))
    , m_table(new QTableView(this))
    , m_availability(wrappingLabel(this))
    , m_assumptions(new AssumptionsLine(AssumptionGroup::OutageModel, this))
    , m_chart(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("ScenariosDock"));
    m_toggles->setFlow(QListView::LeftToRight);
    m_toggles->setWrapping(true);
    m_toggles->setResizeMode(QListView::Adjust);
    m_toggles->setSpacing(2);
    m_toggles->setMaximumHeight(fontMetrics().height() * 5);
    m_toggles->setToolTip(tr("Switch a region or a global service down to see what its loss "
                             "does; the canvas shows what survives"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fit the columns to the rows on screen: the figures are short, and measuring every row of
    // a large design after each edit would cost more than the edit.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_chart->setObjectName(QStringLiteral("downtimeChart"));
    m_chart->setMinimumHeight(160);
    stylePlot(*m_chart, palette());

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_availability);
    lowerLayout->addWidget(m_assumptions);
    lowerLayout->addWidget(m_chart, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_targets);
    layout->addWidget(new QLabel(tr("What if this goes down:"), content));
    layout->addWidget(m_toggles);
    layout->addWidget(m_whatIf);
    layout->addWidget(splitter, 1);
    setScrollingContent(*this, content);

    connect(m_toggles, &QListWidget::itemChanged, this, &ScenariosDock::togglesEdited);
    connect(m_assumptions, &AssumptionsLine::editRequested, this,
            &ScenariosDock::editAssumptionsRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit elementsActivated({m_model->elementId(index.row())});
    });
    m_staleness = new ProjectionStaleness(this);
    connect(m_staleness, &ProjectionStaleness::becameStale, this, &ScenariosDock::showProjections);
    m_targets->setText(tr("Waiting for the first simulation of the design"));
    showProjections();
}

void ScenariosDock::setResults(const engine::EngineResults& results)
{
    m_down.clear();
    for (const auto& id : results.down)
        m_down << QString::fromStdString(id);
    m_targets->setText(
        tr("Region-loss targets: RTO %1 · RPO %2")
            .arg(formatDuration(results.regionRtoTarget), formatDuration(results.regionRpoTarget)));
    updateToggles(results);
    updateWhatIf(results);
    const auto current = m_model->elementId(m_table->currentIndex().row());
    m_model->setResults(results);
    // New scenarios reset the table: find the one the user had chosen again.
    if (!m_table->currentIndex().isValid() && !current.isEmpty()) {
        if (const int row = m_model->rowOf(current); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, ScenarioColumn));
    }
    updateAvailability(results);
    m_assumptions->setAssumptions(results.assumptions);
    // An empty design's placeholder simulation is no result to show.
    m_outages = results.nothingToEstimate ? std::nullopt : results.outages;
    m_objective = results.availabilityTarget;
    m_outagesGeneration = results.projectionsGeneration;
    m_staleness->setCurrent(results.projectionsCurrent());
    showProjections();
}

QStringList ScenariosDock::checkedElements() const
{
    QStringList ids;
    for (int i = 0; i < m_toggles->count(); ++i) {
        const auto* item = m_toggles->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void ScenariosDock::setDownElements(const QStringList& ids)
{
    m_down = ids;
    m_updating = true;
    for (int i = 0; i < m_toggles->count(); ++i) {
        auto* item = m_toggles->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    m_updating = false;
}

void ScenariosDock::updateToggles(const engine::EngineResults& results)
{
    QStringList ids;
    QStringList titles;
    for (const auto& s : results.scenarios) {
        if (!isElementLoss(s.disruption.kind))
            continue;
        ids << QString::fromStdString(s.disruption.elementId);
        titles << QString::fromStdString(results.label(s.disruption.elementId));
    }
    if (ids != m_toggleIds || titles != m_toggleTitles) {
        m_updating = true;
        m_toggles->clear();
        for (int i = 0; i < ids.size(); ++i) {
            auto* item = new QListWidgetItem(titles[i], m_toggles);
            item->setData(Qt::UserRole, ids[i]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_toggleIds = ids;
        m_toggleTitles = titles;
        m_updating = false;
    }
    setDownElements(m_down);
}

void ScenariosDock::togglesEdited()
{
    if (m_updating)
        return;
    m_down = checkedElements();
    emit downElementsChanged(m_down);
}

void ScenariosDock::updateWhatIf(const engine::EngineResults& results)
{
    if (results.whatIf.empty()) {
        m_whatIf->setText(tr("Nothing is switched down. Tick a region or a global service to "
                             "see which flows survive its loss."));
        return;
    }
    QStringList lines;
    for (const auto& s : results.whatIf) {
        const auto up =
            std::count_if(s.flows.begin(), s.flows.end(), [](const auto& f) { return f.survives; });
        const auto rto = s.rto ? formatDuration(s.rto->worst) : tr("no failover");
        const auto rpo = QString::fromStdString(rpoSummary(s));
        // A time within the target is still not met when a rule finds an error on the path it
        // rests on: say which, not only that it misses.
        const auto path = failoverPathVerdict(s);
        const auto rtoNote = judgeScenario(s).rtoMet ? QString()
                             : path.empty()
                                 ? tr(" (misses target)")
                                 : tr(" (not met: %1)").arg(QString::fromStdString(path));
        lines << tr("%1: %2 of %3 flows survive · RTO %4%5 · RPO %6%7")
                     .arg(QString::fromStdString(s.title), QString::number(up),
                          QString::number(s.flows.size()), rto, rtoNote, rpo,
                          judgeScenario(s).rpoMet ? QString() : tr(" (misses target)"));
    }
    if (results.whatIf.size() > 1)
        lines << tr("Each loss is simulated on its own; together they may break more.");
    m_whatIf->setText(lines.join(QLatin1Char('\n')));
}

void ScenariosDock::updateAvailability(const engine::EngineResults& results)
{
    if (results.nothingToEstimate) {
        m_availabilityLine = tr("Availability: nothing to estimate, the design has no services");
        return;
    }
    const auto& a = results.availability;
    m_availabilityLine = tr("Availability %1, about %2 down a year (on the outage model below)")
                             .arg(formatAvailability(a.total), formatDuration(a.downtimePerYear));
    if (results.availabilityTarget && results.verdicts.availabilityObjectiveMet) {
        const bool met = *results.verdicts.availabilityObjectiveMet;
        m_availabilityLine += tr(" · objective %1 %2")
                                  .arg(formatAvailability(*results.availabilityTarget / 100.0),
                                       met ? tr("met") : tr("missed"));
    }
    if (!a.globalsBasis.empty())
        m_availabilityLine += QLatin1Char('\n') + QString::fromStdString(a.globalsBasis);
    // A different figure, so named, with why it differs.
    m_availabilityLine += QLatin1Char('\n') +
                          tr("SLA composite %1, about %2 down a year: %3")
                              .arg(formatAvailability(a.slaComposite.total),
                                   formatDuration(a.slaComposite.downtimePerYear),
                                   QString::fromUtf8(slaCompositeExplanation().data(),
                                                     qsizetype(slaCompositeExplanation().size())));
}

void ScenariosDock::showProjections()
{
    const bool stale = m_staleness->showAsStale();
    QStringList lines;
    if (!m_availabilityLine.isEmpty())
        lines << m_availabilityLine;
    if (const auto& o = m_outages) {
        auto mc =
            tr("Monte Carlo over %1 years: mean %2, 95th percentile %3, 99th %4 down a year")
                .arg(formatNumber(double(o->years)), formatDuration(o->meanDowntimePerYear),
                     formatDuration(o->p95DowntimePerYear), formatDuration(o->p99DowntimePerYear));
        if (stale)
            mc += tr(" (updating)");
        lines << mc;
    }
    m_availability->setText(lines.join(QLatin1Char('\n')));
    const auto drawnFrom = std::tuple(m_outages ? m_outagesGeneration : 0, m_objective, stale);
    if (drawnFrom == m_chartDrawnFrom)
        return;
    drawDowntimeChart(*m_chart, m_outages ? &*m_outages : nullptr, m_objective, !stale);
    m_chartDrawnFrom = drawnFrom;
}

} // namespace rs::docks
