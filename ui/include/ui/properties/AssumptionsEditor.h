#pragma once

#include <QWidget>

#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// Edits the design's assumptions: the outage model (per region too), whether free tiers
/// count and the hours of a billing month. An empty field means the default, shown greyed with
/// its source in the tooltip. A value out of range is refused with the reason under its field
/// and changes nothing; a valid change is a SetAssumptions command (consecutive ones merge).
class AssumptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsEditor(document::DesignDocument& document, QWidget* parent = nullptr);
    ~AssumptionsEditor() override;

    /// Shows the document's assumptions again (after undo, open, ...).
    void sync();
    /// The message under the field of this design-file key ("commonCauseFraction",
    /// "regionOutagesPerYearByRegion/use1"); empty when the field is accepted.
    QString errorAt(const QString& key) const;
    QLineEdit* field(const QString& key) const;

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* error = nullptr;
    };
    void addField(QFormLayout* form, const QString& key, const QString& label,
                  const QString& suffix, const QString& tip);
    void commit();

    document::DesignDocument& m_document;
    std::map<QString, Field> m_fields;
    QComboBox* m_freeTiers = nullptr;
};

} // namespace rs::ui
