#pragma once

#include "core/PropertyValue.h"
#include "core/ServiceCatalogue.h"
#include "core/import/ResourceTypeMap.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::import {

/// The value at a dotted path (no `>` hops) in a resource's fields, or null when absent.
const nlohmann::json* valueAt(const nlohmann::json& values, std::string_view path);

/// Every string at or under `value` (a list of targets, a map of environment variables).
void collectStrings(const nlohmann::json& value, std::vector<std::string>& out, int depth = 0);

/// A value as the tools compare and print it: a string itself, `true` / `false`, a number as
/// written (`1`, `0.5`); a structure as JSON.
std::string scalarText(const nlohmann::json& value);

/// True when a field says something: present, not null, not false, not empty.
bool isPresent(const nlohmann::json* value);

/// A field's value as the property `spec` takes it, by `mapping`'s value table, presence or
/// count, else by the property's type (CloudFormation writes numbers as strings too). Nothing
/// when the value is not known before apply; `problem` says why when it is known but unfit.
std::optional<PropertyValue> convertValue(const nlohmann::json* value, const PropertySpec& spec,
                                          const PropertyMapping& mapping, std::string& problem);

} // namespace rs::import
