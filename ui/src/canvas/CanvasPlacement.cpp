#include "ui/canvas/CanvasPlacement.h"

#include "document/DesignDocument.h"
#include "document/Placement.h"
#include "document/commands/AddRegion.h"
#include "document/commands/AddService.h"
#include "document/commands/MoveElements.h"
#include "document/commands/ReparentService.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/IconLibrary.h"
#include "ui/canvas/RegionItem.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rs::ui {

namespace {
Point toPoint(QPointF p)
{
    return {p.x(), p.y()};
}
} // namespace

CanvasPlacement::CanvasPlacement(DesignScene& scene)
    : m_scene(scene)
{}

QPointF CanvasPlacement::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    const double g = canvas::gridSize;
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

QString CanvasPlacement::addServiceAt(const std::string& kindId, QPointF scenePos)
{
    auto& document = m_scene.document();
    const auto& design = document.design();
    auto region = m_scene.regionAt(scenePos);
    const auto* kind = document.catalogues().services.find(kindId);
    // Global services dropped over a region land at the edge beside it rather than being refused.
    if (kind && kind->scope == Scope::Global)
        region.reset();
    if (auto problem = document::placementProblem(design, document.catalogues(), kindId, region);
        !problem.isEmpty())
        return problem;
    Service service;
    const auto shortName = kindId.substr(kindId.find('.') + 1);
    service.id = ServiceId{document.uniqueId(shortName)};
    service.kind = kindId;
    service.name = kind->name;
    service.region = region;
    QPointF at = scenePos - QPointF(canvas::serviceWidth / 2.0, canvas::serviceHeight / 2.0);
    if (region)
        at -= m_scene.regionItem(*region)->scenePos();
    service.position = toPoint(snapped(at));
    document.push(new document::AddService(document, service));
    m_scene.selectElements({document::ElementRef::service(service.id)});
    return {};
}

QString CanvasPlacement::addRegionAt(Provider provider, QPointF scenePos)
{
    auto& document = m_scene.document();
    const auto& design = document.design();
    const auto& all = document.catalogues().regions.regions();
    const auto free = std::find_if(all.begin(), all.end(), [&](const RegionInfo& info) {
        return info.provider == provider &&
               std::none_of(design.regions.begin(), design.regions.end(), [&](const auto& r) {
                   return r.second.provider == provider && r.second.code == info.code;
               });
    });
    if (free == all.end())
        return QCoreApplication::translate("rs::ui::CanvasPlacement",
                                           "The design already uses every %1 region.")
            .arg(icons::providerName(provider));
    Region region;
    region.id = RegionId{document.uniqueId(free->code)};
    region.provider = provider;
    region.code = free->code;
    if (design.regions.empty()) {
        region.trafficPercent = 100.0;
    } else {
        region.role = RegionRole::WarmStandby;
        region.headroomPercent = 100.0;
    }
    region.position = toPoint(snapped(scenePos));
    document.push(new document::AddRegion(document, region));
    m_scene.selectElements({document::ElementRef::region(region.id)});
    return {};
}

QStringList
CanvasPlacement::settleMovedServices(const std::map<document::ElementRef, Point>& starts)
{
    auto& document = m_scene.document();
    const auto& design = document.design();
    QStringList refusals;
    for (const auto& [element, start] : starts) {
        if (element.type != document::ElementType::Service)
            continue;
        const auto& service = *design.service(element.serviceId());
        const QRectF card = m_scene.serviceRect(service.id);
        const auto target = m_scene.regionAt(card.center());
        if (target == service.region)
            continue;
        auto problem =
            document::placementProblem(design, document.catalogues(), service.kind, target);
        if (!problem.isEmpty()) {
            // Back where it came from: a drop that would break the design is refused.
            document.push(new document::MoveElements(document, {{element, start}}, false));
            refusals << problem;
            continue;
        }
        QPointF at = card.topLeft();
        if (target)
            at -= m_scene.regionItem(*target)->scenePos();
        document.push(
            new document::ReparentService(document, service.id, target, toPoint(snapped(at))));
    }
    return refusals;
}

} // namespace rs::ui
