#include "TestCatalogues.h"

#include <cstdlib>
#include <iostream>

namespace rs::test {

namespace {

constexpr const char* servicesJson = R"json({
  "catalogueVersion": "test",
  "kinds": [
    {"id": "aws.lambda", "provider": "aws", "name": "AWS Lambda", "category": "compute",
     "icon": "compute", "scope": "regional", "description": "Functions.",
     "properties": [
       {"name": "memoryMb", "label": "Memory", "type": "integer", "unit": "MB", "default": 512,
        "min": 128, "max": 10240, "help": "Memory."},
       {"name": "stateless", "label": "Stateless", "type": "bool", "default": true, "help": "No local state."}
     ],
     "sla": {"percent": 99.95, "source": "S30"},
     "replication": {"modes": ["none"], "source": "n/a"}, "priceKeys": []},
    {"id": "aws.api-gateway", "provider": "aws", "name": "Amazon API Gateway", "category": "api-gateway",
     "icon": "api-gateway", "scope": "regional", "description": "APIs.", "properties": [],
     "sla": {"percent": 99.95, "source": "S30"},
     "replication": {"modes": ["none"], "source": "n/a"}, "priceKeys": []},
    {"id": "aws.dynamodb", "provider": "aws", "name": "Amazon DynamoDB", "category": "database",
     "icon": "database", "scope": "regional", "description": "Tables.",
     "properties": [
       {"name": "replicationMode", "label": "Replication", "type": "enum",
        "values": ["none", "async", "sync-quorum"], "default": "none", "help": "Global tables."},
       {"name": "backupIntervalHours", "label": "Backup interval", "type": "number", "unit": "hours",
        "default": 24, "min": 0.1, "max": 720, "help": "Backups."}
     ],
     "sla": {"percent": 99.99, "source": "S26"},
     "replication": {"modes": ["none", "async", "sync-quorum"], "typicalLagSeconds": 1,
                     "conflictPolicy": "lww", "promotionSeconds": null, "source": "S26"},
     "priceKeys": []},
    {"id": "aws.route53", "provider": "aws", "name": "Amazon Route 53", "category": "router",
     "icon": "router", "scope": "global", "description": "DNS.",
     "properties": [
       {"name": "ttlSeconds", "label": "TTL", "type": "integer", "unit": "s", "default": 60,
        "min": 0, "max": 86400, "help": "Cache time."}
     ],
     "sla": {"percent": 100, "source": "S30"},
     "replication": {"modes": ["none"], "source": "n/a"},
     "routing": {"type": "dns", "detection": "interval-threshold", "source": "S2"}, "priceKeys": []},
    {"id": "aws.kms", "provider": "aws", "name": "AWS KMS", "category": "key", "icon": "key",
     "scope": "regional", "description": "Keys.",
     "properties": [{"name": "multiRegion", "label": "Multi-Region", "type": "bool", "default": false, "help": "MRK."}],
     "sla": null, "replication": {"modes": ["none"], "source": "S42"}, "priceKeys": []},
    {"id": "aws.cloudfront", "provider": "aws", "name": "Amazon CloudFront", "category": "cdn",
     "icon": "cdn", "scope": "global", "description": "CDN.", "properties": [],
     "sla": {"percent": 99.9, "source": "S30"},
     "replication": {"modes": ["none"], "source": "n/a"}, "priceKeys": []},
    {"id": "azure.functions", "provider": "azure", "name": "Azure Functions", "category": "compute",
     "icon": "compute", "scope": "regional", "description": "Functions.", "properties": [],
     "sla": {"percent": 99.95, "source": "S45"},
     "replication": {"modes": ["none"], "source": "n/a"}, "priceKeys": []},
    {"id": "neutral.cockroachdb", "provider": "neutral", "name": "CockroachDB", "category": "database",
     "icon": "database", "scope": "regional", "description": "SQL.", "properties": [],
     "sla": null, "replication": {"modes": ["sync-quorum"], "source": "S37"}, "priceKeys": []}
  ]
})json";

constexpr const char* regionsJson = R"json({
  "regions": [
    {"provider": "aws", "code": "us-east-1", "name": "US East (N. Virginia)", "country": "US",
     "continent": "North America", "jurisdiction": "US", "latitude": 38.9, "longitude": -77.0,
     "priceLocation": "US East (N. Virginia)"},
    {"provider": "aws", "code": "us-west-2", "name": "US West (Oregon)", "country": "US",
     "continent": "North America", "jurisdiction": "US", "latitude": 45.6, "longitude": -121.2,
     "priceLocation": "US West (Oregon)"},
    {"provider": "aws", "code": "eu-west-1", "name": "Europe (Ireland)", "country": "IE",
     "continent": "Europe", "jurisdiction": "EU", "latitude": 53.35, "longitude": -6.26,
     "priceLocation": "EU (Ireland)"},
    {"provider": "azure", "code": "westeurope", "name": "West Europe", "country": "NL",
     "continent": "Europe", "jurisdiction": "EU", "latitude": 52.37, "longitude": 4.9,
     "priceLocation": "westeurope"}
  ]
})json";

[[noreturn]] void fail(const Errors& errors)
{
    for (const auto& e : errors)
        std::cerr << "catalogue: " << e.toString() << "\n";
    std::abort();
}

} // namespace

const Catalogues& smallCatalogues()
{
    static const Catalogues catalogues = [] {
        auto services = ServiceCatalogue::fromJson(servicesJson);
        auto regions = RegionCatalogue::fromJson(regionsJson);
        if (!services)
            fail(services.errors());
        if (!regions)
            fail(regions.errors());
        return Catalogues{std::move(services).value(), std::move(regions).value()};
    }();
    return catalogues;
}

std::string equatorRegionJson(const std::string& provider, const std::string& code,
                              const std::string& continent, double longitude)
{
    return "{\"provider\":\"" + provider + "\",\"code\":\"" + code + "\",\"name\":\"" + code +
           "\",\"country\":\"XX\",\"continent\":\"" + continent +
           "\",\"jurisdiction\":\"XX\",\"latitude\":0,\"longitude\":" + std::to_string(longitude) +
           ",\"priceLocation\":\"" + code + "\"}";
}

const Catalogues& builtInCatalogues()
{
    static const Catalogues catalogues = [] {
        auto loaded = Catalogues::builtIn();
        if (!loaded)
            fail(loaded.errors());
        return std::move(loaded).value();
    }();
    return catalogues;
}

std::string sourcePath(const std::string& path)
{
    return std::string(RS_SOURCE_DIR) + "/" + path;
}

} // namespace rs::test
