#include "ReplicationModeOf.h"
#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/resilience/FailoverModel.h"
#include "core/resilience/Scenario.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

// Data and consistency: RES-010 to RES-020 of reference/resilience-model.md §5.
namespace rs::rules {

namespace {

using units::seconds;

std::optional<ReplicationMode> mode(const DesignIndex& d, const Service& s)
{
    return replicationModeOf(d, s);
}

bool anyProtected(const DesignIndex& d, const Services& group)
{
    return mustNotLoseUpdates(d, *group.front());
}

/// Databases and object stores hold the record; caches and queues count only when the design
/// says they must never lose an update.
bool holdsRecord(const DesignIndex& d, const Services& group, const Service& writer)
{
    return d.is(writer, Category::Database) || d.is(writer, Category::ObjectStore) ||
           anyProtected(d, group);
}

bool isKind(const Service& s, std::string_view kind)
{
    return s.kind == kind;
}

/// Why RES-015 reports an object store's replication as unbounded against a region RPO of at
/// most 15 min (no S3 RTC, no turbo replication); empty when it does not.
std::string replicationWithoutTimeBound(const DesignIndex& d, const Service& writer)
{
    if (d.regionRpo() > 900.0 * seconds || !d.is(writer, Category::ObjectStore) ||
        mode(d, writer) != ReplicationMode::Async)
        return {};
    if (!d.flag(writer, "replicationTimeControl").value_or(true))
        return "replicates across regions without S3 Replication Time Control, so replication "
               "has no time bound";
    if (!d.flag(writer, "turboReplication").value_or(true))
        return "replicates across regions without turbo replication, whose default target is "
               "99.9 % of new objects within 1 h, not a bound";
    return {};
}

// RES-010
void checkRpo(const DesignIndex& d, FindingSink& sink)
{
    const auto store = [&](const Service& s) { return isDataStoreService(d, s); };
    forEachReplicaGroup(d, store, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        if (writer->isGlobal() || !holdsRecord(d, group, *writer))
            return;
        const bool mustNotLose = anyProtected(d, group);
        const auto limit = mustNotLose ? 0.0 * seconds : d.regionRpo();
        const std::string objective = mustNotLose ? "the design says it must never lose an update"
                                                  : "the region RPO is " + formatDuration(limit);
        const auto recovery = storeRecovery(d, *writer);
        // Judged by the bound, as the region-loss scenario judges it: a typical lag promises
        // nothing (issue 21).
        std::string message;
        if (recovery.rpo) {
            if (*recovery.rpo <= limit)
                return;
            message = d.label(*writer) + " can lose up to " + formatDuration(*recovery.rpo) +
                      " of writes when " + regionName(d, *writer) + " is lost (" + recovery.basis +
                      "), but " + objective + ".";
        } else if (!recovery.replicated) {
            // One cause, one finding: no copy outside the region is RES-017's when the kind
            // takes backups at all.
            if (d.flag(*writer, "backups").has_value())
                return;
            message = d.label(*writer) + " keeps no copy outside " + regionName(d, *writer) +
                      " (no replica and no cross-region backup): its data is lost with the "
                      "region, but " +
                      objective + ".";
        } else {
            // One cause, one finding: an object store's missing time bound is RES-015's.
            if (!mustNotLose && !replicationWithoutTimeBound(d, *writer).empty())
                return;
            message = d.label(*writer) + " can lose writes without a bound when " +
                      regionName(d, *writer) +
                      " is lost: its replication publishes no bound, so its RPO is " +
                      rpoSummary(recovery) + ", but " + objective + ".";
        }
        sink.add(std::move(message), ids(group));
    });
}

// RES-011
void checkLastWriterWins(const DesignIndex& d, FindingSink& sink)
{
    const auto& list = d.design().targets.noLostUpdates;
    const auto listed = [&](const Service& s) { return hasId(list, s); };
    forEachReplicaGroup(d, listed, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        const auto* kind = d.kind(*writer);
        if (!kind || d.text(*writer, "writeMode").value_or("single") != "multi" ||
            mode(d, *writer) != ReplicationMode::Async)
            return;
        const auto policy = d.text(*writer, "conflictPolicy")
                                .value_or(std::string(enumName(kind->replication.conflictPolicy)));
        if (policy != "lww")
            return;
        sink.add(d.label(*writer) +
                     " must never lose an update, yet it accepts writes in several regions and "
                     "resolves conflicting writes by last writer wins: of two concurrent updates "
                     "in different regions one is silently dropped.",
                 ids(group));
    });
}

