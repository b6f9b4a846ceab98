#pragma once

#include "core/DesignIndex.h"
#include "core/rules/Finding.h"
#include "core/rules/Rule.h"

#include <span>
#include <string_view>

namespace rs {

/// Every built-in rule, in id order. The list is assembled in one place (RuleCatalogue.cpp).
std::span<const Rule> builtInRules();

const Rule* findRule(std::string_view id);

/// Runs every rule the design has not switched off, at the severity the design gives it, and
/// returns the findings ordered by severity (errors first), then rule id.
Findings checkDesign(const DesignIndex& design);

} // namespace rs
