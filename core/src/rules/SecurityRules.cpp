#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/DesignIndex.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace rs::rules {

namespace {

std::string where(const DesignIndex& d, const Service& s)
{
    const auto* region = regionOf(d, s);
    return region ? d.label(*region) : std::string("the global edge");
}

/// The targets of a service's links of one kind, with the links.
std::vector<std::pair<const Link*, const Service*>> linked(const DesignIndex& d,
                                                           const Service& from, LinkKind kind)
{
    std::vector<std::pair<const Link*, const Service*>> out;
    for (const auto* link : d.outgoing(from.id)) {
        if (link->kind != kind)
            continue;
        if (const auto* to = d.design().service(link->to))
            out.push_back({link, to});
    }
    return out;
}

/// A key can be used in a region when it lives there, is global, or is a multi-region key
/// (its replicas are assumed to exist in every region the design uses).
bool keyAvailableIn(const DesignIndex& d, const Service& key, const RegionId& region)
{
    return key.isGlobal() || *key.region == region || d.flag(key, "multiRegion").value_or(false);
}

/// A secret store can be read in a region when it lives there, is global, or is replicated.
bool secretAvailableIn(const DesignIndex& d, const Service& secret, const RegionId& region)
{
    return secret.isGlobal() || *secret.region == region ||
           d.flag(secret, "replicated").value_or(false);
}

/// Routers and CDNs that send users down two or more ingress paths.
std::vector<std::pair<const Link*, const Service*>> ingressPaths(const DesignIndex& d,
                                                                 const Service& s)
{
    std::vector<std::pair<const Link*, const Service*>> out;
    if (!d.is(s, Category::Router) && !d.is(s, Category::Cdn))
        return out;
    for (const auto* link : d.outgoing(s.id)) {
        if (link->kind != LinkKind::Route && link->kind != LinkKind::Origin)
            continue;
        if (const auto* to = d.design().service(link->to))
            out.push_back({link, to});
    }
    if (out.size() < 2)
        out.clear();
    return out;
}

/// The WAFs in front of an endpoint: the endpoint itself, or WAFs routing to it.
std::vector<const Service*> wafsBefore(const DesignIndex& d, const Service& endpoint)
{
    std::vector<const Service*> out;
    if (d.is(endpoint, Category::Waf))
        out.push_back(&endpoint);
    for (const auto* link : d.incoming(endpoint.id)) {
        const auto* from = d.design().service(link->from);
        if (link->kind == LinkKind::Route && from && d.is(*from, Category::Waf))
            out.push_back(from);
    }
    return out;
}

// --- The rules -------------------------------------------------------------------------------

void checkKeysInReplicaRegions(const DesignIndex& d, FindingSink& sink)
{
    // A service using a key that is not available in its own region.
    for (const auto& [id, link] : d.design().links) {
        if (link.kind != LinkKind::UsesKey)
            continue;
        const auto* user = d.design().service(link.from);
        const auto* key = d.design().service(link.to);
        if (!user || !key || user->isGlobal() || keyAvailableIn(d, *key, *user->region))
            continue;
        sink.add(d.label(*user) + " in " + where(d, *user) + " is encrypted with " + d.label(*key) +
                     " in " + where(d, *key) +
                     ", which is not a multi-region key: once that region fails its data "
                     "cannot be decrypted",
                 {user->id.value, key->id.value, id.value});
    }
    // A replica in another region with no key of its own where the primary's key is not
    // available.
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    for (const auto& entry : d.design().services) {
        const Service& store = entry.second;
        const auto keys = linked(d, store, LinkKind::UsesKey);
        if (keys.empty() || store.isGlobal())
            continue;
        const auto check = [&](const Link& replication, const ServiceId& otherId) {
            const auto* other = d.design().service(otherId);
            if (!other || other->isGlobal() || *other->region == *store.region ||
                !linked(d, *other, LinkKind::UsesKey).empty())
                return;
            std::vector<std::string> ids{other->id.value, store.id.value};
            std::vector<std::string> names;
            for (const auto& [link, key] : keys) {
                if (keyAvailableIn(d, *key, *other->region))
                    return;
                ids.push_back(key->id.value);
                names.push_back(d.label(*key));
            }
            ids.push_back(replication.id.value);
            sink.add(d.label(*other) + " in " + where(d, *other) + " replicates " + d.label(store) +
                         ", which is encrypted with " + joinList(names) + " in " + where(d, store) +
                         ", not a multi-region key, and has no key of its own in its region: "
                         "after a failover its data cannot be decrypted",
                     std::move(ids));
        };
        for (const auto* link : d.outgoing(store.id)) {
            if (link->kind == LinkKind::Replication)
                check(*link, link->to);
        }
        for (const auto* link : d.incoming(store.id)) {
            if (link->kind == LinkKind::Replication)
                check(*link, link->from);
        }
    }
}

void checkReplicaKeyPolicies(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, link] : d.design().links) {
        if (link.kind != LinkKind::Replication)
            continue;
        const auto* a = d.design().service(link.from);
        const auto* b = d.design().service(link.to);
        if (!a || !b || a->region == b->region)
            continue;
        const auto keysA = linked(d, *a, LinkKind::UsesKey);
        const auto keysB = linked(d, *b, LinkKind::UsesKey);
        if (keysA.empty() || keysB.empty())
            continue;
        std::set<std::string> policiesA;
        std::set<std::string> policiesB;
        std::set<std::string> idsA;
        std::set<std::string> idsB;
        for (const auto& [l, key] : keysA) {
            policiesA.insert(d.text(*key, "policyName").value_or(""));
            idsA.insert(key->id.value);
        }
        for (const auto& [l, key] : keysB) {
            policiesB.insert(d.text(*key, "policyName").value_or(""));
            idsB.insert(key->id.value);
        }
        if (idsA == idsB || policiesA == policiesB)
            continue;
        std::vector<std::string> ids{a->id.value, b->id.value};
        std::vector<std::string> names;
        for (const auto* keys : {&keysA, &keysB}) {
            for (const auto& [l, key] : *keys) {
                const auto policy = d.text(*key, "policyName").value_or("");
                names.push_back(d.label(*key) + " in " + where(d, *key) + " (policy " +
                                (policy.empty() ? std::string("unnamed") : "\"" + policy + "\"") +
                                ")");
                ids.push_back(key->id.value);
            }
        }
        ids.push_back(id.value);
        sink.add(d.label(*a) + " and its replica " + d.label(*b) +
                     " are protected by keys with different policies: " + joinList(names) +
                     "; after a failover the replica's key may not grant the same access",
                 std::move(ids));
    }
}

