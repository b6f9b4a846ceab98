#include "KeyMap.h"

#include <algorithm>
#include <array>

namespace rs::pricing::keymap {

std::vector<std::string_view> pageKeys();

namespace {

using Where = PagePlace;
constexpr double open = -1.0;

/// Labels as the files of QuinnyPig/aws-price-watcher (2025-03 to 2025-06) write them; the
/// bands are the ones the pricing pages state beside those labels ("first 6 billion GB-s").
/// Tier bounds are per month in the key's unit (docs/pricing-data.md, Tiers).
constexpr std::array pageRules{
    // Lambda: tiers per account per region per architecture.
    PageRule{"lambda", "Lambda Requests", "aws.lambda.requests", "request"},
    PageRule{"lambda", "Lambda Requests-ARM", "aws.lambda.requests-arm", "request"},
    PageRule{"lambda", "Lambda Duration", "aws.lambda.duration-x86", "GB-second", 0, 6e9},
    PageRule{"lambda", "Lambda Duration Tier2", "aws.lambda.duration-x86", "GB-second", 6e9, 15e9},
    PageRule{"lambda", "Lambda Duration Tier3", "aws.lambda.duration-x86", "GB-second", 15e9},
    PageRule{"lambda", "Lambda Duration-ARM", "aws.lambda.duration-arm", "GB-second", 0, 7.5e9},
    PageRule{"lambda", "Lambda Duration-ARM Tier2", "aws.lambda.duration-arm", "GB-second", 7.5e9,
             18.75e9},
    PageRule{"lambda", "Lambda Duration-ARM Tier3", "aws.lambda.duration-arm", "GB-second",
             18.75e9},
    PageRule{"lambda", "Lambda Provisioned-Concurrency", "aws.lambda.provisioned-concurrency",
             "GB-second"},
    PageRule{"lambda", "Lambda Provisioned-Concurrency-ARM",
             "aws.lambda.provisioned-concurrency-arm", "GB-second"},
    PageRule{"lambda", "Lambda Duration-Provisioned", "aws.lambda.provisioned-duration",
             "GB-second"},
    PageRule{"lambda", "Lambda Duration-Provisioned-ARM", "aws.lambda.provisioned-duration-arm",
             "GB-second"},
    PageRule{"lambda", "Lambda Storage-Duration", "aws.lambda.ephemeral-storage", "GB-second"},
    PageRule{"lambda", "Lambda Edge-Requests", "aws.lambda.edge-requests", "request"},
    PageRule{"lambda", "Lambda Edge-Duration", "aws.lambda.edge-duration", "GB-second"},
    // API Gateway
    PageRule{"apigateway", "API Calls Number of up to 333 million", "aws.api-gateway.rest-requests",
             "request", 0, 333e6},
    PageRule{"apigateway", "API Calls Number of Request Next 667 million",
             "aws.api-gateway.rest-requests", "request", 333e6, 1e9},
    PageRule{"apigateway", "API Calls Number of Request Next 19 billion",
             "aws.api-gateway.rest-requests", "request", 1e9, 20e9},
    PageRule{"apigateway", "API Calls Number of Request Over 20 billion",
             "aws.api-gateway.rest-requests", "request", 20e9},
    PageRule{"apigateway", "ApiGatewayHttpApi First 300 million", "aws.api-gateway.http-requests",
             "request", 0, 300e6},
    PageRule{"apigateway", "ApiGatewayHttpApi more than 300 million",
             "aws.api-gateway.http-requests", "request", 300e6},
    PageRule{"apigateway", "WebSocket Messages Messages first 1 billion",
             "aws.api-gateway.websocket-messages", "request", 0, 1e9},
    PageRule{"apigateway", "WebSocket Messages Messages over 1 billion",
             "aws.api-gateway.websocket-messages", "request", 1e9},
    PageRule{"apigateway", "WebSocket Connection Minutes",
             "aws.api-gateway.websocket-connection-minutes", "connection-minute"},
    // SQS, SNS, EventBridge
    PageRule{"queueservice", "Standard per Requests", "aws.sqs.standard-requests", "request", 0,
             100e9},
    PageRule{"queueservice", "Standard per Requests Tier2", "aws.sqs.standard-requests", "request",
             100e9, 200e9},
    PageRule{"queueservice", "Standard per Requests Tier3", "aws.sqs.standard-requests", "request",
             200e9},
    PageRule{"queueservice", "FIFO first-in first-out per Requests", "aws.sqs.fifo-requests",
             "request", 0, 100e9},
    PageRule{"queueservice", "FIFO first-in first-out per Requests Tier2", "aws.sqs.fifo-requests",
             "request", 100e9, 200e9},
    PageRule{"queueservice", "FIFO first-in first-out per Requests Tier3", "aws.sqs.fifo-requests",
             "request", 200e9},
    PageRule{"sns", "Amazon SNS API Requests", "aws.sns.requests", "request"},
    PageRule{"events", "CloudWatch Events Custom Event", "aws.eventbridge.custom-events",
             "request"},
    // DynamoDB: the free bands are regional (25 GB, 25 RCU / WCU = 18,600 unit-hours).
    PageRule{"dynamodb", "PayPerRequest Read Request Units", "aws.dynamodb.read-request-units",
             "RU"},
    PageRule{"dynamodb", "PayPerRequest Write Request Units", "aws.dynamodb.write-request-units",
             "RU"},
    PageRule{"dynamodb", "PayPerRequest Replicated Write Request Units",
             "aws.dynamodb.replicated-write-request-units", "RU"},
    PageRule{"dynamodb", "Data Storage Indexed Free Tier GB-Mo", "aws.dynamodb.storage", "GB-month",
             0, 25},
    PageRule{"dynamodb", "Data Storage Indexed GB-Mo", "aws.dynamodb.storage", "GB-month", 25},
    PageRule{"dynamodb", "PITR Backup Storage GB-Mo", "aws.dynamodb.pitr-storage", "GB-month"},
    PageRule{"dynamodb", "Provisioned Read Units Free Tier",
             "aws.dynamodb.read-capacity-unit-hours", "hour", 0, 18600},
    PageRule{"dynamodb", "Provisioned Read Units", "aws.dynamodb.read-capacity-unit-hours", "hour",
             18600},
    PageRule{"dynamodb", "Provisioned Write Units Free Tier",
             "aws.dynamodb.write-capacity-unit-hours", "hour", 0, 18600},
    PageRule{"dynamodb", "Provisioned Write Units", "aws.dynamodb.write-capacity-unit-hours",
             "hour", 18600},
    PageRule{"dynamodb", "Provisioned Replicated Write Units",
             "aws.dynamodb.replicated-write-capacity-unit-hours", "hour"},
    // Aurora (PostgreSQL, Standard storage configuration, db.r6g.large)
    PageRule{"rds",
             "Database Instance Aurora PostgreSQL No license required db r6g.large Memory "
             "optimized Single-AZ Current Generation",
             "aws.aurora-global.instance-hours", "hour"},
    PageRule{"rds", "System Operation Aurora I O Operation", "aws.aurora-global.io-requests",
             "request"},
    PageRule{"rds", "Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora",
             "aws.aurora-global.storage", "GB-month"},
    PageRule{"rds", "Aurora PostgreSQL Aurora Global Database",
             "aws.aurora-global.replicated-write-io", "request"},
    // ElastiCache (Redis OSS engine)
    PageRule{"elasticache",
             "OnDemand Cache Instance Memory optimized cache r7g.large Redis Current Generation",
             "aws.elasticache-global.node-r7g-large", "hour"},
    PageRule{"elasticache",
             "OnDemand Cache Instance Standard cache t4g.medium Redis Current "
             "Generation",
             "aws.elasticache-global.node-t4g-medium", "hour"},
    PageRule{"elasticache",
             "OnDemand Cache Instance Standard cache t4g.micro Redis Current Generation",
             "aws.elasticache-global.node-t4g-micro", "hour"},
    // S3 Standard
    PageRule{"s3", "Standard Storage First 50 TB per GB Mo", "aws.s3.standard-storage", "GB-month",
             0, 51200},
    PageRule{"s3", "Standard Storage Next 450 TB per GB Mo", "aws.s3.standard-storage", "GB-month",
             51200, 512000},
    PageRule{"s3", "Standard Storage Over 500 TB per GB Mo", "aws.s3.standard-storage", "GB-month",
             512000},
    PageRule{"s3", "PUT COPY/POST or LIST requests per Requests", "aws.s3.requests-tier1",
             "request"},
    PageRule{"s3", "GET and all other requests per Requests", "aws.s3.requests-tier2", "request"},
    // Keys, secrets, identity, monitoring, WAF: KMS and Secrets Manager requests are kept per
    // 10,000 as their pages state them; the files give them per request.
    PageRule{"kms", "Encryption Key", "aws.kms.key-month", "key-month"},
    PageRule{"kms", "API request - Non Free Tier", "aws.kms.requests", "10k-requests", 0, open,
             10'000},
    PageRule{"secretsmanager", "Secret", "aws.secrets-manager.secret-month", "secret-month"},
    PageRule{"secretsmanager", "API Request", "aws.secrets-manager.api-requests", "10k-requests", 0,
             open, 10'000},
    PageRule{"cognito", "User Pool MAU 0 upto 50000 per Requests", "aws.cognito.mau-lite", "MAU", 0,
             50'000},
    PageRule{"cognito", "User Pool MAU 50000 upto 950000 per Requests", "aws.cognito.mau-lite",
             "MAU", 50'000, 950'000},
    PageRule{"cognito", "User Pool MAU 950000 upto 9950000 per Requests", "aws.cognito.mau-lite",
             "MAU", 950'000, 9'950'000},
    PageRule{"cognito", "User Pool MAU 9950000 upto Inf per Requests", "aws.cognito.mau-lite",
             "MAU", 9'950'000},
    PageRule{"cognito", "Enterprise MAU per Requests", "aws.cognito.mau-essentials", "MAU"},
    PageRule{"cloudwatch", "Alarm Standard", "aws.cloudwatch.alarm-month", "month"},
    PageRule{"waf", "Web ACL Activated per Month", "aws.waf.web-acl-month", "month"},
    PageRule{"waf", "Rule Activated per Month", "aws.waf.rule-month", "month"},
    PageRule{"waf", "Web Requests received per Request", "aws.waf.requests", "request"},
    // Route 53 and CloudFront: global prices, listed under a pseudo-region of their own.
    PageRule{"route53", "DNS Zone first 25", "aws.route53.hosted-zone", "month", 0, 25, 1,
             Where::Global, "Any"},
    PageRule{"route53", "DNS Zone", "aws.route53.hosted-zone", "month", 25, open, 1, Where::Global,
             "Any"},
    PageRule{"route53", "Query Standard External first 1B", "aws.route53.standard-queries",
             "request", 0, 1e9, 1, Where::Global, ""},
    PageRule{"route53", "Query Standard External over 1B", "aws.route53.standard-queries",
             "request", 1e9, open, 1, Where::Global, ""},
    PageRule{"route53", "Query Latency Based Routing External first 1B",
             "aws.route53.latency-queries", "request", 0, 1e9, 1, Where::Global, ""},
    PageRule{"route53", "Query Latency Based Routing External over 1B",
             "aws.route53.latency-queries", "request", 1e9, open, 1, Where::Global, ""},
    PageRule{"route53", "Query Geo DNS External first 1B", "aws.route53.geo-queries", "request", 0,
             1e9, 1, Where::Global, ""},
    PageRule{"route53", "Query Geo DNS External over 1B", "aws.route53.geo-queries", "request", 1e9,
             open, 1, Where::Global, ""},
    PageRule{"route53", "Basic Health checks up to 50 AWS per Mo", "aws.route53.health-check-aws",
             "month", 0, 50, 1, Where::Global, ""},
    PageRule{"route53", "Basic Health checks AWS per Mo", "aws.route53.health-check-aws", "month",
             50, open, 1, Where::Global, ""},
    PageRule{"route53", "Basic Health checks External Non AWS per Mo",
             "aws.route53.health-check-non-aws", "month", 0, open, 1, Where::Global, ""},
    PageRule{"route53", "Optional Health Check Features AWS per Mo",
             "aws.route53.health-check-option-aws", "month", 0, open, 1, Where::Global, ""},
    PageRule{"route53", "Optional Health Check Features External Non AWS per Mo",
             "aws.route53.health-check-option-non-aws", "month", 0, open, 1, Where::Global, ""},
    PageRule{"cloudfront", "Request HTTPS Methods", "aws.cloudfront.requests-https-us", "request",
             0, open, 1, Where::Global, "United States"},
    PageRule{"cloudfront", "Request HTTP Methods", "aws.cloudfront.requests-http-us", "request", 0,
             open, 1, Where::Global, "United States"},
    // Data transfer (the pivot): bands and destinations come from each entry's dimensions.
    PageRule{"datatransfer", "DataTransfer External Outbound Next 10 TB",
             "aws.data-transfer.internet-egress", "GB", 0, open, 1, Where::FromRegion},
    PageRule{"datatransfer", "DataTransfer External Outbound Next 40 TB",
             "aws.data-transfer.internet-egress", "GB", 0, open, 1, Where::FromRegion},
    PageRule{"datatransfer", "DataTransfer External Outbound Next 100 TB",
             "aws.data-transfer.internet-egress", "GB", 0, open, 1, Where::FromRegion},
    PageRule{"datatransfer", "DataTransfer External Outbound Greater than 150 TB",
             "aws.data-transfer.internet-egress", "GB", 0, open, 1, Where::FromRegion},
    PageRule{"datatransfer", "DataTransfer InterRegion Outbound to ",
             "aws.data-transfer.inter-region", "GB", 0, open, 1, Where::RegionPair, "", true},
};

constexpr std::array<std::pair<std::string_view, std::string_view>, 19> offerCodes{{
    {"lambda", "AWSLambda"},
    {"apigateway", "AmazonApiGateway"},
    {"queueservice", "AWSQueueService"},
    {"sns", "AmazonSNS"},
    {"events", "AWSEvents"},
    {"dynamodb", "AmazonDynamoDB"},
    {"rds", "AmazonRDS"},
    {"elasticache", "AmazonElastiCache"},
    {"s3", "AmazonS3"},
    {"kms", "awskms"},
    {"secretsmanager", "AWSSecretsManager"},
    {"cognito", "AmazonCognito"},
    {"cloudwatch", "AmazonCloudWatch"},
    {"waf", "awswaf"},
    {"route53", "AmazonRoute53"},
    {"cloudfront", "AmazonCloudFront"},
    {"globalaccelerator", "AWSGlobalAccelerator"},
    {"datatransfer", "AWSDataTransfer"},
    {"", ""},
}};

} // namespace

const PageRule* findPageRule(std::string_view service, std::string_view label)
{
    const auto it = std::find_if(pageRules.begin(), pageRules.end(), [&](const PageRule& r) {
        return r.service == service &&
               (r.labelIsPrefix ? label.starts_with(r.label) : label == r.label);
    });
    return it == pageRules.end() ? nullptr : &*it;
}

std::string_view offerCodeOfPageService(std::string_view service)
{
    const auto it = std::find_if(offerCodes.begin(), offerCodes.end(),
                                 [&](const auto& entry) { return entry.first == service; });
    return it == offerCodes.end() || it->first.empty() ? service : it->second;
}

std::vector<std::string_view> pageKeys()
{
    std::vector<std::string_view> keys;
    for (const auto& r : pageRules)
        keys.push_back(r.key);
    return keys;
}

} // namespace rs::pricing::keymap
