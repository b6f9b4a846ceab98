#pragma once

#include "core/Design.h"
#include "core/rules/Finding.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace rs::test {

/// Property values for DesignBuilder::service().
using Properties = std::initializer_list<std::pair<const std::string, PropertyValue>>;

/// Builds designs for tests in a few readable lines:
///
///     auto d = DesignBuilder()
///                  .region("use1", "us-east-1", 100)
///                  .service("api", "aws.api-gateway", "use1")
///                  .service("dns", "aws.route53")            // no region: global
///                  .link("dns", "api", LinkKind::Route)
///                  .build();
class DesignBuilder
{
public:
    DesignBuilder& tier(Tier tier);
    /// An AWS region by default; pass the provider for others.
    DesignBuilder& region(const std::string& id, const std::string& code, double trafficPercent,
                          RegionRole role = RegionRole::Active, double headroomPercent = 0.0,
                          Provider provider = Provider::Aws);
    DesignBuilder&
    service(const std::string& id, const std::string& kind, const std::string& region = {},
            std::initializer_list<std::pair<const std::string, PropertyValue>> properties = {});
    DesignBuilder& link(const std::string& from, const std::string& to, LinkKind kind,
                        double payloadBytes = 0.0);
    /// Direct access for anything else (targets, operations, link flags, ...).
    Design& design() { return m_design; }
    /// The design; fails the test run if it does not pass validateDesign() with the built-in
    /// catalogues, so that rule tests never test invalid input by accident.
    Design build() const;

private:
    Design m_design;
};

/// Route 53 -> API Gateway -> Lambda (the kind's defaults: x86) in the one AWS region `code`,
/// carrying `requestsPerMonth`: as many Lambda invocations.
Design lambdaBehindApi(const std::string& code, double requestsPerMonth);

/// The findings of one rule on a design (checked with the built-in catalogues).
Findings runRule(const Design& design, const std::string& ruleId);

} // namespace rs::test
