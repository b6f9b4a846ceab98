#include "CatalogueStore.h"
#include "DesignBuilder.h"
#include "MoneyLiteral.h"
#include "TestCatalogues.h"
#include "core/cost/CostEngine.h"
#include "pricing/PriceCatalogue.h"

#include <QDateTime>
#include <QTest>

using namespace rs;
using namespace rs::pricing;
using test::money;

namespace {

PriceRow listRow(std::string key, std::string region, std::string unit, const char* price,
                 std::optional<double> end = std::nullopt, bool free = false)
{
    PriceRow r;
    r.key = std::move(key);
    r.service = "AWSLambda";
    r.description = "test row";
    r.region = std::move(region);
    r.unit = std::move(unit);
    r.tierEnd = end;
    r.price = money(price);
    r.effectiveDate = "2026-08-31";
    r.source = "F-AWS26";
    r.confidence = PriceConfidence::File;
    r.freeTier = free;
    return r;
}

/// Lambda requests in us-east-1 and eu-west-1 after a free million; S3 storage in us-east-1.
std::vector<PriceRow> listRows()
{
    return {listRow("aws.lambda.requests", "us-east-1", "request", "0.0000002"),
            listRow("aws.lambda.requests", "eu-west-1", "request", "0.0000002"),
            listRow("aws.lambda.free-requests", "global", "request", "0", 1e6, true),
            listRow("aws.s3.standard-storage", "us-east-1", "GB-month", "0.023")};
}

VersionInfo awsVersion(VersionStatus status)
{
    VersionInfo v;
    v.provider = Provider::Aws;
    v.source = "test";
    v.format = "test-rows";
    v.effectiveDate = "2026-08-31";
    v.status = status;
    return v;
}

struct Opened
{
    test::CatalogueStore store;
    std::optional<PriceCatalogue> catalogue;
};

/// A catalogue with listRows() active and 10 % off AWS list prices.
std::unique_ptr<Opened> openWithList()
{
    auto o = std::make_unique<Opened>();
    auto opened = PriceCatalogue::open(o->store.location());
    if (!opened)
        qFatal("%s", opened.errors().front().toString().c_str());
    o->catalogue.emplace(std::move(opened).value());
    if (!o->catalogue->importVersion(listRows(), awsVersion(VersionStatus::Active)) ||
        !o->catalogue->setDiscount(Provider::Aws, 10))
        qFatal("cannot set up the catalogue");
    return o;
}

const PriceRow& only(const PriceBook& book, const char* key, const char* region)
{
    const auto rows = book.rows(key, region);
    if (rows.size() != 1)
        qFatal("%zu rows of %s in %s", rows.size(), key, region);
    return rows.front();
}

} // namespace

/// `pricing override` where the list has no price: a custom row of the user's layer.
class TestCustomPrices : public QObject
{
    Q_OBJECT

private slots:
    void anOverrideWithoutAListPriceAddsACustomRow()
    {
        auto o = openWithList();
        auto& c = *o->catalogue;
        QVERIFY(c.setOverride("aws.lambda.requests", "us-west-2", money("0.00000012"), "EDP"));
        QVERIFY(c.setOverride("aws.s3.standard-storage", "eu-west-1", money("0.02")));
        const auto book = c.loadActivePriceBook();
        QVERIFY(book);
        const auto& custom = only(book.value(), "aws.lambda.requests", "us-west-2");
        // Not discounted: it is the user's own price.
        QCOMPARE(custom.price, money("0.00000012"));
        QCOMPARE(custom.unit, std::string("request"));
        QCOMPARE(custom.source, std::string(customPriceSource));
        QCOMPARE(custom.note, std::string("EDP"));
        QCOMPARE(custom.confidence, PriceConfidence::Unconfirmed);
        // Dated the day it was set (UTC), like a list row is dated by its file.
        const auto today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QCOMPARE(QString::fromStdString(custom.effectiveDate), today);
        QCOMPARE(QString::fromStdString(c.overrides().value().front().setAt).left(10), today);
        QCOMPARE(custom.provider, Provider::Aws);
        QCOMPARE(custom.tierStart, 0.0);
        QVERIFY(!custom.tierEnd);
        // The storage key's unit, not the request one.
        QCOMPARE(only(book.value(), "aws.s3.standard-storage", "eu-west-1").unit,
                 std::string("GB-month"));
        // The list's own regions keep their discounted list price.
        QCOMPARE(only(book.value(), "aws.lambda.requests", "eu-west-1").price, money("0.00000018"));
        QCOMPARE(c.overrides().value().size(), std::size_t{2});
    }

