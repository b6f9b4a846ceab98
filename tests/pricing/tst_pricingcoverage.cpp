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
    "aws.elasticache-global.node-hours",
    "azure.cache-redis.enterprise-e1",
    "azure.key-vault-secrets.operations",
    "azure.key-vault.hsm-key-month",
    "gcp.cloud-armor.policy-month",
    "gcp.cloud-armor.requests",
    "gcp.cloud-cdn.cache-lookups",
    "gcp.firestore.document-reads",
    "gcp.firestore.document-writes",
    "gcp.firestore.storage",
    "gcp.memorystore.basic-capacity",
    "gcp.memorystore.standard-capacity",
    "gcp.spanner.compute-dual-region",
    "gcp.spanner.compute-multi-region",
    "gcp.spanner.compute-regional-enterprise",
    "neutral.auth0.mau",
    "neutral.cloudflare-load-balancer.base-month",
    "neutral.cloudflare-load-balancer.dns-queries",
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
        // Since issue 12 the AWS examples price in full from the providers' files.
        QTest::newRow("01 single region") << "01-single-region-api.json" << QStringList{};
        QTest::newRow("02 active-passive") << "02-aws-active-passive.json" << QStringList{};
        QTest::newRow("03 active-active") << "03-aws-active-active.json" << QStringList{};
        // Cosmos DB autoscale with multi-region writes bills on the multi-region-write meter,
        // Key Vault Standard keys and Service Bus Premium operations cost nothing of their own
        // (docs/pricing-data.md): the Azure example prices in full.
        QTest::newRow("04 azure") << "04-azure-active-active.json" << QStringList{};
        // No source gives Cloud Armor's prices, a Spanner multi-region compute rate per region
        // or Google's inter-region rate between continents.
        QTest::newRow("05 gcp")
            << "05-gcp-global.json"
            << QStringList{"armor requests: gcp.cloud-armor.requests",
                           "armor resource-months: gcp.cloud-armor.policy-month",
                           "l-db-repl-euw1-usc1 replication-gb: gcp.network.inter-region",
                           "spanner-euw1 hours: gcp.spanner.compute-multi-region",
                           "spanner-euw4 hours: gcp.spanner.compute-multi-region",
                           "spanner-usc1 hours: gcp.spanner.compute-multi-region"};
        QTest::newRow("06 aurora") << "06-payments-aurora.json" << QStringList{};
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
        // Stored data x the first-band S3 Standard rate of the bucket's Region (the S3 pricing
        // page: $0.023 per GB-month for the first 50 TB in both): 80 GB x $0.023 in eu-west-1,
        // 400 GB x $0.023 in us-west-2. The pricing-page files name the band by its label.
        QTest::newRow("eu-west-1") << "01-single-region-api.json"
                                   << "receipts-euw1"
                                   << "Standard Storage First 50 TB per GB Mo"
                                   << "1.84";
        QTest::newRow("us-west-2") << "02-aws-active-passive.json"
                                   << "docs-usw2"
                                   << "Standard Storage First 50 TB per GB Mo"
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

    void taipeiCachesArePricedFromTheElastiCachePivot()
    {
        // Read in shared/pricing-sources/aws/quinnypig-aws-price-watcher/processed/
        // elasticache.json (derived 2025-06-18): under "[OnDemand Cache Instance Memory optimized
        // Redis Current Generation] OnDemand Cache Instance Memory optimized cache r7g.large Redis
        // Current Generation", "Asia Pacific (Taipei) (Instance Type: cache.r7g.large, ...)" is
        // "0.2367000000" USD per node-hour. The 2025-03-14 raw file has no Taipei, so this is the
        // region's own row and nothing is borrowed there.
        const auto bands = bundledBook().rows("aws.elasticache-global.node-r7g-large", "ap-east-2");
        QCOMPARE(bands.size(), std::size_t{1});
        const auto& row = bands.front();
        QCOMPARE(row.price, test::money("0.2367"));
        QCOMPARE(row.tierStart, 0.0);
        QVERIFY(!row.tierEnd);
        QCOMPARE(row.source, std::string("F-AWSEC25P"));
        QCOMPARE(row.effectiveDate, std::string("2025-06-18"));
        QCOMPARE(row.confidence, PriceConfidence::File);
    }
};

QTEST_GUILESS_MAIN(TestPricingCoverage)
#include "tst_pricingcoverage.moc"