void checkSecretsInServingRegions(const DesignIndex& d, FindingSink& sink)
{
    std::vector<const Service*> secrets;
    bool usesSecrets = false;
    for (const auto& [id, s] : d.design().services) {
        if (d.is(s, Category::Secret))
            secrets.push_back(&s);
    }
    for (const auto& [id, link] : d.design().links)
        usesSecrets = usesSecrets || link.kind == LinkKind::UsesSecret;
    if (!usesSecrets)
        return;
    for (const auto* region : d.servingRegions()) {
        const auto& services = d.servicesIn(region->id);
        const bool runsApp = std::any_of(services.begin(), services.end(), [&](const Service* s) {
            return d.is(*s, Category::Compute) || d.is(*s, Category::ApiGateway);
        });
        if (!runsApp)
            continue;
        const bool anyHere = std::any_of(secrets.begin(), secrets.end(), [&](const Service* s) {
            return secretAvailableIn(d, *s, region->id);
        });
        // Reads from this region of secrets that are not available in it.
        std::vector<std::tuple<const Service*, const Link*, const Service*>> remote;
        for (const auto* s : services) {
            for (const auto& [link, secret] : linked(d, *s, LinkKind::UsesSecret)) {
                if (!secretAvailableIn(d, *secret, region->id))
                    remote.emplace_back(s, link, secret);
            }
        }
        if (!anyHere) {
            std::vector<std::string> ids{region->id.value};
            std::vector<std::string> names;
            for (const auto* secret : secrets) {
                names.push_back(d.label(*secret) + " in " + where(d, *secret));
                ids.push_back(secret->id.value);
            }
            for (const auto& [user, link, secret] : remote)
                ids.push_back(link->id.value);
            sink.add(d.label(*region) +
                         " runs the application but no secret store is available there (" +
                         joinList(names) +
                         ", not replicated): its services cannot start or call out once the "
                         "secrets' region fails",
                     std::move(ids));
            continue;
        }
        for (const auto& [user, link, secret] : remote) {
            sink.add(d.label(*user) + " in " + d.label(*region) + " reads " + d.label(*secret) +
                         " from " + where(d, *secret) +
                         ", which is not replicated: it fails with that region",
                     {user->id.value, secret->id.value, link->id.value});
        }
    }
}