// RES-012
void checkCosmosServiceManagedFailover(const DesignIndex& d, FindingSink& sink)
{
    const auto cosmos = [](const Service& s) { return isKind(s, "azure.cosmos-db"); };
    forEachReplicaGroup(d, cosmos, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        if (mode(d, *writer) == ReplicationMode::None ||
            d.text(*writer, "writeMode").value_or("single") != "single" ||
            d.flag(*writer, "serviceManagedFailover").value_or(false))
            return;
        sink.add(d.label(*writer) +
                     " is a multi-region Cosmos DB account with a single write region and no "
                     "service-managed failover: it accepts no writes for as long as " +
                     regionName(d, *writer) + " is down.",
                 ids(group));
    });
}

// RES-013
void checkStrongMultiWrite(const DesignIndex& d, FindingSink& sink)
{
    const auto strong = [&](const Service& s) {
        return d.text(s, "consistency").value_or("") == "strong";
    };
    forEachReplicaGroup(d, strong, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        const auto m = mode(d, *writer);
        if (m == ReplicationMode::None || d.text(*writer, "consistency").value_or("") != "strong" ||
            d.text(*writer, "writeMode").value_or("single") != "multi")
            return;
        if (isKind(*writer, "azure.cosmos-db"))
            sink.add(d.label(*writer) +
                         " combines strong consistency with multi-region writes, which Cosmos DB "
                         "does not allow.",
                     ids(group));
        else if (m == ReplicationMode::Async)
            sink.add(d.label(*writer) +
                         " combines strong consistency with asynchronous replication and writes "
                         "in several regions: a read in one region can miss a write just made in "
                         "another, so the consistency is not strong across regions.",
                     ids(group));
    });
}

// RES-014
void checkAuroraFailoverPath(const DesignIndex& d, FindingSink& sink)
{
    const auto aurora = [](const Service& s) { return isKind(s, "aws.aurora-global"); };
    forEachReplicaGroup(d, aurora, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        if (mode(d, *writer) != ReplicationMode::Async)
            return;
        const auto path = d.text(*writer, "failoverPath").value_or("unspecified");
        const auto where = regionName(d, *writer);
        if (path == "unspecified")
            sink.add(d.label(*writer) + " does not state its failover path: for the loss of " +
                         where +
                         " only a failover with AllowDataLoss (or detach-and-promote) works, and "
                         "it loses the writes not yet replicated.",
                     ids(group));
        else if (path == "switchover")
            sink.add(d.label(*writer) +
                         " plans a switchover, which needs the primary region up: when " + where +
                         " is lost only a failover with AllowDataLoss works.",
                     ids(group));
        const bool secondary = std::any_of(group.begin(), group.end(), [&](const Service* s) {
            return s != writer && s->region != writer->region && inServingRegion(d, *s);
        });
        if (!secondary)
            sink.add(d.label(*writer) +
                         " is a global database without a secondary in another serving region: "
                         "no region can become the writer after a failover.",
                     ids(group));
    });
}

// RES-015
void checkReplicationTimeBound(const DesignIndex& d, FindingSink& sink)
{
    const auto objects = [&](const Service& s) { return d.is(s, Category::ObjectStore); };
    forEachReplicaGroup(d, objects, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        const auto why = replicationWithoutTimeBound(d, *writer);
        if (!why.empty())
            sink.add(d.label(*writer) + " " + why + "; the region RPO is " +
                         formatDuration(d.regionRpo()) + ".",
                     ids(group));
    });
}

