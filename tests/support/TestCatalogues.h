#pragma once

#include "core/Catalogues.h"

#include <string>

namespace rs::test {

/// A small, fixed catalogue for format and validation tests, so they test the reader rather
/// than the shipped data: aws.lambda, aws.api-gateway, aws.dynamodb, aws.route53, aws.kms,
/// aws.cloudfront, azure.functions, neutral.cockroachdb; regions aws us-east-1, us-west-2,
/// eu-west-1 and azure westeurope.
const Catalogues& smallCatalogues();

/// The built-in catalogues; fails the test run if they do not load.
const Catalogues& builtInCatalogues();

/// One region of a made-up region catalogue, on the equator at `longitude` (one degree is
/// 111.19 km there), as regions.json writes it.
std::string equatorRegionJson(const std::string& provider, const std::string& code,
                              const std::string& continent, double longitude);

/// `path` under the source tree.
std::string sourcePath(const std::string& path);

} // namespace rs::test