void checkIdentityProviders(const DesignIndex& d, FindingSink& sink)
{
    if (d.servingRegions().size() < 2)
        return;
    std::vector<const Service*> providers;
    for (const auto& [id, s] : d.design().services) {
        if (d.is(s, Category::Identity) && !s.isGlobal() && !d.incoming(s.id).empty())
            providers.push_back(&s);
    }
    for (const auto* idp : providers) {
        if (d.flag(*idp, "crossRegionStandby").value_or(false))
            continue;
        // Another identity provider in a different region that services rely on is a standby.
        const bool standby = std::any_of(providers.begin(), providers.end(), [&](const Service* o) {
            return o != idp && o->region != idp->region;
        });
        if (standby)
            continue;
        std::vector<std::string> ids{idp->id.value};
        std::vector<std::string> users;
        for (const auto* link : d.incoming(idp->id)) {
            const auto* user = d.design().service(link->from);
            if (link->kind != LinkKind::Authenticates || !user)
                continue;
            users.push_back(d.label(*user));
            ids.push_back(user->id.value);
            ids.push_back(link->id.value);
        }
        if (users.empty())
            continue;
        const auto lifetime = d.number(*idp, "tokenLifetimeSeconds");
        sink.add(d.label(*idp) + " issues tokens from " + where(d, *idp) + " only, for " +
                     joinList(users) + ": when that region fails, sign-in stops in every region" +
                     (lifetime ? " and sessions end as issued tokens expire (within " +
                                     std::to_string(static_cast<long long>(*lifetime)) + " s)"
                               : std::string()),
                 std::move(ids));
    }
}

void checkWafParity(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, router] : d.design().services) {
        const auto paths = ingressPaths(d, router);
        std::vector<const Service*> wafs;
        std::vector<std::pair<const Link*, const Service*>> open;
        for (const auto& [link, endpoint] : paths) {
            const auto before = wafsBefore(d, *endpoint);
            if (before.empty())
                open.push_back({link, endpoint});
            for (const auto* waf : before) {
                if (std::find(wafs.begin(), wafs.end(), waf) == wafs.end())
                    wafs.push_back(waf);
            }
        }
        if (wafs.empty())
            continue;
        for (const auto& [link, endpoint] : open) {
            sink.add(d.label(router) + " sends users to " + d.label(*endpoint) + " in " +
                         where(d, *endpoint) + " without a WAF, while its other paths go through " +
                         d.label(*wafs.front()) +
                         ": failing over there drops the web application firewall",
                     {router.id.value, endpoint->id.value, link->id.value});
        }
        std::set<std::pair<std::string, double>> variants;
        for (const auto* waf : wafs)
            variants.insert({d.text(*waf, "policyName").value_or(""),
                             d.number(*waf, "ruleCount").value_or(0.0)});
        if (variants.size() < 2)
            continue;
        std::vector<std::string> ids{router.id.value};
        std::vector<std::string> names;
        for (const auto* waf : wafs) {
            const auto policy = d.text(*waf, "policyName").value_or("");
            names.push_back(
                d.label(*waf) + " (" +
                (policy.empty() ? std::string("unnamed") : "\"" + policy + "\"") + ", " +
                std::to_string(static_cast<long long>(d.number(*waf, "ruleCount").value_or(0.0))) +
                " rules)");
            ids.push_back(waf->id.value);
        }
        sink.add("The WAFs on " + d.label(router) + "'s ingress paths differ: " + joinList(names) +
                     "; users who fail over get different protection",
                 std::move(ids));
    }
}

