#include "core/cost/PriceBook.h"

#include <QTest>

using namespace rs;

namespace {

PriceRow row(const std::string& key, const std::string& region, const char* price,
             double start = 0.0, std::optional<double> end = std::nullopt,
             const std::string& unit = "request")
{
    PriceRow r;
    r.key = key;
    r.region = region;
    r.unit = unit;
    r.price = *Money::parse(price);
    r.tierStart = start;
    r.tierEnd = end;
    r.source = "test";
    return r;
}

bool mentions(const Errors& errors, const std::string& text)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const Error& e) { return e.message.find(text) != std::string::npos; });
}

} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT

private slots:
    void findsTheBandsOfAnItemInARegion()
    {
        // Given out of order; the book sorts each item's bands by their start.
        auto book = PriceBook::fromRows(
            {row("aws.s3.storage", "us-east-1", "0.022", 51'200, 512'000, "GB-month"),
             row("aws.s3.storage", "us-east-1", "0.023", 0, 51'200, "GB-month"),
             row("aws.s3.storage", "us-east-1", "0.021", 512'000, std::nullopt, "GB-month"),
             row("aws.lambda.requests", "us-east-1", "0.0000002")},
            "test-1");
        QVERIFY(book.ok());
        QCOMPARE(book.value().version(), std::string("test-1"));
        const auto s3 = book.value().rows("aws.s3.storage", "us-east-1");
        QCOMPARE(s3.size(), std::size_t{3});
        QCOMPARE(s3[0].price, *Money::parse("0.023"));
        QCOMPARE(s3[2].tierStart, 512'000.0);
        QVERIFY(book.value().rows("aws.s3.storage", "eu-west-1").empty());
        // 600,000 GB-month through the tiers: 1,177.60 + 10,137.60 + 1,848.00.
        QCOMPARE(graduatedCost(PriceBook::tiers(s3), 600'000).toString(2), std::string("13163.20"));
    }

    void transferRowsAreKeyedByDestination()
    {
        auto book = PriceBook::fromRows(
            {[] {
                 auto r = row("aws.transfer.inter-region", "us-east-1", "0.01", 0, {}, "GB");
                 r.toRegion = "us-east-2";
                 return r;
             }(),
             [] {
                 auto r = row("aws.transfer.inter-region", "us-east-1", "0.02", 0, {}, "GB");
                 r.toRegion = "*";
                 return r;
             }()},
            "t");
        QVERIFY(book.ok());
        QCOMPARE(book.value().rows("aws.transfer.inter-region", "us-east-1", "us-east-2")[0].price,
                 *Money::parse("0.01"));
        QCOMPARE(book.value().rows("aws.transfer.inter-region", "us-east-1", "*")[0].price,
                 *Money::parse("0.02"));
    }

    void rejectsRowsThatCannotPriceAnything()
    {
        const auto bad = PriceBook::fromRows(
            {row("a", "us-east-1", "0.1", 0, std::nullopt, "furlongs"),
             row("b", "us-east-1", "-0.1"), row("c", "us-east-1", "0.1", 0, 100),
             row("c", "us-east-1", "0.09", 120, std::nullopt), row("d", "us-east-1", "0.1", 10, 5)},
            "t");
        QVERIFY(!bad.ok());
        const auto& errors = bad.errors();
        QVERIFY(mentions(errors, "unknown unit \"furlongs\""));
        QVERIFY(mentions(errors, "cannot be negative"));
        QVERIFY(mentions(errors, "starts at 120"));        // a gap from 100 to 120
        QVERIFY(mentions(errors, "end after it starts"));  // 10 to 5
        QVERIFY(mentions(errors, "row 1 (b, us-east-1)")); // each error names its row
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
