#include "CompareActions.h"

#include "PricingPreferences.h"
#include "core/DesignFile.h"
#include "document/DesignDocument.h"
#include "pricing/PriceCatalogue.h"
#include "ui/MainWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace rs::ui {

namespace {

/// The saved design at `path`, or nothing after saying why it cannot be read.
std::optional<Design> loadForComparison(MainWindow& window, const QString& path)
{
    auto loaded = loadDesignFile(path.toStdString(), window.document().catalogues());
    if (loaded)
        return std::move(loaded).value();
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Cannot compare"),
                    MainWindow::tr("%1 cannot be read.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, &window);
    box.setInformativeText(QString::fromStdString(loaded.errors().front().toString()));
    box.exec();
    return std::nullopt;
}

CompareWindow::Side openDesign(MainWindow& window)
{
    const auto& path = window.document().filePath();
    const auto name = path.isEmpty() ? MainWindow::tr("untitled") : QFileInfo(path).fileName();
    return {window.document().design(),
            window.document().isModified() ? MainWindow::tr("%1 (as edited)").arg(name) : name,
            {}};
}

void compareWithFile(MainWindow& window)
{
    const auto& current = window.document().filePath();
    const auto path = QFileDialog::getOpenFileName(
        &window, MainWindow::tr("Compare with Design"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        MainWindow::tr("Design files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto other = loadForComparison(window, path))
        showComparison(window, {std::move(*other), QFileInfo(path).fileName(), path},
                       openDesign(window));
}

void compareWithSaved(MainWindow& window)
{
    const auto path = window.document().filePath();
    if (path.isEmpty()) {
        QMessageBox::information(&window, MainWindow::tr("Compare with Saved Version"),
                                 MainWindow::tr("The design has not been saved yet."));
        return;
    }
    if (auto saved = loadForComparison(window, path))
        showComparison(
            window,
            {std::move(*saved), MainWindow::tr("%1 (saved)").arg(QFileInfo(path).fileName()), path},
            openDesign(window));
}

} // namespace

void addCompareActions(MainWindow& window, QMenu& menu)
{
    auto* withFile = menu.addAction(MainWindow::tr("Compare with &File…"));
    withFile->setObjectName(QStringLiteral("actionCompareWithFile"));
    QObject::connect(withFile, &QAction::triggered, &window,
                     [&window] { compareWithFile(window); });
    auto* withSaved = menu.addAction(MainWindow::tr("Compare with &Saved Version"));
    withSaved->setObjectName(QStringLiteral("actionCompareWithSaved"));
    QObject::connect(withSaved, &QAction::triggered, &window,
                     [&window] { compareWithSaved(window); });
}

CompareWindow* showComparison(MainWindow& window, CompareWindow::Side before,
                              CompareWindow::Side after)
{
    const auto& catalogues = window.document().catalogues();
    std::optional<PriceBook> book;
    if (auto catalogue =
            pricing::PriceCatalogue::openOrCreate(MainWindow::catalogueFile().toStdString())) {
        if (auto loaded = catalogue.value().loadActivePriceBook())
            book = std::move(loaded).value();
    }
    ReviewOptions options;
    options.parts.cost = book.has_value();
    options.cost.strictPrices = strictPricesPreferred();
    const auto review = [&](const CompareWindow::Side& side) {
        auto o = comparisonOptions(side.design, options);
        o.fileName = side.title.toStdString();
        return buildReview(side.design, catalogues, {}, book ? &*book : nullptr, o);
    };
    auto comparison = compareDesigns(review(before), review(after));
    auto* view = new CompareWindow(std::move(before), std::move(after), std::move(comparison),
                                   catalogues, &window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(view, &CompareWindow::openRequested, &window,
                     [&window, view](const QString& path) {
                         if (path.isEmpty() || window.openFile(path)) {
                             window.raise();
                             window.activateWindow();
                             view->close();
                         }
                     });
    view->resize(1280, 860);
    view->show();
    return view;
}

} // namespace rs::ui
