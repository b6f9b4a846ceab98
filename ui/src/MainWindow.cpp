#include "ui/MainWindow.h"

#include "EngineWiring.h"
#include "ExportActions.h"
#include "MainWindowActions.h"
#include "WindowSizing.h"
#include "compare/CompareActions.h"
#include "docks/EnginePanels.h"
#include "docks/PricingManagerDock.h"
#include "document/DesignDocument.h"
#include "document/commands/PasteElements.h"
#include "document/commands/RemoveElements.h"
#include "document/commands/SetRuleSettings.h"
#include "layout/Arrange.h"
#include "pricing/PriceCatalogue.h"
#include "ui/Autosave.h"
#include "ui/DesignClipboard.h"
#include "ui/RecentFiles.h"
#include "ui/StatusPanel.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/IconLibrary.h"
#include "ui/palette/PaletteDock.h"
#include "ui/properties/AssumptionsEditor.h"
#include "ui/properties/PropertiesDock.h"
#include "ui/properties/RulesDialog.h"
#include "ui/properties/TargetsEditor.h"
#include "ui/properties/WorkloadEditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

QString errorText(const Errors& errors)
{
    QStringList lines;
    for (const auto& e : errors)
        lines << QString::fromStdString(e.toString());
    return lines.join(QLatin1Char('\n'));
}

const QString designFilter()
{
    return MainWindow::tr("Designs (*.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(document::DesignDocument& document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_scene(new DesignScene(document, this))
    , m_view(new DesignView(m_scene, this))
    , m_status(new StatusPanel(this))
    , m_palette(new PaletteDock(document.catalogues(), this))
    , m_properties(new PropertiesDock(document, *m_scene, this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_view);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    statusBar()->addPermanentWidget(m_status);
    createActions();
    createMenus();
    createToolBar();
    addPanel(m_palette, Qt::LeftDockWidgetArea);
    addPanel(m_properties, Qt::RightDockWidgetArea);

    connect(&document, &document::DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(&document, &document::DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&document, &document::DesignDocument::designChanged, this, &MainWindow::updateTitle);
    connect(&document, &document::DesignDocument::elementAdded, this, &MainWindow::updateCounts);
    connect(&document, &document::DesignDocument::elementRemoved, this, &MainWindow::updateCounts);
    connect(&document, &document::DesignDocument::designReset, this, [this] {
        updateCounts();
        m_view->fitDesign();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_view, &DesignView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_palette, &PaletteDock::kindActivated, this, &MainWindow::addKind);
    connect(m_palette, &PaletteDock::regionActivated, this, &MainWindow::addRegion);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateSelectionActions);
    if (auto* panels =
            docks::EnginePanels::install(*this, document, catalogueFile().toStdString())) {
        for (auto* dock : panels->docks())
            m_panelsMenu->addAction(dock->toggleViewAction());
        auto* pricing = panels->pricingDock();
        m_pricingMenu->addAction(tr("&Import Price File…"), this, [pricing] {
            pricing->show();
            pricing->raise();
            pricing->chooseFilesToImport();
        });
        m_pricingMenu->addAction(pricing->toggleViewAction());
        wireEngine(*this, *panels);
    }
    readSettings();
    updateTitle();
    updateCounts();
    updateSelectionActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto& a = *m_actions;
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newDesign);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent = std::make_unique<RecentFiles>(m_recentMenu);
    connect(m_recent.get(), &RecentFiles::openRequested, this, &MainWindow::openFile);
    file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    auto* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(a.exportReview);
    exportMenu->addSeparator();
    exportMenu->addAction(a.exportPng);
    exportMenu->addAction(a.exportSvg);
    file->addSeparator();
    addCompareActions(*this, *file);
    file->addSeparator();
    file->addAction(a.quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    for (auto* action : {a.cut, a.copy, a.paste, a.duplicate, a.remove})
        edit->addAction(action);
    edit->addSeparator();
    edit->addAction(a.selectAll);

    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.fit);
    view->addSeparator();
    view->addAction(a.grid);
    view->addAction(a.snap);
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));

    auto* design = menuBar()->addMenu(tr("&Design"));
    auto* addRegionMenu = design->addMenu(tr("Add &Region"));
    for (const auto p : {Provider::Aws, Provider::Azure, Provider::Gcp})
        addRegionMenu->addAction(icons::providerIcon(p),
                                 tr("%1 Region").arg(icons::providerName(p)), this,
                                 [this, p] { addRegion(p); });
    design->addAction(a.arrange);
    design->addSeparator();
    design->addAction(a.workload);
    design->addAction(a.targets);
    design->addAction(a.assumptions);
    design->addAction(a.rules);

    m_pricingMenu = menuBar()->addMenu(tr("&Pricing"));
    m_pricingMenu->addAction(a.catalogue);
    m_pricingMenu->addAction(a.teamCatalogue);

    createHelpMenu();
}