    void anEstimateCitesTheCustomRow()
    {
        auto o = openWithList();
        QVERIFY(o->catalogue->setOverride("aws.lambda.requests", "us-west-2", money("0.00000012"),
                                          "EDP"));
        const auto book = o->catalogue->loadActivePriceBook();
        QVERIFY(book);
        const auto design = test::lambdaBehindApi("us-west-2", 10'000'000);
        const auto e = estimateCost(DesignIndex(design, test::builtInCatalogues()), book.value());
        const auto it = std::find_if(e.lines.begin(), e.lines.end(), [](const CostLine& l) {
            return l.elementId == "fn" && l.usage == UsageKind::Invocations;
        });
        QVERIFY(it != e.lines.end());
        // 10 M invocations, free tiers not counted (the default): 10 M x $0.00000012 = $1.20,
        // in us-west-2's own (custom) price, not borrowed from us-east-1.
        QCOMPARE(it->amount, money("1.20"));
        QVERIFY(it->borrowedFrom.empty());
        QCOMPARE(it->cited.back().source, std::string(customPriceSource));
        QCOMPARE(it->cited.back().region, std::string("us-west-2"));
    }

    void aCustomRowOutlivesTheVersionItsUnitCameFrom()
    {
        auto o = openWithList();
        auto& c = *o->catalogue;
        QVERIFY(c.setOverride("aws.lambda.requests", "us-west-2", money("0.00000012")));
        // A newer AWS table without Lambda at all becomes active.
        const auto newer =
            c.importVersion({listRow("aws.s3.standard-storage", "us-east-1", "GB-month", "0.022")},
                            awsVersion(VersionStatus::Active));
        QVERIFY(newer);
        const auto book = c.loadActivePriceBook();
        QVERIFY(book);
        QVERIFY(book.value().rows("aws.lambda.requests", "us-east-1").empty());
        QCOMPARE(only(book.value(), "aws.lambda.requests", "us-west-2").unit,
                 std::string("request"));
    }

    void badOverridesAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("price");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("a key no table has")
            << "aws.sns.requests"
            << "us-east-1"
            << "0.0000005" << int(ErrorCode::Missing) << "aws.sns.requests";
        QTest::newRow("an unknown region")
            << "aws.lambda.requests"
            << "mars-1"
            << "0.0000005" << int(ErrorCode::UnknownRegion) << "\"mars-1\" is not a region of aws";
        QTest::newRow("another provider's region")
            << "aws.lambda.requests"
            << "westeurope"
            << "0.0000005" << int(ErrorCode::UnknownRegion) << "westeurope";
        QTest::newRow("a negative price") << "aws.lambda.requests"
                                          << "us-west-2"
                                          << "-0.1" << int(ErrorCode::Range) << "negative";
    }

    void badOverridesAreRefusedAndNothingIsStored()
    {
        QFETCH(QString, key);
        QFETCH(QString, region);
        QFETCH(QString, price);
        QFETCH(int, code);
        QFETCH(QString, says);
        auto o = openWithList();
        const auto done = o->catalogue->setOverride(key.toStdString(), region.toStdString(),
                                                    money(price.toUtf8().constData()));
        QVERIFY(!done);
        QCOMPARE(int(done.errors().front().code), code);
        QVERIFY2(done.errors().front().message.find(says.toStdString()) != std::string::npos,
                 done.errors().front().message.c_str());
        QVERIFY(o->catalogue->overrides().value().empty());
    }
};

QTEST_GUILESS_MAIN(TestCustomPrices)
#include "tst_customprices.moc"
