#include "docks/CostsDock.h"

#include "AssumptionsLine.h"
#include "CostCharts.h"
#include "CostSummary.h"
#include "DisplayFormat.h"
#include "DockContent.h"
#include "EmissionsView.h"
#include "PlotStyle.h"
#include "ProjectionStaleness.h"
#include "docks/MoneyFormat.h"
#include "engine/EngineSnapshot.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace rs::docks {

namespace {

/// The slider runs over log10 of the multiple, in hundredths: -100 is 0.1x, 100 is 10x.
int sliderPosition(double scale)
{
    return int(std::lround(std::log10(scale) * 100.0));
}
double sliderScale(int position)
{
    return std::pow(10.0, position / 100.0);
}

QCustomPlot* createPlot(QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(170);
    stylePlot(*plot, parent->palette());
    return plot;
}

} // namespace

CostsDock::CostsDock(QWidget* parent)
    : QDockWidget(tr("Costs"), parent)
    , m_summary(std::make_unique<CostSummary>())
    , m_total(new QLabel(this))
    , m_details(new QLabel(this))
    , m_assumptions(new AssumptionsLine(AssumptionGroup::Cost, this))
    , m_currencyCode(new QLineEdit(currencyCode(m_currency), this))
    , m_rate(new QDoubleSpinBox(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("CostsDock"));
    auto font = m_total->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_total->setFont(font);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setTextFormat(Qt::PlainText);
    // "at least 1,384.58 USD a month" in the large font is wider than the dock's column.
    m_total->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_currencyCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{3}")), this));
    m_currencyCode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("WWWWW")));
    m_currencyCode->setToolTip(tr("Currency to show costs in (ISO code, e.g. EUR)"));
    m_rate->setObjectName(QStringLiteral("currencyRate"));
    m_rate->setDecimals(4);
    m_rate->setRange(0.0001, 1'000'000.0);
    m_rate->setValue(1.0);
    m_rate->setToolTip(tr("How much of the display currency one US dollar buys. Prices stay "
                          "in US dollars; only the display converts."));

    auto* currencyRow = new QHBoxLayout;
    currencyRow->addWidget(new QLabel(tr("Show in"), this));
    currencyRow->addWidget(m_currencyCode);
    currencyRow->addWidget(new QLabel(tr("at"), this));
    currencyRow->addWidget(m_rate);
    currencyRow->addWidget(new QLabel(tr("per USD"), this));
    currencyRow->addStretch(1);

    m_tabs->addTab(createBreakdownTab(), tr("Breakdown"));
    m_tabs->addTab(createTrafficTab(), tr("Against traffic"));
    m_emissions = new EmissionsView(this);
    m_emissions->setObjectName(QStringLiteral("emissions"));
    m_tabs->addTab(m_emissions, tr("Emissions"));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_total);
    layout->addWidget(m_details);
    layout->addWidget(m_assumptions);
    layout->addLayout(currencyRow);
    layout->addWidget(m_tabs, 1);
    setScrollingContent(*this, content);

    connect(m_currencyCode, &QLineEdit::editingFinished, this, &CostsDock::currencyEdited);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &CostsDock::currencyEdited);
    connect(m_assumptions, &AssumptionsLine::editRequested, this,
            &CostsDock::editAssumptionsRequested);
    m_staleness = new ProjectionStaleness(this);
    connect(m_staleness, &ProjectionStaleness::becameStale, this, [this] {
        m_summary->curveCurrent = false;
        redraw();
    });
    redraw();
}

CostsDock::~CostsDock() = default;

QWidget* CostsDock::createBreakdownTab()
{
    m_breakdown = createPlot(this);
    m_breakdown->setObjectName(QStringLiteral("breakdownChart"));
    placeLegendBelow(*m_breakdown);
    // The bars keep the height of the other charts over the legend's rows, one per category,
    // and region names slanted under them (three lines of text).
    m_breakdown->setMinimumHeight(m_breakdown->minimumHeight() +
                                  int(EnumNames<CostCategory>::names.size()) *
                                      (fontMetrics().height() + 6) +
                                  3 * fontMetrics().height());
    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setHorizontalHeaderLabels({tr("Cost"), tr("Element"), tr("Usage"), tr("Quantity"),
                                        tr("Provider"), tr("SKU"), tr("Price region"), tr("Unit"),
                                        tr("Unit price"), tr("Effective"), tr("Catalogue")});
    m_lines->verticalHeader()->setVisible(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(false);
    connect(m_lines, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const auto* item = m_lines->item(row, ElementColumn))
            emit elementsActivated({item->data(Qt::UserRole).toString()});
    });
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_breakdown);
    splitter->addWidget(m_lines);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget* CostsDock::createTrafficTab()
{
    m_curve = createPlot(this);
    m_curve->setObjectName(QStringLiteral("trafficChart"));
    m_scaleSlider = new QSlider(Qt::Horizontal, this);
    m_scaleSlider->setRange(sliderPosition(engine::minimumWorkloadScale),
                            sliderPosition(engine::maximumWorkloadScale));
    m_scaleSlider->setValue(0);
    m_scaleSpin = new QDoubleSpinBox(this);
    m_scaleSpin->setObjectName(QStringLiteral("trafficScale"));
    m_scaleSpin->setRange(engine::minimumWorkloadScale, engine::maximumWorkloadScale);
    m_scaleSpin->setDecimals(2);
    m_scaleSpin->setSingleStep(0.1);
    m_scaleSpin->setSuffix(QStringLiteral("×"));
    m_scaleSpin->setValue(1.0);
    m_scaleSummary = new QLabel(this);
    m_scaleSummary->setWordWrap(true);
    m_scaleSummary->setTextFormat(Qt::PlainText);
    const auto tip = tr("Requests per month and peak rate are multiplied; stored data stays");
    m_scaleSlider->setToolTip(tip);
    m_scaleSpin->setToolTip(tip);
    connect(m_scaleSlider, &QSlider::valueChanged, this,
            [this](int position) { scaleEdited(sliderScale(position)); });
    connect(m_scaleSpin, &QDoubleSpinBox::valueChanged, this, &CostsDock::scaleEdited);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Traffic"), this));
    controls->addWidget(m_scaleSlider, 1);
    controls->addWidget(m_scaleSpin);
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_scaleSummary);
    layout->addWidget(m_curve, 1);
    return tab;
}