// RES-016
void checkGeoRedundantStorage(const DesignIndex& d, FindingSink& sink)
{
    const auto rpo = d.regionRpo();
    const auto rto = d.regionRto();
    const bool tightRpo = rpo < 900.0 * seconds;
    const bool tightRto = rto < 3600.0 * seconds;
    if (!tightRpo && !tightRto)
        return;
    for (const auto& [id, s] : d.design().services) {
        if (!d.is(s, Category::ObjectStore))
            continue;
        const auto redundancy = d.text(s, "redundancy").value_or("");
        if (redundancy != "GRS" && redundancy != "GZRS" && redundancy != "RA-GRS" &&
            redundancy != "RA-GZRS")
            continue;
        std::vector<std::string> objectives;
        if (tightRpo)
            objectives.push_back("RPO is " + formatDuration(rpo));
        if (tightRto)
            objectives.push_back("RTO is " + formatDuration(rto));
        sink.add(d.label(s) + " relies on " + redundancy +
                     " to survive losing its region: the secondary copy is typically under "
                     "15 min behind (not guaranteed) and a customer-managed failover typically "
                     "takes up to 60 min, but the region " +
                     joinList(objectives) + ".",
                 {s.id.value});
    }
}

// RES-017
void checkCrossRegionBackups(const DesignIndex& d, FindingSink& sink)
{
    const auto store = [&](const Service& s) { return isDataStoreService(d, s); };
    forEachReplicaGroup(d, store, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        if (!holdsRecord(d, group, *writer) || !d.flag(*writer, "backups"))
            return; // queues have no backups to take
        if (std::any_of(group.begin(), group.end(), [&](const Service* s) {
                return d.flag(*s, "backups").value_or(false) &&
                       d.flag(*s, "backupCrossRegion").value_or(false);
            }))
            return;
        const bool backups = d.flag(*writer, "backups").value_or(false);
        sink.add(d.label(*writer) +
                     (backups ? " keeps its backups only in its own region" : " has no backups") +
                     ": replication copies deletes and corruption to every replica, and only a "
                     "backup kept in another region restores the data after that or after "
                     "losing the region.",
                 ids(group));
    });
}

// RES-018
void checkReadAfterCrossRegionHandOff(const DesignIndex& d, FindingSink& sink)
{
    // Hand-offs across regions first: they are rare, and only then are the stores worth grouping.
    struct HandOff
    {
        const Link* link;
        const Service* from;
        const Service* to;
    };
    std::vector<HandOff> handOffs;
    for (const auto& [id, region] : d.design().regions) {
        for (const auto* from : d.servicesIn(region.id)) {
            for (const auto* link : d.outgoing(from->id)) {
                if (link->kind != LinkKind::Request && link->kind != LinkKind::Event)
                    continue;
                const auto* to = linkTarget(d, *link);
                if (to && to->region && *to->region != region.id)
                    handOffs.push_back({link, from, to});
            }
        }
    }
    if (handOffs.empty())
        return;
    // Per region, the asynchronously replicated groups its services call there, each named by
    // its first member, with the member called.
    struct Use
    {
        const Service* group;
        const Service* member;
    };
    std::unordered_map<const Service*, const Service*> groupOfStore;
    std::unordered_map<std::string, std::vector<Use>> usesByRegion;
    for (const auto& [id, region] : d.design().regions) {
        for (const auto* from : d.servicesIn(region.id)) {
            for (const auto* link : d.outgoing(from->id)) {
                const auto* store =
                    link->kind == LinkKind::Request ? linkTarget(d, *link) : nullptr;
                if (!store || store->region != from->region || !isDataStoreService(d, *store))
                    continue;
                auto it = groupOfStore.find(store);
                if (it == groupOfStore.end()) {
                    const auto group = replicaGroup(d, *store);
                    const bool async =
                        group.size() > 1 && mode(d, *writerOf(d, group)) == ReplicationMode::Async;
                    for (const auto* member : group)
                        groupOfStore.emplace(member, async ? group.front() : nullptr);
                    it = groupOfStore.find(store);
                }
                auto& uses = usesByRegion[region.id.value];
                if (it->second && std::none_of(uses.begin(), uses.end(),
                                               [&](const Use& u) { return u.group == it->second; }))
                    uses.push_back({it->second, store});
            }
        }
    }
    for (const auto& [link, from, to] : handOffs) {
        const auto a = usesByRegion.find(from->region->value);
        const auto b = usesByRegion.find(to->region->value);
        if (a == usesByRegion.end() || b == usesByRegion.end())
            continue;
        for (const auto& useA : a->second) {
            const auto useB = std::find_if(b->second.begin(), b->second.end(),
                                           [&](const Use& u) { return u.group == useA.group; });
            if (useB == b->second.end())
                continue;
            const auto* writer = writerOf(d, replicaGroup(d, *useA.member));
            const auto lag = storeRecovery(d, *writer).typicalLag;
            sink.add(d.label(*from) + " " + whereIs(d, *from) + " hands work to " + d.label(*to) +
                         " " + whereIs(d, *to) + " over " + withArticle(enumName(link->kind)) +
                         " link, and each region uses its own copy of " + d.label(*writer) +
                         ", replicated asynchronously (" +
                         (lag ? "typically " + formatDuration(*lag) + " behind"
                              : "no published lag bound") +
                         "): the work can arrive before the data written for it.",
                     {link->id.value, from->id.value, to->id.value, useA.member->id.value,
                      useB->member->id.value});
        }
    }
}

