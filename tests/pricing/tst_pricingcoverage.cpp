#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/cost/CostEngine.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <QTest>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace rs;

namespace {

/// The bundled table, read the way the application reads it on first run.
const std::vector<PriceRow>& tableRows()
{
    static const auto rows = [] {
        auto read = pricing::readPriceTableJson(resources::defaultPriceTableJson());
        if (!read)
            qFatal("%s", read.errors().front().toString().c_str());
        return std::move(read).value();
    }();
    return rows;
}

const PriceBook& bundledBook()
{
    static const auto book = test::book(tableRows());
    return book;
}

/// The keys rules name that no source prices: docs/pricing-data.md, "Keys no source prices".
/// Adding a row for one of them, or a rule naming another unpriced key, must update this list.
const std::set<std::string> unsourcedKeys{
    "aws.aurora-global.instance-hours",
    "aws.aurora-global.io-requests",
    "aws.aurora-global.storage",
    "aws.cloudwatch.alarm-month",
    "aws.elasticache-global.node-hours",
    "aws.sns.requests",
    "azure.api-management.basic-unit-hours",
    "azure.api-management.basic-v2-unit-hours",
    "azure.api-management.consumption-requests",
    "azure.api-management.developer-unit-hours",
    "azure.api-management.premium-unit-hours",
    "azure.api-management.premium-v2-unit-hours",
    "azure.api-management.standard-unit-hours",
    "azure.api-management.standard-v2-unit-hours",
    "azure.cache-redis.enterprise-e1",
    "azure.cache-redis.premium-p1",
    "azure.cosmos-db.autoscale-multi-write-throughput",
    "azure.entra-id.p1-user-month",
    "azure.entra-id.p2-user-month",
    "azure.event-grid.operations",
    "azure.functions.flex-execution-time",
    "azure.functions.flex-executions",
    "azure.key-vault-secrets.operations",
    "azure.key-vault.hsm-key-month",
    "azure.key-vault.operations",
    "azure.monitor.alert-rule-month",
    "azure.service-bus.premium-messaging-unit-hours",
    "azure.sql-database.business-critical-vcore-hours",
    "azure.sql-database.general-purpose-vcore-hours",
    "azure.sql-database.hyperscale-vcore-hours",
    "azure.sql-database.storage",
    "azure.waf.policy-month",
    "gcp.api-gateway.calls",
    "gcp.cloud-armor.policy-month",
    "gcp.cloud-armor.requests",
    "gcp.cloud-cdn.cache-lookups",
    "gcp.cloud-kms.external-key-version-month",
    "gcp.cloud-kms.hsm-key-version-month",
    "gcp.cloud-kms.operations",
    "gcp.cloud-kms.software-key-version-month",
    "gcp.cloud-load-balancing.forwarding-rule-hours",
    "gcp.cloud-monitoring.alerting-condition-month",
    "gcp.cloud-storage.standard-multi-region",
    "gcp.eventarc.events",
    "gcp.firestore.document-reads",
    "gcp.firestore.document-writes",
    "gcp.firestore.storage",
    "gcp.identity-platform.mau",
    "gcp.memorystore.basic-capacity",
    "gcp.memorystore.standard-capacity",
    "gcp.secret-manager.secret-version-month",
    "gcp.spanner.compute-dual-region",
    "gcp.spanner.compute-multi-region",
    "gcp.spanner.compute-regional-enterprise",
    "neutral.auth0.mau",
    "neutral.cloudflare-load-balancer.base-month",
    "neutral.cloudflare-load-balancer.dns-queries",
    "neutral.cloudflare.requests",
    "neutral.cockroachdb.request-units",
    "neutral.cockroachdb.storage",
};

std::string joined(const std::vector<std::string>& keys)
{
    std::string out;
    for (const auto& k : keys)
        out += (out.empty() ? "" : ", ") + k;
    return out;
}

/// "<element> <usage>: <what is missing>", where what is missing is the first price key or kind
/// id the engine's reason names (so a reworded message does not matter), else the whole reason.
QString describe(const CostLine& line)
{
    static const std::regex key(R"((aws|azure|gcp|neutral)\.[a-z0-9.-]*[a-z0-9])");
    std::smatch match;
    const auto what = std::regex_search(line.reason, match, key) ? match.str() : line.reason;
    return QString::fromStdString(line.elementId + " " + std::string(enumName(line.usage)) + ": " +
                                  what);
}

CostEstimate estimateExample(const QString& file)
{
    auto loaded = loadDesignFile(test::sourcePath("resources/examples/" + file.toStdString()),
                                 test::builtInCatalogues());
    if (!loaded)
        qFatal("%s", loaded.errors().front().toString().c_str());
    // Strict prices: the gaps listed here are the table's own, not hidden by borrowed prices.
    CostOptions strict;
    strict.strictPrices = true;
    return estimateCost(DesignIndex(loaded.value(), test::builtInCatalogues()), bundledBook(),
                        strict);
}

const CostLine* findLine(const CostEstimate& e, const std::string& element, UsageKind usage)
{
    const auto it = std::find_if(e.lines.begin(), e.lines.end(), [&](const CostLine& l) {
        return l.elementId == element && l.usage == usage;
    });
    return it == e.lines.end() ? nullptr : &*it;
}

} // namespace

