#include "docks/FindingsDock.h"

#include "PlotStyle.h"
#include "core/rules/RuleCatalogue.h"
#include "engine/EngineResults.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace rs::docks {

namespace {

constexpr int ElementsRole = Qt::UserRole;
constexpr int FindingRole = Qt::UserRole + 1; ///< index into the findings, -1 for groups
constexpr int SeverityRole = Qt::UserRole + 2;

constexpr std::array severitiesShown{Severity::Error, Severity::Warning, Severity::Info};

QString groupTitle(Severity severity, std::size_t count)
{
    const int n = static_cast<int>(count);
    switch (severity) {
    case Severity::Error:
        return FindingsDock::tr("Errors (%n)", nullptr, n);
    case Severity::Warning:
        return FindingsDock::tr("Warnings (%n)", nullptr, n);
    case Severity::Info:
        return FindingsDock::tr("Information (%n)", nullptr, n);
    }
    return {};
}

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}
QString html(std::string_view text)
{
    return html(std::string(text));
}

} // namespace

FindingsDock::FindingsDock(QWidget* parent)
    : QDockWidget(tr("Findings"), parent)
    , m_summary(new QLabel(this))
    , m_explain(new QToolButton(this))
    , m_tree(new QTreeWidget(this))
    , m_explanation(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("FindingsDock"));
    m_explain->setText(tr("Explain"));
    m_explain->setCheckable(true);
    m_explain->setToolTip(tr("Show why the chosen finding's rule matters and how to fix it"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Rule"), tr("Finding")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_explanation->setOpenLinks(false);
    m_explanation->setVisible(false);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(m_explain);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_explain, &QToolButton::toggled, this, &FindingsDock::setExplanationVisible);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsDock::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsDock::activate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { showExplanation(current); });
    rebuild();
}

void FindingsDock::setResults(const engine::EngineResults& results)
{
    setFindings(results.findings, results.labels);
}

void FindingsDock::setFindings(const Findings& findings,
                               const std::map<std::string, std::string>& labels)
{
    // Most edits (a move, a rename elsewhere) leave the findings as they were: keep the tree,
    // with what the user expanded and chose.
    if (m_checked && findings == m_findings && labels == m_labels)
        return;
    m_checked = true;
    m_findings = findings;
    m_labels = labels;
    rebuild();
}

void FindingsDock::rebuild()
{
    // Remember what the user looked at, to find it again in the new list.
    std::map<Severity, bool> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto* group = m_tree->topLevelItem(i);
        collapsed[Severity(group->data(0, SeverityRole).toInt())] = !group->isExpanded();
    }
    std::optional<Finding> current;
    if (const auto* item = m_tree->currentItem()) {
        const int index = item->data(0, FindingRole).toInt();
        if (item->parent() && index >= 0 && index < int(m_findings.size()))
            current = m_findings[std::size_t(index)];
    }

    m_tree->clear();
    QStringList summary;
    QTreeWidgetItem* reselect = nullptr;
    for (const auto severity : severitiesShown) {
        // Filled before it joins the tree, so the view hears of the group once, not per row.
        auto* group = new QTreeWidgetItem;
        group->setIcon(0, severityIcon(severity));
        group->setData(0, SeverityRole, int(severity));
        group->setData(0, FindingRole, -1);
        auto font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFlags(Qt::ItemIsEnabled);
        for (std::size_t i = 0; i < m_findings.size(); ++i) {
            const auto& f = m_findings[i];
            if (f.severity != severity)
                continue;
            auto* item = new QTreeWidgetItem(
                group, {QString::fromStdString(f.ruleId), QString::fromStdString(f.message)});
            QStringList ids;
            QStringList names;
            for (const auto& id : f.elements) {
                ids << QString::fromStdString(id);
                const auto it = m_labels.find(id);
                names << QString::fromStdString(it == m_labels.end() ? id : it->second);
            }
            item->setData(0, ElementsRole, ids);
            item->setData(0, FindingRole, int(i));
            item->setData(0, SeverityRole, int(severity));
            const auto tip = names.isEmpty()
                                 ? QString::fromStdString(f.message)
                                 : tr("%1\nConcerns: %2")
                                       .arg(QString::fromStdString(f.message), names.join(", "));
            item->setToolTip(0, tip);
            item->setToolTip(1, tip);
            if (current && *current == f)
                reselect = item;
        }
        // The group's rows are its count: the findings are not counted a second time here.
        const auto count = std::size_t(group->childCount());
        if (count == 0) {
            delete group;
            continue;
        }
        group->setText(0, groupTitle(severity, count));
        summary << groupTitle(severity, count);
        m_tree->addTopLevelItem(group);
        group->setFirstColumnSpanned(true);
        group->setExpanded(!collapsed[severity]);
    }
    if (!m_checked)
        m_summary->setText(tr("Waiting for the first check of the design"));
    else if (m_findings.empty())
        m_summary->setText(tr("No findings: every enabled rule passes"));
    else
        m_summary->setText(summary.join(QStringLiteral(" · ")));
    if (reselect)
        m_tree->setCurrentItem(reselect);
    showExplanation(m_tree->currentItem());
}

void FindingsDock::activate(QTreeWidgetItem* item)
{
    if (!item || !item->parent())
        return;
    const auto ids = item->data(0, ElementsRole).toStringList();
    if (!ids.isEmpty())
        emit elementsActivated(ids);
}

void FindingsDock::setExplanationVisible(bool visible)
{
    if (m_explain->isChecked() != visible)
        m_explain->setChecked(visible); // re-enters through toggled()
    m_explanation->setVisible(visible);
}

bool FindingsDock::isExplanationVisible() const
{
    return m_explain->isChecked();
}

QString FindingsDock::explanationText() const
{
    return m_explanation->toPlainText();
}

void FindingsDock::showExplanation(const QTreeWidgetItem* item)
{
    const int index = item && item->parent() ? item->data(0, FindingRole).toInt() : -1;
    if (index < 0 || index >= int(m_findings.size())) {
        m_explanation->setHtml(
            tr("<p>Choose a finding to see why its rule matters and how to fix it.</p>"));
        return;
    }
    const auto& f = m_findings[std::size_t(index)];
    QString text = QStringLiteral("<p><b>%1</b> — %2</p>").arg(html(f.ruleId), html(f.message));
    if (const auto* rule = findRule(f.ruleId)) {
        text += QStringLiteral("<p><b>%1</b></p>").arg(html(rule->title));
        text += tr("<p><b>Why it matters:</b> %1</p>").arg(html(rule->rationale));
        text += tr("<p><b>How to fix it:</b> %1</p>").arg(html(rule->remediation));
        text += tr("<p><b>Source:</b> %1</p>").arg(html(rule->source));
    }
    QStringList names;
    for (const auto& id : f.elements) {
        const auto it = m_labels.find(id);
        names << html(it == m_labels.end() ? id : it->second);
    }
    if (!names.isEmpty())
        text += tr("<p><b>Concerns:</b> %1</p>").arg(names.join(QStringLiteral(", ")));
    m_explanation->setHtml(text);
}

} // namespace rs::docks
