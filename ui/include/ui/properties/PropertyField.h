#pragma once

#include "core/ServiceCatalogue.h"

#include <QObject>

#include <optional>

class QLabel;
class QWidget;

namespace rs::ui {

/// One editor for one property spec: a check box for yes/no, a list for enums, a text field
/// with its unit for numbers and strings. Typed text is checked against the spec when the field
/// is left; a bad value is reported through rejected() and never committed.
class PropertyField : public QObject
{
    Q_OBJECT

public:
    PropertyField(PropertySpec spec, QWidget* parentWidget);

    const PropertySpec& spec() const { return m_spec; }
    /// The widget to put in a form (the editor, with its unit beside it when it has one).
    QWidget* widget() const { return m_container; }
    QWidget* editor() const { return m_editor; }
    /// Shows `value` unless the person is typing in the field.
    void setValue(const PropertyValue& value);
    bool isInvalid() const { return m_invalid; }

signals:
    void committed(const rs::PropertyValue& value);
    void rejected(const QString& message);

private:
    void commitText();
    void setInvalid(bool invalid);

    PropertySpec m_spec;
    QWidget* m_container = nullptr;
    QWidget* m_editor = nullptr;
    bool m_invalid = false;
};

} // namespace rs::ui
