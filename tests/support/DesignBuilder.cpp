#include "DesignBuilder.h"

#include "TestCatalogues.h"
#include "core/DesignIndex.h"
#include "core/DesignValidator.h"
#include "core/rules/RuleCatalogue.h"

#include <cstdlib>
#include <iostream>

namespace rs::test {

DesignBuilder& DesignBuilder::tier(Tier tier)
{
    m_design.targets.tier = tier;
    return *this;
}

DesignBuilder& DesignBuilder::region(const std::string& id, const std::string& code,
                                     double trafficPercent, RegionRole role, double headroomPercent,
                                     Provider provider)
{
    Region r;
    r.id = RegionId{id};
    r.provider = provider;
    r.code = code;
    r.role = role;
    r.trafficPercent = trafficPercent;
    r.headroomPercent = headroomPercent;
    m_design.regions.emplace(r.id, r);
    return *this;
}

DesignBuilder& DesignBuilder::service(const std::string& id, const std::string& kind,
                                      const std::string& region, Properties properties)
{
    Service s;
    s.id = ServiceId{id};
    s.kind = kind;
    s.name = id;
    if (!region.empty())
        s.region = RegionId{region};
    for (const auto& [name, value] : properties)
        s.properties.emplace(name, value);
    m_design.services.emplace(s.id, std::move(s));
    return *this;
}

DesignBuilder& DesignBuilder::link(const std::string& from, const std::string& to, LinkKind kind,
                                   double payloadBytes)
{
    Link l;
    l.id = LinkId{"l-" + from + "-" + to + "-" + std::string(enumName(kind))};
    l.from = ServiceId{from};
    l.to = ServiceId{to};
    l.kind = kind;
    l.payload = payloadBytes * units::bytes;
    m_design.links.emplace(l.id, std::move(l));
    return *this;
}

Design DesignBuilder::build() const
{
    const auto errors = validateDesign(m_design, builtInCatalogues());
    if (!errors.empty()) {
        for (const auto& e : errors)
            std::cerr << "DesignBuilder: invalid test design: " << e.where.elementId << " "
                      << e.toString() << "\n";
        std::abort();
    }
    return m_design;
}

Design lambdaBehindApi(const std::string& code, double requestsPerMonth)
{
    DesignBuilder b;
    b.region("r", code, 100)
        .service("dns", "aws.route53")
        .service("api", "aws.api-gateway", "r")
        .service("fn", "aws.lambda", "r")
        .link("dns", "api", LinkKind::Route)
        .link("api", "fn", LinkKind::Request, 1024);
    b.design().workload.requestsPerMonth = requestsPerMonth * units::requests;
    return b.build();
}

Findings runRule(const Design& design, const std::string& ruleId)
{
    const auto* rule = findRule(ruleId);
    if (!rule) {
        std::cerr << "runRule: no rule " << ruleId << "\n";
        std::abort();
    }
    const DesignIndex index(design, builtInCatalogues());
    Findings findings;
    FindingSink sink(rule->id, rule->defaultSeverity, findings);
    rule->check(index, sink);
    return findings;
}

} // namespace rs::test
