#pragma once

#include "DesignBuilder.h"

#include <string>

namespace rs::test {

/// Worked example A of reference/resilience-model.md §6.6: a router (Route 53 failover routing
/// with default health checks unless another kind is given) in front of API Gateway + Lambda + a
/// DynamoDB global table (MREC) in two regions; us-east-1 serves all traffic, us-west-2 stands
/// by able to take it all. Critical tier; peak 200 requests/s, 25 % of them writes.
DesignBuilder workedExampleA(const std::string& router = "aws.route53");

/// The "before" picture: a critical API Gateway + Lambda + DynamoDB stack in us-east-1 only.
Design singleRegionStack();

} // namespace rs::test
