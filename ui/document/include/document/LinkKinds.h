#pragma once

#include "core/Link.h"
#include "core/ServiceCatalogue.h"

#include <vector>

namespace rs::document {

/// The kind a new link most likely has, from what its two ends are: replication between two
/// stores of one kind, a key / secret / identity use, a route from a router or WAF, an origin
/// fetch from a CDN, an event into or out of a queue or bus, else a request.
LinkKind proposeLinkKind(const ServiceKind& from, const ServiceKind& to);

/// The kinds the design validator accepts between these ends, in the file format's order; the
/// canvas offers them when the architect changes a link's kind.
std::vector<LinkKind> allowedLinkKinds(const ServiceKind& from, const ServiceKind& to);

} // namespace rs::document
