#include "ui/MainWindow.h"

#include "document/DesignDocument.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace rs::ui {

MainWindow::MainWindow(DesignDocument& document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_outline(new QTreeWidget(this))
    , m_elementCount(new QLabel(this))
{
    m_outline->setColumnCount(3);
    m_outline->setHeaderLabels({tr("Element"), tr("Kind"), tr("Details")});
    m_outline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(m_outline);
    statusBar()->addPermanentWidget(m_elementCount);
    createMenus();
    connect(&m_document, &DesignDocument::designReset, this, &MainWindow::rebuildOutline);
    connect(&m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    resize(1100, 720);
    rebuildOutline();
    updateTitle();
}

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open..."), this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Open Design"), {},
                                                       tr("Designs (*.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

bool MainWindow::openFile(const QString& path)
{
    const auto result = m_document.open(path);
    if (result)
        return true;
    QStringList lines;
    for (const auto& e : result.errors())
        lines << QString::fromStdString(e.toString());
    QMessageBox box(QMessageBox::Warning, tr("Cannot open design"),
                    tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                    this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.value(0));
    box.exec();
    return false;
}

void MainWindow::rebuildOutline()
{
    const auto& design = m_document.design();
    const auto& services = m_document.catalogues().services;
    m_outline->clear();
    const auto row = [&](const Service& s) {
        const auto* kind = services.find(s.kind);
        return QStringList{QString::fromStdString(s.name.empty() ? s.id.value : s.name),
                           QString::fromStdString(kind ? kind->name : s.kind),
                           {}};
    };
    auto* edge = new QTreeWidgetItem(m_outline, {tr("Global edge"), {}, {}});
    for (const auto& [id, service] : design.services) {
        if (service.isGlobal())
            new QTreeWidgetItem(edge, row(service));
    }
    for (const auto& [regionId, region] : design.regions) {
        const auto* info = m_document.catalogues().regions.find(region.provider, region.code);
        const auto label = !region.name.empty() ? region.name : info ? info->name : region.code;
        auto* item = new QTreeWidgetItem(
            m_outline, {QString::fromStdString(label), QString::fromStdString(region.code),
                        tr("%1 % of traffic").arg(region.trafficPercent)});
        for (const auto& [id, service] : design.services) {
            if (service.region == regionId)
                new QTreeWidgetItem(item, row(service));
        }
    }
    m_outline->expandAll();
    const auto count = static_cast<int>(design.elementCount());
    m_elementCount->setText(count == 1 ? tr("1 element") : tr("%1 elements").arg(count));
}

void MainWindow::updateTitle()
{
    const auto& path = m_document.filePath();
    setWindowTitle(path.isEmpty() ? tr("Resilience Studio")
                                  : tr("%1 — Resilience Studio").arg(QFileInfo(path).fileName()));
}

} // namespace rs::ui
