// File > Import…: Terraform plans and CloudFormation templates open as an untitled design,
// arranged, with the import report beside it (issue 16). MainWindow members, kept here so the
// window's own file stays about the window.
#include "core/import/Import.h"
#include "document/DesignDocument.h"
#include "layout/Arrange.h"
#include "ui/MainWindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

#include <stdexcept>

namespace rs::ui {

void MainWindow::importDialog()
{
    if (!maybeSave())
        return;
    const auto paths = QFileDialog::getOpenFileNames(
        this, tr("Import Terraform Plans or CloudFormation Templates"), {},
        tr("Plans and templates (*.json *.yaml *.yml *.template);;All files (*)"));
    if (!paths.isEmpty())
        importInfrastructure(paths);
}

bool MainWindow::importInfrastructure(const QStringList& paths, const QString& region)
{
    std::vector<import::ImportSource> sources;
    for (const auto& path : paths)
        sources.push_back(import::parseImportArgument(path.toStdString()));
    import::ImportOptions options;
    options.region = region.toStdString();
    auto result = import::importFiles(sources, m_document.catalogues(), options);
    if (!result && region.isEmpty() && result.errors().front().code == ErrorCode::Missing) {
        // A template that names no region: ask once, as FILE@REGION would say on the CLI.
        bool ok = false;
        const auto given = QInputDialog::getText(
            this, tr("Import"), tr("Which region are these stacks deployed to (e.g. us-east-1)?"),
            QLineEdit::Normal, {}, &ok);
        return ok && !given.trimmed().isEmpty() && importInfrastructure(paths, given.trimmed());
    }
    if (result && !result.value().report.parametersWanted.empty()) {
        // Conditions that rest on parameters without default: ask for the deployment's values
        // once (as --parameter on the CLI); Cancel imports with them undecided, as reported.
        QStringList lines;
        for (const auto& name : result.value().report.parametersWanted)
            lines << QString::fromStdString(name) + '=';
        bool ok = false;
        const auto given = QInputDialog::getMultiLineText(
            this, tr("Import"),
            tr("These stacks' conditions rest on parameters without a default value.\n"
               "Give each its value for this deployment, one NAME=VALUE (or REGION:NAME=VALUE) "
               "a line:"),
            lines.join('\n'), &ok);
        if (ok)
            for (const auto& line : given.split('\n', Qt::SkipEmptyParts))
                if (const auto p = import::parseParameterArgument(line.trimmed().toStdString());
                    p && !p->value.empty())
                    options.parameters.push_back(*p);
        if (!options.parameters.empty())
            result = import::importFiles(sources, m_document.catalogues(), options);
    }
    if (!result) {
        QStringList lines;
        for (const auto& e : result.errors())
            lines << QString::fromStdString(e.toString());
        QMessageBox::warning(this, tr("Cannot import"), lines.join('\n'));
        return false;
    }
    auto design = std::move(result.value().design);
    try {
        layout::apply(layout::arrange(design), design);
    } catch (const std::runtime_error& e) {
        statusBar()->showMessage(tr("Not arranged: %1").arg(QString::fromUtf8(e.what())), 6000);
    }
    m_document.setDesign(std::move(design));

    auto* dialog = new QDialog(this);
    dialog->setObjectName("importReport");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import Report"));
    auto* layout = new QVBoxLayout(dialog);
    const auto& report = result.value().report;
    layout->addWidget(new QLabel(tr("%n resource(s) mapped, %1 not drawn (listed with the reason).",
                                    nullptr, int(report.mapped.size()))
                                     .arg(report.unmapped.size())));
    auto* text = new QPlainTextEdit(QString::fromStdString(import::reportText(report)));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show(); // beside the design, not blocking it
    return true;
}

} // namespace rs::ui
