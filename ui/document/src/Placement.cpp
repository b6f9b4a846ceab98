#include "document/Placement.h"

#include <QCoreApplication>

namespace rs::document {

namespace {
/// The translation context of this file's texts.
struct PlacementText
{
    Q_DECLARE_TR_FUNCTIONS(rs::document::Placement)
};
} // namespace

QString placementProblem(const Catalogues& catalogues, const std::string& kindId, const Region* r)
{
    const auto* kind = catalogues.services.find(kindId);
    if (!kind)
        return PlacementText::tr("%1 is not in the service catalogue.")
            .arg(QString::fromStdString(kindId));
    const auto name = QString::fromStdString(kind->name);
    if (!r) {
        return kind->scope == Scope::Regional
                   ? PlacementText::tr("%1 is a regional service: place it in a region.").arg(name)
                   : QString();
    }
    if (kind->scope == Scope::Global)
        return PlacementText::tr("%1 is a global service: place it outside the regions.").arg(name);
    if (kind->provider != Provider::Neutral && kind->provider != r->provider)
        return PlacementText::tr("%1 cannot run in %2 region %3.")
            .arg(name, QString::fromUtf8(enumName(r->provider).data()),
                 QString::fromStdString(r->code));
    return {};
}

QString placementProblem(const Design& design, const Catalogues& catalogues,
                         const std::string& kindId, const std::optional<RegionId>& region)
{
    if (region && !design.region(*region))
        return PlacementText::tr("The region %1 is not in the design.")
            .arg(QString::fromStdString(region->value));
    return placementProblem(catalogues, kindId, region ? design.region(*region) : nullptr);
}

} // namespace rs::document
