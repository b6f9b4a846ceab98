#include "TestCatalogues.h"
#include "core/DesignFormat.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;

namespace {

// A small valid design over the test catalogues; the rows below break one thing at a time.
constexpr const char* baseDesign = R"({
  "schemaVersion": 1,
  "name": "Two regions",
  "regions": [
    {"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 60},
    {"id": "usw2", "provider": "aws", "code": "us-west-2", "role": "warm-standby",
     "trafficPercent": 40, "headroomPercent": 100}
  ],
  "services": [
    {"id": "dns", "kind": "aws.route53", "properties": {"ttlSeconds": 60}},
    {"id": "api-use1", "kind": "aws.api-gateway", "region": "use1"},
    {"id": "fn-use1", "kind": "aws.lambda", "region": "use1", "properties": {"memoryMb": 1024}},
    {"id": "db-use1", "kind": "aws.dynamodb", "region": "use1", "properties": {"replicationMode": "async"}},
    {"id": "db-usw2", "kind": "aws.dynamodb", "region": "usw2", "properties": {"replicationMode": "async"}},
    {"id": "key-use1", "kind": "aws.kms", "region": "use1"}
  ],
  "links": [
    {"id": "l-route", "from": "dns", "to": "api-use1", "kind": "route"},
    {"id": "l-call", "from": "api-use1", "to": "fn-use1", "kind": "request", "payloadBytes": 2048},
    {"id": "l-write", "from": "fn-use1", "to": "db-use1", "kind": "request", "payloadBytes": 1024},
    {"id": "l-repl", "from": "db-use1", "to": "db-usw2", "kind": "replication", "payloadBytes": 1024},
    {"id": "l-key", "from": "db-use1", "to": "key-use1", "kind": "uses-key"}
  ]
})";

/// The base design with the value at `pointer` replaced by `value` (JSON text), or removed when
/// `value` is empty.
std::string mutated(const QString& pointer, const QString& value)
{
    auto j = nlohmann::ordered_json::parse(baseDesign);
    const nlohmann::ordered_json::json_pointer p(pointer.toStdString());
    if (value.isEmpty())
        j[p.parent_pointer()].erase(p.back());
    else
        j[p] = nlohmann::ordered_json::parse(value.toStdString());
    return j.dump(2);
}

Result<Design> read(const std::string& text, const DesignReadLimits& limits = {})
{
    return readDesign(text, test::smallCatalogues(), limits);
}

