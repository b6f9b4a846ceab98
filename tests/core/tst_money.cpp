#include "MoneyLiteral.h"
#include "core/cost/GraduatedPrice.h"
#include "core/cost/Money.h"

#include <QTest>

#include <vector>

using namespace rs;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesPriceFileDecimalsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("pico");
        QTest::newRow("Lambda request") << "0.0000002" << qlonglong(200'000);
        QTest::newRow("Lambda GB-second") << "0.0000166667" << qlonglong(16'666'700);
        QTest::newRow("whole dollars") << "12" << qlonglong(12'000'000'000'000);
        QTest::newRow("negative") << "-3.5" << qlonglong(-3'500'000'000'000);
        QTest::newRow("twelve decimals") << "0.000000000001" << qlonglong(1);
    }

    void parsesPriceFileDecimalsExactly()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, pico);
        const auto parsed = Money::parse(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(static_cast<qlonglong>(parsed->pico()), pico);
    }

    void rejectsWhatIsNotAPlainDecimal()
    {
        for (const char* bad : {"", ".", "-", "1e-7", "abc", "1.2.3", "0.0000000000001", "1,5"})
            QVERIFY2(!Money::parse(bad).has_value(), bad);
    }

    void billionsOfRequestsCostExactlyWhatTheyShould()
    {
        // 3.3 billion requests at $0.20 per million: $660.00 to the pico-dollar.
        QCOMPARE(test::money("0.0000002").times(3.3e9).toString(12),
                 std::string("660.000000000000"));
        // 400,000 GB-s at $0.0000166667: $6.66668.
        QCOMPARE(test::money("0.0000166667").times(400'000).toString(12),
                 std::string("6.666680000000"));
        // A million additions of one request's price equal the product exactly; doubles drift.
        Money sum;
        double drifting = 0.0;
        for (int i = 0; i < 1'000'000; ++i) {
            sum += test::money("0.0000002");
            drifting += 0.0000002;
        }
        QCOMPARE(sum, test::money("0.2"));
        QVERIFY(drifting != 0.2);
    }

    void fractionalQuantitiesRoundOnceToThePicoDollar()
    {
        // 0.1 GB-month is not exact in binary; at $0.023 it is still $0.0023 to 12 places.
        QCOMPARE(test::money("0.023").times(0.1).toString(12), std::string("0.002300000000"));
    }

    void displayRoundsHalfAwayFromZero()
    {
        QCOMPARE(test::money("1.005").toString(2), std::string("1.01"));
        QCOMPARE(test::money("-1.005").toString(2), std::string("-1.01"));
        QCOMPARE(test::money("1.004").toString(2), std::string("1.00"));
        QCOMPARE(test::money("-0.004").toString(2), std::string("0.00"));
        QCOMPARE(test::money("1234.5").toString(0), std::string("1235"));
    }

    void exactTextDropsOnlyTrailingZeros()
    {
        // Price tables and override notes print a price as written: no rounding, no padding.
        QCOMPARE(test::money("0.0000002").toExactString(), std::string("0.0000002"));
        QCOMPARE(test::money("12").toExactString(), std::string("12"));
        QCOMPARE(test::money("120").toExactString(), std::string("120"));
        QCOMPARE(test::money("-0.50").toExactString(), std::string("-0.5"));
        QCOMPARE(test::money("0.000000000001").toExactString(), std::string("0.000000000001"));
    }

    void graduatedTiersPriceEachUnitInItsBand()
    {
        // S3 Standard, us-east-1 (reference pricing-facts §1.2): 0-51,200 GB-month at $0.023,
        // to 512,000 at $0.022, beyond at $0.021. 600,000 GB-month:
        // 51,200 x 0.023 = 1,177.60; 460,800 x 0.022 = 10,137.60; 88,000 x 0.021 = 1,848.00.
        const std::vector<PriceTier> s3{{0, 51'200, test::money("0.023")},
                                        {51'200, 512'000, test::money("0.022")},
                                        {512'000, std::nullopt, test::money("0.021")}};
        QCOMPARE(graduatedCost(s3, 600'000).toString(2), std::string("13163.20"));
        QCOMPARE(graduatedCost(s3, 1'000).toString(2), std::string("23.00"));
        QCOMPARE(graduatedCost(s3, 0), Money());
    }

    void aFreeAllowanceIsConsumedOnceAcrossRegions()
    {
        // Lambda's 400,000 free GB-s are account-wide: a first region of 300,000 GB-s pays
        // nothing, a second of 300,000 pays for the 200,000 beyond the allowance:
        // 200,000 x 0.0000166667 = $3.33334.
        const std::vector<PriceTier> lambda{{0, 400'000, Money()},
                                            {400'000, 6e9, test::money("0.0000166667")}};
        QCOMPARE(graduatedCost(lambda, 300'000, 0), Money());
        QCOMPARE(graduatedCost(lambda, 300'000, 300'000).toString(5), std::string("3.33334"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
