#pragma once

#include "core/Provider.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QMenu;
class QMimeData;
class QUndoView;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

class Autosave;
class DesignScene;
class DesignView;
class PaletteDock;
class PropertiesDock;
class RecentFiles;
class StatusPanel;

/// The application window: the canvas in the middle, the palette and the properties as docks,
/// the menus and toolbar, the status bar, and the desktop conventions (window state, recent
/// files, unsaved-changes prompt, autosave and recovery, opening files dropped on it).
///
/// More docks register through addPanel(), which lists them in View ▸ Panels; engine results
/// go to statusPanel(), and marks on the canvas to scene() (badges, "down" state).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(document::DesignDocument& document, QWidget* parent = nullptr);
    ~MainWindow() override;

    document::DesignDocument& document() const { return m_document; }
    DesignScene* scene() const { return m_scene; }
    DesignView* view() const { return m_view; }
    StatusPanel* statusPanel() const { return m_status; }
    PaletteDock* palette() const { return m_palette; }
    PropertiesDock* properties() const { return m_properties; }
    QMenu* pricingMenu() const { return m_pricingMenu; }
    RecentFiles* recentFiles() const { return m_recent.get(); }

    /// Adds a dock and lists it in View ▸ Panels, where it can be shown and hidden.
    void addPanel(QDockWidget* dock, Qt::DockWidgetArea area);

    /// Opens `path` after offering to save unsaved changes; says why when it cannot, and the
    /// current design stays.
    bool openFile(const QString& path);
    /// Opens a bundled example (a path from bundledExamples()) as an untitled copy, after
    /// offering to save unsaved changes (Help ▸ Examples).
    bool openExample(const QString& path);
    /// File > Import…: plans and templates (`FILE@REGION` allowed) as an untitled design, with
    /// the import report in a dialog; `region` for stacks that name none.
    bool importInfrastructure(const QStringList& paths, const QString& region = {});
    bool save();
    bool saveAs(const QString& path = {});
    /// Starts autosaving into `directory` (crash recovery); the application does this at start.
    void enableAutosave(const QString& directory, int intervalMs);
    /// Offers back a design a crashed session autosaved; true if one was restored.
    bool offerRecovery(const QString& directory);

    /// The price catalogue the estimate uses: QSettings "pricing/catalogue", else the default.
    static QString catalogueFile();

    // Edit operations, also behind the Edit menu.
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();

signals:
    /// The user chose another price catalogue file (Pricing ▸ Catalogue…).
    void catalogueFileChanged(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createHelpMenu();
    void chooseExample();
    void readSettings();
    bool maybeSave();
    void newDesign();
    void openDialog();
    void importDialog();
    void chooseCatalogue();
    /// Pricing ▸ Team Catalogue…: a postgresql:// URL (docs/team-catalogue.md); empty goes back
    /// to the local file.
    void chooseTeamCatalogue();
    /// Design ▸ Arrange: the whole design laid out by Graphviz, one undo step.
    void arrange();
    void editWorkload();
    void editTargets();
    void editAssumptions();
    void editRules();
    void addRegion(Provider provider);
    void addKind(const QString& kindId);
    void pasteDesign(const QMimeData* mime, double offset);
    void updateTitle();
    void updateCounts();
    void updateSelectionActions();

    document::DesignDocument& m_document;
    DesignScene* m_scene;
    DesignView* m_view;
    StatusPanel* m_status;
    PaletteDock* m_palette;
    PropertiesDock* m_properties;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_pricingMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<Autosave> m_autosave;
    int m_pasteCount = 0;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace rs::ui
