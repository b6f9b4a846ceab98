#include "PriceLayerEditor.h"

#include "PlotStyle.h"

#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs::docks {

namespace {

constexpr std::array providers{Provider::Aws, Provider::Azure, Provider::Gcp};

QString providerLabel(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return QObject::tr("AWS");
    case Provider::Azure:
        return QObject::tr("Azure");
    case Provider::Gcp:
        return QObject::tr("Google Cloud");
    case Provider::Neutral:
        break;
    }
    return QObject::tr("Other");
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

/// "0.000000150000" -> "0.00000015": the price as a person would type it.
QString plainPrice(Money price)
{
    auto text = QString::fromStdString(price.toString(12));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

PriceLayerEditor::PriceLayerEditor(QWidget* parent)
    : QWidget(parent)
    , m_overrides(new QTableWidget(0, ColumnCount, this))
    , m_key(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_set(new QPushButton(tr("Set price"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_problem(new QLabel(this))
{
    auto* discounts = new QGroupBox(tr("Discount off list prices"), this);
    auto* grid = new QGridLayout(discounts);
    int column = 0;
    for (const auto provider : providers) {
        auto* spin = new QDoubleSpinBox(discounts);
        spin->setRange(0.0, 100.0);
        spin->setDecimals(3);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setToolTip(tr("Negotiated discount off every %1 list price; 0 removes it. Custom "
                            "prices and overrides are not discounted.")
                             .arg(providerLabel(provider)));
        auto* apply = new QPushButton(tr("Apply"), discounts);
        apply->setEnabled(false);
        const auto name = QString::fromStdString(std::string(enumName(provider)));
        spin->setObjectName(QStringLiteral("discount-") + name);
        apply->setObjectName(QStringLiteral("applyDiscount-") + name);
        // The three providers side by side, so the overrides table keeps the height.
        grid->addWidget(new QLabel(providerLabel(provider), discounts), 0, 3 * column);
        grid->addWidget(spin, 0, 3 * column + 1);
        grid->addWidget(apply, 0, 3 * column + 2);
        grid->setColumnStretch(3 * column + 1, 1);
        m_discounts[provider] = spin;
        m_applyDiscount[provider] = apply;
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { updateButtons(); });
        connect(apply, &QPushButton::clicked, this, [this, provider] {
            emit discountRequested(provider, m_discounts[provider]->value());
        });
        ++column;
    }

    auto* overrides = new QGroupBox(tr("Your prices for one item in one region"), this);
    m_overrides->setObjectName(QStringLiteral("overrides"));
    m_overrides->setHorizontalHeaderLabels(
        {tr("Price key"), tr("Region"), tr("USD per unit"), tr("Set on"), tr("Note")});
    m_overrides->verticalHeader()->setVisible(false);
    m_overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overrides->horizontalHeader()->setStretchLastSection(true);
    m_overrides->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrides->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overrides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrides->setWordWrap(false);
    m_overrides->setMinimumHeight(m_overrides->fontMetrics().height() * 8);
    m_key->setObjectName(QStringLiteral("priceKey"));
    m_region->setObjectName(QStringLiteral("priceRegion"));
    m_price->setObjectName(QStringLiteral("priceValue"));
    m_note->setObjectName(QStringLiteral("priceNote"));
    m_set->setObjectName(QStringLiteral("setPrice"));
    m_remove->setObjectName(QStringLiteral("removePrice"));
    m_problem->setObjectName(QStringLiteral("priceProblem"));
    m_key->setPlaceholderText(tr("aws.lambda.requests"));
    m_region->setPlaceholderText(tr("eu-west-1, or global"));
    m_price->setPlaceholderText(tr("0.00000015"));
    m_note->setPlaceholderText(tr("why, e.g. the EDP of 2026"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, verdictColor(false));
    m_problem->setPalette(palette);
    auto* form = new QFormLayout;
    form->addRow(tr("Price key"), m_key);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("USD per unit"), m_price);
    form->addRow(tr("Note"), m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    m_set->setToolTip(tr("Replace the list price of this item in this region, or add a custom "
                         "price where the list has none; every estimate cites it as yours"));
    m_remove->setToolTip(tr("Back to the list price (or to no price) for the chosen row"));
    auto* overridesLayout = new QVBoxLayout(overrides);
    overridesLayout->addWidget(m_overrides, 1);
    overridesLayout->addLayout(form);
    overridesLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(discounts);
    layout->addWidget(overrides, 1);

    for (auto* field : {m_key, m_region, m_price, m_note})
        connect(field, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_overrides, &QTableWidget::itemSelectionChanged, this, [this] {
        fillFieldsFromSelection();
        updateButtons();
    });
    connect(m_set, &QPushButton::clicked, this, [this] {
        if (!overrideProblem())
            emit overrideRequested(m_key->text().trimmed(), m_region->text().trimmed(),
                                   m_price->text().trimmed(), m_note->text().trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int chosen = m_overrides->currentRow();
        if (chosen >= 0 && m_overrides->item(chosen, KeyColumn)->isSelected())
            emit removeOverrideRequested(m_overrides->item(chosen, KeyColumn)->text(),
                                         m_overrides->item(chosen, RegionColumn)->text());
    });
    updateButtons();
}

void PriceLayerEditor::setLayer(const std::map<Provider, double>& discounts,
                                const std::vector<pricing::PriceOverride>& overrides)
{
    m_storedDiscounts = discounts;
    for (const auto provider : providers) {
        const QSignalBlocker blocker(m_discounts[provider]);
        const auto it = discounts.find(provider);
        m_discounts[provider]->setValue(it == discounts.end() ? 0.0 : it->second);
    }
    const QSignalBlocker blocker(m_overrides);
    m_overrides->clearSelection();
    m_overrides->setRowCount(static_cast<int>(overrides.size()));
    for (int row = 0; row < m_overrides->rowCount(); ++row) {
        const auto& o = overrides[std::size_t(row)];
        m_overrides->setItem(row, KeyColumn, readOnly(QString::fromStdString(o.key)));
        m_overrides->setItem(row, RegionColumn, readOnly(QString::fromStdString(o.region)));
        auto* price = readOnly(plainPrice(o.price));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overrides->setItem(row, PriceColumn, price);
        // The day only: an override is a price decision, its time of day says nothing.
        m_overrides->setItem(row, SetOnColumn,
                             readOnly(o.setAt.empty()
                                          ? tr("not recorded")
                                          : QString::fromStdString(o.setAt.substr(0, 10))));
        m_overrides->setItem(row, NoteColumn, readOnly(QString::fromStdString(o.note)));
    }
    updateButtons();
}

void PriceLayerEditor::setChoices(const QStringList& keys, const QStringList& regions)
{
    m_regions = regions;
    if (!m_regions.contains(QStringLiteral("global")))
        m_regions << QStringLiteral("global");
    const auto completer = [this](const QStringList& words) {
        auto* c = new QCompleter(words, this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        return c;
    };
    m_key->setCompleter(completer(keys));
    m_region->setCompleter(completer(m_regions));
    updateButtons();
}

std::optional<QString> PriceLayerEditor::overrideProblem() const
{
    const auto key = m_key->text().trimmed();
    const auto region = m_region->text().trimmed();
    const auto priceText = m_price->text().trimmed();
    if (key.isEmpty() || region.isEmpty() || priceText.isEmpty())
        return tr("Give a price key, a region and a price.");
    if (key.count(QLatin1Char('.')) < 2 || key.contains(QLatin1Char(' ')))
        return tr("A price key reads provider.service.item, e.g. aws.lambda.requests.");
    if (!m_regions.isEmpty() && !m_regions.contains(region))
        return tr("\"%1\" is not a region of the region catalogue (or global).").arg(region);
    const auto price = Money::parse(priceText.toStdString());
    if (!price)
        return tr("The price is USD per unit as a plain decimal, e.g. 0.0000015.");
    if (*price < Money())
        return tr("A price cannot be negative.");
    return std::nullopt;
}

void PriceLayerEditor::updateButtons()
{
    for (const auto provider : providers) {
        const auto it = m_storedDiscounts.find(provider);
        const double stored = it == m_storedDiscounts.end() ? 0.0 : it->second;
        m_applyDiscount[provider]->setEnabled(m_discounts[provider]->value() != stored);
    }
    const auto problem = overrideProblem();
    const bool blank =
        m_key->text().isEmpty() && m_region->text().isEmpty() && m_price->text().isEmpty();
    m_problem->setText(problem && !blank ? *problem : QString());
    m_set->setEnabled(!problem);
    const int chosen = m_overrides->currentRow();
    m_remove->setEnabled(chosen >= 0 && m_overrides->item(chosen, KeyColumn) &&
                         m_overrides->item(chosen, KeyColumn)->isSelected());
}

void PriceLayerEditor::fillFieldsFromSelection()
{
    const int chosen = m_overrides->currentRow();
    if (chosen < 0 || !m_overrides->item(chosen, KeyColumn)->isSelected())
        return;
    m_key->setText(m_overrides->item(chosen, KeyColumn)->text());
    m_region->setText(m_overrides->item(chosen, RegionColumn)->text());
    m_price->setText(m_overrides->item(chosen, PriceColumn)->text());
    m_note->setText(m_overrides->item(chosen, NoteColumn)->text());
}

} // namespace rs::docks
