#include "ReferenceDesigns.h"

namespace rs::test {

namespace {

/// us-east-1 serving everything, a warm standby in `standbyCode` with `standbyHeadroom` %
/// spare, API Gateway, Lambda and a DynamoDB global table in each, a router in front.
DesignBuilder homeAndStandby(const std::string& router, const std::string& standbyId,
                             const std::string& standbyCode, double standbyHeadroom)
{
    DesignBuilder b;
    b.tier(Tier::Critical)
        .region("use1", "us-east-1", 100)
        .region(standbyId, standbyCode, 0, RegionRole::WarmStandby, standbyHeadroom)
        .service("dns", router)
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-" + standbyId, LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-" + standbyId, LinkKind::HealthCheck);
    for (const std::string r : {std::string("use1"), standbyId}) {
        b.service("api-" + r, "aws.api-gateway", r)
            .service("fn-" + r, "aws.lambda", r)
            .service(
                "db-" + r, "aws.dynamodb", r,
                {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}})
            .link("api-" + r, "fn-" + r, LinkKind::Request)
            .link("fn-" + r, "db-" + r, LinkKind::Request);
    }
    b.link("db-use1", "db-" + standbyId, LinkKind::Replication);
    b.design().workload.peakRate = 200.0 * units::requests / units::second;
    b.design().workload.writePercent = 25.0;
    return b;
}

} // namespace

DesignBuilder auroraGlobalPair(Properties aurora)
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
        .service("dns", "aws.route53");
    for (const std::string r : {"use1", "usw2"})
        b.service("fn-" + r, "aws.lambda", r)
            .service("db-" + r, "aws.aurora-global", r, aurora)
            .link("fn-" + r, "db-" + r, LinkKind::Request)
            .link("dns", "fn-" + r, LinkKind::Route)
            .link("dns", "fn-" + r, LinkKind::HealthCheck);
    b.link("db-use1", "db-usw2", LinkKind::Replication);
    b.design().operations.decision = FailoverDecision::Manual;
    b.design().operations.manualDecisionTime = 600.0 * units::seconds;
    return b;
}

DesignBuilder workedExampleA(const std::string& router)
{
    return homeAndStandby(router, "usw2", "us-west-2", 100);
}

Design capacityShortExample()
{
    auto b = homeAndStandby("aws.route53", "usw2", "us-west-2", 50);
    b.design().name = "Standby too small";
    return b.build();
}

Design residencyBreachExample()
{
    auto b = homeAndStandby("aws.route53", "euw1", "eu-west-1", 100);
    b.design().name = "Standby abroad";
    b.design().targets.residency = Residency::SameCountry;
    return b.build();
}

Design singleRegionStack()
{
    return DesignBuilder()
        .tier(Tier::Critical)
        .region("use1", "us-east-1", 100)
        .service("api", "aws.api-gateway", "use1")
        .service("fn", "aws.lambda", "use1")
        .service("db", "aws.dynamodb", "use1")
        .link("api", "fn", LinkKind::Request)
        .link("fn", "db", LinkKind::Request)
        .build();
}

} // namespace rs::test
