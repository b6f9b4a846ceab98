#pragma once

#include "core/Link.h"
#include "core/ServiceCatalogue.h"

namespace rs {

/// The kind a link most likely has, from what its two ends are: replication between two stores
/// of one kind, a key / secret / identity use, a route from a router or WAF, an origin fetch
/// from a CDN, an event into or out of a queue or bus, else a request. The canvas proposes it
/// for a new link; the importer gives it to a reference whose meaning the code leaves open.
LinkKind proposeLinkKind(const ServiceKind& from, const ServiceKind& to);

} // namespace rs
