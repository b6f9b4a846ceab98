#pragma once

#include "core/rules/Rule.h"

#include <span>

// The rules of each area, defined in the file of the same name.
namespace rs::rules {

std::span<const Rule> topologyRules();
std::span<const Rule> dataRules();
std::span<const Rule> trafficRules();
std::span<const Rule> securityRules();
std::span<const Rule> operationsRules();
std::span<const Rule> capacityAndResidencyRules();
/// Rules on what links read and write and what health checks touch (AccessRules.cpp).
std::span<const Rule> accessRules();
std::span<const Rule> usageRules();

} // namespace rs::rules
