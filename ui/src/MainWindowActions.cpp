#include "MainWindowActions.h"

#include "ExportActions.h"
#include "document/DesignDocument.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"

#include <QAction>
#include <QStyle>
#include <QUndoStack>

namespace rs::ui {

namespace {

/// "Save the design (Ctrl+S)": a command's tip with its first key, if it has one.
QString tipWithKey(const QString& tip, const QList<QKeySequence>& keys)
{
    return keys.isEmpty() ? tip
                          : QStringLiteral("%1 (%2)").arg(
                                tip, keys.front().toString(QKeySequence::NativeText));
}

QAction* make(QObject* parent, const QString& name, const QString& text, const QString& tip,
              const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setStatusTip(tip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(tipWithKey(tip, action->shortcuts()));
    return action;
}

/// Adds keys the platform's standard binding may lack: under a bare X server Qt's generic theme
/// gave Save As no key and Zoom In only Ctrl++, which takes Shift on most keyboards.
void alsoBind(QAction* action, const QKeySequence& keys)
{
    auto all = action->shortcuts();
    if (!all.contains(keys))
        all.append(keys);
    action->setShortcuts(all);
    action->setToolTip(tipWithKey(action->statusTip(), all));
}

} // namespace

void MainWindow::createActions()
{
    auto& a = *m_actions;
    a.newDesign = make(this, "actionNew", tr("&New"), tr("Start a new design"), QKeySequence::New);
    a.open = make(this, "actionOpen", tr("&Open…"), tr("Open a design file"), QKeySequence::Open);
    a.save = make(this, "actionSave", tr("&Save"), tr("Save the design"), QKeySequence::Save);
    a.saveAs = make(this, "actionSaveAs", tr("Save &As…"), tr("Save the design under another name"),
                    QKeySequence::SaveAs);
    a.exportReview = make(this, "actionExportReview", tr("Design &Review…"),
                          tr("Export the PDF or JSON review, the cost lines or the diagram"));
    a.exportReview->setShortcut(QKeySequence(tr("Ctrl+E")));
    a.exportPng =
        make(this, "actionExportPng", tr("Diagram as &PNG…"), tr("Export the drawing as an image"));
    a.exportSvg =
        make(this, "actionExportSvg", tr("Diagram as &SVG…"), tr("Export the drawing as SVG"));
    a.quit =
        make(this, "actionQuit", tr("&Quit"), tr("Quit Resilience Studio"), QKeySequence::Quit);
    a.undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setShortcut(QKeySequence::Redo);
    a.cut = make(this, "actionCut", tr("Cu&t"), tr("Cut the selection"), QKeySequence::Cut);
    a.copy = make(this, "actionCopy", tr("&Copy"), tr("Copy the selection"), QKeySequence::Copy);
    a.paste =
        make(this, "actionPaste", tr("&Paste"), tr("Paste copied elements"), QKeySequence::Paste);
    a.duplicate = make(this, "actionDuplicate", tr("D&uplicate"), tr("Duplicate the selection"),
                       QKeySequence(tr("Ctrl+D")));
    a.remove =
        make(this, "actionDelete", tr("&Delete"), tr("Delete the selection"), QKeySequence::Delete);
    a.selectAll = make(this, "actionSelectAll", tr("Select &All"), tr("Select every element"),
                       QKeySequence::SelectAll);
    a.zoomIn = make(this, "actionZoomIn", tr("Zoom &In"), tr("Zoom in"), QKeySequence::ZoomIn);
    a.zoomOut = make(this, "actionZoomOut", tr("Zoom &Out"), tr("Zoom out"), QKeySequence::ZoomOut);
    alsoBind(a.saveAs, QKeySequence(tr("Ctrl+Shift+S")));
    alsoBind(a.zoomIn, QKeySequence(tr("Ctrl+=")));
    alsoBind(a.zoomOut, QKeySequence(tr("Ctrl+-")));
    a.fit = make(this, "actionFit", tr("&Fit Design"), tr("Show the whole design"),
                 QKeySequence(tr("Ctrl+0")));
    a.grid =
        make(this, "actionGrid", tr("Show &Grid"), tr("Show the grid"), QKeySequence(tr("Ctrl+'")));
    a.grid->setCheckable(true);
    a.grid->setChecked(true);
    a.snap = make(this, "actionSnap", tr("&Snap to Grid"), tr("Snap moved elements to the grid"),
                  QKeySequence(tr("Ctrl+Shift+'")));
    a.snap->setCheckable(true);
    a.snap->setChecked(true);
    a.arrange = make(this, "actionArrange", tr("A&rrange"),
                     tr("Lay the design out: global services on top, regions side by side, "
                        "cards in the order of their flow"),
                     QKeySequence(tr("Ctrl+Shift+L")));
    a.workload = make(this, "actionWorkload", tr("&Workload…"),
                      tr("Edit the traffic and data the design carries"));
    a.targets = make(this, "actionTargets", tr("&Targets…"),
                     tr("Edit recovery objectives, residency and budget"));
    a.assumptions =
        make(this, "actionAssumptions", tr("&Assumptions…"),
             tr("Edit the outage model, free tiers and hours a month the figures rest on"));
    a.rules = make(this, "actionRules", tr("&Rules…"),
                   tr("Switch rules on or off and set their severity"));
    a.catalogue =
        make(this, "actionCatalogue", tr("&Catalogue…"), tr("Choose the price catalogue file"));
    a.teamCatalogue = make(this, "actionTeamCatalogue", tr("&Team Catalogue…"),
                           tr("Price from the team's catalogue on a PostgreSQL server"));

    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    a.newDesign->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), icon(QStyle::SP_FileIcon)));
    a.open->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), icon(QStyle::SP_DialogOpenButton)));
    a.save->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save"), icon(QStyle::SP_DialogSaveButton)));
    a.undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), icon(QStyle::SP_ArrowBack)));
    a.redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), icon(QStyle::SP_ArrowForward)));
    a.remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"), icon(QStyle::SP_TrashIcon)));

    connect(a.newDesign, &QAction::triggered, this, &MainWindow::newDesign);
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.saveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(a.exportReview, &QAction::triggered, this, [this] { exportReview(*this); });
    connect(a.exportPng, &QAction::triggered, this, [this] { exportDiagram(*this, false); });
    connect(a.exportSvg, &QAction::triggered, this, [this] { exportDiagram(*this, true); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.cut, &QAction::triggered, this, &MainWindow::cutSelection);
    connect(a.copy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(a.paste, &QAction::triggered, this, &MainWindow::paste);
    connect(a.duplicate, &QAction::triggered, this, &MainWindow::duplicateSelection);
    connect(a.remove, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(a.selectAll, &QAction::triggered, this, [this] {
        document::ElementRefs all;
        for (const auto& [id, r] : m_document.design().regions)
            all.push_back(document::ElementRef::region(id));
        for (const auto& [id, s] : m_document.design().services)
            all.push_back(document::ElementRef::service(id));
        for (const auto& [id, l] : m_document.design().links)
            all.push_back(document::ElementRef::link(id));
        m_scene->selectElements(all);
    });
    connect(a.zoomIn, &QAction::triggered, m_view, &DesignView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_view, &DesignView::zoomOut);
    connect(a.fit, &QAction::triggered, m_view, &DesignView::fitDesign);
    connect(a.grid, &QAction::toggled, m_scene, &DesignScene::setGridVisible);
    connect(a.snap, &QAction::toggled, m_view, &DesignView::setSnapToGrid);
    connect(a.arrange, &QAction::triggered, this, &MainWindow::arrange);
    connect(a.workload, &QAction::triggered, this, &MainWindow::editWorkload);
    connect(a.targets, &QAction::triggered, this, &MainWindow::editTargets);
    connect(a.assumptions, &QAction::triggered, this, &MainWindow::editAssumptions);
    connect(a.rules, &QAction::triggered, this, &MainWindow::editRules);
    connect(a.catalogue, &QAction::triggered, this, &MainWindow::chooseCatalogue);
    connect(a.teamCatalogue, &QAction::triggered, this, &MainWindow::chooseTeamCatalogue);
    m_view->setContextActions({a.cut, a.copy, a.paste, a.duplicate, nullptr, a.remove});
}

} // namespace rs::ui