void MainWindow::createToolBar()
{
    auto& a = *m_actions;
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (auto* action : {a.newDesign, a.open, a.save})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(a.undo);
    bar->addAction(a.redo);
    // Their text names the command ("Undo Move fn-use1"): the tooltip shows it, the bar shows
    // icons.
    for (auto* action : {a.undo, a.redo}) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    bar->addAction(a.remove);
    bar->addSeparator();
    bar->addAction(a.zoomOut);
    bar->addAction(a.fit);
    bar->addAction(a.zoomIn);
    bar->addSeparator();
    bar->addAction(a.grid);
    bar->addAction(a.snap);
}

void MainWindow::addPanel(QDockWidget* dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(dock->windowTitle()); // saveState() needs a name
    addDockWidget(area, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::readSettings()
{
    QSettings settings;
    placeOnScreen(*this, settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        proportionDocksOnFirstShow(*this);
    m_actions->grid->setChecked(settings.value(QStringLiteral("canvas/grid"), true).toBool());
    m_actions->snap->setChecked(settings.value(QStringLiteral("canvas/snap"), true).toBool());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("canvas/grid"), m_actions->grid->isChecked());
    settings.setValue(QStringLiteral("canvas/snap"), m_actions->snap->isChecked());
    m_autosave.reset(); // a clean end: no recovery offered next time
    event->accept();
}

bool MainWindow::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const auto name = m_document.filePath().isEmpty()
                          ? QString::fromStdString(m_document.design().name)
                          : QFileInfo(m_document.filePath()).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("Save the changes to “%1”?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (maybeSave())
        m_document.newDesign();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const auto dir = m_document.filePath().isEmpty()
                         ? QString()
                         : QFileInfo(m_document.filePath()).absolutePath();
    const auto path = QFileDialog::getOpenFileName(this, tr("Open Design"), dir, designFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    if (!maybeSave())
        return false;
    const auto result = m_document.open(path);
    if (result) {
        m_recent->add(path);
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot open design"),
                    tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                    this);
    box.setInformativeText(QString::fromStdString(result.errors().front().toString()));
    box.setDetailedText(errorText(result.errors()));
    box.exec();
    return false;
}

bool MainWindow::save()
{
    if (m_document.filePath().isEmpty())
        return saveAs();
    return saveAs(m_document.filePath());
}

bool MainWindow::saveAs(const QString& requested)
{
    auto path = requested;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Design"), m_document.filePath(),
                                            designFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
    }
    const auto result = m_document.saveAs(path);
    if (!result) {
        QMessageBox::warning(this, tr("Cannot save design"), errorText(result.errors()));
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::enableAutosave(const QString& directory, int intervalMs)
{
    m_autosave = std::make_unique<Autosave>(m_document, directory, intervalMs);
}

bool MainWindow::offerRecovery(const QString& directory)
{
    const auto found = Autosave::findRecoverable(directory);
    if (found.isEmpty())
        return false;
    const auto& latest = found.front();
    const auto name = latest.originalPath.isEmpty() ? tr("an unsaved design")
                                                    : QFileInfo(latest.originalPath).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes"),
        tr("Resilience Studio did not close properly. Recover the changes to %1 autosaved at %2?")
            .arg(name, QLocale().toString(latest.savedAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    bool restored = false;
    if (answer == QMessageBox::Yes) {
        auto design = Autosave::load(latest, m_document.catalogues());
        if (design) {
            m_document.restoreRecovered(std::move(design).value(), latest.originalPath);
            restored = true;
        } else {
            QMessageBox::warning(this, tr("Cannot recover"), errorText(design.errors()));
        }
    }
    for (const auto& r : found)
        Autosave::discard(r);
    return restored;
}

QString MainWindow::catalogueFile()
{
    return QSettings()
        .value(QStringLiteral("pricing/catalogue"),
               QString::fromStdString(pricing::defaultCataloguePath().string()))
        .toString();
}

void MainWindow::chooseCatalogue()
{
    const auto path =
        QFileDialog::getOpenFileName(this, tr("Price Catalogue"), catalogueFile(),
                                     tr("Price catalogues (*.sqlite *.db);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("pricing/catalogue"), path);
    statusBar()->showMessage(tr("Prices from %1").arg(path), 5000);
    emit catalogueFileChanged(path);
}

void MainWindow::chooseTeamCatalogue()
{
    const auto current = catalogueFile();
    bool ok = false;
    const auto url =
        QInputDialog::getText(
            this, tr("Team Catalogue"),
            tr("The team's price catalogue, e.g. postgresql://you@prices.example.com/prices\n"
               "(the password from ~/.pgpass or PGPASSWORD). Leave it empty to price from\n"
               "your own catalogue file again."),
            QLineEdit::Normal,
            pricing::PriceCatalogue::isServerUrl(current.toStdString())
                ? QString::fromStdString(pricing::shownLocation(current.toStdString()))
                : QString(),
            &ok)
            .trimmed();
    if (!ok)
        return;
    if (!url.isEmpty() && !pricing::PriceCatalogue::isServerUrl(url.toStdString())) {
        QMessageBox::warning(this, tr("Team Catalogue"),
                             tr("\"%1\" is not a postgresql:// URL.").arg(url));
        return;
    }
    if (url.isEmpty())
        QSettings().remove(QStringLiteral("pricing/catalogue"));
    else
        QSettings().setValue(QStringLiteral("pricing/catalogue"), url);
    const auto chosen = catalogueFile();
    statusBar()->showMessage(
        tr("Prices from %1")
            .arg(QString::fromStdString(pricing::shownLocation(chosen.toStdString()))),
        5000);
    emit catalogueFileChanged(chosen);
}

namespace {
/// A dialog around a design editor that already commits as it is edited: undo reverts it all.
template <typename Editor>
void editInDialog(QWidget* parent, document::DesignDocument& document, const QString& title)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new Editor(document, &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.exec();
}
} // namespace

void MainWindow::editWorkload()
{
    editInDialog<WorkloadEditor>(this, m_document, tr("Workload"));
}

void MainWindow::editTargets()
{
    editInDialog<TargetsEditor>(this, m_document, tr("Targets"));
}

void MainWindow::editAssumptions()
{
    editInDialog<AssumptionsEditor>(this, m_document, tr("Assumptions"));
}

void MainWindow::editRules()
{
    RulesDialog dialog(m_document.design().ruleSettings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document.push(new document::SetRuleSettings(m_document, dialog.settings()));
}

void MainWindow::addRegion(Provider provider)
{
    // To the right of what is there, so nothing lands on top of the drawing.
    const QRectF drawn = m_scene->elementsRect();
    const QPointF at = drawn.isEmpty() ? QPointF(0, 200) : QPointF(drawn.right() + 60, drawn.top());
    if (m_view->addRegionAt(provider, at))
        m_view->zoomToElements({});
}

void MainWindow::arrange()
{
    try {
        m_document.push(
            layout::arrangeCommand(m_document, layout::arrange(m_document.design())).release());
    } catch (const std::runtime_error& error) {
        QMessageBox::warning(this, tr("Arrange"),
                             tr("The design could not be laid out: %1. Nothing was moved.")
                                 .arg(QString::fromUtf8(error.what())));
        return;
    }
    m_view->fitDesign();
}

void MainWindow::addKind(const QString& kindId)
{
    // Into the selected region, else where the canvas is looking.
    QPointF at = m_view->mapToScene(m_view->viewport()->rect().center());
    const auto selected = m_scene->selectedElements();
    if (selected.size() == 1 && selected.front().type == document::ElementType::Region) {
        const auto& r = *m_document.design().region(selected.front().regionId());
        at = QPointF(r.position.x + r.size.width / 2, r.position.y + r.size.height / 2);
    }
    m_view->addServiceAt(kindId.toStdString(), at);
}

void MainWindow::copySelection()
{
    const auto selected = m_scene->selectedElements();
    if (selected.empty())
        return;
    QApplication::clipboard()->setMimeData(clipboard::toMimeData(m_document.design(), selected));
    m_pasteCount = 0;
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::paste()
{
    pasteDesign(QApplication::clipboard()->mimeData(), 24.0 * ++m_pasteCount);
}

void MainWindow::duplicateSelection()
{
    const auto selected = m_scene->selectedElements();
    if (selected.empty())
        return;
    std::unique_ptr<QMimeData> copy(clipboard::toMimeData(m_document.design(), selected));
    pasteDesign(copy.get(), 24.0);
}

void MainWindow::pasteDesign(const QMimeData* mime, double offset)
{
    const auto part = clipboard::fromMimeData(mime, m_document.catalogues());
    if (!part) {
        statusBar()->showMessage(tr("The clipboard holds no design elements."), 5000);
        return;
    }
    auto* command = new document::PasteElements(m_document, *part, {offset, offset});
    const auto pasted = command->pasted();
    if (pasted.empty()) {
        delete command;
        statusBar()->showMessage(tr("Nothing on the clipboard fits into this design."), 5000);
        return;
    }
    m_document.push(command);
    m_scene->selectElements(pasted);
}

void MainWindow::deleteSelection()
{
    const auto selected = m_scene->selectedElements();
    if (!selected.empty())
        m_document.push(new document::RemoveElements(m_document, selected));
}

void MainWindow::updateTitle()
{
    const auto& path = m_document.filePath();
    const auto name = path.isEmpty() ? QString::fromStdString(m_document.design().name)
                                     : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Resilience Studio").arg(name));
    setWindowModified(m_document.isModified());
    setWindowFilePath(path);
}

void MainWindow::updateCounts()
{
    m_status->setElementCount(int(m_document.design().elementCount()));
}

void MainWindow::updateSelectionActions()
{
    const bool any = !m_scene->selectedElements().empty();
    for (auto* action : {m_actions->cut, m_actions->copy, m_actions->duplicate, m_actions->remove})
        action->setEnabled(any);
    const auto* mime = QApplication::clipboard()->mimeData();
    m_actions->paste->setEnabled(mime && (mime->hasFormat(clipboard::mimeType) || mime->hasText()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.front().toLocalFile());
    }
}

} // namespace rs::ui
