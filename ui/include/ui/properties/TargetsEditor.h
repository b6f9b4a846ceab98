#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// Edits the design's targets: tier, region and zone RTO / RPO (or the tier's defaults),
/// availability objective, data that must not lose updates, residency and budget. Every change
/// is a SetTargets command.
class TargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsEditor(document::DesignDocument& document, QWidget* parent = nullptr);

    void sync();

private:
    QDoubleSpinBox* objectiveField(const QString& tip);
    void commit();

    document::DesignDocument& m_document;
    QComboBox* m_tier;
    QDoubleSpinBox* m_regionRto;
    QDoubleSpinBox* m_regionRpo;
    QDoubleSpinBox* m_zoneRto;
    QDoubleSpinBox* m_zoneRpo;
    QDoubleSpinBox* m_availability;
    QComboBox* m_residency;
    QLineEdit* m_jurisdictions;
    QDoubleSpinBox* m_budget;
    QListWidget* m_noLostUpdates;
    bool m_syncing = false;
};

} // namespace rs::ui
