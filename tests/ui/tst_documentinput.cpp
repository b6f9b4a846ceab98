// What the editors rely on: typed text checked against a property's spec, the proposed and
// allowed link kinds (held to the design validator), and where a service may be placed.
#include "TestCatalogues.h"
#include "core/DesignValidator.h"
#include "document/LinkKinds.h"
#include "document/Placement.h"
#include "document/PropertyText.h"

#include <QTest>

using namespace rs;

namespace {

const ServiceKind& kind(const char* id)
{
    const auto* k = test::builtInCatalogues().services.find(id);
    if (!k)
        qFatal("no kind %s", id);
    return *k;
}

const PropertySpec& spec(const char* kindId, const char* name)
{
    return *kind(kindId).property(name);
}

} // namespace

class TestDocumentInput : public QObject
{
    Q_OBJECT

private slots:
    void parsesTypedValues_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // formatted back in the C locale

        // Lambda memory is an integer in MB from 128 to 10240 (the catalogue).
        QTest::newRow("integer") << "aws.lambda"
                                 << "memoryMb"
                                 << "1024"
                                 << "1024";
        QTest::newRow("integer with unit") << "aws.lambda"
                                           << "memoryMb"
                                           << " 2048 MB "
                                           << "2048";
        QTest::newRow("number") << "aws.lambda"
                                << "avgDurationMs"
                                << "87.5"
                                << "87.5";
        QTest::newRow("bool yes") << "aws.lambda"
                                  << "stateless"
                                  << "yes"
                                  << "true";
        QTest::newRow("bool false") << "aws.lambda"
                                    << "stateless"
                                    << "False"
                                    << "false";
        QTest::newRow("enum") << "aws.lambda"
                              << "architecture"
                              << "arm64"
                              << "arm64";
    }
    void parsesTypedValues()
    {
        QFETCH(QString, kind);
        QFETCH(QString, property);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto& s = spec(qPrintable(kind), qPrintable(property));
        const auto value = document::parsePropertyText(s, text, QLocale::c());
        QVERIFY2(value.ok(), value.ok() ? "" : value.errors().front().message.c_str());
        QCOMPARE(document::formatPropertyValue(value.value(), QLocale::c()), expected);
    }

    void refusesBadValuesWithAMessage_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("below min")
            << "memoryMb"
            << "64" << int(ErrorCode::Range) << "Memory must be from 128 to 10240 MB.";
        QTest::newRow("not a whole number")
            << "memoryMb"
            << "1.5" << int(ErrorCode::Type) << "Memory takes a whole number.";
        QTest::newRow("not a number")
            << "avgDurationMs"
            << "fast" << int(ErrorCode::Type) << "Average duration takes a number.";
        QTest::newRow("below the duration min")
            << "avgDurationMs"
            << "0" << int(ErrorCode::Range) << "Average duration must be at least 1 ms.";
        QTest::newRow("not yes or no")
            << "stateless"
            << "maybe" << int(ErrorCode::Type) << "Stateless takes yes or no.";
        QTest::newRow("unknown enum value") << "architecture"
                                            << "sparc" << int(ErrorCode::Range) << "";
    }
    void refusesBadValuesWithAMessage()
    {
        QFETCH(QString, property);
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto& s = spec("aws.lambda", qPrintable(property));
        const auto value = document::parsePropertyText(s, text, QLocale::c());
        QVERIFY(!value.ok());
        QCOMPARE(int(value.errors().front().code), code);
        QCOMPARE(value.errors().front().where.pointer, property.toStdString());
        if (!message.isEmpty())
            QCOMPARE(QString::fromStdString(value.errors().front().message), message);
        else
            QVERIFY(value.errors().front().message.find("x86_64") != std::string::npos);
    }

    void readsNumbersInTheUsersLocale()
    {
        const auto value = document::parsePropertyText(spec("aws.lambda", "avgDurationMs"),
                                                       "1.234,5", QLocale(QLocale::German));
        QVERIFY(value.ok());
        QCOMPARE(std::get<double>(value.value()), 1234.5);
    }

    void proposesTheLinkKindFromItsEnds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("table to table") << "aws.dynamodb"
                                        << "aws.dynamodb" << int(LinkKind::Replication);
        QTest::newRow("table to bucket") << "aws.dynamodb"
                                         << "aws.s3" << int(LinkKind::Request);
        QTest::newRow("function to table") << "aws.lambda"
                                           << "aws.dynamodb" << int(LinkKind::Request);
        QTest::newRow("function to queue") << "aws.lambda"
                                           << "aws.sqs" << int(LinkKind::Event);
        QTest::newRow("queue to function") << "aws.sqs"
                                           << "aws.lambda" << int(LinkKind::Event);
        QTest::newRow("function to function") << "aws.lambda"
                                              << "aws.lambda" << int(LinkKind::Request);
        QTest::newRow("dns to gateway") << "aws.route53"
                                        << "aws.api-gateway" << int(LinkKind::Route);
        QTest::newRow("cdn to bucket") << "aws.cloudfront"
                                       << "aws.s3" << int(LinkKind::Origin);
        QTest::newRow("function to key") << "aws.lambda"
                                         << "aws.kms" << int(LinkKind::UsesKey);
        QTest::newRow("function to secret") << "aws.lambda"
                                            << "aws.secrets-manager" << int(LinkKind::UsesSecret);
        QTest::newRow("gateway to identity") << "aws.api-gateway"
                                             << "aws.cognito" << int(LinkKind::Authenticates);
    }
    void proposesTheLinkKindFromItsEnds()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, expected);
        QCOMPARE(int(document::proposeLinkKind(kind(qPrintable(from)), kind(qPrintable(to)))),
                 expected);
    }

    void allowedKindsAgreeWithTheValidatorForEveryPairOfCategories()
    {
        // One kind per category (the first of each), every ordered pair, every link kind.
        std::map<Category, const ServiceKind*> perCategory;
        for (const auto& k : test::builtInCatalogues().services.kinds())
            perCategory.try_emplace(k.category, &k);
        int checked = 0;
        for (const auto& [fc, from] : perCategory) {
            for (const auto& [tc, to] : perCategory) {
                const auto allowed = document::allowedLinkKinds(*from, *to);
                for (const auto& [linkKind, name] : EnumNames<LinkKind>::names) {
                    Design d;
                    Service a, b;
                    a.id = ServiceId{"a"};
                    a.kind = from->id;
                    b.id = ServiceId{"b"};
                    b.kind = to->id;
                    d.services.emplace(a.id, a);
                    d.services.emplace(b.id, b);
                    Link l;
                    l.id = LinkId{"l"};
                    l.from = a.id;
                    l.to = b.id;
                    l.kind = linkKind;
                    d.links.emplace(l.id, l);
                    const auto errors = validateDesign(d, test::builtInCatalogues());
                    const bool linkError =
                        std::any_of(errors.begin(), errors.end(),
                                    [](const Error& e) { return e.where.elementId == "l"; });
                    const bool offered =
                        std::find(allowed.begin(), allowed.end(), linkKind) != allowed.end();
                    QVERIFY2(offered == !linkError,
                             qPrintable(QStringLiteral("%1 -> %2 as %3")
                                            .arg(QString::fromStdString(from->id),
                                                 QString::fromStdString(to->id),
                                                 QString::fromUtf8(name.data()))));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 14 * 14 * 9);
    }

    void placementFollowsScopeAndProvider()
    {
        const auto& c = test::builtInCatalogues();
        Region aws;
        aws.id = RegionId{"use1"};
        aws.code = "us-east-1";
        Region azure;
        azure.id = RegionId{"weu"};
        azure.provider = Provider::Azure;
        azure.code = "westeurope";
        QVERIFY(document::placementProblem(c, "aws.lambda", &aws).isEmpty());
        QCOMPARE(document::placementProblem(c, "aws.lambda", nullptr),
                 QStringLiteral("AWS Lambda is a regional service: place it in a region."));
        QCOMPARE(document::placementProblem(c, "aws.lambda", &azure),
                 QStringLiteral("AWS Lambda cannot run in azure region westeurope."));
        QCOMPARE(
            document::placementProblem(c, "aws.route53", &aws),
            QStringLiteral("Amazon Route 53 is a global service: place it outside the regions."));
        QVERIFY(document::placementProblem(c, "aws.route53", nullptr).isEmpty());
        QVERIFY(document::placementProblem(c, "aws.waf", nullptr).isEmpty()); // "either"
        QVERIFY(document::placementProblem(c, "aws.waf", &aws).isEmpty());
        QVERIFY(document::placementProblem(c, "neutral.cockroachdb", &azure).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentInput)
#include "tst_documentinput.moc"
