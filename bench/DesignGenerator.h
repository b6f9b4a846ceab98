#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"

#include <cstddef>
#include <map>
#include <string>

namespace rs::bench {

/// Adds a service named after its id; no region for a global one.
void addService(Design& design, const std::string& id, const std::string& kind,
                const std::string& region = {},
                std::map<std::string, PropertyValue, std::less<>> properties = {},
                Point position = {});
/// Adds a link with the id "l-<from>-<to>-<kind>", or `id` when given.
void addLink(Design& design, const std::string& from, const std::string& to, LinkKind kind,
             const std::string& id = {});

/// Builds a valid AWS design of about `elements` regions, services and links: up to 16 regions,
/// each with API gateways, functions, queues and tables wired as request chains, tables
/// replicated to the next region, and a global DNS router in front. Deterministic.
Design generateDesign(std::size_t elements, const Catalogues& catalogues);

/// The built-in catalogues; exits the benchmark with a message if they do not load.
Catalogues builtInCataloguesOrExit();

} // namespace rs::bench
