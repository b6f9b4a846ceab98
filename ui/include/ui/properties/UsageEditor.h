#pragma once

#include "core/PinnedUsage.h"
#include "document/ElementRef.h"

#include <QWidget>

#include <map>

class QLineEdit;
class QToolButton;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// The monthly usage of one service or link: each quantity the workload derives for it, shown
/// greyed, which the user may replace with a figure of their own (pin) or hand back to the
/// workload (unpin). Each change is one SetUsage command; a negative or non-numeric entry is
/// refused with a message and the field shows the design's value again.
class UsageEditor : public QWidget
{
    Q_OBJECT

public:
    UsageEditor(document::DesignDocument& document, document::ElementRef element,
                QWidget* parent = nullptr);
    ~UsageEditor() override;

    /// Shows the design's values again: pinned figures as text, derived ones as greyed hints.
    void sync();
    /// Whether the element has any quantity the workload could give it.
    bool isEmpty() const { return m_rows.empty(); }

signals:
    /// A refused entry, in words; empty when the last entry was taken.
    void problem(const QString& message);

private:
    struct Row
    {
        QLineEdit* edit = nullptr;
        QToolButton* unpin = nullptr;
    };
    void commit(UsageQuantity quantity);

    document::DesignDocument& m_document;
    document::ElementRef m_element;
    std::map<UsageQuantity, Row> m_rows;
};

} // namespace rs::ui
