#include "ui/properties/RulesDialog.h"

#include "core/rules/RuleCatalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rs::ui {

namespace {

enum Column
{
    Enabled,
    Id,
    Title,
    Area,
    SeverityColumn,
};

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return RulesDialog::tr("error");
    case Severity::Warning:
        return RulesDialog::tr("warning");
    case Severity::Info:
        return RulesDialog::tr("info");
    }
    return {};
}

} // namespace

RulesDialog::RulesDialog(const Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_original(settings)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Rules"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Switch rules off or change how much their findings matter for "
                                "this design. The settings are saved with the design."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter rules"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);

    const auto rules = builtInRules();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("On"), tr("Rule"), tr("Title"), tr("Area"), tr("Severity")});
    m_table->setRowCount(int(rules.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < int(rules.size()); ++row) {
        const auto& rule = rules[std::size_t(row)];
        const auto it = settings.find(rule.id);
        const RuleSetting setting = it == settings.end() ? RuleSetting{} : it->second;
        auto* on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        on->setCheckState(setting.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Enabled, on);
        const auto tip =
            QStringLiteral("<p>%1</p><p><i>%2</i></p><p>%3</p>")
                .arg(QString::fromUtf8(rule.rationale.data(), qsizetype(rule.rationale.size()))
                         .toHtmlEscaped(),
                     QString::fromUtf8(rule.source.data(), qsizetype(rule.source.size()))
                         .toHtmlEscaped(),
                     QString::fromUtf8(rule.remediation.data(), qsizetype(rule.remediation.size()))
                         .toHtmlEscaped());
        const QString texts[] = {QString::fromUtf8(rule.id.data(), qsizetype(rule.id.size())),
                                 QString::fromUtf8(rule.title.data(), qsizetype(rule.title.size())),
                                 QString::fromUtf8(enumName(rule.area).data())};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            item->setToolTip(tip);
            m_table->setItem(row, Id + c, item);
        }
        auto* severity = new QComboBox;
        severity->addItem(tr("Default (%1)").arg(severityName(rule.defaultSeverity)), -1);
        for (const auto s : {Severity::Error, Severity::Warning, Severity::Info})
            severity->addItem(severityName(s), int(s));
        if (setting.severity)
            severity->setCurrentIndex(severity->findData(int(*setting.severity)));
        m_table->setCellWidget(row, SeverityColumn, severity);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->resizeColumnToContents(Enabled);
    m_table->resizeColumnToContents(Id);
    m_table->resizeColumnToContents(Area);
    m_table->resizeColumnToContents(SeverityColumn);
    layout->addWidget(m_table);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const bool match =
                m_table->item(row, Id)->text().contains(text, Qt::CaseInsensitive) ||
                m_table->item(row, Title)->text().contains(text, Qt::CaseInsensitive) ||
                m_table->item(row, Area)->text().contains(text, Qt::CaseInsensitive);
            m_table->setRowHidden(row, !match);
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

RulesDialog::Settings RulesDialog::settings() const
{
    // Settings for rules this build does not know are kept as they were.
    Settings out;
    for (const auto& [id, s] : m_original) {
        if (!findRule(id))
            out.emplace(id, s);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RuleSetting s;
        s.enabled = m_table->item(row, Enabled)->checkState() == Qt::Checked;
        const int severity = static_cast<QComboBox*>(m_table->cellWidget(row, SeverityColumn))
                                 ->currentData()
                                 .toInt();
        if (severity >= 0)
            s.severity = Severity(severity);
        if (s != RuleSetting{})
            out.emplace(m_table->item(row, Id)->text().toStdString(), s);
    }
    return out;
}

} // namespace rs::ui
