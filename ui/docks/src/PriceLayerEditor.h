#pragma once

#include "core/Provider.h"
#include "pricing/PriceCatalogue.h"

#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rs::docks {

/// The customer's own prices over the list prices: a discount per provider, and overrides of one
/// item in one region (replacing its list price, or adding a custom price where the list has
/// none). Shows the layer it is given and asks for changes through its signals; the catalogue
/// checks them again (a key no table has, a region of another provider) and its answer comes
/// back as the dock's message.
class PriceLayerEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        RegionColumn,
        PriceColumn,
        SetOnColumn,
        NoteColumn,
        ColumnCount
    };

    explicit PriceLayerEditor(QWidget* parent = nullptr);

    /// The layer as stored: percent off per provider (absent: none) and every override.
    void setLayer(const std::map<Provider, double>& discounts,
                  const std::vector<pricing::PriceOverride>& overrides);
    /// What the key and region fields complete; the regions are also what they accept
    /// ("global" always).
    void setChoices(const QStringList& keys, const QStringList& regions);

    /// Why the override in the fields cannot be set, or nothing when it can.
    std::optional<QString> overrideProblem() const;

signals:
    void discountRequested(rs::Provider provider, double percent);
    /// Set `key` in `region` to `price` (a plain decimal, USD per unit).
    void overrideRequested(const QString& key, const QString& region, const QString& price,
                           const QString& note);
    void removeOverrideRequested(const QString& key, const QString& region);

private:
    void updateButtons();
    void fillFieldsFromSelection();

    std::map<Provider, QDoubleSpinBox*> m_discounts;
    std::map<Provider, QPushButton*> m_applyDiscount;
    std::map<Provider, double> m_storedDiscounts;
    QTableWidget* m_overrides = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
    QStringList m_regions;
};

} // namespace rs::docks
