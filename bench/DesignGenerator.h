#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"

#include <cstddef>

namespace rs::bench {

/// Builds a valid AWS design of about `elements` regions, services and links: up to 16 regions,
/// each with API gateways, functions, queues and tables wired as request chains, tables
/// replicated to the next region, and a global DNS router in front. Deterministic.
Design generateDesign(std::size_t elements, const Catalogues& catalogues);

/// The built-in catalogues; exits the benchmark with a message if they do not load.
Catalogues builtInCataloguesOrExit();

} // namespace rs::bench
