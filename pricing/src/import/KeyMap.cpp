#include "KeyMap.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace rs::pricing::keymap {

namespace {

using At = AwsPlace;

// Usage types as the sample offer files and docs/pricing-data.md's rows spell them. Services
// whose unit spellings no sample shows (DynamoDB, KMS, Route 53, ...) are left out rather
// than guessed: an unknown unit on a mapped record fails the import.
constexpr std::array awsRules{
    AwsRule{"AWSLambda", "Request", "aws.lambda.requests", "request", At::Region},
    AwsRule{"AWSLambda", "Request-ARM", "aws.lambda.requests-arm", "request", At::Region},
    AwsRule{"AWSLambda", "Lambda-GB-Second", "aws.lambda.duration-x86", "GB-second", At::Region},
    AwsRule{"AWSLambda", "Lambda-GB-Second-ARM", "aws.lambda.duration-arm", "GB-second",
            At::Region},
    AwsRule{"AWSLambda", "Global-Request", "aws.lambda.free-requests", "request", At::Global},
    AwsRule{"AWSLambda", "Global-Lambda-GB-Second", "aws.lambda.free-duration", "GB-second",
            At::Global},
    AwsRule{"AWSLambda", "Lambda-Provisioned-Concurrency", "aws.lambda.provisioned-concurrency",
            "GB-second", At::Region},
    AwsRule{"AWSLambda", "Lambda-Provisioned-Concurrency-ARM",
            "aws.lambda.provisioned-concurrency-arm", "GB-second", At::Region},
    AwsRule{"AWSLambda", "Lambda-Provisioned-GB-Second", "aws.lambda.provisioned-duration",
            "GB-second", At::Region},
    AwsRule{"AWSLambda", "Lambda-Provisioned-GB-Second-ARM", "aws.lambda.provisioned-duration-arm",
            "GB-second", At::Region},
    AwsRule{"AWSLambda", "Lambda-Storage-GB-Second", "aws.lambda.ephemeral-storage", "GB-second",
            At::Region},
    AwsRule{"AWSLambda", "Lambda-Edge-Request", "aws.lambda.edge-requests", "request", At::Region},
    AwsRule{"AWSLambda", "Lambda-Edge-GB-Second", "aws.lambda.edge-duration", "GB-second",
            At::Region},
    AwsRule{"AWSDataTransfer", "DataTransfer-Out-Bytes", "aws.data-transfer.internet-egress", "GB",
            At::FromRegion},
    AwsRule{"AWSDataTransfer", "Global-DataTransfer-Out-Bytes",
            "aws.data-transfer.free-internet-egress", "GB", At::Global},
    AwsRule{"AWSDataTransfer", "AWS-Out-Bytes", "aws.data-transfer.inter-region", "GB",
            At::RegionPair},
    AwsRule{"AWSDataTransfer", "CloudFront-Out-Bytes", "aws.data-transfer.to-cloudfront", "GB",
            At::FromRegion},
    AwsRule{"AWSDataTransfer", "DataTransfer-In-Bytes", "aws.data-transfer.inbound", "GB",
            At::ToRegion},
    AwsRule{"AWSQueueService", "Requests-Tier1", "aws.sqs.standard-requests", "request",
            At::Region},
    AwsRule{"AWSQueueService", "Requests-FIFO-Tier1", "aws.sqs.fifo-requests", "request",
            At::Region},
    AwsRule{"AWSQueueService", "Global-Requests", "aws.sqs.free-requests", "request", At::Global},
    AwsRule{"AmazonApiGateway", "ApiGatewayRequest", "aws.api-gateway.rest-requests", "request",
            At::Region},
    AwsRule{"AmazonApiGateway", "ApiGatewayHttpRequest", "aws.api-gateway.http-requests", "request",
            At::Region},
    AwsRule{"AmazonApiGateway", "ApiGatewayMessage", "aws.api-gateway.websocket-messages",
            "request", At::Region},
    AwsRule{"AmazonApiGateway", "ApiGatewayMinute", "aws.api-gateway.websocket-connection-minutes",
            "connection-minute", At::Region},
    AwsRule{"AmazonS3", "TimedStorage-ByteHrs", "aws.s3.standard-storage", "GB-month", At::Region},
    AwsRule{"AmazonS3", "Requests-Tier1", "aws.s3.requests-tier1", "request", At::Region},
    AwsRule{"AmazonS3", "Requests-Tier2", "aws.s3.requests-tier2", "request", At::Region},
};

constexpr std::array azureRules{
    AzureRule{"Functions", "Functions", "Standard", "Standard Execution Time",
              "azure.functions.execution-time", "GB-second", "azure.functions.free-execution-time"},
    AzureRule{"Functions", "Functions", "Standard", "Standard Total Executions",
              "azure.functions.executions", "request", "azure.functions.free-executions"},
    AzureRule{"Service Bus", "Service Bus", "Standard", "Standard Messaging Operations",
              "azure.service-bus.standard-operations", "request", ""},
    AzureRule{"Storage", "General Block Blob v2", "Hot LRS", "Hot LRS Data Stored",
              "azure.blob-storage.hot-lrs", "GB-month", ""},
    AzureRule{"Bandwidth", "Rtn Preference: MGN", "", "Standard Data Transfer Out",
              "azure.bandwidth.internet-egress", "GB", ""},
    // Meters of the Retail Prices responses in shared/pricing-sources/azure (2026-08-15). Their
    // leading $0 tiers (Flex Consumption's grant, the first 10 alert rules, the first 1 M
    // API Management calls) stay in their group: the files state them per region.
    AzureRule{"Functions", "Flex Consumption", "On Demand", "On Demand Execution Time",
              "azure.functions.flex-execution-time", "GB-second", ""},
    AzureRule{"Functions", "Flex Consumption", "On Demand", "On Demand Total Executions",
              "azure.functions.flex-executions", "request", ""},
    AzureRule{"Service Bus", "Service Bus", "Basic", "Basic Messaging Operations",
              "azure.service-bus.basic-operations", "request", ""},
    AzureRule{"Service Bus", "Service Bus", "Premium", "Premium Messaging Unit",
              "azure.service-bus.premium-messaging-unit-hours", "hour", ""},
    AzureRule{"Event Grid", "Event Grid", "Standard", "Standard Event Operations",
              "azure.event-grid.operations", "request", ""},
    AzureRule{"API Management", "API Management", "Consumption", "Consumption Calls",
              "azure.api-management.consumption-requests", "request", ""},
    AzureRule{"API Management", "API Management", "Developer", "Developer Unit",
              "azure.api-management.developer-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Basic", "Basic Unit",
              "azure.api-management.basic-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Standard", "Standard Unit",
              "azure.api-management.standard-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Premium", "Premium Unit",
              "azure.api-management.premium-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Basic v2", "Basic v2 Unit",
              "azure.api-management.basic-v2-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Standard v2", "Standard v2 Unit",
              "azure.api-management.standard-v2-unit-hours", "hour", ""},
    AzureRule{"API Management", "API Management", "Premium v2", "Premium v2 Unit",
              "azure.api-management.premium-v2-unit-hours", "hour", ""},
    AzureRule{"Azure Cosmos DB", "Azure Cosmos DB", "RUs", "100 RU/s",
              "azure.cosmos-db.provisioned-throughput", "hour", "", 100},
    AzureRule{"Azure Cosmos DB", "Azure Cosmos DB", "mRUs", "100 Multi-master RU/s",
              "azure.cosmos-db.multi-write-throughput", "hour", "", 100},
    AzureRule{"Azure Cosmos DB", "Azure Cosmos DB autoscale", "AP1", "AP1 100 RUs",
              "azure.cosmos-db.autoscale-throughput", "hour", "", 100},
    AzureRule{"Azure Cosmos DB", "Azure Cosmos DB", "RUs", "Data Stored", "azure.cosmos-db.storage",
              "GB-month", ""},
    AzureRule{"SQL Database", "SQL Database Single/Elastic Pool General Purpose - Compute Gen5",
              "vCore", "vCore", "azure.sql-database.general-purpose-vcore-hours", "hour", ""},
    AzureRule{"SQL Database", "SQL Database Single/Elastic Pool Business Critical - Compute Gen5",
              "vCore", "vCore", "azure.sql-database.business-critical-vcore-hours", "hour", ""},
    AzureRule{"SQL Database", "SQL Database SingleDB/Elastic Pool Hyperscale - Compute Gen5",
              "vCore", "vCore", "azure.sql-database.hyperscale-vcore-hours", "hour", ""},
    AzureRule{"SQL Database", "SQL Database Single/Elastic Pool General Purpose - Storage",
              "General Purpose", "General Purpose Data Stored", "azure.sql-database.storage",
              "GB-month", ""},
    AzureRule{"Redis Cache", "Azure Redis Cache Basic", "C0", "C0 Cache",
              "azure.cache-redis.basic-c0", "hour", ""},
    AzureRule{"Redis Cache", "Azure Redis Cache Standard", "C1", "C1 Cache Instance",
              "azure.cache-redis.standard-c1", "hour", ""},
    AzureRule{"Redis Cache", "Azure Redis Cache Premium", "P1", "P1 Cache",
              "azure.cache-redis.premium-p1", "hour", ""},
    AzureRule{"Key Vault", "Key Vault", "Standard", "Operations", "azure.key-vault.operations",
              "request", ""},
    AzureRule{"Azure Monitor", "Azure Monitor", "Alerts", "Alerts Metric Monitored",
              "azure.monitor.alert-rule-month", "month", ""},
    // The classic Front Door WAF policy: the item without a billing zone is the global one.
    AzureRule{"Azure Front Door Service", "Azure Front Door Service", "Standard", "Standard Policy",
              "azure.waf.policy-month", "month", ""},
};

constexpr std::array gcpRules{
    GcpRule{"29E7-DA93-CA13", "Cloud Run Functions", "Cloud Run Functions Invocations",
            "gcp.cloud-run-functions.invocations", "request",
            "gcp.cloud-run-functions.free-invocations"},
    GcpRule{"29E7-DA93-CA13", "Cloud Run Functions",
            "Cloud Run functions CPU (Request-based billing)", "gcp.cloud-run-functions.cpu",
            "vCPU-second", "gcp.cloud-run-functions.free-cpu"},
    GcpRule{"29E7-DA93-CA13", "Cloud Run Functions",
            "Cloud Run functions Memory (Request-based billing)", "gcp.cloud-run-functions.memory",
            "GiB-second", "gcp.cloud-run-functions.free-memory"},
    GcpRule{"29E7-DA93-CA13", "Cloud Run Functions",
            "Cloud Run functions Min-Instance CPU (Request-based billing)",
            "gcp.cloud-run-functions.min-instance-cpu", "vCPU-second", ""},
    GcpRule{"29E7-DA93-CA13", "Cloud Run Functions",
            "Cloud Run functions Min-Instance Memory (Request-based billing)",
            "gcp.cloud-run-functions.min-instance-memory", "GiB-second", ""},
    GcpRule{"A1E8-BE35-7EBC", "Cloud Pub/Sub", "Message Delivery Basic", "gcp.pubsub.throughput",
            "GiB", "gcp.pubsub.free-throughput"},
    GcpRule{"A1E8-BE35-7EBC", "Cloud Pub/Sub", "Message Delivery to BigQuery",
            "gcp.pubsub.bigquery-delivery", "GiB", ""},
    GcpRule{"A1E8-BE35-7EBC", "Cloud Pub/Sub", "Subscriptions message backlog",
            "gcp.pubsub.backlog-storage", "GiB-month", ""},
    GcpRule{"A1E8-BE35-7EBC", "Cloud Pub/Sub", "Message Transform Data Processing",
            "gcp.pubsub.transforms", "GiB", ""},
    GcpRule{"152E-C115-5142", "Cloud Run", "Services CPU (Request-based billing)",
            "gcp.cloud-run.cpu", "vCPU-second", "gcp.cloud-run.free-cpu"},
    GcpRule{"152E-C115-5142", "Cloud Run", "Services Memory (Request-based billing)",
            "gcp.cloud-run.memory", "GiB-second", "gcp.cloud-run.free-memory"},
};

/// "EUW2", "USE1", "EU", "APS1": an upper-case region prefix of a usage type.
bool isRegionPrefix(std::string_view segment)
{
    return segment.size() >= 2 && segment.size() <= 5 &&
           std::all_of(segment.begin(), segment.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c)) ||
                      std::isdigit(static_cast<unsigned char>(c));
           });
}

