#include "ui/properties/UsageEditor.h"

#include "core/DesignIndex.h"
#include "core/cost/Usage.h"
#include "document/DesignDocument.h"
#include "document/commands/SetUsage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

#include <cmath>

namespace rs::ui {

namespace {

QString quantityLabel(UsageQuantity q)
{
    switch (q) {
    case UsageQuantity::ApiRequests:
        return UsageEditor::tr("Requests");
    case UsageQuantity::Invocations:
        return UsageEditor::tr("Invocations");
    case UsageQuantity::Messages:
        return UsageEditor::tr("Messages");
    case UsageQuantity::Reads:
        return UsageEditor::tr("Reads");
    case UsageQuantity::Writes:
        return UsageEditor::tr("Writes");
    case UsageQuantity::StoredGb:
        return UsageEditor::tr("Stored (GB)");
    case UsageQuantity::TransferredGb:
        return UsageEditor::tr("Transferred (GB)");
    }
    return {};
}

const PinnedUsage* pinnedOf(const Design& design, const document::ElementRef& element)
{
    if (element.type == document::ElementType::Service) {
        const auto* s = design.service(element.serviceId());
        return s ? &s->usage : nullptr;
    }
    const auto* l = design.link(element.linkId());
    return l ? &l->usage : nullptr;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

UsageEditor::UsageEditor(document::DesignDocument& document, document::ElementRef element,
                         QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_element(std::move(element))
{
    setObjectName(QStringLiteral("usageEditor"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto quantities =
        workloadUsage(DesignIndex(document.design(), document.catalogues()), m_element.id);
    if (const auto* pinned = pinnedOf(document.design(), m_element)) {
        for (const auto& [q, value] : *pinned)
            quantities.emplace(q, 0.0); // set in the file even where the kind derives none
    }
    for (const auto& [quantity, derived] : quantities) {
        Row row;
        const auto name =
            QString::fromLatin1(enumName(quantity).data(), qsizetype(enumName(quantity).size()));
        row.edit = new QLineEdit(this);
        row.edit->setObjectName(QStringLiteral("usage-") + name);
        row.unpin = new QToolButton(this);
        row.unpin->setObjectName(QStringLiteral("unpin-") + name);
        row.unpin->setText(QStringLiteral("↺"));
        row.unpin->setAutoRaise(true);
        row.unpin->setToolTip(tr("Derive it from the workload again"));
        connect(row.edit, &QLineEdit::editingFinished, this, [this, q = quantity] { commit(q); });
        connect(row.unpin, &QToolButton::clicked, this, [this, q = quantity] {
            m_document.push(new document::SetUsage(m_document, m_element, q, std::nullopt));
        });
        auto* box = new QWidget(this);
        auto* h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(row.edit, 1);
        h->addWidget(row.unpin);
        form->addRow(quantityLabel(quantity), box);
        m_rows.emplace(quantity, row);
    }
    sync();
}

UsageEditor::~UsageEditor()
{
    // Qt deletes the fields after m_rows is gone: a focus-out as they go must not commit.
    for (auto& [quantity, row] : m_rows)
        row.edit->disconnect(this);
}

void UsageEditor::sync()
{
    if (!m_document.contains(m_element))
        return;
    const auto derived =
        workloadUsage(DesignIndex(m_document.design(), m_document.catalogues()), m_element.id);
    const auto* pinned = pinnedOf(m_document.design(), m_element);
    for (const auto& [quantity, row] : m_rows) {
        const auto d = derived.find(quantity);
        // The derived figure is the greyed placeholder: visible while nothing is pinned.
        row.edit->setPlaceholderText(d == derived.end() ? QString() : number(d->second));
        const auto p = pinned ? pinned->find(quantity) : PinnedUsage::const_iterator{};
        const bool isPinned = pinned && p != pinned->end();
        if (!row.edit->isModified()) // never overwrite what the user is typing
            row.edit->setText(isPinned ? number(p->second) : QString());
        row.edit->setToolTip(isPinned ? tr("Set by the design; the workload would give %1")
                                            .arg(row.edit->placeholderText())
                                      : tr("Derived from the workload; type a figure to set "
                                           "your own"));
        row.unpin->setEnabled(isPinned);
    }
}

void UsageEditor::commit(UsageQuantity quantity)
{
    auto* edit = m_rows.at(quantity).edit;
    if (!edit->isModified())
        return;
    const auto text = edit->text().trimmed();
    if (text.isEmpty()) {
        emit problem({});
        m_document.push(new document::SetUsage(m_document, m_element, quantity, std::nullopt));
        sync();
        return;
    }
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok); // "1e6" and a C-locale point as well
    if (!ok || !std::isfinite(value) || value < 0.0) {
        // Refused as the design file would refuse it: the field shows the design's value.
        emit problem(tr("%1 must be a number, not negative: \"%2\" was not taken")
                         .arg(quantityLabel(quantity), text));
        edit->setModified(false);
        sync();
        return;
    }
    emit problem({});
    m_document.push(new document::SetUsage(m_document, m_element, quantity, value));
    sync();
}

} // namespace rs::ui
