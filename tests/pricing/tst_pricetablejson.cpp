#include "MoneyLiteral.h"
#include "ResultChecks.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <QFile>
#include <QTest>

#include <string>

using namespace rs;
using namespace rs::pricing;

namespace {

/// A table of one row, `field` replaced by `value` (raw JSON) or removed when value is empty.
std::string oneRow(const std::string& field, const std::string& value)
{
    std::vector<std::pair<std::string, std::string>> fields{{"key", R"("aws.lambda.requests")"},
                                                            {"provider", R"("aws")"},
                                                            {"service", R"("AWSLambda")"},
                                                            {"sku", "null"},
                                                            {"usageType", R"("Request")"},
                                                            {"description", R"("Lambda requests")"},
                                                            {"region", R"("us-east-1")"},
                                                            {"toRegion", "null"},
                                                            {"unit", R"("request")"},
                                                            {"tierStart", "0"},
                                                            {"tierEnd", "null"},
                                                            {"price", R"("0.0000002")"},
                                                            {"effectiveDate", R"("2026-08-31")"},
                                                            {"source", R"("F-AWS26")"},
                                                            {"confidence", R"("FILE")"},
                                                            {"freeTier", "false"},
                                                            {"note", "null"}};
    bool replaced = false;
    std::string row;
    for (auto& [name, json] : fields) {
        if (name == field) {
            replaced = true;
            if (value.empty())
                continue;
            json = value;
        }
        row += (row.empty() ? "" : ", ") + ("\"" + name + "\": " + json);
    }
    if (!replaced && !value.empty())
        row += ", \"" + field + "\": " + value;
    return R"({"formatVersion": 1, "currency": "USD", "sources": {"F-AWS26": "AWS"}, "rows": [)"
           R"({"key": "aws.sqs.standard-requests", "provider": "aws", "service": "AWSQueueService",)"
           R"( "region": "us-east-1", "unit": "request", "price": "0.0000004",)"
           R"( "effectiveDate": "2026-08-31", "source": "F-AWS26", "confidence": "FILE"}, {)" +
           row + "}]}";
}

} // namespace

class TestPriceTableJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFixture()
    {
        QFile file(QStringLiteral(RS_SOURCE_DIR "/tests/pricing/data/small-price-table.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll().toStdString();
        const auto rows = readPriceTableJson(text);
        QVERIFY2(rows.ok(), test::errorsOf(rows).constData());
        QCOMPARE(rows.value().size(), std::size_t{5});
        const auto& lambda = rows.value()[0];
        QCOMPARE(lambda.key, std::string("aws.lambda.requests"));
        QCOMPARE(lambda.provider, Provider::Aws);
        QCOMPARE(lambda.service, std::string("AWSLambda"));
        QCOMPARE(lambda.sku, std::string("T1"));
        QCOMPARE(lambda.usageType, std::string("Request"));
        QCOMPARE(lambda.region, std::string("us-east-1"));
        QCOMPARE(lambda.unit, std::string("request"));
        QCOMPARE(lambda.price, test::money("0.0000002"));
        QCOMPARE(lambda.effectiveDate, std::string("2026-08-31"));
        QCOMPARE(lambda.source, std::string("F-AWS26"));
        QCOMPARE(lambda.confidence, PriceConfidence::File);
        QVERIFY(!lambda.tierEnd);
        QVERIFY(!lambda.freeTier);
        const auto& free = rows.value()[1];
        QVERIFY(free.freeTier);
        QCOMPARE(free.note, std::string("account-wide allowance"));
        QVERIFY(lambda.note.empty());
        QCOMPARE(free.tierEnd.value_or(0), 1'000'000.0);
        QCOMPARE(rows.value()[3].tierStart, 51200.0);
        QCOMPARE(rows.value()[4].provider, Provider::Azure);
    }

    void nullsReadAsEmpty()
    {
        const auto rows = readPriceTableJson(oneRow("toRegion", "null"));
        QVERIFY2(rows.ok(), test::errorsOf(rows).constData());
        QCOMPARE(rows.value().size(), std::size_t{2});
        QVERIFY(rows.value()[1].sku.empty());
        QVERIFY(rows.value()[1].toRegion.empty());
        const auto transfer = readPriceTableJson(oneRow("toRegion", R"("*")"));
        QVERIFY2(transfer.ok(), test::errorsOf(transfer).constData());
        QCOMPARE(transfer.value()[1].toRegion, std::string("*"));
    }

    void eachMalformedRowIsLocated_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("pointer");
        const auto code = [](ErrorCode c) { return static_cast<int>(c); };
        QTest::newRow("price missing") << "price"
                                       << "" << code(ErrorCode::Missing) << "/rows/1/price";
        QTest::newRow("price as a number")
            << "price"
            << "0.0000002" << code(ErrorCode::Type) << "/rows/1/price";
        QTest::newRow("price not a decimal")
            << "price"
            << R"("2e-7")" << code(ErrorCode::Type) << "/rows/1/price";
        QTest::newRow("key missing") << "key"
                                     << "" << code(ErrorCode::Missing) << "/rows/1/key";
        QTest::newRow("unknown provider")
            << "provider"
            << R"("oracle")" << code(ErrorCode::Type) << "/rows/1/provider";
        QTest::newRow("unknown confidence")
            << "confidence"
            << R"("SURE")" << code(ErrorCode::Type) << "/rows/1/confidence";
        QTest::newRow("tier as text") << "tierStart"
                                      << R"("0")" << code(ErrorCode::Type) << "/rows/1/tierStart";
        QTest::newRow("free tier as text")
            << "freeTier"
            << R"("no")" << code(ErrorCode::Type) << "/rows/1/freeTier";
        QTest::newRow("misspelt field")
            << "colour"
            << R"("red")" << code(ErrorCode::UnknownField) << "/rows/1/colour";
        QTest::newRow("rows carry no currency")
            << "currency"
            << R"("USD")" << code(ErrorCode::UnknownField) << "/rows/1/currency";
        QTest::newRow("undescribed source")
            << "source"
            << R"("F-NOWHERE")" << code(ErrorCode::Dangling) << "/rows/1/source";
    }

    void eachMalformedRowIsLocated()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QString, pointer);
        const auto rows = readPriceTableJson(oneRow(field.toStdString(), value.toStdString()));
        QVERIFY(!rows.ok());
        QCOMPARE(rows.errors().size(), std::size_t{1});
        const auto& error = rows.errors().front();
        QCOMPARE(static_cast<int>(error.code), code);
        QCOMPARE(QString::fromStdString(error.where.pointer), pointer);
        QVERIFY2(error.message.rfind("row 1: " + field.toStdString(), 0) == 0,
                 error.message.c_str());
    }

    void documentLevelProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("pointer");
        const auto code = [](ErrorCode c) { return static_cast<int>(c); };
        QTest::newRow("not an object") << "[1, 2]" << code(ErrorCode::Type) << "";
        QTest::newRow("no version")
            << R"({"rows": []})" << code(ErrorCode::Missing) << "/formatVersion";
        QTest::newRow("newer format") << R"({"formatVersion": 2, "rows": []})"
                                      << code(ErrorCode::NewerSchema) << "/formatVersion";
        QTest::newRow("no rows") << R"({"formatVersion": 1})" << code(ErrorCode::Type) << "/rows";
        QTest::newRow("row not an object")
            << R"({"formatVersion": 1, "rows": [[]]})" << code(ErrorCode::Type) << "/rows/0";
        QTest::newRow("other currency") << R"({"formatVersion": 1, "currency": "EUR", "rows": []})"
                                        << code(ErrorCode::Range) << "/currency";
    }

    void documentLevelProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, pointer);
        const auto rows = readPriceTableJson(text.toStdString());
        QVERIFY(!rows.ok());
        QCOMPARE(static_cast<int>(rows.errors().front().code), code);
        QCOMPARE(QString::fromStdString(rows.errors().front().where.pointer), pointer);
    }

    void aSyntaxErrorHasItsLineAndColumn()
    {
        const auto rows = readPriceTableJson("{\n  \"formatVersion\": 1,\n  \"rows\": [,]\n}");
        QVERIFY(!rows.ok());
        const auto& error = rows.errors().front();
        QCOMPARE(error.code, ErrorCode::Syntax);
        QCOMPARE(error.where.line, 3);
        QCOMPARE(error.where.column, 12);
    }

    void theBundledTableReadsAndValidates()
    {
        const auto rows = readPriceTableJson(resources::defaultPriceTableJson());
        QVERIFY2(rows.ok(), test::errorsOf(rows).constData());
        QVERIFY(rows.value().size() > 100);
        const auto book = PriceBook::fromRows(rows.value(), "bundled");
        QVERIFY2(book.ok(), test::errorsOf(book).constData());
        // Looked up by hand in reference/pricing-facts.md (Lambda requests, FILE F-AWS26).
        const auto lambda = book.value().rows("aws.lambda.requests", "us-east-1");
        QCOMPARE(lambda.size(), std::size_t{1});
        QCOMPARE(lambda.front().price, test::money("0.0000002"));
        QCOMPARE(lambda.front().confidence, PriceConfidence::File);
    }
};

QTEST_GUILESS_MAIN(TestPriceTableJson)
#include "tst_pricetablejson.moc"
