#pragma once

#include <QWidget>

class QDoubleSpinBox;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// Edits the design's workload: each field has its unit and range, and every change is a
/// SetWorkload command (consecutive ones merge into one undo step).
class WorkloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadEditor(document::DesignDocument& document, QWidget* parent = nullptr);

    /// Shows the document's workload again (after undo, open, ...).
    void sync();

private:
    QDoubleSpinBox* addField(const QString& label, const QString& suffix, double max, int decimals,
                             const QString& tip);
    void commit();

    document::DesignDocument& m_document;
    QList<QDoubleSpinBox*> m_fields;
};

} // namespace rs::ui
