#pragma once

#include "core/Design.h"

namespace rs::test {

/// The design the UI tests edit, small enough to reason about by hand:
///
///   regions  use1 (us-east-1, active, 100 %)   usw2 (us-west-2, warm standby, 0 %, 100 % headroom)
///   services dns  aws.route53 (global edge)
///            api  aws.api-gateway  in use1      fn  aws.lambda  in use1
///            db   aws.dynamodb     in use1      db2 aws.dynamodb in usw2
///            key  aws.kms          in use1
///   links    dns->api route, api->fn request, fn->db request, db->db2 replication, fn->key
///   uses-key targets  noLostUpdates = [db]
///
/// 2 regions + 6 services + 5 links = 13 elements. Valid with the built-in catalogues.
Design twoRegionDesign();

} // namespace rs::test
