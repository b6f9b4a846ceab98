#include "ReferenceDesigns.h"

namespace rs::test {

DesignBuilder workedExampleA(const std::string& router)
{
    DesignBuilder b;
    b.tier(Tier::Critical)
        .region("use1", "us-east-1", 100)
        .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
        .service("dns", router)
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-usw2", LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-usw2", LinkKind::HealthCheck);
    for (const std::string r : {"use1", "usw2"}) {
        b.service("api-" + r, "aws.api-gateway", r)
            .service("fn-" + r, "aws.lambda", r)
            .service(
                "db-" + r, "aws.dynamodb", r,
                {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}})
            .link("api-" + r, "fn-" + r, LinkKind::Request)
            .link("fn-" + r, "db-" + r, LinkKind::Request);
    }
    b.link("db-use1", "db-usw2", LinkKind::Replication);
    b.design().workload.peakRate = 200.0 * units::requests / units::second;
    b.design().workload.writePercent = 25.0;
    return b;
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
