#include "review/ExportDialog.h"

#include "diagram/DiagramExport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>

namespace rs::review {

namespace {

struct FormatInfo
{
    ExportDialog::Format format;
    const char* label;
    const char* suffix;
    const char* filter;
};

constexpr FormatInfo formats[] = {
    {ExportDialog::Format::PdfReview, "PDF review", "-review.pdf", "PDF (*.pdf)"},
    {ExportDialog::Format::JsonReview, "JSON review (for CI)", "-review.json", "JSON (*.json)"},
    {ExportDialog::Format::CostCsv, "Cost lines (CSV)", "-costs.csv", "CSV (*.csv)"},
    {ExportDialog::Format::DiagramPng, "Diagram (PNG)", "-diagram.png", "PNG image (*.png)"},
    {ExportDialog::Format::DiagramSvg, "Diagram (SVG)", "-diagram.svg", "SVG image (*.svg)"},
};

const FormatInfo& info(ExportDialog::Format format)
{
    for (const auto& f : formats) {
        if (f.format == format)
            return f;
    }
    return formats[0];
}

} // namespace

ExportDialog::ExportDialog(const QString& baseName, QWidget* parent)
    : QDialog(parent)
    , m_baseName(baseName)
{
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    for (const auto& f : formats)
        m_format->addItem(tr(f.label), static_cast<int>(f.format));
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(diagram::minimumDiagramDpi, diagram::maximumDiagramDpi);
    m_dpi->setValue(diagram::defaultDiagramDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(380); // room for a whole path
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Export"), m_format);
    form->addRow(tr("Page size"), m_pageSize);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("File"), fileRow);
    form->addRow(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
}

ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

QPageSize::PageSizeId ExportDialog::pageSize() const
{
    return static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

void ExportDialog::formatChanged()
{
    const auto f = format();
    m_pageSize->setEnabled(f == Format::PdfReview);
    m_dpi->setEnabled(f == Format::DiagramPng);
    if (!m_pathEdited)
        m_path->setText(m_baseName + QString::fromUtf8(info(f).suffix));
}

void ExportDialog::browse()
{
    const auto chosen =
        QFileDialog::getSaveFileName(this, tr("Export to"), path(), tr(info(format()).filter));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::applyTo(ReviewRequest& request) const
{
    request.pdfPath.clear();
    request.jsonPath.clear();
    request.csvPath.clear();
    request.pngPath.clear();
    request.svgPath.clear();
    switch (format()) {
    case Format::PdfReview:
        request.pdfPath = path();
        request.pageSize = pageSize();
        break;
    case Format::JsonReview:
        request.jsonPath = path();
        break;
    case Format::CostCsv:
        request.csvPath = path();
        break;
    case Format::DiagramPng:
        request.pngPath = path();
        request.pngDpi = dpi();
        break;
    case Format::DiagramSvg:
        request.svgPath = path();
        break;
    }
}

Result<std::monostate> exportWithProgress(QWidget* parent, const ReviewRequest& request)
{
    QProgressDialog dialog(QObject::tr("Exporting\u2026"), QObject::tr("Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    return exportReview(request, [&](int percent, const QString& step) {
        dialog.setLabelText(step);
        dialog.setValue(percent);
        // The export runs on the GUI thread; let the dialog paint and see Cancel between steps.
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    });
}

} // namespace rs::review