/// The bundled price table against the service catalogue's pricing rules and the example designs.
class TestPricingCoverage : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasPricingRules()
    {
        const auto& kinds = test::builtInCatalogues().services.kinds();
        QVERIFY(kinds.size() >= 50);
        for (const auto& kind : kinds)
            QVERIFY2(!kind.pricing.empty(), kind.id.c_str());
    }

    void ruleKeysArePricedUnlessKnownUnsourced()
    {
        std::set<std::string> priced;
        for (const auto& row : tableRows())
            priced.insert(row.key);
        std::set<std::string> unpriced;
        for (const auto& kind : test::builtInCatalogues().services.kinds()) {
            for (const auto& rule : kind.pricing) {
                for (const auto& key : {rule.key, rule.freeKey}) {
                    if (!key.empty() && !priced.count(key))
                        unpriced.insert(key);
                }
            }
        }
        std::vector<std::string> added, nowPriced;
        std::set_difference(unpriced.begin(), unpriced.end(), unsourcedKeys.begin(),
                            unsourcedKeys.end(), std::back_inserter(added));
        std::set_difference(unsourcedKeys.begin(), unsourcedKeys.end(), unpriced.begin(),
                            unpriced.end(), std::back_inserter(nowPriced));
        QVERIFY2(added.empty(), ("rule keys without rows: " + joined(added)).c_str());
        QVERIFY2(nowPriced.empty(),
                 ("listed as unsourced but priced: " + joined(nowPriced)).c_str());
    }

    void examplesPriceWithTheBundledTable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("unpriced");
        // Each line the bundled table cannot price, and the key (or reason) that is missing:
        // the gaps of docs/pricing-data.md. A new gap, or a closed one, fails here. A flat fee
        // whose rules match none of the service's property values is listed with its kind.
        QTest::newRow("01 single region")
            << "01-single-region-api.json"
            << QStringList{"api-euw1 requests: aws.api-gateway.rest-requests",
                           "monitor-euw1 resource-months: aws.cloudwatch.alarm-month",
                           "users-euw1 resource-months: aws.cognito.mau-essentials"};
        QTest::newRow("02 active-passive")
            << "02-aws-active-passive.json"
            << QStringList{"key-usw2 resource-months: aws.kms.key-month",
                           "orders-db-usw2 replicated-write-units: "
                           "aws.dynamodb.replicated-write-request-units",
                           "orders-db-usw2 storage-gb-month: aws.dynamodb.storage",
                           "secrets-usw2 resource-months: aws.secrets-manager.secret-month"};
        QTest::newRow("03 active-active")
            << "03-aws-active-active.json"
            << QStringList{"api-apse1 requests: aws.api-gateway.rest-requests",
                           "api-euw1 requests: aws.api-gateway.rest-requests",
                           "orders-db-apse1 read-units: aws.dynamodb.read-request-units",
                           "orders-db-apse1 replicated-write-units: "
                           "aws.dynamodb.replicated-write-request-units",
                           "orders-db-apse1 replicated-write-units: "
                           "aws.dynamodb.replicated-write-request-units",
                           "orders-db-apse1 storage-gb-month: aws.dynamodb.storage",
                           "orders-db-apse1 write-units: aws.dynamodb.write-request-units",
                           "users-use1 resource-months: aws.cognito.mau-essentials"};
        QTest::newRow("04 azure")
            << "04-azure-active-active.json"
            << QStringList{"afd-waf resource-months: azure.waf.policy-month",
                           "api-neu compute-gb-seconds: azure.functions.flex-execution-time",
                           "api-neu invocations: azure.functions.flex-executions",
                           "api-weu compute-gb-seconds: azure.functions.flex-execution-time",
                           "api-weu invocations: azure.functions.flex-executions",
                           "cosmos-neu hours: azure.cosmos-db.autoscale-multi-write-throughput",
                           "cosmos-neu storage-gb-month: azure.cosmos-db.storage",
                           "cosmos-weu hours: azure.cosmos-db.autoscale-multi-write-throughput",
                           "cosmos-weu storage-gb-month: azure.cosmos-db.storage",
                           "entra resource-months: azure.entra-id.p1-user-month",
                           "keys-neu resource-months: azure.key-vault",
                           "keys-weu resource-months: azure.key-vault",
                           "monitor-neu resource-months: azure.monitor.alert-rule-month",
                           "monitor-weu resource-months: azure.monitor.alert-rule-month",
                           "sb-neu hours: azure.service-bus.premium-messaging-unit-hours",
                           "sb-neu messages: azure.service-bus",
                           "sb-weu hours: azure.service-bus.premium-messaging-unit-hours",
                           "sb-weu messages: azure.service-bus",
                           "worker-neu compute-gb-seconds: azure.functions.flex-execution-time",
                           "worker-neu invocations: azure.functions.flex-executions",
                           "worker-weu compute-gb-seconds: azure.functions.flex-execution-time",
                           "worker-weu invocations: azure.functions.flex-executions"};
        QTest::newRow("05 gcp")
            << "05-gcp-global.json"
            << QStringList{
                   "api-euw4 compute-gb-seconds: gcp.cloud-run.memory",
                   "api-euw4 vcpu-seconds: gcp.cloud-run.cpu",
                   "armor requests: gcp.cloud-armor.requests",
                   "armor resource-months: gcp.cloud-armor.policy-month",
                   "euw1 internet-egress-gb: gcp.network.internet-egress-to-emea",
                   "euw4 internet-egress-gb: gcp.network.internet-egress-to-emea",
                   "kms resource-months: gcp.cloud-kms.hsm-key-version-month",
                   "l-db-repl-euw1-usc1 replication-gb: gcp.network.inter-region",
                   "lb hours: gcp.cloud-load-balancing.forwarding-rule-hours",
                   "monitoring resource-months: gcp.cloud-monitoring.alerting-condition-month",
                   "secrets resource-months: gcp.secret-manager.secret-version-month",
                   "spanner-euw1 hours: gcp.spanner.compute-multi-region",
                   "spanner-euw1 storage-gb-month: gcp.spanner",
                   "spanner-euw4 hours: gcp.spanner.compute-multi-region",
                   "spanner-euw4 storage-gb-month: gcp.spanner",
                   "spanner-usc1 hours: gcp.spanner.compute-multi-region",
                   "spanner-usc1 storage-gb-month: gcp.spanner",
                   "worker-euw4 compute-gb-seconds: gcp.cloud-run.memory",
                   "worker-euw4 vcpu-seconds: gcp.cloud-run.cpu"};
        QTest::newRow("06 aurora")
            << "06-payments-aurora.json"
            << QStringList{
                   "api-euc1 requests: aws.api-gateway.rest-requests",
                   "fn-euc1 compute-gb-seconds: aws.lambda.duration-arm",
                   "fn-euc1 invocations: aws.lambda.requests-arm",
                   "key-euc1 resource-months: aws.kms.key-month",
                   "ledger-euc1 hours: aws.aurora-global.instance-hours",
                   "ledger-euc1 read-units: aws.aurora-global.io-requests",
                   "ledger-euc1 storage-gb-month: aws.aurora-global.storage",
                   "ledger-euc1 write-units: aws.aurora-global.io-requests",
                   "ledger-euw1 hours: aws.aurora-global.instance-hours",
                   "ledger-euw1 replicated-write-units: aws.aurora-global.replicated-write-io",
                   "ledger-euw1 storage-gb-month: aws.aurora-global.storage",
                   "secrets-euc1 resource-months: aws.secrets-manager.secret-month",
                   "settle-fn-euc1 compute-gb-seconds: aws.lambda.duration-arm",
                   "settle-fn-euc1 invocations: aws.lambda.requests-arm"};
    }

    void examplesPriceWithTheBundledTable()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, unpriced);
        const auto e = estimateExample(file);
        QStringList actual;
        for (const auto& line : e.lines) {
            if (line.unpriced)
                actual << describe(line);
            else
                QVERIFY2(!line.cited.empty(), qPrintable(describe(line) + "cites no row"));
        }
        actual.sort();
        unpriced.sort();
        if (actual != unpriced)
            qWarning("unpriced lines of %s:\n%s", qPrintable(file), qPrintable(actual.join('\n')));
        QCOMPARE(actual, unpriced);
        QCOMPARE(e.unpricedCount, static_cast<std::size_t>(unpriced.size()));
        QVERIFY(e.total > Money());
    }

    void storageIsPricedFromTheRegionsOwnRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("usageType");
        QTest::addColumn<QString>("amount");
        // Stored data x the first-band S3 Standard rate of the bucket's Region (AmazonS3
        // 20260831092225): 80 GB x $0.023 in eu-west-1, 400 GB x $0.023 in us-west-2.
        QTest::newRow("eu-west-1") << "01-single-region-api.json"
                                   << "receipts-euw1"
                                   << "EU-TimedStorage-ByteHrs"
                                   << "1.84";
        QTest::newRow("us-west-2") << "02-aws-active-passive.json"
                                   << "docs-usw2"
                                   << "USW2-TimedStorage-ByteHrs"
                                   << "9.20";
    }

    void storageIsPricedFromTheRegionsOwnRow()
    {
        QFETCH(QString, file);
        QFETCH(QString, element);
        QFETCH(QString, usageType);
        QFETCH(QString, amount);
        const auto e = estimateExample(file);
        const auto* line = findLine(e, element.toStdString(), UsageKind::StorageGbMonth);
        QVERIFY(line);
        QVERIFY2(!line->unpriced, line->reason.c_str());
        QCOMPARE(line->amount, test::money(amount.toUtf8().constData()));
        QCOMPARE(line->cited.size(), std::size_t{1});
        QCOMPARE(line->cited.front().usageType, usageType.toStdString());
        QCOMPARE(line->cited.front().confidence, PriceConfidence::File);
    }
};

QTEST_GUILESS_MAIN(TestPricingCoverage)
#include "tst_pricingcoverage.moc"
