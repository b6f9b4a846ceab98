#pragma once

#include "core/rules/Finding.h"

#include <QDockWidget>
#include <QStringList>

#include <map>
#include <string>

class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rs::engine {
struct EngineResults;
}

namespace rs::docks {

/// The live findings grouped by severity with their counts, each with its rule id and message.
/// Choosing one asks for its elements to be selected and zoomed to; the rule's rationale,
/// source and remediation are shown on demand. Fed only through setResults().
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(QWidget* parent = nullptr);

    void setResults(const engine::EngineResults& results);
    /// The findings and how to name their elements (id -> label; unnamed ids show as is).
    void setFindings(const Findings& findings, const std::map<std::string, std::string>& labels);

    /// Shows or hides the explanation of the chosen finding's rule.
    void setExplanationVisible(bool visible);
    bool isExplanationVisible() const;
    /// The explanation as plain text: what a reader of the pane sees.
    QString explanationText() const;

signals:
    /// The user chose a finding: select and zoom to these element ids.
    void elementsActivated(const QStringList& ids);

private:
    void rebuild();
    void showExplanation(const QTreeWidgetItem* item);
    void activate(QTreeWidgetItem* item);

    Findings m_findings;
    std::map<std::string, std::string> m_labels;
    bool m_checked = false; ///< results have arrived at least once
    QLabel* m_summary = nullptr;
    QToolButton* m_explain = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_explanation = nullptr;
};

} // namespace rs::docks
