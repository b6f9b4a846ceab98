#include "AssumptionsLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rs::docks {

AssumptionsLine::AssumptionsLine(AssumptionGroup group, QWidget* parent)
    : QWidget(parent)
    , m_group(group)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("assumptionsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* edit = new QToolButton(this);
    edit->setObjectName(QStringLiteral("editAssumptions"));
    edit->setText(tr("Assumptions…"));
    edit->setToolTip(tr("Change them in Design ▸ Assumptions…"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(edit, 0, Qt::AlignTop);
    connect(edit, &QToolButton::clicked, this, &AssumptionsLine::editRequested);
}

void AssumptionsLine::setAssumptions(const Assumptions& assumptions)
{
    QStringList shown;
    QStringList sources;
    for (const auto& a : assumptionsInForce(assumptions)) {
        if (a.group != m_group)
            continue;
        const auto label = QString::fromStdString(a.label);
        const auto value = QString::fromStdString(a.value);
        shown << tr("%1: %2 (%3)")
                     .arg(label, value, a.setByDesign ? tr("set by the design") : tr("default"));
        sources << (a.setByDesign ? tr("%1: %2, set by the design").arg(label, value)
                                  : tr("%1: %2 by default, %3")
                                        .arg(label, value, QString::fromStdString(a.source)));
    }
    m_text->setText(tr("Assumptions: %1").arg(shown.join(QStringLiteral(" · "))));
    m_text->setToolTip(sources.join(QLatin1Char('\n')));
}

QString AssumptionsLine::text() const
{
    return m_text->text();
}

} // namespace rs::docks