// RES-019
void checkBoundedStaleness(const DesignIndex& d, FindingSink& sink)
{
    // The smallest bounds Cosmos DB accepts for an account with several regions (S32).
    constexpr double minimumWrites = 100'000.0;
    constexpr double minimumSeconds = 300.0;
    const auto& workload = d.design().workload;
    const double writesPerSecond = workload.peakRate.value() * workload.writePercent / 100.0;
    const auto bounded = [&](const Service& s) {
        return d.text(s, "consistency").value_or("") == "bounded-staleness";
    };
    forEachReplicaGroup(d, bounded, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        if (d.text(*writer, "consistency").value_or("") != "bounded-staleness")
            return;
        const auto recovery = storeRecovery(d, *writer);
        if (!recovery.replicated)
            return;
        // One cause, one finding: a bound beyond the store's RPO target is RES-010's error.
        const auto limit = anyProtected(d, group) ? 0.0 * seconds : d.regionRpo();
        if (recovery.rpo && *recovery.rpo > limit)
            return;
        // The time bound as the failover model has it, else the minimum; the write bound may
        // be reached first.
        double bound = recovery.rpo ? recovery.rpo->value() : minimumSeconds;
        std::string basis;
        if (writesPerSecond > 0.0) {
            const double writesTime = minimumWrites / writesPerSecond;
            bound = std::min(bound, writesTime);
            basis = " (at the peak of " + formatNumber(writesPerSecond) +
                    " writes/s, 100,000 writes take " + formatNumber(writesTime) + " s)";
        }
        sink.add(d.label(*writer) +
                     " uses bounded staleness across regions, whose bounds are at least 100,000 "
                     "writes or 300 s: losing its write region can lose up to " +
                     formatDuration(bound * seconds) + " of writes" + basis +
                     "; the region RPO is " + formatDuration(d.regionRpo()) + ".",
                 ids(group));
    });
}

// RES-020
void checkDynamoDbStrongRegionSet(const DesignIndex& d, FindingSink& sink)
{
    // The Region sets MRSC replicas must come from (S26, S27).
    static constexpr std::array<std::array<std::string_view, 4>, 3> regionSets{{
        {"us-east-1", "us-east-2", "us-west-2", ""},
        {"eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1"},
        {"ap-northeast-1", "ap-northeast-2", "ap-northeast-3", ""},
    }};
    const auto dynamo = [](const Service& s) { return isKind(s, "aws.dynamodb"); };
    forEachReplicaGroup(d, dynamo, [&](const Services& group) {
        Services others;
        for (const auto* s : group) {
            if (mode(d, *s) != ReplicationMode::SyncQuorum)
                others.push_back(s);
        }
        if (others.size() == group.size())
            return; // no MRSC replica
        const auto* writer = writerOf(d, group);
        if (!others.empty())
            sink.add("The global table of " + d.label(*writer) +
                         " mixes multi-Region strong consistency (MRSC) with other modes on " +
                         labels(d, others) +
                         ": the mode is fixed when the table is created and the same for every "
                         "replica.",
                     ids(group));
        const auto regions = regionsOf(d, group);
        const bool oneSet = std::any_of(regionSets.begin(), regionSets.end(), [&](const auto& set) {
            return std::all_of(regions.begin(), regions.end(), [&](const Region* r) {
                return std::find(set.begin(), set.end(), r->code) != set.end();
            });
        });
        if (!oneSet) {
            auto elements = ids(group);
            appendIds(elements, regions);
            sink.add("The MRSC replicas of " + d.label(*writer) + " are in " + labels(d, regions) +
                         ", which are not all in one Region set (US: us-east-1, us-east-2, "
                         "us-west-2; EU: eu-west-1, eu-west-2, eu-west-3, eu-central-1; AP: "
                         "ap-northeast-1, ap-northeast-2, ap-northeast-3).",
                     std::move(elements));
        }
        if (group.size() > 3)
            sink.add("The global table of " + d.label(*writer) + " has " +
                         std::to_string(group.size()) +
                         " MRSC replicas; multi-Region strong consistency takes exactly three (or "
                         "two and a witness).",
                     ids(group));
    });
}

