#pragma once

#include "core/Catalogues.h"
#include "core/compare/DesignComparison.h"

#include <QString>
#include <QWidget>

class QTabWidget;

namespace rs::ui {

class ComparisonDiagram;

/// File ▸ Compare with…: two designs side by side, each drawn with its changed elements marked,
/// over the comparison's tables (summary, region losses, findings, cost, elements); from here
/// either design can be opened.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    /// One of the two designs, with what the window calls it and where it is (empty: the design
    /// open in the main window, which "Open" then brings to the front).
    struct Side
    {
        Design design;
        QString title;
        QString path;
    };

    CompareWindow(Side before, Side after, DesignComparison comparison,
                  const Catalogues& catalogues, QWidget* parent = nullptr);
    ~CompareWindow() override;

    const DesignComparison& comparison() const { return m_comparison; }
    ComparisonDiagram* diagram(bool after) const
    {
        return after ? m_afterDiagram : m_beforeDiagram;
    }
    QTabWidget* tables() const { return m_tables; }

signals:
    /// "Open" on a side: the file to open, or empty for the design already open.
    void openRequested(const QString& path);

private:
    QWidget* sidePane(const Side& side, bool after);
    void addTables();

    Side m_before;
    Side m_after;
    DesignComparison m_comparison;
    const Catalogues& m_catalogues;
    ComparisonDiagram* m_beforeDiagram = nullptr;
    ComparisonDiagram* m_afterDiagram = nullptr;
    QTabWidget* m_tables = nullptr;
};

} // namespace rs::ui
