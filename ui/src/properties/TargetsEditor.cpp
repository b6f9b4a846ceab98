#include "ui/properties/TargetsEditor.h"

#include "document/DesignDocument.h"
#include "document/commands/SetTargets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace rs::ui {

namespace {

// Spin boxes show "unset" at their minimum, one step below the smallest real value.
constexpr double unset = -1.0;

std::optional<double> optionalValue(const QDoubleSpinBox* spin)
{
    return spin->value() <= spin->minimum() ? std::nullopt : std::optional(spin->value());
}

void showOptional(QDoubleSpinBox* spin, std::optional<double> value)
{
    spin->setValue(value.value_or(spin->minimum()));
}

} // namespace

TargetsEditor::TargetsEditor(document::DesignDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tier(new QComboBox(this))
    , m_regionRto(objectiveField(tr("Longest acceptable outage after losing a region.")))
    , m_regionRpo(objectiveField(tr("Most recent writes you accept to lose with a region.")))
    , m_zoneRto(objectiveField(tr("Longest acceptable outage after losing a zone.")))
    , m_zoneRpo(objectiveField(tr("Most recent writes you accept to lose with a zone.")))
    , m_availability(new QDoubleSpinBox(this))
    , m_residency(new QComboBox(this))
    , m_jurisdictions(new QLineEdit(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_noLostUpdates(new QListWidget(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_tier->addItem(tr("Mission critical"), int(Tier::MissionCritical));
    m_tier->addItem(tr("Critical"), int(Tier::Critical));
    m_tier->addItem(tr("Important"), int(Tier::Important));
    m_tier->addItem(tr("Non-critical"), int(Tier::NonCritical));
    m_tier->setToolTip(tr("How much the business loses when the workload is down; each tier has "
                          "default objectives."));
    m_availability->setRange(unset, 100.0);
    m_availability->setDecimals(3);
    m_availability->setSuffix(tr(" %"));
    m_availability->setSpecialValueText(tr("No objective"));
    m_availability->setKeyboardTracking(false);
    m_residency->addItem(tr("Anywhere"), int(Residency::Anywhere));
    m_residency->addItem(tr("Same country"), int(Residency::SameCountry));
    m_residency->addItem(tr("Same continent"), int(Residency::SameContinent));
    m_residency->addItem(tr("Listed jurisdictions"), int(Residency::Jurisdictions));
    m_jurisdictions->setPlaceholderText(tr("e.g. EU, GB"));
    m_jurisdictions->setToolTip(
        tr("Comma-separated jurisdiction codes, for listed jurisdictions."));
    m_budget->setRange(unset, 1e9);
    m_budget->setDecimals(0);
    m_budget->setPrefix(tr("$ "));
    m_budget->setSpecialValueText(tr("No budget"));
    m_budget->setGroupSeparatorShown(true);
    m_budget->setKeyboardTracking(false);
    m_noLostUpdates->setToolTip(tr("Data stores that must never lose an update."));
    m_noLostUpdates->setMaximumHeight(110);

    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Region RTO"), m_regionRto);
    form->addRow(tr("Region RPO"), m_regionRpo);
    form->addRow(tr("Zone RTO"), m_zoneRto);
    form->addRow(tr("Zone RPO"), m_zoneRpo);
    form->addRow(tr("Availability"), m_availability);
    form->addRow(tr("Residency"), m_residency);
    form->addRow(tr("Jurisdictions"), m_jurisdictions);
    form->addRow(tr("Monthly budget"), m_budget);
    form->addRow(tr("No lost updates"), m_noLostUpdates);

    for (auto* spin : {m_availability, m_budget})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TargetsEditor::commit);
    connect(m_tier, &QComboBox::activated, this, &TargetsEditor::commit);
    connect(m_residency, &QComboBox::activated, this, &TargetsEditor::commit);
    connect(m_jurisdictions, &QLineEdit::editingFinished, this, &TargetsEditor::commit);
    connect(m_noLostUpdates, &QListWidget::itemChanged, this, &TargetsEditor::commit);
    sync();
}

QDoubleSpinBox* TargetsEditor::objectiveField(const QString& tip)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(unset, 7.0 * 24 * 3600);
    spin->setDecimals(0);
    spin->setSuffix(tr(" s"));
    spin->setSpecialValueText(tr("Tier default"));
    spin->setKeyboardTracking(false);
    spin->setToolTip(tip);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &TargetsEditor::commit);
    return spin;
}

void TargetsEditor::sync()
{
    m_syncing = true;
    const auto& design = m_document.design();
    const auto& t = design.targets;
    const QList<QWidget*> widgets{m_tier,    m_regionRto,    m_regionRpo, m_zoneRto,
                                  m_zoneRpo, m_availability, m_residency, m_jurisdictions,
                                  m_budget,  m_noLostUpdates};
    for (auto* w : widgets)
        w->blockSignals(true);
    m_tier->setCurrentIndex(m_tier->findData(int(t.tier)));
    const auto seconds = [](const std::optional<Seconds>& s) {
        return s ? std::optional(s->value()) : std::nullopt;
    };
    showOptional(m_regionRto, seconds(t.region.rto));
    showOptional(m_regionRpo, seconds(t.region.rpo));
    showOptional(m_zoneRto, seconds(t.zone.rto));
    showOptional(m_zoneRpo, seconds(t.zone.rpo));
    showOptional(m_availability, t.availabilityPercent);
    showOptional(m_budget,
                 t.monthlyBudget ? std::optional(t.monthlyBudget->value()) : std::nullopt);
    m_residency->setCurrentIndex(m_residency->findData(int(t.residency)));
    QStringList codes;
    for (const auto& j : t.jurisdictions)
        codes << QString::fromStdString(j);
    m_jurisdictions->setText(codes.join(QStringLiteral(", ")));
    m_jurisdictions->setEnabled(t.residency == Residency::Jurisdictions);
    m_noLostUpdates->clear();
    for (const auto& [id, service] : design.services) {
        const auto* kind = m_document.catalogues().services.find(service.kind);
        if (!kind || !isDataStore(kind->category))
            continue;
        // The architect's name and the id, which tells same-named copies apart.
        const auto label = service.name.empty() || service.name == id.value
                               ? QString::fromStdString(id.value)
                               : QStringLiteral("%1 (%2)").arg(QString::fromStdString(service.name),
                                                               QString::fromStdString(id.value));
        auto* item = new QListWidgetItem(label, m_noLostUpdates);
        item->setData(Qt::UserRole, QString::fromStdString(id.value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on =
            std::find(t.noLostUpdates.begin(), t.noLostUpdates.end(), id) != t.noLostUpdates.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (auto* w : widgets)
        w->blockSignals(false);
    m_syncing = false;
}

void TargetsEditor::commit()
{
    if (m_syncing)
        return;
    Targets t = m_document.design().targets;
    t.tier = Tier(m_tier->currentData().toInt());
    const auto seconds = [](const QDoubleSpinBox* spin) -> std::optional<Seconds> {
        const auto v = optionalValue(spin);
        return v ? std::optional(*v * units::seconds) : std::nullopt;
    };
    t.region = {seconds(m_regionRto), seconds(m_regionRpo)};
    t.zone = {seconds(m_zoneRto), seconds(m_zoneRpo)};
    // The file format wants an availability objective above 0: 0 is shown as "no objective".
    const auto availability = optionalValue(m_availability);
    t.availabilityPercent = availability && *availability > 0.0 ? availability : std::nullopt;
    const auto budget = optionalValue(m_budget);
    t.monthlyBudget = budget ? std::optional(*budget * units::usd) : std::nullopt;
    t.residency = Residency(m_residency->currentData().toInt());
    t.jurisdictions.clear();
    for (const auto& code : m_jurisdictions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.jurisdictions.push_back(code.trimmed().toUpper().toStdString());
    // Listed jurisdictions need at least one; until one is typed the residency stays as it was.
    if (t.residency == Residency::Jurisdictions && t.jurisdictions.empty())
        t.residency = m_document.design().targets.residency;
    t.noLostUpdates.clear();
    for (int i = 0; i < m_noLostUpdates->count(); ++i) {
        const auto* item = m_noLostUpdates->item(i);
        if (item->checkState() == Qt::Checked)
            t.noLostUpdates.emplace_back(item->data(Qt::UserRole).toString().toStdString());
    }
    m_document.push(new document::SetTargets(m_document, t));
    m_jurisdictions->setEnabled(t.residency == Residency::Jurisdictions ||
                                m_residency->currentData().toInt() ==
                                    int(Residency::Jurisdictions));
}

} // namespace rs::ui
