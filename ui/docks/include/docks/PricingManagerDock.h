#pragma once

#include "pricing/PriceCatalogue.h"

#include <QDockWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolBar;

namespace rs::ui {

/// The price catalogue's versions, newest first, the active one of each provider marked:
/// activate another, or roll a provider back to the version before its active one. Importing a
/// price file and comparing two versions arrive with the price-updates work; addToolAction()
/// and addDetailsTab() are where they go. Fed only through setVersions(); what the user asks
/// for leaves as activateRequested().
class PricingManagerDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ProviderColumn,
        StatusColumn,
        EffectiveColumn,
        ImportedColumn,
        RowsColumn,
        SourceColumn,
        ColumnCount
    };

    explicit PricingManagerDock(QWidget* parent = nullptr);

    void setVersions(const std::vector<pricing::VersionInfo>& versions);
    void setCataloguePath(const QString& path);
    /// One clear message about the last operation; an empty one hides it.
    void setMessage(const QString& message, bool isError);

    /// The versions chosen in the table, in table order (a diff takes two).
    QList<int> selectedVersionIds() const;
    void selectVersion(int versionId);

    /// Adds an action to the dock's toolbar (import, diff, ...).
    void addToolAction(QAction* action);
    /// Adds a page beside the chosen version's details (a diff view, import progress, ...).
    void addDetailsTab(QWidget* page, const QString& title);

    /// The version rolling `provider` back activates: the newest one imported before its
    /// active version. Nothing when no version is active or none is older.
    static std::optional<int> rollbackTarget(const std::vector<pricing::VersionInfo>& versions,
                                             Provider provider);

signals:
    void activateRequested(int versionId);

private:
    const pricing::VersionInfo* chosenVersion() const;
    void updateActions();
    void showDetails();

    std::vector<pricing::VersionInfo> m_versions;
    QLabel* m_path = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_activate = nullptr;
    QAction* m_rollback = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_detailsTabs = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace rs::ui
