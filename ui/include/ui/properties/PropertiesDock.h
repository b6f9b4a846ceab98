#pragma once

#include "document/DocumentChange.h"
#include "document/ElementRef.h"

#include <QDockWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

class DesignScene;
class PropertyField;
class TargetsEditor;
class WorkloadEditor;

/// Edits what is selected on the canvas: the element's name, a link's kind, and the properties
/// its catalogue entry declares, each with its unit and range. A bad value is shown with its
/// message and never stored. With nothing selected it edits the design: name, workload and
/// targets.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    PropertiesDock(document::DesignDocument& document, DesignScene& scene,
                   QWidget* parent = nullptr);

    /// The element being edited; nothing for the design itself or a multiple selection.
    std::optional<document::ElementRef> element() const { return m_element; }
    /// The message of the last refused value; empty once a value is accepted.
    QString problem() const;
    PropertyField* field(const QString& name) const;

private:
    void showSelection();
    void buildElementPage(const document::ElementRef& element);
    void syncElement();
    void onElementChanged(const document::ElementRef& element, document::ElementChanges changes);
    void setProblem(const QString& message);

    document::DesignDocument& m_document;
    DesignScene& m_scene;
    std::optional<document::ElementRef> m_element;
    QStackedWidget* m_pages;
    // Design page
    QLineEdit* m_designName;
    WorkloadEditor* m_workload;
    TargetsEditor* m_targets;
    // Element page
    QWidget* m_elementPage;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLineEdit* m_name = nullptr;
    QComboBox* m_linkKind = nullptr;
    QLabel* m_problem = nullptr;
    QList<PropertyField*> m_fields;
    // Several elements
    QLabel* m_multiple;
};

} // namespace rs::ui
