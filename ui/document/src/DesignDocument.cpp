#include "document/DesignDocument.h"

#include "core/DesignFile.h"

#include <cassert>

namespace rs::document {

DesignDocument::DesignDocument(const Catalogues& catalogues, QObject* parent)
    : QObject(parent)
    , m_catalogues(catalogues)
{
    m_design.name = tr("Untitled design").toStdString();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
}

void DesignDocument::newDesign()
{
    Design design;
    design.name = tr("Untitled design").toStdString();
    reset(std::move(design), {}, false);
}

Result<std::monostate> DesignDocument::open(const QString& path)
{
    auto loaded = loadDesignFile(path.toStdString(), m_catalogues);
    if (!loaded)
        return loaded.errors();
    reset(std::move(loaded).value(), path, false);
    return std::monostate{};
}

Result<std::monostate> DesignDocument::saveAs(const QString& path)
{
    auto saved = saveDesignFile(path.toStdString(), m_design);
    if (!saved)
        return saved;
    m_undoStack.setClean();
    setRecovered(false);
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return saved;
}

void DesignDocument::restoreRecovered(Design design, const QString& originalPath)
{
    reset(std::move(design), originalPath, true);
}

void DesignDocument::reset(Design design, const QString& path, bool recovered)
{
    m_design = std::move(design);
    m_undoStack.clear();
    m_undoStack.setClean();
    m_filePath = path;
    emit filePathChanged(m_filePath);
    emit designReset();
    setRecovered(recovered);
}

void DesignDocument::setRecovered(bool recovered)
{
    const bool before = isModified();
    m_recovered = recovered;
    if (before != isModified())
        emit modifiedChanged(isModified());
}

bool DesignDocument::contains(const ElementRef& element) const
{
    switch (element.type) {
    case ElementType::Region:
        return m_design.regions.contains(element.regionId());
    case ElementType::Service:
        return m_design.services.contains(element.serviceId());
    case ElementType::Link:
        return m_design.links.contains(element.linkId());
    }
    return false;
}

std::string DesignDocument::uniqueId(std::string_view base,
                                     const std::set<std::string>& taken) const
{
    const auto used = [&](const std::string& id) {
        return taken.contains(id) || m_design.regions.contains(RegionId{id}) ||
               m_design.services.contains(ServiceId{id}) || m_design.links.contains(LinkId{id});
    };
    std::string id(base);
    for (int n = 2; used(id); ++n)
        id = std::string(base) + "-" + std::to_string(n);
    return id;
}

void DesignDocument::insertRegion(Region region)
{
    const auto ref = ElementRef::region(region.id);
    assert(!contains(ref));
    m_design.regions.emplace(region.id, std::move(region));
    emit elementAdded(ref);
}

void DesignDocument::insertService(Service service)
{
    const auto ref = ElementRef::service(service.id);
    assert(!contains(ref));
    m_design.services.emplace(service.id, std::move(service));
    emit elementAdded(ref);
}

void DesignDocument::insertLink(Link link)
{
    const auto ref = ElementRef::link(link.id);
    assert(!contains(ref));
    m_design.links.emplace(link.id, std::move(link));
    emit elementAdded(ref);
}

template <typename Map, typename Key>
auto DesignDocument::takeElement(Map& map, const Key& id, const ElementRef& ref)
{
    emit elementAboutToBeRemoved(ref);
    const auto it = map.find(id);
    assert(it != map.end());
    auto value = std::move(it->second);
    map.erase(it);
    emit elementRemoved(ref);
    return value;
}

Region DesignDocument::takeRegion(const RegionId& id)
{
    return takeElement(m_design.regions, id, ElementRef::region(id));
}

Service DesignDocument::takeService(const ServiceId& id)
{
    return takeElement(m_design.services, id, ElementRef::service(id));
}

Link DesignDocument::takeLink(const LinkId& id)
{
    return takeElement(m_design.links, id, ElementRef::link(id));
}

void DesignDocument::replaceRegion(const Region& region, ElementChanges changes)
{
    assert(m_design.regions.contains(region.id));
    m_design.regions[region.id] = region;
    emit elementChanged(ElementRef::region(region.id), changes);
}

void DesignDocument::replaceService(const Service& service, ElementChanges changes)
{
    assert(m_design.services.contains(service.id));
    m_design.services[service.id] = service;
    emit elementChanged(ElementRef::service(service.id), changes);
}

void DesignDocument::replaceLink(const Link& link, ElementChanges changes)
{
    assert(m_design.links.contains(link.id));
    m_design.links[link.id] = link;
    emit elementChanged(ElementRef::link(link.id), changes);
}

void DesignDocument::setDesignName(const std::string& name)
{
    m_design.name = name;
    emit designChanged(DesignChange::Name);
}

void DesignDocument::setWorkload(const Workload& workload)
{
    m_design.workload = workload;
    emit designChanged(DesignChange::Workload);
}

void DesignDocument::setTargets(const Targets& targets)
{
    m_design.targets = targets;
    emit designChanged(DesignChange::Targets);
}

void DesignDocument::setAssumptions(const Assumptions& assumptions)
{
    m_design.assumptions = assumptions;
    emit designChanged(DesignChange::Assumptions);
}

void DesignDocument::setRuleSettings(
    const std::map<std::string, RuleSetting, std::less<>>& settings)
{
    m_design.ruleSettings = settings;
    emit designChanged(DesignChange::Rules);
}

} // namespace rs::document
