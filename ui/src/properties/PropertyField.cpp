#include "ui/properties/PropertyField.h"

#include "document/PropertyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace rs::ui {

PropertyField::PropertyField(PropertySpec spec, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_spec(std::move(spec))
{
    const auto help = QString::fromStdString(m_spec.help);
    switch (m_spec.type) {
    case PropertyType::Bool: {
        auto* box = new QCheckBox(parentWidget);
        connect(box, &QCheckBox::clicked, this, [this](bool on) { emit committed(on); });
        m_editor = box;
        break;
    }
    case PropertyType::Enum: {
        auto* combo = new QComboBox(parentWidget);
        for (const auto& v : m_spec.values)
            combo->addItem(QString::fromStdString(v));
        connect(combo, &QComboBox::activated, this,
                [this, combo](int index) { emit committed(combo->itemText(index).toStdString()); });
        m_editor = combo;
        break;
    }
    case PropertyType::Number:
    case PropertyType::Integer:
    case PropertyType::String: {
        auto* line = new QLineEdit(parentWidget);
        connect(line, &QLineEdit::editingFinished, this, &PropertyField::commitText);
        connect(line, &QLineEdit::textEdited, this, [this] { setInvalid(false); });
        m_editor = line;
        break;
    }
    }
    m_editor->setToolTip(help);
    m_editor->setObjectName(QString::fromStdString(m_spec.name));
    const auto unit = document::unitLabel(m_spec);
    if (unit.isEmpty() || m_spec.type == PropertyType::Bool || m_spec.type == PropertyType::Enum) {
        m_container = m_editor;
        return;
    }
    m_container = new QWidget(parentWidget);
    auto* row = new QHBoxLayout(m_container);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_editor, 1);
    auto* unitText = new QLabel(unit, m_container);
    unitText->setMinimumWidth(34);
    row->addWidget(unitText);
}

void PropertyField::setValue(const PropertyValue& value)
{
    const QSignalBlocker blocker(m_editor);
    if (auto* box = qobject_cast<QCheckBox*>(m_editor)) {
        box->setChecked(std::holds_alternative<bool>(value) && std::get<bool>(value));
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        combo->setCurrentText(document::formatPropertyValue(value));
    } else if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        if (!line->hasFocus() || !line->isModified()) {
            line->setText(document::formatPropertyValue(value));
            line->setModified(false);
            setInvalid(false);
        }
    }
}

void PropertyField::commitText()
{
    auto* line = qobject_cast<QLineEdit*>(m_editor);
    if (!line->isModified())
        return;
    const auto parsed = document::parsePropertyText(m_spec, line->text());
    if (!parsed) {
        setInvalid(true);
        emit rejected(QString::fromStdString(parsed.errors().front().message));
        return;
    }
    setInvalid(false);
    line->setModified(false);
    emit committed(parsed.value());
}

void PropertyField::setInvalid(bool invalid)
{
    if (m_invalid == invalid)
        return;
    m_invalid = invalid;
    m_editor->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1.5px solid #d32f2f; "
                                                     "border-radius: 3px; padding: 1px 3px; }")
                                    : QString());
}

} // namespace rs::ui