constexpr std::array dataRuleTable{
    Rule{"RES-010", "Estimated RPO meets the region RPO", RuleArea::Data, Severity::Error,
         "What a region loss costs in data is the RPO each store can achieve: 0 for synchronous "
         "quorums, the replication lag for asynchronous replicas, the backup interval when only a "
         "cross-region backup survives. Databases and object stores are checked against the region "
         "RPO, and stores marked as never losing an update against 0; caches and queues only when "
         "so marked. Asynchronous replication whose lag is only typical (no published bound) "
         "promises no RPO: it is reported as unbounded (object stores without a replication time "
         "bound are RES-015's).",
         "AWS Well-Architected REL13-BP01 (define recovery objectives); Azure WAF RE:04 (S52, S57)",
         "Replicate the store to another region (synchronously where the RPO is 0), shorten the "
         "backup interval and copy backups to another region, or relax the RPO target.",
         checkRpo},
    Rule{"RES-011", "No last-writer-wins on stores that must not lose updates", RuleArea::Data,
         Severity::Warning,
         "Multi-writer stores replicated asynchronously resolve concurrent writes to the same item "
         "by last writer wins by default (DynamoDB on a timestamp, Cosmos DB on _ts) and log "
         "nothing, so a store the design says must never lose an update silently loses one.",
         "AWS Prescriptive Guidance, DynamoDB global tables (S26); Cosmos DB conflict resolution "
         "policies (S34)",
         "Write to one region only, use a synchronous mode (DynamoDB MRSC), or declare a custom "
         "or CRDT conflict policy that the application implements.",
         checkLastWriterWins},
    Rule{"RES-012", "Multi-region single-write Cosmos DB has service-managed failover",
         RuleArea::Data, Severity::Warning,
         "A Cosmos DB account with several regions but one write region accepts no writes for "
         "the whole outage of that region unless service-managed failover is enabled (and even "
         "then a partial outage may take an hour or more).",
         "Microsoft, reliability in Azure Cosmos DB for NoSQL (S33)",
         "Enable service-managed failover on the account, or enable multi-region writes.",
         checkCosmosServiceManagedFailover},
    Rule{"RES-013", "No strong consistency with multi-region writes", RuleArea::Data,
         Severity::Error,
         "Cosmos DB does not allow strong consistency on an account with multi-region writes. "
         "Extended to any store with asynchronous multi-writer replication (DynamoDB MREC): "
         "strong consistency across regions needs synchronous replication.",
         "Microsoft, Cosmos DB consistency levels (S32); AWS DynamoDB global tables (S26)",
         "Choose one: strong consistency with a single write region (Cosmos DB) or synchronous "
         "replication (DynamoDB MRSC), or multi-region writes with a weaker consistency.",
         checkStrongMultiWrite},
    Rule{"RES-014", "Aurora global database states its failover path", RuleArea::Data,
         Severity::Warning,
         "Aurora global databases have a switchover (RPO 0, needs the primary up) and a failover "
         "with AllowDataLoss (for losing the primary region, loses unreplicated writes). The "
         "design must say which it relies on, not plan a switchover for a region loss, and have "
         "a secondary in another serving region to become the writer.",
         "Amazon Aurora User Guide, global database disaster recovery (S28, S29)",
         "Set failoverPath to failover (or detach-promote) for region loss, and draw a secondary "
         "cluster in the serving region that becomes the writer, linked by replication.",
         checkAuroraFailoverPath},
    Rule{"RES-015", "Object replication has a time bound when the RPO is 15 min or less",
         RuleArea::Data, Severity::Warning,
         "S3 cross-region replication without Replication Time Control has no time bound; with "
         "RTC 99.99 % of objects replicate within 15 min. Extended to Cloud Storage, whose "
         "default replication is a 1 h target and turbo replication a 15 min bound.",
         "Amazon S3 User Guide, replicating objects with S3 RTC (S39)",
         "Enable S3 Replication Time Control (replicationTimeControl), or turbo replication on a "
         "dual-region Cloud Storage bucket.",
         checkReplicationTimeBound},
    Rule{"RES-016", "Azure geo-redundant storage does not meet tight objectives", RuleArea::Data,
         Severity::Warning,
         "GRS and GZRS copy to the paired region asynchronously, typically under 15 min behind "
         "but not guaranteed, and a customer-managed failover typically takes up to 60 min, so "
         "they cannot meet a region RPO under 15 min or an RTO under 60 min.",
         "Microsoft, Azure Storage redundancy, multi-region outage experience (S41)",
         "Replicate at the application level (object replication to an account in another "
         "serving region that the application can switch to at once), or relax the objectives.",
         checkGeoRedundantStorage},
    Rule{"RES-017", "Data stores keep backups in another region", RuleArea::Data, Severity::Error,
         "Replication copies deletes and corruption to every replica at once; only a backup goes "
         "back before them, and only one kept outside the region survives its loss. Applies to "
         "databases and object stores (caches and queues when marked as never losing an "
         "update); one member of a replica group with cross-region backups is enough.",
         "AWS Well-Architected REL9 (back up data); Azure WAF RE:09 (BCDR) (S52, S57)",
         "Enable backups (or point-in-time recovery with backups) and copy them to another "
         "region or account.",
         checkCrossRegionBackups},
    Rule{"RES-018", "Work handed across regions before its data replicates", RuleArea::Data,
         Severity::Info,
         "The model has no read or write edges, so this flags the pattern that makes the lag "
         "matter: a request or event link from region A to region B while services in both "
         "regions call their own copy of the same asynchronously replicated store. Work can "
         "reach B before the data written for it in A.",
         "Microsoft, Cosmos DB consistency and multi-region reads (S33); DynamoDB global tables "
         "(S26)",
         "Keep the hand-off in one region, carry the data in the message, read from the writer "
         "region, or use a synchronous (strongly consistent) store for it.",
         checkReadAfterCrossRegionHandOff},
    Rule{"RES-019", "Bounded staleness across regions allows minutes of lag", RuleArea::Data,
         Severity::Info,
         "With several regions Cosmos DB bounded staleness accepts lag bounds of at least "
         "100,000 writes or 300 s, so the RPO of such an account is up to the smaller of 300 s "
         "and the time the workload takes to make 100,000 writes at its peak.",
         "Microsoft, Cosmos DB consistency levels (S32)",
         "Use strong consistency (three or more regions, single write region) where the RPO must "
         "be 0, or accept the bound and set the region RPO accordingly.",
         checkBoundedStaleness},
    Rule{"RES-020", "DynamoDB MRSC replicas form one valid Region set", RuleArea::Data,
         Severity::Error,
         "DynamoDB multi-Region strong consistency takes exactly three replicas (or two and a "
         "witness) in one Region set (US, EU or AP), and the mode is fixed when the table is "
         "created, for every replica.",
         "AWS CloudFormation GlobalTableWitness and MRSC example (S27); DynamoDB global tables "
         "(S26)",
         "Place the three replicas in one Region set and set replicationMode sync-quorum on all "
         "of them (a new table: the mode cannot be changed later).",
         checkDynamoDbStrongRegionSet},
};

} // namespace

std::span<const Rule> dataRules()
{
    return dataRuleTable;
}

} // namespace rs::rules
