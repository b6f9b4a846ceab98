#include "document/commands/RemoveElements.h"

#include "document/DesignDocument.h"
#include "document/ElementFragment.h"

#include <algorithm>
#include <cassert>
#include <set>

namespace rs::document {

RemoveElements::RemoveElements(DesignDocument& document, const ElementRefs& elements,
                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_removed(removalClosure(document.design(), elements))
{
    setText(m_removed.size() == 1 ? tr("Delete %1").arg(QString::fromStdString(m_removed[0].id))
                                  : tr("Delete %n element(s)", "", int(m_removed.size())));
}

void RemoveElements::redo()
{
    const auto& design = m_document.design();
    m_saved = writeFragment(design, m_removed);
    m_targetsBefore = design.targets;
    m_assumptionsBefore = design.assumptions;
    m_sharesBefore = trafficShares(design);
    std::set<RegionId> regionsRemoved;
    // Links first, regions last, so no view ever holds an item whose parent or end is gone.
    for (auto type : {ElementType::Link, ElementType::Service, ElementType::Region}) {
        for (const auto& e : m_removed) {
            if (e.type != type)
                continue;
            if (type == ElementType::Link)
                m_document.takeLink(e.linkId());
            else if (type == ElementType::Service)
                m_document.takeService(e.serviceId());
            else
                regionsRemoved.insert(m_document.takeRegion(e.regionId()).id);
        }
    }
    if (!regionsRemoved.empty())
        applyTrafficShares(m_document, withoutRegions(m_sharesBefore, regionsRemoved));
    // A removed data store can no longer be one that must not lose updates.
    auto targets = m_targetsBefore;
    std::erase_if(targets.noLostUpdates, [&](const ServiceId& id) {
        return std::binary_search(m_removed.begin(), m_removed.end(), ElementRef::service(id));
    });
    if (targets != m_targetsBefore)
        m_document.setTargets(targets);
    // A removed region's own outage rate would dangle: the file could not be read back.
    auto assumptions = m_assumptionsBefore;
    std::erase_if(assumptions.regionOutagesPerYearByRegion,
                  [&](const auto& entry) { return regionsRemoved.contains(entry.first); });
    if (assumptions != m_assumptionsBefore)
        m_document.setAssumptions(assumptions);
}

void RemoveElements::undo()
{
    auto part = readFragment(m_saved, m_document.catalogues());
    // The text was written by this build a moment ago; failing to read it is a bug.
    assert(part.ok());
    if (!part)
        return;
    auto& design = part.value();
    for (auto& [id, region] : design.regions)
        m_document.insertRegion(std::move(region));
    for (auto& [id, service] : design.services)
        m_document.insertService(std::move(service));
    for (auto& [id, link] : design.links)
        m_document.insertLink(std::move(link));
    applyTrafficShares(m_document, m_sharesBefore);
    if (m_document.design().targets != m_targetsBefore)
        m_document.setTargets(m_targetsBefore);
    if (m_document.design().assumptions != m_assumptionsBefore)
        m_document.setAssumptions(m_assumptionsBefore);
}

} // namespace rs::document
