#include "PriceDiffView.h"

#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "TableFill.h"
#include "docks/MoneyFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs::docks {

namespace {

using Kind = pricing::PriceChange::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return PriceDiffView::tr("added");
    case Kind::Removed:
        return PriceDiffView::tr("removed");
    case Kind::Changed:
        return PriceDiffView::tr("changed");
    }
    return {};
}

QTableWidgetItem* diffCell(const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

/// A unit price in full: "0.0000166667 USD" (as many decimals as it has, up to 10).
QString unitPrice(const PriceRow& row)
{
    auto text = QString::fromStdString(row.price.toString(10));
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QStringLiteral(".00")))
        text.chop(1);
    return text + QStringLiteral(" USD");
}

/// The band a row is: its region, and where a transfer goes or a tier starts.
QString band(const PriceRow& row)
{
    auto text = QString::fromStdString(row.region);
    if (!row.toRegion.empty())
        text += QStringLiteral(" → ") + QString::fromStdString(row.toRegion);
    if (row.tierStart > 0.0)
        text += PriceDiffView::tr(" from %1").arg(formatNumber(row.tierStart));
    return text;
}

} // namespace

PriceDiffView::PriceDiffView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Price item"), tr("Region"), tr("Unit"),
                                        tr("Before"), tr("After"), tr("Change %")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setMessage(tr("Choose two versions of one provider and Compare, or import a price file."));
}

void PriceDiffView::setMessage(const QString& message)
{
    m_summary->setText(message);
    m_table->setRowCount(0);
}

void PriceDiffView::setComparison(const PriceComparison& c)
{
    const auto& d = c.diff;
    QStringList lines;
    lines << tr("Version %1 → %2, price bands: %3 changed, %4 added, %5 removed, %6 the same.")
                 .arg(d.from)
                 .arg(d.to)
                 .arg(d.count(Kind::Changed))
                 .arg(d.count(Kind::Added))
                 .arg(d.count(Kind::Removed))
                 .arg(d.unchanged);
    if (c.designFrom && c.designTo) {
        const auto delta = *c.designTo - *c.designFrom;
        const auto sign = delta > Money() ? QStringLiteral("+") : QString();
        auto line = tr("%1: %2 → %3 a month (%4%5)")
                        .arg(QString::fromStdString(c.designName), formatMoney(*c.designFrom),
                             formatMoney(*c.designTo), sign, formatMoney(delta));
        // Only what the new version changes: gaps both versions share are the costs dock's.
        if (c.designUnpricedTo > c.designUnpricedFrom)
            line += tr("; %n more usage line(s) unpriced", nullptr,
                       int(c.designUnpricedTo - c.designUnpricedFrom));
        else if (c.designUnpricedTo < c.designUnpricedFrom)
            line += tr("; %n usage line(s) fewer unpriced", nullptr,
                       int(c.designUnpricedFrom - c.designUnpricedTo));
        lines << line;
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    refillTable(*m_table, [&] {
        m_table->setRowCount(static_cast<int>(d.changes.size()));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const auto& change = d.changes[std::size_t(row)];
            const auto& any = change.kind == Kind::Removed ? change.before : change.after;
            auto* kind = diffCell(kindName(change.kind));
            kind->setForeground(change.kind == Kind::Removed ? verdictColor(false)
                                                             : m_table->palette().text().color());
            m_table->setItem(row, ChangeColumn, kind);
            m_table->setItem(row, KeyColumn, diffCell(QString::fromStdString(any.key)));
            m_table->setItem(row, RegionColumn, diffCell(band(any)));
            m_table->setItem(row, UnitColumn, diffCell(QString::fromStdString(any.unit)));
            m_table->setItem(
                row, BeforeColumn,
                diffCell(change.kind == Kind::Added ? QString() : unitPrice(change.before),
                         Qt::AlignRight));
            m_table->setItem(
                row, AfterColumn,
                diffCell(change.kind == Kind::Removed ? QString() : unitPrice(change.after),
                         Qt::AlignRight));
            const auto percent = change.percent();
            m_table->setItem(row, PercentColumn,
                             diffCell(percent ? QStringLiteral("%1%2 %").arg(
                                                    *percent > 0 ? QStringLiteral("+") : QString(),
                                                    formatNumber(*percent, 1))
                                              : QString(),
                                      Qt::AlignRight));
        }
    });
}

} // namespace rs::docks
