#include "TestCatalogues.h"
#include "core/DesignFormat.h"
#include "core/ServiceCatalogue.h"
#include "core/cost/DisplayCurrency.h"
#include "core/cost/Money.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace rs;

// Issue 20, classes 1, 2 and the JSON ones of 8: numbers a double cannot hold, finite numbers no
// design has, money that would wrap, and JSON that nlohmann reads leniently.

namespace {

constexpr const char* baseDesign = R"({
  "schemaVersion": 1,
  "name": "hostile",
  "regions": [{"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 100}],
  "services": [
    {"id": "api", "kind": "aws.api-gateway", "region": "use1"},
    {"id": "fn", "kind": "aws.lambda", "region": "use1"}
  ],
  "links": [{"id": "l1", "from": "api", "to": "fn", "kind": "request"}]
})";

/// The base design with `value` (JSON text) at `pointer`.
std::string with(const std::string& pointer, const std::string& value)
{
    auto j = nlohmann::ordered_json::parse(baseDesign);
    j[nlohmann::ordered_json::json_pointer(pointer)] = nlohmann::ordered_json::parse(value);
    return j.dump(2);
}

Result<Design> read(std::string_view text)
{
    return readDesign(text, test::smallCatalogues());
}

const Error* errorAt(const Result<Design>& result, const std::string& pointer)
{
    if (result)
        return nullptr;
    for (const auto& e : result.errors()) {
        if (e.where.pointer == pointer)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestHostileNumbers : public QObject
{
    Q_OBJECT

private slots:
    void aNumberBeyondADoubleIsALocatedErrorNotACrash()
    {
        // Line 2 is `"workload":{"requestsPerMonth":1e400}}`: the key ends at column 30, the
        // colon is 31, so the number spans columns 32 to 36.
        const auto result = read(
            "{\"schemaVersion\":1,\"name\":\"x\",\n\"workload\":{\"requestsPerMonth\":1e400}}");
        QVERIFY(!result);
        const auto& e = result.errors().front();
        QCOMPARE(e.code, ErrorCode::Syntax);
        QCOMPARE(e.where.line, 2);
        QVERIFY2(e.where.column >= 32 && e.where.column <= 36, e.toString().c_str());
        QVERIFY2(e.message.find("1e400") != std::string::npos, e.message.c_str());
    }

    void valuesNoDesignHasAreRangeErrors_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorPointer");
        // The issue's three, then one beyond each other bound of core/InputRanges.h.
        QTest::newRow("requests 1e308") << "/workload/requestsPerMonth"
                                        << "1e308"
                                        << "/workload/requestsPerMonth";
        QTest::newRow("stored 2^64") << "/workload/storedGigabytes"
                                     << "18446744073709551616"
                                     << "/workload/storedGigabytes";
        QTest::newRow("calls 2^63") << "/links/0/callsPerRequest"
                                    << "9223372036854775808"
                                    << "/links/0/callsPerRequest";
        QTest::newRow("peak") << "/workload/peakRequestsPerSecond"
                              << "2e8"
                              << "/workload/peakRequestsPerSecond";
        QTest::newRow("request bytes") << "/workload/requestBytes"
                                       << "6e12"
                                       << "/workload/requestBytes";
        QTest::newRow("response bytes") << "/workload/responseBytes"
                                        << "6e12"
                                        << "/workload/responseBytes";
        QTest::newRow("growth") << "/workload/growthGigabytesPerMonth"
                                << "2e9"
                                << "/workload/growthGigabytesPerMonth";
        QTest::newRow("duration") << "/workload/functionDurationMs"
                                  << "3600001"
                                  << "/workload/functionDurationMs";
        QTest::newRow("memory") << "/workload/functionMemoryMb"
                                << "32769"
                                << "/workload/functionMemoryMb";
        QTest::newRow("payload") << "/links/0/payloadBytes"
                                 << "5000000000001"
                                 << "/links/0/payloadBytes";
        QTest::newRow("calls") << "/links/0/callsPerRequest"
                               << "10001"
                               << "/links/0/callsPerRequest";
        QTest::newRow("pinned usage") << "/services/0/usage"
                                      << R"({"requests": 2e15})"
                                      << "/services/0/usage/requests";
    }

    void valuesNoDesignHasAreRangeErrors()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, errorPointer);
        const auto result = read(with(pointer.toStdString(), value.toStdString()));
        const auto* e = errorAt(result, errorPointer.toStdString());
        QVERIFY2(e, result ? "accepted" : result.errors().front().toString().c_str());
        QCOMPARE(e->code, ErrorCode::Range);
        QVERIFY2(e->message.find("at most") != std::string::npos, e->message.c_str());
    }

    void theLargestAcceptedValuesStillRead()
    {
        auto j = nlohmann::ordered_json::parse(baseDesign);
        j["workload"] = {{"requestsPerMonth", 1e13},       {"peakRequestsPerSecond", 1e8},
                         {"requestBytes", 5e12},           {"storedGigabytes", 1e9},
                         {"growthGigabytesPerMonth", 1e9}, {"functionDurationMs", 3.6e6},
                         {"functionMemoryMb", 32768}};
        j["links"][0]["callsPerRequest"] = 10000;
        const auto result = read(j.dump());
        QVERIFY2(result, result ? "" : result.errors().front().toString().c_str());
    }

