#include "MoneyLiteral.h"
#include "core/cost/CostCsv.h"
#include "core/cost/DisplayCurrency.h"

#include <QTest>

using namespace rs;
using test::money;

class TestDisplayCurrency : public QObject
{
    Q_OBJECT

private slots:
    void convertsExactlyAtTheEnteredRate_data()
    {
        QTest::addColumn<QString>("usd");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("expected");
        // 1,234.56 x 0.92 = 1,135.7952 exactly.
        QTest::newRow("euro") << "1234.56"
                              << "0.92"
                              << "1135.795200000000";
        // 0.000000000001 x 0.5 = 0.0000000000005: half a pico-unit rounds away from zero.
        QTest::newRow("half rounds up") << "0.000000000001"
                                        << "0.5"
                                        << "0.000000000001";
        // 10,000,000.01 x 151.37 = 1,513,700,001.5137 (yen): no float drift at this size.
        QTest::newRow("large") << "10000000.01"
                               << "151.37"
                               << "1513700001.513700000000";
        QTest::newRow("negative") << "-2.50"
                                  << "0.8"
                                  << "-2.000000000000";
    }

    void convertsExactlyAtTheEnteredRate()
    {
        QFETCH(QString, usd);
        QFETCH(QString, rate);
        QFETCH(QString, expected);
        const auto currency = DisplayCurrency::make("EUR", rate.toStdString(), "2026-11-24");
        QVERIFY(currency.ok());
        QCOMPARE(currency.value().convert(money(usd.toUtf8().constData())).toString(12),
                 expected.toStdString());
    }

    void describesTheRateAndItsDate()
    {
        const auto eur = DisplayCurrency::make("EUR", "0.9200", "2026-11-24").value();
        QCOMPARE(eur.describe(), std::string("EUR at 0.92 per USD (2026-11-24)"));
        QCOMPARE(DisplayCurrency().describe(), std::string("USD"));
        QVERIFY(DisplayCurrency().isUsd());
    }

    void rejectsWhatIsNotACurrencyRateOrDate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("lower-case code") << "eur"
                                         << "0.92"
                                         << ""
                                         << "ISO 4217";
        QTest::newRow("long code") << "EURO"
                                   << "0.92"
                                   << ""
                                   << "ISO 4217";
        QTest::newRow("zero rate") << "EUR"
                                   << "0"
                                   << ""
                                   << "positive decimal";
        QTest::newRow("negative rate") << "EUR"
                                       << "-1"
                                       << ""
                                       << "positive decimal";
        QTest::newRow("exponent") << "EUR"
                                  << "9.2e-1"
                                  << ""
                                  << "positive decimal";
        QTest::newRow("text rate") << "EUR"
                                   << "abc"
                                   << ""
                                   << "positive decimal";
        QTest::newRow("dollar not at 1") << "USD"
                                         << "1.1"
                                         << ""
                                         << "convert at 1";
        QTest::newRow("bad date") << "EUR"
                                  << "0.92"
                                  << "24/11/2026"
                                  << "ISO date";
    }

    void rejectsWhatIsNotACurrencyRateOrDate()
    {
        QFETCH(QString, code);
        QFETCH(QString, rate);
        QFETCH(QString, date);
        QFETCH(QString, mentions);
        const auto made =
            DisplayCurrency::make(code.toStdString(), rate.toStdString(), date.toStdString());
        QVERIFY(!made.ok());
        QVERIFY2(made.errors().front().message.find(mentions.toStdString()) != std::string::npos,
                 made.errors().front().message.c_str());
    }

    void csvQuotesTextAndDefusesFormulas()
    {
        CostEstimate e;
        CostLine priced;
        priced.elementId = "fn";
        priced.region = "us-east-1";
        priced.usage = UsageKind::Invocations;
        priced.quantity = 2e6;
        priced.amount = money("0.4");
        priced.bookVersion = "aws:1";
        PriceRow r;
        r.key = "aws.lambda.requests";
        r.sku = "ABC";
        r.unit = "request";
        r.price = money("0.0000002");
        r.effectiveDate = "2026-08-31";
        r.source = "F-AWS26";
        r.confidence = PriceConfidence::File;
        priced.cited.push_back(r);
        CostLine unpriced;
        unpriced.elementId = "db";
        unpriced.region = "us-west-2";
        unpriced.usage = UsageKind::WriteUnits;
        unpriced.unpriced = true;
        unpriced.reason = "=HYPERLINK(\"x\"), no price";
        e.lines = {priced, unpriced};
        const auto csv = costLinesCsv(e, DisplayCurrency::make("EUR", "0.5", "2026-11-24").value());
        const auto lines = QString::fromStdString(csv).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("category,element,region,to_region,usage,quantity,amount"));
        // The last column names the region whose price stood in; empty when priced where billed.
        QVERIFY(lines[0].endsWith(",unpriced_reason,borrowed_from"));
        // $0.40 at 0.5 EUR per USD = 0.20 EUR; the price stays in USD.
        QCOMPARE(lines[1], QString("baseline,fn,us-east-1,,invocations,2000000,0.200000,EUR,"
                                   "aws.lambda.requests,ABC,,0.000000200000,request,2026-08-31,"
                                   "F-AWS26,FILE,aws:1,,"));
        e.lines.front().borrowedFrom = "us-west-2";
        const auto borrowed = QString::fromStdString(costLinesCsv(e, {})).split("\r\n");
        QVERIFY2(borrowed[1].endsWith(",aws:1,,us-west-2"), qPrintable(borrowed[1]));
        // A reason that looks like a formula is quoted and starts with an apostrophe.
        QVERIFY(lines[2].endsWith(",\"'=HYPERLINK(\"\"x\"\"), no price\","));
    }
};

QTEST_GUILESS_MAIN(TestDisplayCurrency)
#include "tst_displaycurrency.moc"
