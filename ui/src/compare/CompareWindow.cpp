#include "CompareWindow.h"

#include "ComparisonDiagram.h"
#include "core/TextFormat.h"
#include "core/compare/ComparisonText.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString arrow(const std::string& before, const std::string& after)
{
    return before == after ? q(before) : q(before) + QStringLiteral(" \u2192 ") + q(after);
}

/// A read-only table of plain-text cells (text from a design is never markup here).
QTableWidget* table(const QStringList& headers, const std::vector<QStringList>& rows)
{
    auto* t = new QTableWidget(int(rows.size()), int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(headers.size()) && c < rows[std::size_t(r)].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[std::size_t(r)][c]));
    }
    t->resizeColumnsToContents();
    return t;
}

/// Colours a row's cells (a regressed loss, a new finding).
void tint(QTableWidget* t, int row, const QColor& colour)
{
    for (int c = 0; c < t->columnCount(); ++c) {
        if (auto* item = t->item(row, c))
            item->setForeground(colour);
    }
}

} // namespace

CompareWindow::CompareWindow(Side before, Side after, DesignComparison comparison,
                             const Catalogues& catalogues, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_comparison(std::move(comparison))
    , m_catalogues(catalogues)
{
    setWindowTitle(tr("Compare %1 with %2").arg(m_before.title, m_after.title));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical);
    auto* sides = new QSplitter(Qt::Horizontal);
    sides->addWidget(sidePane(m_before, false));
    sides->addWidget(sidePane(m_after, true));
    split->addWidget(sides);
    m_tables = new QTabWidget;
    addTables();
    split->addWidget(m_tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
}

CompareWindow::~CompareWindow() = default;

QWidget* CompareWindow::sidePane(const Side& side, bool after)
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout;
    auto* title = new QLabel;
    title->setTextFormat(Qt::PlainText);
    title->setText((after ? tr("After: %1") : tr("Before: %1")).arg(side.title));
    auto font = title->font();
    font.setBold(true);
    title->setFont(font);
    heading->addWidget(title, 1);
    auto* open = new QPushButton(side.path.isEmpty() ? tr("Show") : tr("Open"));
    open->setObjectName(after ? QStringLiteral("openAfter") : QStringLiteral("openBefore"));
    open->setToolTip(side.path.isEmpty() ? tr("The design open in the main window") : side.path);
    connect(open, &QPushButton::clicked, this,
            [this, path = side.path] { emit openRequested(path); });
    heading->addWidget(open);
    layout->addLayout(heading);
    auto* diagram = new ComparisonDiagram(after ? m_after.design : m_before.design, m_catalogues,
                                          m_comparison.elements, after);
    (after ? m_afterDiagram : m_beforeDiagram) = diagram;
    layout->addWidget(diagram, 1);
    return pane;
}

