#include "ui/StatusPanel.h"

#include "core/TextFormat.h"
#include "ui/canvas/CanvasStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>

namespace rs::ui {

namespace {
QLabel* slot(QWidget* parent, const QString& name, const QString& tip)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setToolTip(tip);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

StatusPanel::StatusPanel(QWidget* parent)
    : QWidget(parent)
    , m_elements(slot(this, QStringLiteral("elementCount"), tr("Regions, services and links")))
    , m_findings(slot(this, QStringLiteral("findingCounts"), tr("Findings by severity")))
    , m_cost(slot(this, QStringLiteral("monthlyCost"), tr("Estimated monthly cost")))
    , m_priceVersion(slot(this, QStringLiteral("priceVersion"), tr("Active price table version")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(18);
    for (auto* label : {m_findings, m_cost, m_priceVersion, m_elements})
        layout->addWidget(label);
    clearEngineFigures();
}

void StatusPanel::setElementCount(int count)
{
    m_elements->setText(tr("%n element(s)", "", count));
}

void StatusPanel::setFindingCounts(int errors, int warnings, int infos)
{
    // core's counted(): "1 warning", "2 warnings"; "info" is a mass noun and never takes an s.
    const auto part = [](Severity s, const std::string& counted) {
        return QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(diagram::severityColor(s).name(), QString::fromStdString(counted));
    };
    m_findings->setText(part(Severity::Error, counted(std::size_t(errors), "error")) +
                        QStringLiteral("&nbsp;&nbsp;") +
                        part(Severity::Warning, counted(std::size_t(warnings), "warning")) +
                        QStringLiteral("&nbsp;&nbsp;") +
                        part(Severity::Info, std::to_string(infos) + " info"));
    m_findings->show();
}

void StatusPanel::setMonthlyCost(const QString& formatted)
{
    m_cost->setText(tr("%1 / month").arg(formatted.toHtmlEscaped()));
    m_cost->show();
}

void StatusPanel::setPriceVersion(const QString& version)
{
    m_priceVersion->setText(tr("Prices: %1").arg(version.toHtmlEscaped()));
    m_priceVersion->show();
}

void StatusPanel::clearEngineFigures()
{
    for (auto* label : {m_findings, m_cost, m_priceVersion}) {
        label->clear();
        label->hide();
    }
}

static QString plain(const QLabel* label)
{
    return label->isHidden() ? QString()
                             : QTextDocumentFragment::fromHtml(label->text())
                                   .toPlainText()
                                   .replace(QChar::Nbsp, QLatin1Char(' '));
}

QString StatusPanel::elementText() const
{
    return m_elements->text();
}

QString StatusPanel::findingsText() const
{
    return plain(m_findings);
}

QString StatusPanel::costText() const
{
    return plain(m_cost);
}

QString StatusPanel::priceVersionText() const
{
    return plain(m_priceVersion);
}

} // namespace rs::ui
