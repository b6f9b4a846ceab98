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

/// Edits the design's assumptions: the outage model (per region too, a row for each region the
/// design has while the editor is open), whether free tiers
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
    /// A row at `at` (-1: the end) of `form`.
    void addField(QFormLayout* form, const QString& key, const QString& label,
                  const QString& suffix, const QString& tip, int at = -1);
    void addRegionRows();
    /// Rows for exactly the design's regions, after one was added or removed.
    void refreshRegionRows();
    void commit();

    document::DesignDocument& m_document;
    std::map<QString, Field> m_fields;
    QComboBox* m_freeTiers = nullptr;
    QFormLayout* m_form = nullptr; ///< the per-region rates are rows under the common rate
};

} // namespace rs::ui