void CompareWindow::addTables()
{
    const auto& c = m_comparison;
    const QColor worse = changeColour(ElementChange::Removed);
    const QColor better = changeColour(ElementChange::Added);

    std::vector<QStringList> summary;
    if (c.cost) {
        const auto& t = c.cost->total;
        summary.push_back({tr("Monthly cost"), q(costSideText(t, false, c.currency)),
                           q(costSideText(t, true, c.currency)), q(costChangeText(t, c.currency))});
    }
    summary.push_back({tr("Availability"), q(availabilityText(c.availabilityBefore)),
                       q(availabilityText(c.availabilityAfter)), QString()});
    if (c.scenariosCompared) {
        summary.push_back({tr("Worst region-loss RTO"),
                           q(worstText(c.worstRtoBefore, "no recovery")),
                           q(worstText(c.worstRtoAfter, "no recovery")), QString()});
        summary.push_back({tr("Worst region-loss RPO"), q(worstText(c.worstRpoBefore, "unbounded")),
                           q(worstText(c.worstRpoAfter, "unbounded")), QString()});
        summary.push_back(
            {tr("Region losses meeting targets"), q(regionLossesMetText(c, true)),
             q(regionLossesMetText(c, false)),
             c.verdicts.regionLossesRegressed
                 ? q(counted(c.verdicts.regionLossesRegressed, "region loss")) + tr(" now missed")
                 : QString()});
    }
    if (c.findingsCompared)
        summary.push_back({tr("Findings"),
                           QString::number(c.findings.removed.size() + c.findings.unchanged.size()),
                           QString::number(c.findings.added.size() + c.findings.unchanged.size()),
                           tr("%1 new, %2 resolved")
                               .arg(c.findings.added.size())
                               .arg(c.findings.removed.size())});
    summary.push_back({tr("Elements"), QString(), QString(), q(elementChangesText(c.elements))});
    m_tables->addTab(table({QString(), tr("Before"), tr("After"), tr("Change")}, summary),
                     tr("Summary"));

    std::vector<QStringList> losses;
    for (const auto& l : c.regionLosses)
        losses.push_back({q(l.regionId), arrow(rtoText(l.before), rtoText(l.after)),
                          arrow(rpoText(l.before), rpoText(l.after)),
                          arrow(writesText(l.before), writesText(l.after)),
                          arrow(capacityText(l.before), capacityText(l.after)),
                          arrow(verdictText(l.before), verdictText(l.after)),
                          q(std::string(enumName(l.change)))});
    auto* lossTable = table({tr("Region lost"), tr("RTO"), tr("RPO"), tr("Writes at risk"),
                             tr("Capacity"), tr("Targets"), tr("Verdict")},
                            losses);
    for (int i = 0; i < int(c.regionLosses.size()); ++i) {
        const auto change = c.regionLosses[std::size_t(i)].change;
        if (change == VerdictChange::Regressed)
            tint(lossTable, i, worse);
        else if (change == VerdictChange::Improved)
            tint(lossTable, i, better);
    }
    m_tables->addTab(lossTable, tr("Region losses"));

    std::vector<QStringList> findings;
    for (const auto* list : {&c.findings.added, &c.findings.removed}) {
        for (const auto& f : *list) {
            QStringList elements;
            for (const auto& e : f.elements)
                elements << q(e);
            findings.push_back({list == &c.findings.added ? tr("new") : tr("resolved"), q(f.ruleId),
                                q(std::string(enumName(f.severity))), elements.join(", "),
                                q(f.message)});
        }
    }
    auto* findingTable =
        table({QString(), tr("Rule"), tr("Severity"), tr("Elements"), tr("Finding")}, findings);
    for (int i = 0; i < int(c.findings.added.size()); ++i)
        tint(findingTable, i, worse);
    m_tables->addTab(findingTable, tr("Findings"));

    if (c.cost) {
        std::vector<QStringList> cost;
        for (const auto* list : {&c.cost->byCategory, &c.cost->byRegion, &c.cost->byElement}) {
            const auto kind = list == &c.cost->byCategory ? tr("category")
                              : list == &c.cost->byRegion ? tr("region")
                                                          : tr("element");
            for (const auto& d : *list)
                cost.push_back({kind, q(d.key), q(costSideText(d, false, c.currency)),
                                q(costSideText(d, true, c.currency)),
                                q(costChangeText(d, c.currency))});
        }
        m_tables->addTab(
            table({tr("By"), tr("Name"), tr("Before"), tr("After"), tr("Change")}, cost),
            tr("Cost"));
    }

    std::vector<QStringList> elements;
    std::vector<ElementChange> changes;
    for (const auto& e : c.elements.elements) {
        if (e.change == ElementChange::Unchanged)
            continue;
        QStringList fields;
        for (const auto& f : e.changedFields)
            fields << q(f);
        elements.push_back({q(std::string(enumName(e.change))), q(std::string(enumName(e.type))),
                            q(e.beforeId), q(e.afterId), fields.join(", ")});
        changes.push_back(e.change);
    }
    auto* elementTable =
        table({tr("Change"), tr("Type"), tr("Before"), tr("After"), tr("Fields")}, elements);
    for (int i = 0; i < int(changes.size()); ++i)
        tint(elementTable, i, changeColour(changes[std::size_t(i)]));
    m_tables->addTab(elementTable, tr("Elements"));

    if (!c.assumptions.empty()) {
        std::vector<QStringList> assumptions;
        for (const auto& a : c.assumptions)
            assumptions.push_back({q(a.label), q(a.before.empty() ? "\u2014" : a.before),
                                   q(a.after.empty() ? "\u2014" : a.after)});
        m_tables->addTab(table({tr("Assumption"), tr("Before"), tr("After")}, assumptions),
                         tr("Assumptions"));
    }
}

} // namespace rs::ui
