#include "ui/properties/WorkloadEditor.h"

#include "document/DesignDocument.h"
#include "document/commands/SetWorkload.h"

#include <QDoubleSpinBox>
#include <QFormLayout>

namespace rs::ui {

namespace {
enum Field
{
    RequestsPerMonth,
    PeakRate,
    WritePercent,
    RequestBytes,
    ResponseBytes,
    StoredGb,
    GrowthGb,
    DurationMs,
    MemoryMb,
};
} // namespace

WorkloadEditor::WorkloadEditor(document::DesignDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    setLayout(form);
    addField(tr("Requests per month"), tr(" req"), 1e13, 0,
             tr("User requests per month, all regions together."));
    addField(tr("Peak rate"), tr(" req/s"), 1e9, 1, tr("Peak requests per second, all regions."));
    addField(tr("Writes"), tr(" %"), 100.0, 1, tr("Share of requests that write data."));
    addField(tr("Request size"), tr(" bytes"), 1e12, 0, tr("Average request payload."));
    addField(tr("Response size"), tr(" bytes"), 1e12, 0, tr("Average response payload."));
    addField(tr("Stored data"), tr(" GB"), 1e9, 1, tr("Data stored, per copy."));
    addField(tr("Growth"), tr(" GB/month"), 1e9, 1, tr("Growth of stored data per month."));
    addField(tr("Function duration"), tr(" ms"), 9e5, 1, tr("Default function duration."));
    auto* memory =
        addField(tr("Function memory"), tr(" MB"), 1e6, 0, tr("Default function memory."));
    memory->setMinimum(1.0); // the file format requires memory above 0
    // Only once the fields hold the design's values may a change become a command.
    sync();
    for (auto* spin : m_fields)
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WorkloadEditor::commit);
}

QDoubleSpinBox* WorkloadEditor::addField(const QString& label, const QString& suffix, double max,
                                         int decimals, const QString& tip)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setRange(0.0, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(false); // one command per finished value, not per keystroke
    spin->setToolTip(tip);
    spin->setAccelerated(true);
    static_cast<QFormLayout*>(layout())->addRow(label, spin);
    m_fields.push_back(spin);
    return spin;
}

void WorkloadEditor::sync()
{
    const auto& w = m_document.design().workload;
    const double values[] = {
        w.requestsPerMonth.value(), w.peakRate.value(),         w.writePercent,
        w.requestSize.value(),      w.responseSize.value(),     w.storedData.value(),
        w.growthPerMonth.value(),   w.functionDuration.value(), w.functionMemoryMb};
    for (int i = 0; i < m_fields.size(); ++i) {
        const QSignalBlocker blocker(m_fields[i]);
        m_fields[i]->setValue(values[i]);
    }
}

void WorkloadEditor::commit()
{
    using namespace units;
    Workload w = m_document.design().workload;
    w.requestsPerMonth = m_fields[RequestsPerMonth]->value() * requests;
    w.peakRate = m_fields[PeakRate]->value() * requests / second;
    w.writePercent = m_fields[WritePercent]->value();
    w.requestSize = m_fields[RequestBytes]->value() * bytes;
    w.responseSize = m_fields[ResponseBytes]->value() * bytes;
    w.storedData = m_fields[StoredGb]->value() * gigabytes;
    w.growthPerMonth = m_fields[GrowthGb]->value() * gigabytes;
    w.functionDuration = m_fields[DurationMs]->value() * milliseconds;
    w.functionMemoryMb = m_fields[MemoryMb]->value();
    m_document.push(new document::SetWorkload(m_document, w));
}

} // namespace rs::ui