void CostsDock::setResults(const engine::EngineResults& results)
{
    *m_summary = summarizeCosts(results, topLineCount);
    m_assumptions->setAssumptions(results.assumptions);
    // Only a curve that is late is marked as updating.
    m_staleness->setCurrent(m_summary->curveCurrent);
    m_summary->curveCurrent = !m_staleness->showAsStale();
    setWorkloadScale(results.workloadScale);
    m_emissions->setResults(results);
    redraw();
}

void CostsDock::setTierOutcomes(const std::vector<TierOutcome>& tiers)
{
    m_emissions->setTiers(tiers);
}

void CostsDock::setDisplayCurrency(const DisplayCurrency& currency)
{
    m_currency = currency;
    m_updating = true;
    m_currencyCode->setText(currencyCode(currency));
    m_rate->setValue(currency.perDollar().toDouble());
    m_updating = false;
    m_emissions->setDisplayCurrency(m_currency);
    redraw();
}

void CostsDock::setWorkloadScale(double scale)
{
    m_updating = true;
    m_scaleSpin->setValue(scale);
    m_scaleSlider->setValue(sliderPosition(scale));
    m_updating = false;
}

double CostsDock::workloadScale() const
{
    return m_scaleSpin->value();
}

void CostsDock::setTierComparisonWidget(QWidget* widget, const QString& title)
{
    m_tabs->addTab(widget, title);
}

void CostsDock::currencyEdited()
{
    if (m_updating)
        return;
    const auto code = m_currencyCode->text().trimmed().toUpper();
    if (code.size() != 3)
        return; // the validator lets a half-typed code through; keep the last whole one
    // The rate as the field shows it, taken as an exact decimal.
    auto currency = DisplayCurrency::make(
        code.toStdString(),
        QString::number(m_rate->value(), 'f', m_rate->decimals()).toStdString());
    if (!currency)
        return;
    m_currency = std::move(currency).value();
    m_currencyCode->setText(code);
    m_emissions->setDisplayCurrency(m_currency);
    redraw();
    emit displayCurrencyChanged(m_currency);
}

void CostsDock::scaleEdited(double scale)
{
    if (m_updating)
        return;
    // Keep the two controls together, then tell whoever computes.
    setWorkloadScale(scale);
    emit workloadScaleChanged(scale);
}

void CostsDock::redraw()
{
    const auto& s = *m_summary;
    QStringList details;
    if (s.nothingToEstimate) {
        m_total->setText(tr("Nothing to estimate"));
        details << tr("The design has no services yet.");
    } else if (!s.priced) {
        m_total->setText(tr("No costs"));
        details << tr("No price table is loaded; open the pricing manager to activate one.");
    } else {
        m_total->setText(tr("%1 a month").arg(formatTotal(s.total, s.complete, m_currency)));
        details << tr("Prices %1").arg(QString::fromStdString(s.bookVersion));
        if (!m_currency.isUsd())
            details << tr("converted from USD at %1")
                           .arg(formatNumber(m_currency.perDollar().toDouble(), 4));
        if (s.monthlyBudget) {
            const auto budget = formatMoney(Money::dollars(1).times(*s.monthlyBudget), m_currency);
            details << (!s.budgetMet   ? tr("perhaps over the budget of %1: the total is "
                                              "incomplete")
                        : *s.budgetMet ? tr("within the budget of %1")
                                       : tr("over the budget of %1"))
                           .arg(budget);
        }
        if (!s.complete)
            details << countedText(s.unpricedCount, "usage line") + QStringLiteral(" not priced");
        if (s.borrowedCount > 0)
            details << countedText(s.borrowedCount, "usage line") +
                           QStringLiteral(" priced with another region's price");
    }
    m_details->setText(details.join(QStringLiteral(" · ")));
    QStringList reasons;
    for (const auto& r : s.unpricedReasons)
        reasons << QString::fromStdString(r);
    m_details->setToolTip(reasons.join(QLatin1Char('\n')));

    drawCostBreakdown(*m_breakdown, s, m_currency);
    fillTopCostLines(*m_lines, s, m_currency);
    drawCostCurve(*m_curve, s, m_currency);
    const auto* chosen = engine::findCostPoint(s.curve, s.workloadScale);
    if (chosen && s.priced)
        m_scaleSummary->setText(
            tr("At %1× the workload's traffic: %2 a month (%3 as drawn)")
                .arg(formatNumber(s.workloadScale, 2),
                     formatTotal(chosen->total, chosen->unpriced == 0, m_currency),
                     formatTotal(s.total, s.complete, m_currency)));
    else
        m_scaleSummary->setText(s.priced ? tr("Computing the cost at each traffic level…")
                                         : QString());
}

} // namespace rs::docks
