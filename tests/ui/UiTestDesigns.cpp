#include "UiTestDesigns.h"

#include "DesignBuilder.h"

namespace rs::test {

Design twoRegionDesign()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100.0)
        .region("usw2", "us-west-2", 0.0, RegionRole::WarmStandby, 100.0)
        .service("dns", "aws.route53")
        .service("api", "aws.api-gateway", "use1")
        .service("fn", "aws.lambda", "use1")
        .service("db", "aws.dynamodb", "use1")
        .service("db2", "aws.dynamodb", "usw2")
        .service("key", "aws.kms", "use1")
        .link("dns", "api", LinkKind::Route)
        .link("api", "fn", LinkKind::Request)
        .link("fn", "db", LinkKind::Request)
        .link("db", "db2", LinkKind::Replication)
        .link("fn", "key", LinkKind::UsesKey);
    auto& d = b.design();
    d.name = "Two regions";
    d.targets.noLostUpdates = {ServiceId{"db"}};
    d.regions.at(RegionId{"use1"}).position = {0.0, 200.0};
    d.regions.at(RegionId{"usw2"}).position = {560.0, 200.0};
    d.services.at(ServiceId{"dns"}).position = {400.0, 40.0};
    d.services.at(ServiceId{"api"}).position = {40.0, 60.0};
    d.services.at(ServiceId{"fn"}).position = {200.0, 60.0};
    d.services.at(ServiceId{"db"}).position = {200.0, 200.0};
    d.services.at(ServiceId{"db2"}).position = {200.0, 200.0};
    d.services.at(ServiceId{"key"}).position = {40.0, 200.0};
    return b.build();
}

} // namespace rs::test
