#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"

#include <QString>

#include <optional>

namespace rs::document {

/// Why a service of `kindId` cannot sit in `region` (null: the global edge), or an empty
/// string when it can: regional kinds need a region of their own provider, global kinds stay at
/// the edge. The canvas refuses such drops with this message instead of making an invalid design.
QString placementProblem(const Catalogues& catalogues, const std::string& kindId,
                         const Region* region);

/// The same for a region of `design` by id; an id the design lacks is a problem too.
QString placementProblem(const Design& design, const Catalogues& catalogues,
                         const std::string& kindId, const std::optional<RegionId>& region);

} // namespace rs::document
