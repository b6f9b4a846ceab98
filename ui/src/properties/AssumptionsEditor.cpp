#include "ui/properties/AssumptionsEditor.h"

#include "core/Assumptions.h"
#include "document/DesignDocument.h"
#include "document/commands/SetAssumptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace rs::ui {

namespace {

const QString rateKey = QStringLiteral("regionOutagesPerYear");
const QString byRegionKey = QStringLiteral("regionOutagesPerYearByRegion/");
const QString hoursKey = QStringLiteral("meanRegionOutageHours");
const QString betaKey = QStringLiteral("commonCauseFraction");
const QString monthKey = QStringLiteral("hoursPerMonth");
const QString redeployKey = QStringLiteral("redeployMinutes");

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

/// The source of each default, from the one list the review prints.
QString sourceOf(const QString& key)
{
    for (const auto& a : assumptionsInForce(Assumptions{})) {
        if (QString::fromStdString(a.key) == key)
            return QString::fromStdString(a.source);
    }
    return {};
}

} // namespace

AssumptionsEditor::AssumptionsEditor(document::DesignDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("The choices the figures rest on. Leave a field empty for the "
                                "default; the review lists each with where it comes from."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_form = form;
    layout->addLayout(form);
    addField(form, rateKey, tr("Region outages"), tr("a year, each region"),
             tr("Severe region-level outages a year (0 to 365)."));
    // One row per region of the design, kept in step as regions come and go.
    addRegionRows();
    addField(form, hoursKey, tr("Mean outage length"), tr("h"),
             tr("Mean length of one region outage (above 0, at most 8760 h)."));
    addField(form, betaKey, tr("Common-cause share β"), tr("0 to 1"),
             tr("Share of outages that hit every region at once."));
    addField(form, monthKey, tr("Hours a month"), tr("h"),
             tr("Hours in a billing month, 672 to 744."));
    addField(form, redeployKey, tr("Redeploy after a restore"), tr("min"),
             tr("Time to point the application at a restored copy, 0 to 10080 min."));
    m_freeTiers = new QComboBox(this);
    m_freeTiers->addItems({tr("Default (left out)"), tr("Counted"), tr("Left out")});
    m_freeTiers->setToolTip(sourceOf(QStringLiteral("freeTiers")));
    form->addRow(tr("Free tiers"), m_freeTiers);
    sync();
    connect(m_freeTiers, &QComboBox::currentIndexChanged, this, &AssumptionsEditor::commit);
    // Undo, redo or another view may change them while the dialog is open.
    connect(&m_document, &document::DesignDocument::designChanged, this,
            [this](document::DesignChanges changes) {
                if (changes.testFlag(document::DesignChange::Assumptions))
                    sync();
            });
    // ... and add or remove regions: each has its row for as long as it exists.
    const auto regionsChanged = [this](const document::ElementRef& e) {
        if (e.type == document::ElementType::Region)
            refreshRegionRows();
    };
    connect(&m_document, &document::DesignDocument::elementAdded, this, regionsChanged);
    connect(&m_document, &document::DesignDocument::elementRemoved, this, regionsChanged);
    connect(&m_document, &document::DesignDocument::designReset, this,
            &AssumptionsEditor::refreshRegionRows);
}

AssumptionsEditor::~AssumptionsEditor()
{
    // Qt deletes the fields after m_fields is gone: a focus-out as they go must not commit
    // through it (it did, and crashed, when the dialog closed with a field focused).
    m_freeTiers->disconnect(this);
    for (auto& [key, field] : m_fields)
        field.edit->disconnect(this);
}

void AssumptionsEditor::addField(QFormLayout* form, const QString& key, const QString& label,
                                 const QString& suffix, const QString& tip, int at)
{
    Field f;
    auto* row = new QWidget(this);
    auto* rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto* line = new QHBoxLayout;
    f.edit = new QLineEdit(row);
    f.edit->setObjectName(key);
    const auto source = sourceOf(key.startsWith(byRegionKey) ? rateKey : key);
    f.edit->setToolTip(tip + (source.isEmpty() ? QString() : "\n" + tr("Default: ") + source));
    line->addWidget(f.edit, 1);
    line->addWidget(new QLabel(suffix, row));
    rowLayout->addLayout(line);
    f.error = new QLabel(row);
    f.error->setWordWrap(true);
    f.error->setStyleSheet(QStringLiteral("color: #b00020;"));
    f.error->hide();
    rowLayout->addWidget(f.error);
    form->insertRow(at, label, row);
    connect(f.edit, &QLineEdit::editingFinished, this, &AssumptionsEditor::commit);
    m_fields.emplace(key, f);
}

void AssumptionsEditor::addRegionRows()
{
    // Right under the rate they override.
    int at = 0;
    QFormLayout::ItemRole role{};
    m_form->getWidgetPosition(m_fields.at(rateKey).edit->parentWidget(), &at, &role);
    for (const auto& [id, region] : m_document.design().regions) {
        const auto name = QString::fromStdString(id.value);
        addField(m_form, byRegionKey + name, tr("… in %1").arg(name), tr("a year"),
                 tr("Outages a year of %1 alone; empty: as above.")
                     .arg(QString::fromStdString(region.name.empty() ? region.code : region.name)),
                 ++at);
    }
}

void AssumptionsEditor::refreshRegionRows()
{
    QStringList now;
    for (const auto& [id, region] : m_document.design().regions)
        now << byRegionKey + QString::fromStdString(id.value);
    QStringList shown;
    for (const auto& [key, f] : m_fields) {
        if (key.startsWith(byRegionKey))
            shown << key;
    }
    now.sort();
    shown.sort();
    if (now == shown)
        return;
    for (const auto& key : shown) {
        // Disconnected first: losing focus as it goes must not commit a half-removed form.
        auto* edit = m_fields.at(key).edit;
        edit->disconnect(this);
        m_fields.erase(key);
        m_form->removeRow(edit->parentWidget());
    }
    addRegionRows();
    sync();
}

void AssumptionsEditor::sync()
{
    const auto& a = m_document.design().assumptions;
    const auto defaults = Assumptions{}.outageModel();
    const auto show = [&](const QString& key, std::optional<double> value, double fallback) {
        auto& f = m_fields.at(key);
        const QSignalBlocker blocker(f.edit);
        f.edit->setText(value ? number(*value) : QString());
        f.edit->setPlaceholderText(tr("default %1").arg(number(fallback)));
        f.error->hide();
        f.error->clear();
    };
    const double rate = a.regionOutagesPerYear.value_or(defaults.regionOutagesPerYear);
    show(rateKey, a.regionOutagesPerYear, defaults.regionOutagesPerYear);
    for (auto& [key, f] : m_fields) {
        if (!key.startsWith(byRegionKey))
            continue;
        const RegionId id(key.mid(byRegionKey.size()).toStdString());
        const auto it = a.regionOutagesPerYearByRegion.find(id);
        show(key,
             it == a.regionOutagesPerYearByRegion.end() ? std::nullopt : std::optional(it->second),
             rate);
    }
    show(hoursKey, a.meanRegionOutageHours, defaults.meanOutage.value() / 3600.0);
    show(betaKey, a.commonCauseFraction, defaults.commonCauseFraction);
    show(monthKey, a.hoursPerMonth, assumption_defaults::hoursPerMonth);
    show(redeployKey, a.redeployMinutes, assumption_defaults::redeployMinutes);
    const QSignalBlocker blocker(m_freeTiers);
    m_freeTiers->setCurrentIndex(!a.freeTiers ? 0 : *a.freeTiers ? 1 : 2);
}

QString AssumptionsEditor::errorAt(const QString& key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() || it->second.error->isHidden() ? QString()
                                                                : it->second.error->text();
}

QLineEdit* AssumptionsEditor::field(const QString& key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? nullptr : it->second.edit;
}

void AssumptionsEditor::commit()
{
    Assumptions a;
    bool unreadable = false;
    for (auto& [key, f] : m_fields) {
        f.error->hide();
        const auto text = f.edit->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double v = QLocale().toDouble(text, &ok);
        const double value = ok ? v : text.toDouble(&ok); // accept "0.5" in any locale
        if (!ok) {
            f.error->setText(tr("\"%1\" is not a number").arg(text));
            f.error->show();
            unreadable = true;
            continue;
        }
        if (key == rateKey)
            a.regionOutagesPerYear = value;
        else if (key == hoursKey)
            a.meanRegionOutageHours = value;
        else if (key == betaKey)
            a.commonCauseFraction = value;
        else if (key == monthKey)
            a.hoursPerMonth = value;
        else if (key == redeployKey)
            a.redeployMinutes = value;
        else
            a.regionOutagesPerYearByRegion[RegionId(key.mid(byRegionKey.size()).toStdString())] =
                value;
    }
    if (m_freeTiers->currentIndex() > 0)
        a.freeTiers = m_freeTiers->currentIndex() == 1;
    std::vector<RegionId> regions;
    for (const auto& [id, region] : m_document.design().regions)
        regions.push_back(id);
    // The same check a file gets: an edit the reader would refuse is refused here, at its field.
    const auto errors = validateAssumptions(a, regions);
    for (const auto& e : errors) {
        const auto key =
            QString::fromStdString(e.where.pointer).mid(int(sizeof("/assumptions/")) - 1);
        if (const auto it = m_fields.find(key); it != m_fields.end()) {
            it->second.error->setText(QString::fromStdString(e.message));
            it->second.error->show();
        }
    }
    if (unreadable || !errors.empty())
        return;
    m_document.push(new document::SetAssumptions(m_document, a));
}

} // namespace rs::ui
