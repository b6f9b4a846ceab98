#include "TierComparisonView.h"

#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "core/analysis/Analysis.h"
#include "docks/MoneyFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QMetaObject>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rs::docks {

namespace {

QString tierName(ResilienceTier tier)
{
    switch (tier) {
    case ResilienceTier::SingleRegion:
        return TierComparisonView::tr("Single region");
    case ResilienceTier::BackupRestore:
        return TierComparisonView::tr("Backup and restore");
    case ResilienceTier::PilotLight:
        return TierComparisonView::tr("Pilot light");
    case ResilienceTier::WarmStandby:
        return TierComparisonView::tr("Warm standby");
    case ResilienceTier::ActiveActive:
        return TierComparisonView::tr("Active-active");
    }
    return {};
}

QString rtoText(const ScenarioResult& loss)
{
    return loss.rto ? formatDuration(loss.rto->worst) : TierComparisonView::tr("no failover");
}

QString rpoText(const ScenarioResult& loss)
{
    return loss.dataLossUnbounded ? TierComparisonView::tr("data lost")
           : loss.rpo             ? formatDuration(*loss.rpo)
                                  : TierComparisonView::tr("none");
}

} // namespace

TierComparisonView::TierComparisonView(const Catalogues& catalogues, QWidget* parent)
    : QWidget(parent)
    , m_catalogues(catalogues)
    , m_message(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("tierComparison"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Comparing the resilience tiers…"));
    stylePlot(*m_plot, palette());
    // Short enough for the 276 px the chart gets in the first window on a 1366×768 screen.
    m_plot->xAxis->setLabel(tr("Worst RTO, home region lost (min)"));
    m_plot->yAxis->setLabel(tr("Monthly cost"));
    m_plot->setObjectName(QStringLiteral("tierChart"));
    m_plot->setMinimumHeight(180);
    m_table->setHorizontalHeaderLabels(
        {tr("Tier"), tr("Monthly cost"), tr("RTO"), tr("RPO"), tr("Targets")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_table, 1);
}

TierComparisonView::~TierComparisonView()
{
    m_waiting.reset();
    if (m_worker.joinable())
        m_worker.join();
}

void TierComparisonView::compare(const Design& design, std::shared_ptr<const PriceBook> book)
{
    const auto request = ++m_request;
    if (!book) {
        m_waiting.reset();
        m_outcomes.clear();
        m_message->setText(tr("No prices: the tiers cannot be compared."));
        refill();
        return;
    }
    m_waiting = Request{request, design, std::move(book)};
    startNext();
}

void TierComparisonView::startNext()
{
    if (m_running || !m_waiting)
        return;
    if (m_worker.joinable())
        m_worker.join(); // finished: its answer has been delivered
    auto next = std::move(*m_waiting);
    m_waiting.reset();
    m_running = true;
    // The thread ends before the view does (the destructor joins it), so `this` outlives it, and
    // a queued answer to a destroyed view is discarded.
    m_worker = std::thread([this, next = std::move(next)] {
        AnalysisOptions options;
        options.parts = AnalysisParts::none();
        options.parts.tiers = true;
        options.parts.carbon = true; // emissions beside each tier's cost
        auto outcomes =
            analyseDesign(DesignIndex(next.design, m_catalogues), next.book.get(), options)->tiers;
        QMetaObject::invokeMethod(
            this,
            [this, id = next.id, outcomes = std::move(outcomes)]() mutable {
                m_running = false;
                show(id, std::move(outcomes));
                startNext();
            },
            Qt::QueuedConnection);
    });
}

void TierComparisonView::setDisplayCurrency(const DisplayCurrency& currency)
{
    m_currency = currency;
    refill();
}

void TierComparisonView::show(std::uint64_t request, std::vector<TierOutcome> outcomes)
{
    if (request != m_request)
        return; // a newer design is on its way
    m_outcomes = std::move(outcomes);
    QString message =
        tr("The design derived as each tier (a partner region and a router added where it has "
           "none), priced and its home region lost. ● marks the tier as drawn: its own estimate "
           "and scenario.");
    if (m_outcomes.empty())
        message = tr("No tiers to compare: the design has no services or no serving region.");
    if (const auto blockers = tierBlockers(m_outcomes); !blockers.empty()) {
        QStringList names;
        for (const auto& id : blockers)
            names << QString::fromStdString(id);
        message += QStringLiteral("\n") +
                   tr("No tier recovers while %1 stays in the home region alone; \"fixed\" is "
                      "what each tier achieves with a copy in every region that uses it.")
                       .arg(names.join(QStringLiteral(", ")));
    }
    m_message->setText(message);
    refill();
    emit compared();
}

void TierComparisonView::refill()
{
    m_table->setRowCount(static_cast<int>(m_outcomes.size()));
    m_plot->clearGraphs();
    m_plot->clearItems();
    QVector<double> minutes;
    QVector<double> costs;
    QStringList names;
    QList<bool> incomplete;
    for (int row = 0; row < static_cast<int>(m_outcomes.size()); ++row) {
        const auto& t = m_outcomes[static_cast<std::size_t>(row)];
        const auto& loss = t.homeRegionLoss;
        const QString name = (t.current ? QStringLiteral("● ") : QString()) + tierName(t.tier);
        // An incomplete total is a lower bound: "at least", never a figure to rank as cheaper.
        const bool complete = t.cost.complete();
        QString cost = formatTotal(t.cost.total, complete, m_currency);
        if (!complete)
            cost += QStringLiteral(" (%1)").arg(countedText(t.cost.unpricedCount, "unpriced line"));
        const auto verdict = judgeScenario(loss);
        const QString targets = verdict.rtoMet && verdict.rpoMet ? tr("met")
                                : verdict.rtoMet                 ? tr("RPO missed")
                                : verdict.rpoMet                 ? tr("RTO missed")
                                                                 : tr("both missed");
        QString rto = rtoText(loss);
        QString rpo = rpoText(loss);
        if (const auto& fixed = t.homeRegionLossFixed) {
            rto += tr(" (fixed: %1)").arg(rtoText(*fixed));
            rpo += tr(" (fixed: %1)").arg(rpoText(*fixed));
        }
        const QStringList cells{name, cost, rto, rpo, targets};
        // What the tier changed in the design, so a figure that differs from the design's own
        // (single region carrying all the traffic, say) says why.
        QStringList changes;
        for (const auto& c : t.changes)
            changes << QString::fromStdString(c);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(changes.join(QLatin1Char('\n')));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 4)->setForeground(verdictColor(verdict.rtoMet && verdict.rpoMet));
        // Charted on what the tier achieves, with a blocker of every tier fixed.
        const auto& charted = t.homeRegionLossFixed ? *t.homeRegionLossFixed : loss;
        if (charted.rto) {
            minutes << charted.rto->worst.value() / 60.0;
            costs << inCurrency(t.cost.total, m_currency);
            names << tierName(t.tier);
            incomplete << !complete;
        }
    }
    if (!minutes.isEmpty()) {
        auto* graph = m_plot->addGraph();
        graph->setData(minutes, costs);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 9));
        m_plot->rescaleAxes();
        m_plot->xAxis->scaleRange(1.4, m_plot->xAxis->range().center());
        m_plot->yAxis->scaleRange(1.3, m_plot->yAxis->range().center());
        m_plot->xAxis->setRangeLower(0.0);
        m_plot->yAxis->setRangeLower(0.0);
        // Tiers of nearly one cost or RTO left the widest point on the edge, half cut off.
        m_plot->xAxis->setRangeUpper(std::max(
            m_plot->xAxis->range().upper, *std::max_element(minutes.begin(), minutes.end()) * 1.1));
        m_plot->yAxis->setRangeUpper(std::max(m_plot->yAxis->range().upper,
                                              *std::max_element(costs.begin(), costs.end()) * 1.1));
        // Each point named beside it, on a side with room (keepInside). Tiers that land on one
        // spot (within 3 % of each axis) share one label, a name a line: else their names are
        // drawn over each other.
        const double nearX = m_plot->xAxis->range().size() * 0.03;
        const double nearY = m_plot->yAxis->range().size() * 0.03;
        std::vector<bool> named(static_cast<std::size_t>(names.size()), false);
        for (int i = 0; i < names.size(); ++i) {
            if (named[static_cast<std::size_t>(i)])
                continue;
            QList<int> here;
            for (int j = i; j < names.size(); ++j) {
                if (!named[static_cast<std::size_t>(j)] &&
                    std::abs(minutes[j] - minutes[i]) <= nearX &&
                    std::abs(costs[j] - costs[i]) <= nearY) {
                    named[static_cast<std::size_t>(j)] = true;
                    here << j;
                }
            }
            // A cost with unpriced lines is a lower bound, said under the names (on one line
            // with the longest name, it ran past a 300 px dock); starred when only some are.
            const auto lowerBounds =
                std::count_if(here.begin(), here.end(), [&](int j) { return incomplete[j]; });
            const bool starred = lowerBounds > 0 && lowerBounds < here.size();
            QStringList together;
            for (const int j : here)
                together << names[j] +
                                (starred && incomplete[j] ? QStringLiteral(" *") : QString());
            if (starred)
                together << tr("* incomplete: at least");
            else if (lowerBounds > 0)
                together << tr("(incomplete: at least)");
            auto* label = new QCPItemText(m_plot);
            label->position->setCoords(minutes[i], costs[i]);
            keepInside(*label, Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(4, 0, 4, 0));
            label->setText(together.join(QLatin1Char('\n')));
            label->setColor(palette().color(QPalette::Text));
        }
    }
    m_table->resizeColumnsToContents();
    m_plot->replot();
}

} // namespace rs::docks
