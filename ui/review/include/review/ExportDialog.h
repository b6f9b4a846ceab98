#pragma once

#include "review/ReviewExport.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace rs::review {

/// File > Export: asks what to export (PDF review, JSON review, cost lines as CSV, diagram as
/// PNG or SVG), the page size or resolution where they apply, and the file to write.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        PdfReview,
        JsonReview,
        CostCsv,
        DiagramPng,
        DiagramSvg,
    };

    /// `baseName` is the design file's path without its extension; the file name follows the
    /// chosen format until the user edits it.
    explicit ExportDialog(const QString& baseName, QWidget* parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    QPageSize::PageSizeId pageSize() const;
    int dpi() const;
    QString path() const;
    void setPath(const QString& path);

    /// Sets the request's output for the chosen format (and clears the others).
    void applyTo(ReviewRequest& request) const;

private:
    void formatChanged();
    void browse();

    QString m_baseName;
    QComboBox* m_format = nullptr;
    QComboBox* m_pageSize = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLineEdit* m_path = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_pathEdited = false;
};

/// Runs exportReview() under a modal progress dialog that can cancel it; shows nothing on
/// success and returns the outcome for the caller to report.
Result<std::monostate> exportWithProgress(QWidget* parent, const ReviewRequest& request);

} // namespace rs::review