QString describe(const Errors& errors)
{
    QStringList lines;
    for (const auto& e : errors)
        lines << QString::fromStdString(std::string(errorCodeName(e.code)) + " " + e.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDesignFormat : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBaseDesign()
    {
        const auto result = read(baseDesign);
        QVERIFY2(result.ok(), qPrintable(describe(result.ok() ? Errors{} : result.errors())));
        const auto& d = result.value();
        QCOMPARE(d.name, std::string("Two regions"));
        QCOMPARE(d.regions.size(), std::size_t{2});
        QCOMPARE(d.services.size(), std::size_t{6});
        QCOMPARE(d.links.size(), std::size_t{5});
        QCOMPARE(d.region(RegionId{"usw2"})->role, RegionRole::WarmStandby);
        QCOMPARE(d.region(RegionId{"usw2"})->headroomPercent, 100.0);
        const auto* fn = d.service(ServiceId{"fn-use1"});
        QCOMPARE(std::get<std::int64_t>(fn->properties.at("memoryMb")), std::int64_t{1024});
        QCOMPARE(fn->region->value, std::string("use1"));
        QVERIFY(d.service(ServiceId{"dns"})->isGlobal());
        QCOMPARE(d.link(LinkId{"l-call"})->payload.value(), 2048.0);
        QCOMPARE(d.link(LinkId{"l-repl"})->kind, LinkKind::Replication);
        // Absent sections take the documented defaults.
        QCOMPARE(d.workload.functionMemoryMb, 512.0);
        QCOMPARE(d.targets.tier, Tier::Important);
    }

    void saveLoadSaveGivesIdenticalBytes()
    {
        const auto first = read(baseDesign);
        QVERIFY(first.ok());
        const auto saved = writeDesign(first.value());
        const auto second = read(saved);
        QVERIFY2(second.ok(), qPrintable(describe(second.ok() ? Errors{} : second.errors())));
        QCOMPARE(second.value(), first.value());
        QCOMPARE(writeDesign(second.value()), saved);
    }

    void canonicalFormHasFixedKeyOrderAndSortedElements()
    {
        const auto saved = writeDesign(read(baseDesign).value());
        QVERIFY(saved.starts_with("{\n  \"schemaVersion\": 2,\n  \"name\": \"Two regions\",\n"));
        QVERIFY(saved.ends_with("}\n"));
        // Elements are written in id order whatever order the file had them in.
        const auto api = saved.find("\"id\": \"api-use1\"");
        const auto db = saved.find("\"id\": \"db-use1\"");
        const auto dns = saved.find("\"id\": \"dns\"");
        QVERIFY(api < db && db < dns);
        // Integral numbers stay integers: 60, not 60.0.
        QVERIFY(saved.find("\"trafficPercent\": 60,") != std::string::npos);
    }

    void textIsKeptVerbatim()
    {
        auto j = nlohmann::json::parse(baseDesign);
        j["name"] = "Zahlungen <b>x</b> & \"ÄÖü €\"";
        j["description"] = "line one\nline two";
        const auto d = read(j.dump());
        QVERIFY(d.ok());
        QCOMPARE(d.value().name, std::string("Zahlungen <b>x</b> & \"ÄÖü €\""));
        QCOMPARE(read(writeDesign(d.value())).value().description,
                 std::string("line one\nline two"));
    }

    void allFieldsRoundTrip()
    {
        auto j = nlohmann::json::parse(baseDesign);
        j["description"] = "Everything set.";
        j["workload"] = {{"requestsPerMonth", 123456789},
                         {"peakRequestsPerSecond", 950.5},
                         {"writePercent", 12.5},
                         {"requestBytes", 1500},
                         {"responseBytes", 9000},
                         {"storedGigabytes", 0.3},
                         {"growthGigabytesPerMonth", 1.25},
                         {"functionDurationMs", 87.5},
                         {"functionMemoryMb", 1769}};
        j["targets"] = {
            {"tier", "mission-critical"},   {"region", {{"rtoSeconds", 300}, {"rpoSeconds", 1}}},
            {"zone", {{"rtoSeconds", 60}}}, {"availabilityPercent", 99.99},
            {"noLostUpdates", {"db-use1"}}, {"residency", "jurisdictions"},
            {"jurisdictions", {"US"}},      {"monthlyBudgetUsd", 2500.75}};
        j["operations"] = {{"failoverDecision", "manual"},
                           {"manualDecisionSeconds", 600},
                           {"drTestCadenceDays", 90},
                           {"failoverRunbook", true},
                           {"failbackPlan", true}};
        j["rules"] = {{"RES-023", {{"enabled", false}}}, {"RES-008", {{"severity", "warning"}}}};
        j["links"][2]["access"] = "write";
        const auto d = read(j.dump());
        QVERIFY2(d.ok(), qPrintable(describe(d.ok() ? Errors{} : d.errors())));
        const auto& design = d.value();
        QCOMPARE(design.workload.storedData.value(), 0.3);
        QCOMPARE(design.workload.peakRate.value(), 950.5);
        QCOMPARE(design.targets.region.rto->value(), 300.0);
        QVERIFY(!design.targets.zone.rpo.has_value());
        QCOMPARE(design.targets.noLostUpdates.front().value, std::string("db-use1"));
        QCOMPARE(design.operations.decision, FailoverDecision::Manual);
        QCOMPARE(design.ruleSettings.at("RES-023").enabled, false);
        QCOMPARE(*design.ruleSettings.at("RES-008").severity, Severity::Warning);
        QCOMPARE(design.link(LinkId{"l-write"})->access, LinkAccess::Write);
        // The default is not written, so files from before the key keep their bytes.
        QCOMPARE(design.link(LinkId{"l-call"})->access, LinkAccess::ReadWrite);
        const auto saved = writeDesign(design);
        QVERIFY(saved.find(R"("access": "write")") != std::string::npos);
        QCOMPARE(saved.find(R"("access": "read-write")"), std::string::npos);
        QCOMPARE(read(saved).value(), design);
        QCOMPARE(writeDesign(read(saved).value()), saved);
    }

    void usageSetOnAnElementRoundTrips()
    {
        auto j = nlohmann::json::parse(baseDesign);
        j["services"][2]["usage"] = {{"invocations", 60000000}};
        j["services"][3]["usage"] = {{"reads", 1.5e6}, {"writes", 2e5}, {"storedGb", 42.5}};
        j["links"][3]["usage"] = {{"transferredGb", 12}};
        const auto d = read(j.dump());
        QVERIFY2(d.ok(), qPrintable(describe(d.ok() ? Errors{} : d.errors())));
        const auto& design = d.value();
        QCOMPARE(design.services.at(ServiceId("fn-use1")).usage.at(UsageQuantity::Invocations),
                 6e7);
        QCOMPARE(design.services.at(ServiceId("db-use1")).usage.size(), std::size_t{3});
        QCOMPARE(design.links.at(LinkId("l-repl")).usage.at(UsageQuantity::TransferredGb), 12.0);
        // Elements without usage write none, so older files keep their bytes.
        QVERIFY(design.services.at(ServiceId("api-use1")).usage.empty());
        const auto saved = writeDesign(design);
        QCOMPARE(read(saved).value(), design);
        QCOMPARE(writeDesign(read(saved).value()), saved);
        QVERIFY(saved.find("\"usage\"") != std::string::npos);
        QVERIFY(writeDesign(read(baseDesign).value()).find("\"usage\"") == std::string::npos);
    }

    void providerNeutralServicesRunInAnyProvidersRegion()
    {
        const auto text = mutated(
            "/services/-", R"({"id": "crdb", "kind": "neutral.cockroachdb", "region": "use1"})");
        const auto d = read(text);
        QVERIFY2(d.ok(), qPrintable(describe(d.ok() ? Errors{} : d.errors())));
    }

    void badValuesAreLocated_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");

        // Wrong types.
        QTest::newRow("number as string") << "/regions/0/trafficPercent"
                                          << R"("60")"
                                          << "type"
                                          << "/regions/0/trafficPercent"
                                          << "expected a number, found a string";
        QTest::newRow("name as number") << "/name"
                                        << "5"
                                        << "type"
                                        << "/name"
                                        << "expected a string";
        QTest::newRow("services as object") << "/services"
                                            << "{}"
                                            << "type"
                                            << "/services"
                                            << "expected an array";
        QTest::newRow("property type") << "/services/2/properties/memoryMb"
                                       << R"("big")"
                                       << "type"
                                       << "/services/2/properties/memoryMb"
                                       << "integer";
        QTest::newRow("fractional integer") << "/services/2/properties/memoryMb"
                                            << "512.5"
                                            << "type"
                                            << "/services/2/properties/memoryMb"
                                            << "integer";
        QTest::newRow("unknown link access")
            << "/links/2/access"
            << R"("append")"
            << "type"
            << "/links/2/access"
            << "\"append\" is not one of read-write, read or write";
        QTest::newRow("unknown link kind") << "/links/0/kind"
                                           << R"("teleport")"
                                           << "type"
                                           << "/links/0/kind"
                                           << "\"teleport\" is not one of request, event";
        QTest::newRow("bad id") << "/services/1/id"
                                << R"("has space")"
                                << "type"
                                << "/services/1/id"
                                << "not a valid id";
        QTest::newRow("element not object") << "/links/2"
                                            << "[]"
                                            << "type"
                                            << "/links/2"
                                            << "expected an object";
        // Missing and unknown fields.
        QTest::newRow("missing kind") << "/services/1/kind"
                                      << ""
                                      << "missing"
                                      << "/services/1/kind"
                                      << "required field \"kind\" is missing";
        QTest::newRow("missing name") << "/name"
                                      << ""
                                      << "missing"
                                      << "/name"
                                      << "\"name\"";
        QTest::newRow("missing version") << "/schemaVersion"
                                         << ""
                                         << "missing"
                                         << "/schemaVersion"
                                         << "schemaVersion";
        QTest::newRow("misspelt field") << "/links/1/payload"
                                        << "5"
                                        << "unknown-field"
                                        << "/links/1/payload"
                                        << "unknown field \"payload\"";
        // Ids and references.
        QTest::newRow("duplicate id") << "/services/1/id"
                                      << R"("use1")"
                                      << "duplicate"
                                      << "/services/1/id"
                                      << "already used by /regions/0";
        QTest::newRow("dangling link end") << "/links/1/to"
                                           << R"("nope")"
                                           << "dangling"
                                           << "/links/1/to"
                                           << "no service has the id \"nope\"";
        QTest::newRow("dangling region") << "/services/1/region"
                                         << R"("euw1")"
                                         << "dangling"
                                         << "/services/1/region"
                                         << "no region has the id \"euw1\"";
        QTest::newRow("dangling target") << "/targets"
                                         << R"({"noLostUpdates": ["ghost"]})"
                                         << "dangling"
                                         << "/targets/noLostUpdates/0"
                                         << "\"ghost\"";
        QTest::newRow("target not a store") << "/targets"
                                            << R"({"noLostUpdates": ["fn-use1"]})"
                                            << "inconsistent"
                                            << "/targets/noLostUpdates/0"
                                            << "not a data store";
        // Catalogue names.
        QTest::newRow("unknown kind") << "/services/1/kind"
                                      << R"("aws.teleporter")"
                                      << "unknown-kind"
                                      << "/services/1/kind"
                                      << "not a service kind";
        QTest::newRow("unknown property") << "/services/2/properties/colour"
                                          << R"("red")"
                                          << "unknown-property"
                                          << "/services/2/properties/colour"
                                          << "aws.lambda has no property \"colour\"";
        QTest::newRow("unknown region") << "/regions/1/code"
                                        << R"("us-west-9")"
                                        << "unknown-region"
                                        << "/regions/1/code"
                                        << "no region \"us-west-9\"";
        // Values out of range.
        QTest::newRow("negative payload") << "/links/1/payloadBytes"
                                          << "-1"
                                          << "range"
                                          << "/links/1/payloadBytes"
                                          << "cannot be negative";
        QTest::newRow("negative calls") << "/links/1/callsPerRequest"
                                        << "-2"
                                        << "range"
                                        << "/links/1/callsPerRequest"
                                        << "cannot be negative";
        QTest::newRow("shares below 100") << "/regions/1/trafficPercent"
                                          << "30"
                                          << "range"
                                          << "/regions"
                                          << "add up to 90 %, not 100 %";
        QTest::newRow("share above 100") << "/regions/1/trafficPercent"
                                         << "140"
                                         << "range"
                                         << "/regions/1/trafficPercent"
                                         << "from 0 to 100";
        QTest::newRow("property below min") << "/services/2/properties/memoryMb"
                                            << "64"
                                            << "range"
                                            << "/services/2/properties/memoryMb"
                                            << "from 128";
        QTest::newRow("enum value") << "/services/3/properties/replicationMode"
                                    << R"("sync")"
                                    << "range"
                                    << "/services/3/properties/replicationMode"
                                    << "one of none, async, sync-quorum";
        QTest::newRow("write share") << "/workload"
                                     << R"({"writePercent": 120})"
                                     << "range"
                                     << "/workload/writePercent"
                                     << "from 0 to 100";
        QTest::newRow("negative storage") << "/workload"
                                          << R"({"storedGigabytes": -5})"
                                          << "range"
                                          << "/workload/storedGigabytes"
                                          << "cannot be negative";
        QTest::newRow("zero region width") << "/regions/0/layout"
                                           << R"({"x": 0, "y": 0, "width": 0, "height": 10})"
                                           << "range"
                                           << "/regions/0/layout"
                                           << "positive width";
        QTest::newRow("availability") << "/targets"
                                      << R"({"availabilityPercent": 100.5})"
                                      << "range"
                                      << "/targets/availabilityPercent"
                                      << "at most 100";
        QTest::newRow("rule id") << "/rules"
                                 << R"({"R-1": {"enabled": false}})"
                                 << "range"
                                 << "/rules/R-1"
                                 << "not a rule id";
        QTest::newRow("version zero") << "/schemaVersion"
                                      << "0"
                                      << "range"
                                      << "/schemaVersion"
                                      << "does not exist";
        // Inconsistent designs.
        QTest::newRow("regional outside region") << "/services/1/region"
                                                 << ""
                                                 << "inconsistent"
                                                 << "/services/1/region"
                                                 << "place it in a region";
        QTest::newRow("global inside region") << "/services/0/region"
                                              << R"("use1")"
                                              << "inconsistent"
                                              << "/services/0/region"
                                              << "global service";
        QTest::newRow("wrong provider") << "/services/1/kind"
                                        << R"("azure.functions")"
                                        << "inconsistent"
                                        << "/services/1/region"
                                        << "cannot run in aws region us-east-1";
        QTest::newRow("key link to function") << "/links/1/kind"
                                              << R"("uses-key")"
                                              << "inconsistent"
                                              << "/links/1/to"
                                              << "must point to a key";
        QTest::newRow("replication to function") << "/links/3/to"
                                                 << R"("fn-use1")"
                                                 << "inconsistent"
                                                 << "/links/3/to"
                                                 << "two data stores of the same kind";
        QTest::newRow("self link") << "/links/1/to"
                                   << R"("api-use1")"
                                   << "inconsistent"
                                   << "/links/1/to"
                                   << "to itself";
        QTest::newRow("health check from function") << "/links/1/kind"
                                                    << R"("health-check")"
                                                    << "inconsistent"
                                                    << "/links/1/from"
                                                    << "start at a router";
        QTest::newRow("jurisdictions without list") << "/targets"
                                                    << R"({"residency": "jurisdictions"})"
                                                    << "missing"
                                                    << "/targets/jurisdictions"
                                                    << "list";
        // Usage set on an element: a negative figure, or one that belongs elsewhere.
        QTest::newRow("negative usage") << "/services/2/usage"
                                        << R"({"invocations": -5})"
                                        << "range"
                                        << "/services/2/usage/invocations"
                                        << "cannot be negative";
        QTest::newRow("usage as text") << "/services/2/usage"
                                       << R"({"invocations": "many"})"
                                       << "type"
                                       << "/services/2/usage/invocations"
                                       << "expected a number";
        QTest::newRow("misspelt usage") << "/services/2/usage"
                                        << R"({"invocation": 5})"
                                        << "unknown-field"
                                        << "/services/2/usage/invocation"
                                        << "";
        QTest::newRow("invocations on a link") << "/links/1/usage"
                                               << R"({"invocations": 5})"
                                               << "inconsistent"
                                               << "/links/1/usage/invocations"
                                               << "transferredGb";
        QTest::newRow("transfer on a service") << "/services/3/usage"
                                               << R"({"transferredGb": 5})"
                                               << "inconsistent"
                                               << "/services/3/usage/transferredGb"
                                               << "link";
        QTest::newRow("same region twice") << "/regions/1/code"
                                           << R"("us-east-1")"
                                           << "duplicate"
                                           << "/regions/1/code"
                                           << "appears twice";
    }

    void badValuesAreLocated()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, says);

        const auto result = read(mutated(pointer, value));
        QVERIFY2(!result.ok(), "the broken design was accepted");
        const auto& errors = result.errors();
        const auto match = std::find_if(errors.begin(), errors.end(), [&](const Error& e) {
            return errorCodeName(e.code) == code.toStdString() &&
                   e.where.pointer == where.toStdString() &&
                   e.message.find(says.toStdString()) != std::string::npos;
        });
        QVERIFY2(match != errors.end(), qPrintable("got:\n" + describe(errors)));
    }

    void newerSchemaIsRefusedWithBothVersionsNamed()
    {
        const auto result = read(mutated("/schemaVersion", "7"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().size(), std::size_t{1});
        const auto& e = result.errors().front();
        QCOMPARE(e.code, ErrorCode::NewerSchema);
        QCOMPARE(e.where.pointer, std::string("/schemaVersion"));
        QVERIFY(e.message.find("schema version 7") != std::string::npos);
        QVERIFY(e.message.find("up to version 2") != std::string::npos);
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        auto j = nlohmann::json::parse(baseDesign);
        j["links"][0]["to"] = "ghost";
        j["links"][1]["payloadBytes"] = -10;
        j["services"][2]["properties"]["memoryMb"] = 1;
        const auto result = read(j.dump());
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().size(), std::size_t{3});
    }

    void syntaxErrorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");

        // Positions worked out by hand: the parser stops on the token it cannot take.
        QTest::newRow("missing comma")
            << "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"regions\": []\n}" << 4 << 11
            << "expected '}'";
        // The parser points at the first character that does not fit: here the newline after "tru".
        QTest::newRow("bad literal")
            << "{\n  \"schemaVersion\": tru\n}" << 2 << 23 << "invalid literal";
        QTest::newRow("truncated") << "{\n  \"schemaVersion\": 1,\n  \"regions\": [" << 3 << 15
                                   << "unexpected end of input";
        QTest::newRow("empty file") << "" << 1 << 1 << "unexpected end of input";
        QTest::newRow("trailing garbage")
            << "{\"schemaVersion\": 1, \"name\": \"x\"} x" << 1 << 35 << "expected end of input";
    }

    void syntaxErrorsHaveLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const auto result = read(text.toStdString());
        QVERIFY(!result.ok());
        const auto& e = result.errors().front();
        QCOMPARE(e.code, ErrorCode::Syntax);
        QVERIFY2(e.message.find(says.toStdString()) != std::string::npos, e.message.c_str());
        QCOMPARE(e.where.line, line);
        QCOMPARE(e.where.column, column);
    }

    void oversizedFileIsRefused()
    {
        const std::string text = baseDesign;
        const auto result = read(text, {text.size() - 1, 32});
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().code, ErrorCode::TooLarge);
        QVERIFY(read(text, {text.size(), 32}).ok());
    }

    void deepNestingIsRefusedWithItsPlace()
    {
        // The root object is depth 1, so the 32nd "[" (column 17 + 31 of line 2) is depth 33.
        std::string text = "{\"schemaVersion\": 1, \"name\": \"x\",\n \"description\": ";
        text += std::string(40, '[') + std::string(40, ']') + "}";
        const auto result = read(text);
        QVERIFY(!result.ok());
        const auto& e = result.errors().front();
        QCOMPARE(e.code, ErrorCode::TooDeep);
        QCOMPARE(e.where.line, 2);
        QCOMPARE(e.where.column, 16 + 32);
        // Brackets inside strings do not count.
        auto j = nlohmann::json::parse(baseDesign);
        j["description"] = std::string(100, '[');
        QVERIFY(read(j.dump()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDesignFormat)
#include "tst_designformat.moc"