const AwsRule* findExact(std::string_view service, std::string_view meter)
{
    const auto it = std::find_if(awsRules.begin(), awsRules.end(), [&](const AwsRule& r) {
        return r.meter == meter && r.service == service;
    });
    return it == awsRules.end() ? nullptr : &*it;
}

template <typename Rules> std::vector<std::string_view> distinct(const Rules& rules, auto field)
{
    std::vector<std::string_view> out;
    for (const auto& r : rules) {
        if (std::find(out.begin(), out.end(), r.*field) == out.end())
            out.push_back(r.*field);
    }
    return out;
}

} // namespace

std::vector<std::string_view> pageKeys();

const AwsRule* findAwsRule(std::string_view serviceCode, std::string_view usageType)
{
    std::string_view meter = usageType;
    for (int stripped = 0; stripped <= 2; ++stripped) {
        if (const auto* rule = findExact(serviceCode, meter))
            return rule;
        const auto dash = meter.find('-');
        if (dash == std::string_view::npos || !isRegionPrefix(meter.substr(0, dash)))
            return nullptr;
        meter.remove_prefix(dash + 1);
    }
    return nullptr;
}

std::vector<std::string_view> awsOfferCodes()
{
    return distinct(awsRules, &AwsRule::service);
}

const AzureRule* findAzureRule(std::string_view serviceName, std::string_view productName,
                               std::string_view skuName, std::string_view meterName)
{
    const auto it = std::find_if(azureRules.begin(), azureRules.end(), [&](const AzureRule& r) {
        return r.meterName == meterName && r.serviceName == serviceName &&
               r.productName == productName && (r.skuName.empty() || r.skuName == skuName);
    });
    return it == azureRules.end() ? nullptr : &*it;
}

