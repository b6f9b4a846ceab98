#include "HelpMenu.h"

#include "core/DesignFormat.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace rs::ui {

namespace {

const QString gettingStartedPage = QStringLiteral(":/help/getting-started.html");

/// The design a bundled example holds: read as File ▸ Open reads a file, so a broken one says
/// where.
Result<Design> readExample(const QString& path, const Catalogues& catalogues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::Io, (path + QStringLiteral(": ") + file.errorString()).toStdString(), {}};
    return readDesign(file.readAll().toStdString(), catalogues);
}

/// Help ▸ Getting Started: the guide beside the window, not in front of it, so the reader can
/// follow it on the canvas. One per window; asked again, it comes to the front.
void showGettingStarted(MainWindow& window)
{
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("gettingStarted"));
    if (!dialog) {
        dialog = new QDialog(&window);
        dialog->setObjectName(QStringLiteral("gettingStarted"));
        dialog->setWindowTitle(MainWindow::tr("Getting Started"));
        auto* text = new QTextBrowser(dialog);
        text->setObjectName(QStringLiteral("gettingStartedText"));
        text->setSource(QUrl(QStringLiteral("qrc") + gettingStartedPage));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        // A readable column: about 70 characters wide, most of a small window high.
        dialog->resize(dialog->fontMetrics().averageCharWidth() * 72,
                       std::min(window.height(), dialog->fontMetrics().height() * 40));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

QStringList bundledExamples()
{
    const QDir dir(QStringLiteral(":/examples"));
    QStringList paths;
    for (const auto& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

void MainWindow::createHelpMenu()
{
    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* guide =
        help->addAction(tr("&Getting Started"), this, [this] { showGettingStarted(*this); });
    guide->setObjectName(QStringLiteral("actionGettingStarted"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("A short guide to the window: drawing, findings, costs, export"));
    auto* examples = help->addAction(tr("&Examples…"), this, &MainWindow::chooseExample);
    examples->setObjectName(QStringLiteral("actionExamples"));
    examples->setStatusTip(tr("Open one of the example designs that come with the application"));
    help->addSeparator();
    help->addAction(tr("&About Resilience Studio"), this, [this] {
        QMessageBox::about(this, tr("About Resilience Studio"),
                           tr("<h3>Resilience Studio %1</h3><p>Design cloud applications that keep "
                              "working when a whole region is lost.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseExample()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("examplesDialog"));
    dialog.setWindowTitle(tr("Examples"));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("exampleList"));
    for (const auto& path : bundledExamples()) {
        // Listed by the name the design gives itself; the file name is the tooltip.
        const auto design = readExample(path, m_document.catalogues());
        auto* item = new QListWidgetItem(design ? QString::fromStdString(design.value().name)
                                                : QFileInfo(path).completeBaseName(),
                                         list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo(path).fileName());
    }
    list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Each opens as an untitled copy; save it to keep changes.")));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted && list->currentItem())
        openExample(list->currentItem()->data(Qt::UserRole).toString());
}

bool MainWindow::openExample(const QString& path)
{
    if (!maybeSave())
        return false;
    auto design = readExample(path, m_document.catalogues());
    if (!design) {
        QMessageBox::warning(this, tr("Cannot open example"),
                             tr("%1 cannot be opened: %2")
                                 .arg(QFileInfo(path).fileName(),
                                      QString::fromStdString(design.errors().front().toString())));
        return false;
    }
    m_document.setDesign(std::move(design).value());
    statusBar()->showMessage(tr("Opened the example %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

} // namespace rs::ui
