#pragma once

#include "SourceResource.h"
#include "core/Catalogues.h"
#include "core/import/Import.h"

#include <vector>

namespace rs::import {

/// Turns the resources the readers found into a design by the mapping's rows: services, their
/// properties, replicas and links; every resource it cannot use is listed with the reason. The
/// design is validated: a link or property the design cannot hold is dropped and noted, so
/// what comes back is always a valid design.
Result<ImportResult> mapResources(std::vector<SourceResource> resources, const ResourceTypeMap& map,
                                  const Catalogues& catalogues);

} // namespace rs::import