void checkTlsOnEveryPath(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, router] : d.design().services) {
        const auto paths = ingressPaths(d, router);
        const bool anyTls = std::any_of(paths.begin(), paths.end(),
                                        [](const auto& p) { return p.first->encrypted; });
        std::set<std::string> regions;
        for (const auto& [link, endpoint] : paths) {
            if (endpoint->region)
                regions.insert(endpoint->region->value);
        }
        for (const auto& [link, endpoint] : paths) {
            if (anyTls && !link->encrypted)
                sink.add(d.label(router) + " reaches " + d.label(*endpoint) +
                             " without TLS while its other paths are encrypted: users who fail "
                             "over there lose the certificate and encryption they had",
                         {router.id.value, endpoint->id.value, link->id.value});
            if (regions.size() >= 2 && endpoint->kind == "aws.api-gateway" &&
                d.text(*endpoint, "endpointType").value_or("") == "edge-optimized")
                sink.add(d.label(router) + " fails over to " + d.label(*endpoint) +
                             ", an edge-optimized API whose custom domain name and certificate "
                             "belong to one region: the other regions cannot present the same "
                             "name and certificate",
                         {router.id.value, endpoint->id.value, link->id.value});
        }
    }
}

// --- The catalogue ---------------------------------------------------------------------------

const Rule securityRuleTable[] = {
    {"RES-031", "Replicated data has a key in every replica region", RuleArea::Security,
     Severity::Error,
     "Data replicated to another region can only be decrypted there if the same key (a "
     "multi-region key replica) or a key of its own is available in that region; a key left in "
     "the failed region makes the replica unreadable.",
     "AWS KMS multi-Region keys (S42); AWS Multi-Region Fundamentals 3, independent regions (S53)",
     "Make the key multi-region (multiRegion) or give each replica a uses-key link to a key in "
     "its own region.",
     checkKeysInReplicaRegions},
    {"RES-032", "Keys protecting the same data have the same policy in each region",
     RuleArea::Security, Severity::Warning,
     "Multi-region key replicas share key material but not their policy, grants and aliases, "
     "so a replica region can deny access after failover. The model compares the policyName of "
     "the keys used by a store and by its replica; a shared multi-region key node cannot be "
     "compared region by region.",
     "AWS KMS multi-Region keys: policy, grants, aliases and tags are independent (S42)",
     "Deploy the same key policy, grants and aliases in every region from one template and give "
     "the keys the same policyName.",
     checkReplicaKeyPolicies},
    {"RES-033", "Secrets are available in every serving region", RuleArea::Security,
     Severity::Error,
     "A function that reads its secrets from another region fails with that region; each "
     "region must operate independently.",
     "AWS Multi-Region Fundamentals 3: no dependencies between regions, including secrets and "
     "parameters (S53)",
     "Replicate the secret store to every serving region (replicated) or place a secret store in "
     "each region and read it locally.",
     checkSecretsInServingRegions},
    {"RES-034", "Sign-in survives the loss of a region", RuleArea::Security, Severity::Warning,
     "A regional identity provider without a standby stops sign-in in every region when its "
     "own region fails. The IAM control-plane dependency of the reference rule is not modelled.",
     "AWS Fault Isolation Boundaries, global services and control planes (S7)",
     "Keep a standby identity provider in another serving region (crossRegionStandby, or a "
     "second provider the services authenticate against), or use a global one.",
     checkIdentityProviders},
    {"RES-035", "Every ingress path has the same WAF rules", RuleArea::Security, Severity::Warning,
     "Users who fail over to a path with a missing or different WAF lose protection exactly "
     "when the system is under stress; break-glass paths need WAF parity.",
     "Azure Front Door high availability, break-glass with WAF parity (S15)",
     "Put a WAF with the same rule set (policyName, ruleCount) in front of every endpoint a "
     "router or CDN sends users to.",
     checkWafParity},
    {"RES-036", "Every ingress path presents the same TLS name", RuleArea::Security, Severity::Info,
     "Certificates are not modelled; the rule checks what decides whether every path can serve "
     "the same name and certificate: TLS on every route, and API endpoints that can carry the "
     "same custom domain in each region (edge-optimized API Gateway names belong to one "
     "region).",
     "Azure Front Door break-glass guidance: bring your own certificates for every ingress path "
     "(S15)",
     "Encrypt every route and origin link, and use regional API endpoints with the same custom "
     "domain name and certificate in each region.",
     checkTlsOnEveryPath},
};

} // namespace

std::span<const Rule> securityRules()
{
    return securityRuleTable;
}

} // namespace rs::rules
