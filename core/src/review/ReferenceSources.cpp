#include "core/review/ReferenceSources.h"

#include <algorithm>
#include <cctype>

namespace rs {

namespace {

// The source list of reference/resilience-model.md ("Sources"), with the abbreviations DG and UG
// written out and S13–S15 given one entry each. A link is the web address the list names for the
// source; for MicrosoftDocs entries, which the list names by repository and path, it is that
// file on GitHub.
constexpr ReferenceSource sources[] = {
    {"S1", "Route 53 API reference, HealthCheckConfig.RequestInterval (AWS Kotlin SDK doc)", ""},
    {"S2", "Route 53 Developer Guide dns-failover-determining-health-of-endpoints.html", ""},
    {"S3", "Route 53 API reference, HealthCheckConfig.FailureThreshold (pub.dev API mirror)", ""},
    {"S4", "AWS SDK .NET HealthCheckConfig (FailureThreshold 1–10)", ""},
    {"S5",
     "Route 53 FAQ (quoted at qiita.com/AWS11/items/8627c9c42bc5fdf2b8cb); AWS blog \"Moving Ahead "
     "With Amazon Route 53\"",
     "qiita.com/AWS11/items/8627c9c42bc5fdf2b8cb"},
    {"S6", "Route 53 Developer Guide \"Resilience in Amazon Route 53\" (control/data plane)", ""},
    {"S7", "AWS Fault Isolation Boundaries whitepaper, \"Global services\"", ""},
    {"S8",
     "Java `networkaddress.cache.ttl` defaults (Apigee community, discuss.google.dev/t/.../17389)",
     "discuss.google.dev/t/.../17389"},
    {"S9",
     "Browser DNS cache survey referenced in github.com/ipfs/ipfs-companion PR #646 (third party)",
     "github.com/ipfs/ipfs-companion"},
    {"S10", "MicrosoftDocs/azure-docs articles/traffic-manager/traffic-manager-monitoring.md",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/traffic-manager/"
     "traffic-manager-monitoring.md"},
    {"S11",
     "MicrosoftDocs/azure-docs traffic-manager FAQ \"How fast does Traffic Manager move my "
     "users…\"",
     ""},
    {"S12",
     "MicrosoftDocs/azure-docs articles/reliability/reliability-traffic-manager.md (draft, SLA "
     "section)",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/reliability/"
     "reliability-traffic-manager.md"},
    {"S13", "Azure Front Door documentation, health-probes.md (MicrosoftDocs/azure-docs)",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/frontdoor/health-probes.md"},
    {"S14", "Azure Front Door documentation, blue-green-deployment.md (MicrosoftDocs/azure-docs)",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/frontdoor/blue-green-deployment.md"},
    {"S15", "Azure Front Door documentation, high-availability.md (MicrosoftDocs/azure-docs)",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/frontdoor/high-availability.md"},
    {"S16",
     "azurealan.ie/2025/11/08/using-traffic-manager-to-failover-or-bypass-azure-front-door (third "
     "party)",
     "azurealan.ie/2025/11/08/using-traffic-manager-to-failover-or-bypass-azure-front-door"},
    {"S17",
     "Global Accelerator API reference, HealthCheckIntervalSeconds 10–30 (api-evangelist schema "
     "mirror)",
     ""},
    {"S18",
     "Global Accelerator API reference, EndpointGroup.ThresholdCount default 3 (pub.dev "
     "aws_globalaccelerator_api)",
     ""},
    {"S19",
     "Third-party notes (stanleykinnokchan.github.io AWS-Global-Accelerator; kodekloud notes)", ""},
    {"S20", "Global Accelerator Developer Guide \"How failover works for unhealthy endpoints\"",
     ""},
    {"S21", "aws.amazon.com/global-accelerator/sla", "aws.amazon.com/global-accelerator/sla"},
    {"S22", "Cloud DNS docs routing-policies-overview", ""},
    {"S23",
     "Pulumi GCP compute HttpHealthCheck.unhealthyThreshold default 2 (mirror of the API doc)", ""},
    {"S24",
     "CloudFront Developer Guide high_availability_origin_failover (+ re:Post quote of its "
     "timeouts section)",
     ""},
    {"S25", "CloudFront Origin.ConnectionTimeout 1–10 s default 10 (Kotlin SDK doc)", ""},
    {"S26",
     "AWS Prescriptive Guidance \"DynamoDB global tables\" overview; DynamoDB Developer Guide "
     "V2globaltables_HowItWorks",
     ""},
    {"S27",
     "CloudFormation AWS::DynamoDB::GlobalTable GlobalTableWitness; DynamoDB MRSC code example "
     "(\"exactly three replicas\")",
     ""},
    {"S28",
     "Aurora User Guide aurora-global-database-disaster-recovery; RDS API reference, "
     "Switchover/FailoverGlobalCluster",
     ""},
    {"S29", "Aurora User Guide aurora-global-database (typical lag < 1 s); aurora_global_db_status",
     ""},
    {"S30", "cloudonaut.io/aws-sla-are-you-able-to-keep-your-availability-promise (2019 SLA table)",
     "cloudonaut.io/aws-sla-are-you-able-to-keep-your-availability-promise"},
    {"S31", "AWS News Blog \"Moving Ahead With Amazon Route 53\" (100 % SLA)", ""},
    {"S32", "MicrosoftDocs/azure-databases-docs articles/cosmos-db/consistency-levels.md",
     "github.com/MicrosoftDocs/azure-databases-docs/blob/main/articles/cosmos-db/"
     "consistency-levels.md"},
    {"S33", "MicrosoftDocs/azure-docs articles/reliability/reliability-cosmos-db-nosql.md",
     "github.com/MicrosoftDocs/azure-docs/blob/main/articles/reliability/"
     "reliability-cosmos-db-nosql.md"},
    {"S34",
     "Cosmos DB conflict resolution policies (LWW `_ts` default; Azure Cosmos Data Explorer "
     "tooltip text)",
     ""},
    {"S35", "Spanner docs \"Instance configurations\"", ""},
    {"S36", "Spanner SLA cloud.google.com/spanner/sla (99.999 multi-regional / 99.99 regional)",
     "cloud.google.com/spanner/sla"},
    {"S37", "CockroachDB \"When to use ZONE vs REGION survival goals\" (v22.2)", ""},
    {"S38", "CockroachDB \"Multi-Region Survival Goals\" (stable)", ""},
    {"S39",
     "S3 User Guide \"Replicating objects with S3 RTC\" (JP edition: 99.99 % within 15 min; 15 is "
     "only valid value)",
     ""},
    {"S40", "S3 User Guide \"Multi-Region Access Points routing states / failover\"", ""},
    {"S41",
     "MicrosoftDocs/azure-docs "
     "reliability/includes/storage/…multi-region-down-experience-include.md",
     ""},
    {"S42", "KMS Developer Guide \"How multi-Region keys work\"; KMS API reference, ReplicateKey",
     ""},
    {"S43", "KMS Developer Guide \"Importing key material into multi-Region keys\"", ""},
    {"S44",
     "Lambda SLA (Ningxia historical version, 99.95 %) "
     "amazonaws.cn/en/lambda/sla/historical/ningxia",
     "amazonaws.cn/en/lambda/sla/historical/ningxia"},
    {"S45",
     "O'Reilly \"Serverless computing in Azure with .NET\"; nextsignal.io Functions SLA guide "
     "(third party)",
     ""},
    {"S46",
     "AWS event summary aws.amazon.com/message/12721; ThousandEyes \"AWS Outage Analysis: December "
     "7, 2021\"",
     "aws.amazon.com/message/12721"},
    {"S47", "AWS Health updates reproduced at simplifya.com/system-health (28 Sep 2022)",
     "simplifya.com/system-health"},
    {"S48", "AWS DynamoDB us-east-1 post-event summary (Oct 2025), excerpted at ernestchiang.com",
     ""},
    {"S49", "InfoQ/worldofsoftware.org summary; ThousandEyes analysis (15 h customer impact)", ""},
    {"S50", "dev.ahill.net/posts/aws-gcp-azure-incidents-2024 (Cloud Insight Index, third party)",
     "dev.ahill.net/posts/aws-gcp-azure-incidents-2024"},
    {"S51", "cherryservers.com/blog/cloud-outages (third party)",
     "cherryservers.com/blog/cloud-outages"},
    {"S52", "AWS Well-Architected Framework, Reliability pillar (rel01…rel13 pages)", ""},
    {"S53", "AWS Multi-Region Fundamentals whitepaper, fundamental 3", ""},
    {"S54", "ARC Developer Guide \"Data and control planes for routing control / Region switch\"",
     ""},
    {"S55",
     "Resilience Hub API reference, CreateResiliencyPolicy (tiers, disruption keys, "
     "dataLocationConstraint)",
     ""},
    {"S56", "Resilience Hub User Guide \"Managing resiliency policies\" / suggested policy list",
     ""},
    {"S57", "Azure Proactive Resiliency Library v2, azure-waf/reliability (RE:01–RE:10)", ""},
    {"S58",
     "google/skills google-cloud-waf-reliability SKILL.md (links "
     "docs.cloud.google.com/architecture/framework/reliability/*)",
     "docs.cloud.google.com/architecture/framework/reliability/*"},
    {"S59", "Google Cloud framework \"Design for graceful degradation\"", ""},
    {"S60", "Azure \"Resiliency recommendations for Cosmos DB for NoSQL\" (strong ⇒ ≥3 regions)",
     ""},
};

int numberAt(std::string_view text, std::size_t& i)
{
    int n = 0;
    const auto start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && i - start < 4)
        n = n * 10 + (text[i++] - '0');
    return i > start ? n : -1;
}

} // namespace

std::span<const ReferenceSource> referenceSources()
{
    return sources;
}

const ReferenceSource* findReferenceSource(std::string_view id)
{
    const auto it = std::find_if(std::begin(sources), std::end(sources),
                                 [&](const ReferenceSource& s) { return s.id == id; });
    return it == std::end(sources) ? nullptr : &*it;
}

std::vector<std::string> citedReferenceIds(std::string_view text)
{
    std::vector<std::string> out;
    const auto add = [&](int n) {
        auto id = "S" + std::to_string(n);
        if (findReferenceSource(id) && std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(std::move(id));
    };
    const auto wordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
    };
    constexpr std::string_view enDash = "\u2013";
    for (std::size_t i = 0; i < text.size(); ++i) {
        // "S52" alone: not the S of "RES-018", nor the service of "S3 User Guide" or "Amazon S3
        // Replication" (a cited id is never followed by a word).
        if (text[i] != 'S' || (i > 0 && (wordChar(text[i - 1]) || text[i - 1] == '-')))
            continue;
        auto j = i + 1;
        const int first = numberAt(text, j);
        auto next = j;
        while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next])))
            ++next;
        if (first < 0 || (j < text.size() && wordChar(text[j])) ||
            (next > j && next < text.size() &&
             std::isalpha(static_cast<unsigned char>(text[next]))))
            continue;
        int last = first;
        for (const auto dash : {std::string_view("-"), enDash}) {
            if (text.substr(j, dash.size()) != dash)
                continue;
            auto k = j + dash.size() + (text.substr(j + dash.size(), 1) == "S" ? 1 : 0);
            if (const int end = numberAt(text, k); end > first && end - first < 20) {
                last = end;
                j = k;
            }
        }
        for (int n = first; n <= last; ++n)
            add(n);
        i = j - 1;
    }
    return out;
}

} // namespace rs
