#pragma once

#include "SourceResource.h"
#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace rs::import {

/// The resources of a `terraform show -json` plan or state (format_version 0.x or 1.x): the
/// planned values (or the state's values) of every module, the prior state's values where the
/// plan does not know one yet, each resource's region from its own field or its provider
/// configuration (aliases and the providers passed into modules followed), and the references
/// the configuration's expressions make. `defaultRegion` is used where nothing says a region.
/// Takes the document: the resources' values move into what it returns.
Result<std::vector<SourceResource>> readTerraform(nlohmann::json doc, const std::string& file,
                                                  const std::string& defaultRegion);

} // namespace rs::import
