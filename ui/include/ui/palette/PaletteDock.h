#pragma once

#include "core/Catalogues.h"

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace rs::ui {

/// The service catalogue as a searchable palette: regions per provider, then every service
/// kind grouped by category, filtered by provider and by what is typed. Entries are dragged onto
/// the canvas; double-clicking one adds it where the canvas is looking.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Drag formats: a service kind id, or a provider name for a new region.
    static constexpr const char* regionMimeType = "application/x-resilience-region-provider";

    explicit PaletteDock(const Catalogues& catalogues, QWidget* parent = nullptr);

    void setFilterText(const QString& text);
    /// Kind ids shown with the current filters, in display order (for tests).
    QStringList visibleKinds() const;

signals:
    void kindActivated(const QString& kindId);
    void regionActivated(Provider provider);

protected:
    void changeEvent(QEvent* event) override;

private:
    void populate();
    /// Draws the category and service glyphs in the palette's text colour.
    void tintIcons();
    void applyFilter();

    const Catalogues& m_catalogues;
    QLineEdit* m_search;
    QComboBox* m_provider;
    QTreeWidget* m_tree;
};

} // namespace rs::ui
