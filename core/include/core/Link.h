#pragma once

#include "core/EnumNames.h"
#include "core/Id.h"
#include "core/PinnedUsage.h"
#include "core/Units.h"

namespace rs {

/// What a link means between two services.
enum class LinkKind
{
    Request,       ///< a synchronous call: the caller waits
    Event,         ///< an asynchronous message or event
    Replication,   ///< data copied from one store to its replica
    Route,         ///< a router or edge sending traffic to an endpoint
    HealthCheck,   ///< a router probing an endpoint
    Origin,        ///< a CDN fetching from its origin
    UsesKey,       ///< encryption with a key
    UsesSecret,    ///< reads a secret
    Authenticates, ///< relies on an identity provider
};

template <> struct EnumNames<LinkKind>
{
    static constexpr std::array names{
        std::pair{LinkKind::Request, std::string_view{"request"}},
        std::pair{LinkKind::Event, std::string_view{"event"}},
        std::pair{LinkKind::Replication, std::string_view{"replication"}},
        std::pair{LinkKind::Route, std::string_view{"route"}},
        std::pair{LinkKind::HealthCheck, std::string_view{"health-check"}},
        std::pair{LinkKind::Origin, std::string_view{"origin"}},
        std::pair{LinkKind::UsesKey, std::string_view{"uses-key"}},
        std::pair{LinkKind::UsesSecret, std::string_view{"uses-secret"}},
        std::pair{LinkKind::Authenticates, std::string_view{"authenticates"}},
    };
};

/// What a call does to the data it reaches: read it, write it, or both (the default, and what a
/// link that does not say is taken to do).
enum class LinkAccess
{
    ReadWrite,
    Read,
    Write,
};

template <> struct EnumNames<LinkAccess>
{
    static constexpr std::array names{
        std::pair{LinkAccess::ReadWrite, std::string_view{"read-write"}},
        std::pair{LinkAccess::Read, std::string_view{"read"}},
        std::pair{LinkAccess::Write, std::string_view{"write"}},
    };
};

/// A directed edge from one service to another.
struct Link
{
    LinkId id;
    ServiceId from;
    ServiceId to;
    LinkKind kind = LinkKind::Request;
    Bytes payload = 0.0 * units::bytes; ///< bytes carried per call
    double callsPerRequest = 1.0;       ///< calls per user request on the flow
    bool encrypted = true;              ///< encrypted in transit
    bool privateNetwork = false;        ///< over a private backbone or peering
    LinkAccess access = LinkAccess::ReadWrite;

    bool reads() const { return access != LinkAccess::Write; }
    bool writes() const { return access != LinkAccess::Read; }
    PinnedUsage usage;                  ///< transferredGb set by the design, replacing the derived

    bool operator==(const Link&) const = default;
};

} // namespace rs
