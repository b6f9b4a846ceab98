#pragma once

#include "core/EnumNames.h"

namespace rs {

/// What a service or link consumes in a month, in the units providers bill.
enum class UsageKind
{
    ApiRequests,          ///< gateway, edge and object-store requests
    Invocations,          ///< function invocations
    ComputeGbSeconds,     ///< memory (GB) x duration (s) of function invocations
    Messages,             ///< queue and bus messages, counted per 64 KB chunk
    ReadUnits,            ///< database reads, per 4 KB
    WriteUnits,           ///< database writes, per 1 KB
    ReplicatedWriteUnits, ///< the same writes applied again in each other replica's region
    StorageGbMonth,       ///< data stored, per copy
    ReplicationGb,        ///< bytes a replication link carries to another region
    CrossRegionGb,        ///< bytes a request or event link carries to another region
    InternetEgressGb,     ///< responses to users
    HealthChecks,         ///< health checks configured (billed per check per month)
    Hours,                ///< always-on capacity x hours: accelerators, nodes, RU/s, base units
    KeyRequests,          ///< cryptographic requests to a key
    ResourceMonths,       ///< flat monthly fees: zones, keys, secrets, web ACLs, users (MAU)
    VcpuSeconds,          ///< vCPUs x duration of container and function invocations
    MessageGb,            ///< bytes of messages published, where throughput is billed
};

template <> struct EnumNames<UsageKind>
{
    static constexpr std::array names{
        std::pair{UsageKind::ApiRequests, std::string_view{"requests"}},
        std::pair{UsageKind::Invocations, std::string_view{"invocations"}},
        std::pair{UsageKind::ComputeGbSeconds, std::string_view{"compute-gb-seconds"}},
        std::pair{UsageKind::Messages, std::string_view{"messages"}},
        std::pair{UsageKind::ReadUnits, std::string_view{"read-units"}},
        std::pair{UsageKind::WriteUnits, std::string_view{"write-units"}},
        std::pair{UsageKind::ReplicatedWriteUnits, std::string_view{"replicated-write-units"}},
        std::pair{UsageKind::StorageGbMonth, std::string_view{"storage-gb-month"}},
        std::pair{UsageKind::ReplicationGb, std::string_view{"replication-gb"}},
        std::pair{UsageKind::CrossRegionGb, std::string_view{"cross-region-gb"}},
        std::pair{UsageKind::InternetEgressGb, std::string_view{"internet-egress-gb"}},
        std::pair{UsageKind::HealthChecks, std::string_view{"health-checks"}},
        std::pair{UsageKind::Hours, std::string_view{"hours"}},
        std::pair{UsageKind::KeyRequests, std::string_view{"key-requests"}},
        std::pair{UsageKind::ResourceMonths, std::string_view{"resource-months"}},
        std::pair{UsageKind::VcpuSeconds, std::string_view{"vcpu-seconds"}},
        std::pair{UsageKind::MessageGb, std::string_view{"message-gb"}},
    };
};

} // namespace rs
