#pragma once

#include "DesignBuilder.h"

#include <string>

namespace rs::test {

/// Worked example A of reference/resilience-model.md §6.6: a router (Route 53 failover routing
/// with default health checks unless another kind is given) in front of API Gateway + Lambda + a
/// DynamoDB global table (MREC) in two regions; us-east-1 serves all traffic, us-west-2 stands
/// by able to take it all. Critical tier; peak 200 requests/s, 25 % of them writes.
DesignBuilder workedExampleA(const std::string& router = "aws.route53");

/// Issue 21's example 06 in small: Route 53 (failover, default health checks on each function)
/// in front of Lambda and an Aurora global database (`aurora` properties on both clusters),
/// us-east-1 serving everything, us-west-2 a warm standby; an operator decides in 600 s.
DesignBuilder auroraGlobalPair(Properties aurora = {});

/// The "before" picture: a critical API Gateway + Lambda + DynamoDB stack in us-east-1 only.
Design singleRegionStack();

/// Worked example A whose standby (us-west-2) has room for only half the traffic: losing
/// us-east-1 meets RTO and RPO (150 s, 1 s against 1 h, 15 min) but not capacity (100 % of
/// peak against 0 + 50 %).
Design capacityShortExample();

/// Worked example A with its standby in eu-west-1 and data kept in one country: losing
/// us-east-1 meets RTO, RPO and capacity but serves the table from Ireland.
Design residencyBreachExample();

} // namespace rs::test
