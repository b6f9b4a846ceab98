#pragma once

#include "core/DesignIndex.h"
#include "core/ServiceCatalogue.h"

namespace rs {

/// The rule that prices `usage` of `service`: the first of its kind's rules for that usage whose
/// `when` matches the service's properties (set values, else the kind's defaults).
const PricingRule* matchingRule(const DesignIndex& design, const Service& service, UsageKind usage);

/// The rule that prices `usage` for a service of `kind` left at the kind's defaults: what the
/// price coverage asks of each region.
const PricingRule* defaultRule(const ServiceKind& kind, UsageKind usage);

/// Whether the kind bills `usage` at all: a kind with pricing rules bills only what they name;
/// a kind without any is taken to bill everything (and its usage is reported unpriced).
bool billsUsage(const ServiceKind& kind, UsageKind usage);

} // namespace rs