    void aNumberPropertyWithoutItsOwnMaximumHasThePlausibleOne()
    {
        // A kind may leave a number open above; core/InputRanges.h still stops it at 1e12.
        PropertySpec spec;
        spec.name = "open";
        spec.type = PropertyType::Number;
        spec.min = 0.0;
        QVERIFY(!spec.check(PropertyValue{1e12}));
        const auto problem = spec.check(PropertyValue{1e13});
        QVERIFY(problem);
        QCOMPARE(problem->first, ErrorCode::Range);
        // A kind's own maximum still rules.
        spec.max = 10.0;
        QVERIFY(spec.check(PropertyValue{11.0}));
    }

    void moneyThatLeaves128BitsIsOverflowAndStaysSo()
    {
        // 1 USD x 1e20 = 1e32 pico-dollars: inside 128 bits (1.7e38), exact.
        QCOMPARE(Money::dollars(1).times(1e20).toString(2),
                 std::string("100000000000000000000.00"));
        // 1e12 USD x 1e15 = 1e39 pico-dollars: beyond 1.7e38.
        const auto huge = Money::dollars(1'000'000'000'000).times(1e15);
        QVERIFY(huge.isOverflow());
        QCOMPARE(huge.toString(2), std::string("overflow"));
        QVERIFY(std::isnan(huge.toDouble()));
        QVERIFY((huge + Money::dollars(1)).isOverflow());
        QVERIFY((Money::dollars(1) - huge).isOverflow());
        QVERIFY(Money::dollars(1).times(std::numeric_limits<double>::infinity()).isOverflow());
        // 2^126 + 2^126 = 2^127: one past the largest 128-bit value.
        const auto half = Money::fromPico(Int128{1} << 126);
        QVERIFY(!half.isOverflow());
        QVERIFY((half + half).isOverflow());
        Money total;
        total += half;
        total += half;
        QVERIFY(total.isOverflow());
        // Converting 1e26 USD (1e38 pico) at 2 euros a dollar: 2e38 pico is past 1.7e38.
        const auto euro = DisplayCurrency::make("EUR", "2");
        QVERIFY(euro);
        const auto usd =
            Money::fromPico(Int128{100'000'000'000'000} * 1'000'000'000'000 * 1'000'000'000'000);
        QVERIFY(!usd.isOverflow());
        QVERIFY(euro.value().convert(usd).isOverflow());
    }

    void aKeyGivenTwiceIsRefusedWhereItIs()
    {
        // nlohmann keeps the last: 99 then 1 would read as version 1.
        const auto twice = read(R"({"schemaVersion": 99, "schemaVersion": 1, "name": "x"})");
        QVERIFY(!twice);
        QCOMPARE(twice.errors().front().code, ErrorCode::Duplicate);
        QCOMPARE(twice.errors().front().where.pointer, std::string("/schemaVersion"));

        auto text = with("/regions/0/name", "\"first\"");
        text.replace(text.find("\"name\": \"first\""), 15, R"("name": "a", "name": "b")");
        const auto nested = read(text);
        QVERIFY(!nested);
        QCOMPARE(nested.errors().front().where.pointer, std::string("/regions/0/name"));
    }

    void bytesAfterANulAreRefusedNotIgnored()
    {
        // nlohmann stops at a NUL as at the end; line 1 is the design, the NUL is line 2 col 1.
        std::string text = R"({"schemaVersion": 1, "name": "x"})";
        text += "\n";
        text += '\0';
        text += R"({"more": true})";
        const auto result = read(text);
        QVERIFY(!result);
        QCOMPARE(result.errors().front().code, ErrorCode::Syntax);
        QCOMPARE(result.errors().front().where.line, 2);
        QCOMPARE(result.errors().front().where.column, 1);
    }

    void aHugeIdIsCutInItsError()
    {
        const std::string id(10'000'000, 'x');
        const auto result = read(with("/services/0/id", "\"" + id + "\""));
        QVERIFY(!result);
        // 80 bytes of the id, the mark and the byte count: well under a line of a terminal
        // with the pointer.
        const auto& message = result.errors().front().message;
        QVERIFY2(message.size() < 300, std::to_string(message.size()).c_str());
        QVERIFY(message.find("(10000000 bytes)") != std::string::npos);
    }

    void anUnknownRuleIdIsRefused()
    {
        // RES- and three digits, but no rule of this program has 999.
        const auto result = read(with("/rules", R"({"RES-999": {"enabled": false}})"));
        const auto* e = errorAt(result, "/rules/RES-999");
        QVERIFY2(e, result ? "accepted" : result.errors().front().toString().c_str());
        QCOMPARE(e->code, ErrorCode::UnknownField);
    }
};

QTEST_GUILESS_MAIN(TestHostileNumbers)
#include "tst_hostilenumbers.moc"