std::vector<std::string_view> azureServiceNames()
{
    return distinct(azureRules, &AzureRule::serviceName);
}

const GcpRule* findGcpRule(std::string_view serviceDisplayName, std::string_view description)
{
    const auto it = std::find_if(gcpRules.begin(), gcpRules.end(), [&](const GcpRule& r) {
        if (r.serviceDisplayName != serviceDisplayName || !description.starts_with(r.description))
            return false;
        // "... in europe-west2" names the region; anything else is another SKU.
        const auto rest = description.substr(r.description.size());
        return rest.empty() || rest.starts_with(" in ");
    });
    return it == gcpRules.end() ? nullptr : &*it;
}

std::vector<std::string_view> gcpServiceIds()
{
    return distinct(gcpRules, &GcpRule::serviceId);
}

std::vector<std::string_view> allKeys()
{
    std::vector<std::string_view> keys;
    for (const auto& r : awsRules)
        keys.push_back(r.key);
    for (const auto key : pageKeys())
        keys.push_back(key);
    for (const auto& r : azureRules) {
        keys.push_back(r.key);
        if (!r.freeKey.empty())
            keys.push_back(r.freeKey);
    }
    for (const auto& r : gcpRules) {
        keys.push_back(r.key);
        if (!r.freeKey.empty())
            keys.push_back(r.freeKey);
    }
    return keys;
}

} // namespace rs::pricing::keymap
