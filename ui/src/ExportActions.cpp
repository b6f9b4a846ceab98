#include "ExportActions.h"

#include "PricingPreferences.h"
#include "diagram/DiagramExport.h"
#include "document/DesignDocument.h"
#include "review/CataloguePricing.h"
#include "review/ExportDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace rs::ui {

Result<std::monostate> exportDiagram(const MainWindow& window, const QString& path, bool svg)
{
    const auto& document = window.document();
    return svg ? diagram::saveDiagramSvg(document.design(), document.catalogues(), path)
               : diagram::saveDiagramPng(document.design(), document.catalogues(), path,
                                         diagram::defaultDiagramDpi);
}

void exportDiagram(MainWindow& window, bool svg)
{
    const auto base = window.document().filePath().isEmpty()
                          ? QStringLiteral("design")
                          : QFileInfo(window.document().filePath()).completeBaseName();
    const auto path = QFileDialog::getSaveFileName(
        &window,
        svg ? MainWindow::tr("Export Diagram as SVG") : MainWindow::tr("Export Diagram as PNG"),
        base + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? MainWindow::tr("SVG images (*.svg)") : MainWindow::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const auto done = exportDiagram(window, path, svg); !done)
        QMessageBox::warning(&window, MainWindow::tr("Cannot export"),
                             QString::fromStdString(done.errors().front().toString()));
}

void exportReview(MainWindow& window)
{
    // The review hashes the file as saved, so it covers exactly what is on disk.
    if ((window.document().filePath().isEmpty() || window.document().isModified()) &&
        !window.save())
        return;
    const QFileInfo file(window.document().filePath());
    review::ExportDialog dialog(file.absolutePath() + QLatin1Char('/') + file.completeBaseName(),
                                &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    review::ReviewRequest request;
    request.design = window.document().design();
    request.catalogues = &window.document().catalogues();
    if (QFile saved(file.absoluteFilePath()); saved.open(QIODevice::ReadOnly))
        request.designBytes = saved.readAll().toStdString();
    auto catalogue =
        pricing::PriceCatalogue::openOrCreate(MainWindow::catalogueFile().toStdString());
    if (catalogue) {
        if (auto book = catalogue.value().loadActivePriceBook())
            request.book = std::move(book).value();
        if (auto pricing = review::cataloguePricing(catalogue.value()))
            request.pricing = std::move(pricing).value();
    }
    request.options.cost.strictPrices = strictPricesPreferred();
    request.options.author =
        QSettings().value(QStringLiteral("review/author")).toString().toStdString();
    request.options.appVersion = QApplication::applicationVersion().toStdString();
    request.options.fileName = file.fileName().toStdString();
    request.options.timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    dialog.applyTo(request);
    if (const auto done = review::exportWithProgress(&window, request); !done)
        QMessageBox::warning(&window, MainWindow::tr("Cannot export"),
                             QString::fromStdString(done.errors().front().toString()));
    else
        window.statusBar()->showMessage(MainWindow::tr("Exported %1").arg(dialog.path()), 8000);
}

} // namespace rs::ui
