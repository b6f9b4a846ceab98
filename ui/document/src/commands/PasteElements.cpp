#include "document/commands/PasteElements.h"

#include "document/DesignDocument.h"
#include "document/Placement.h"

#include <map>
#include <set>

namespace rs::document {

namespace {

/// Fits a fragment into a design, choosing every new id once so redo after undo re-creates the
/// same elements.
class Fitter
{
public:
    Fitter(const DesignDocument& document, Point offset)
        : m_document(document)
        , m_design(document.design())
        , m_offset(offset)
    {
        for (const auto& [id, r] : m_design.regions)
            m_usedCodes.emplace(r.provider, r.code);
    }

    Design fit(const Design& fragment)
    {
        for (const auto& [id, region] : fragment.regions)
            fitRegion(region);
        shareTraffic();
        for (const auto& [id, service] : fragment.services)
            fitService(service);
        for (const auto& [id, link] : fragment.links)
            fitLink(link);
        return std::move(m_out);
    }

private:
    std::string freshId(const std::string& base)
    {
        auto id = m_document.uniqueId(base, m_taken);
        m_taken.insert(id);
        return id;
    }

    void fitRegion(Region region)
    {
        if (m_usedCodes.contains({region.provider, region.code})) {
            const auto& all = m_document.catalogues().regions.regions();
            const auto free = std::find_if(all.begin(), all.end(), [&](const RegionInfo& info) {
                return info.provider == region.provider &&
                       !m_usedCodes.contains({info.provider, info.code});
            });
            if (free == all.end())
                return;
            region.code = free->code;
            region.name.clear(); // the old label named the old provider region
        }
        m_usedCodes.emplace(region.provider, region.code);
        // Shares already add up to 100 % in a design with regions; a pasted one starts with none.
        if (!m_design.regions.empty())
            region.trafficPercent = 0.0;
        const auto newId = RegionId{freshId(region.id.value)};
        m_regionIds.emplace(region.id, newId);
        region.id = newId;
        region.position = {region.position.x + m_offset.x, region.position.y + m_offset.y};
        m_out.regions.emplace(newId, std::move(region));
    }

    /// Into a design without regions, the pasted ones carry all the traffic, in the shares they
    /// had (or all on the first when they had none), so the shares add up to 100 % again.
    void shareTraffic()
    {
        if (!m_design.regions.empty() || m_out.regions.empty())
            return;
        double total = 0.0;
        for (const auto& [id, r] : m_out.regions)
            total += r.trafficPercent;
        for (auto& [id, r] : m_out.regions)
            r.trafficPercent = total > 0.0 ? r.trafficPercent * 100.0 / total : 0.0;
        if (total <= 0.0)
            m_out.regions.begin()->second.trafficPercent = 100.0;
    }

    void fitService(Service service)
    {
        if (!placeService(service))
            return;
        const auto newId = ServiceId{freshId(service.id.value)};
        m_serviceIds.emplace(service.id, newId);
        service.id = newId;
        m_out.services.emplace(newId, std::move(service));
    }

    /// Chooses the service's region in the target design; false when it fits nowhere.
    bool placeService(Service& service)
    {
        const auto fits = [&](const std::optional<RegionId>& region) {
            const Region* r = nullptr;
            if (region) {
                r = m_design.region(*region);
                if (const auto it = m_out.regions.find(*region); it != m_out.regions.end())
                    r = &it->second;
            }
            return placementProblem(m_document.catalogues(), service.kind, r).isEmpty();
        };
        const auto shifted =
            Point{service.position.x + m_offset.x, service.position.y + m_offset.y};
        if (service.region) {
            if (const auto it = m_regionIds.find(*service.region); it != m_regionIds.end()) {
                service.region = it->second; // copied with its region: same place inside it
                return fits(service.region);
            }
            if (m_design.regions.contains(*service.region) && fits(service.region)) {
                service.position = shifted;
                return true;
            }
            for (const auto& [id, r] : m_design.regions) {
                if (fits(id)) {
                    service.region = id;
                    service.position = {24.0, 48.0};
                    return true;
                }
            }
            if (!fits(std::nullopt))
                return false;
            service.region.reset();
            service.position = shifted;
            return true;
        }
        service.position = shifted;
        return fits(std::nullopt);
    }

    void fitLink(Link link)
    {
        const auto from = m_serviceIds.find(link.from);
        const auto to = m_serviceIds.find(link.to);
        if (from == m_serviceIds.end() || to == m_serviceIds.end())
            return;
        link.from = from->second;
        link.to = to->second;
        link.id = LinkId{freshId(link.id.value)};
        m_out.links.emplace(link.id, std::move(link));
    }

    const DesignDocument& m_document;
    const Design& m_design;
    Point m_offset;
    Design m_out;
    std::set<std::string> m_taken;
    std::set<std::pair<Provider, std::string>> m_usedCodes;
    std::map<RegionId, RegionId> m_regionIds;
    std::map<ServiceId, ServiceId> m_serviceIds;
};

} // namespace

PasteElements::PasteElements(DesignDocument& document, const Design& fragment, Point offset,
                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pasted(Fitter(document, offset).fit(fragment))
{
    for (const auto& [id, r] : m_pasted.regions)
        m_refs.push_back(ElementRef::region(id));
    for (const auto& [id, s] : m_pasted.services)
        m_refs.push_back(ElementRef::service(id));
    for (const auto& [id, l] : m_pasted.links)
        m_refs.push_back(ElementRef::link(id));
    setText(tr("Paste %n element(s)", "", int(m_refs.size())));
}

void PasteElements::redo()
{
    for (const auto& [id, region] : m_pasted.regions)
        m_document.insertRegion(region);
    for (const auto& [id, service] : m_pasted.services)
        m_document.insertService(service);
    for (const auto& [id, link] : m_pasted.links)
        m_document.insertLink(link);
    setObsolete(m_refs.empty());
}

void PasteElements::undo()
{
    for (const auto& [id, link] : m_pasted.links)
        m_document.takeLink(id);
    for (const auto& [id, service] : m_pasted.services)
        m_document.takeService(id);
    for (const auto& [id, region] : m_pasted.regions)
        m_document.takeRegion(id);
}

} // namespace rs::document
