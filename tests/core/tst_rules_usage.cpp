// RES-050: a service billed per call with no traffic path and no usage of its own.
#include "DesignBuilder.h"
#include "FindingChecks.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

using namespace rs;
using namespace rs::test;

namespace {

/// A queue that nothing in the design sends to, feeding a function: a scheduled or external
/// producer the design does not draw.
DesignBuilder queueWorker()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .service("api", "aws.api-gateway", "use1")
        .service("fn-api", "aws.lambda", "use1")
        .service("q", "aws.sqs", "use1")
        .service("worker", "aws.lambda", "use1")
        .link("api", "fn-api", LinkKind::Request)
        .link("q", "worker", LinkKind::Event);
    return b;
}

} // namespace

class TestUsageRules : public QObject
{
    Q_OBJECT

private slots:
    void res050NamesWhatTheWorkloadCannotReach_data()
    {
        addElementColumns();
        QTest::newRow("queue and worker off the path")
            << queueWorker().build() << QStringList{"q", "worker"};
        {
            // Usage set on both: the estimate has real figures, nothing to warn about.
            auto b = queueWorker();
            b.design().services.at(ServiceId("q")).usage[UsageQuantity::Messages] = 1e6;
            b.design().services.at(ServiceId("worker")).usage[UsageQuantity::Invocations] = 1e6;
            QTest::newRow("usage set on both") << b.build() << QStringList{};
        }
        {
            // The gateway's function feeds the queue: the worker is on the path now.
            auto b = queueWorker();
            b.link("fn-api", "q", LinkKind::Event);
            QTest::newRow("fed from the entry") << b.build() << QStringList{};
        }
        // A warm standby's stack carries no traffic, yet it is on the path users fail over to:
        // not a silent zero but a standby.
        QTest::newRow("standby stack")
            << DesignBuilder()
                   .region("use1", "us-east-1", 100)
                   .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
                   .service("dns", "aws.route53")
                   .service("api-use1", "aws.api-gateway", "use1")
                   .service("api-usw2", "aws.api-gateway", "usw2")
                   .service("fn-usw2", "aws.lambda", "usw2")
                   .link("dns", "api-use1", LinkKind::Route)
                   .link("dns", "api-usw2", LinkKind::Route)
                   .link("api-usw2", "fn-usw2", LinkKind::Request)
                   .build()
            << QStringList{};
    }
    void res050NamesWhatTheWorkloadCannotReach() { checkElements("RES-050"); }

    void theFindingSaysTheCostIsCountedAsZero()
    {
        const auto findings = runRule(queueWorker().build(), "RES-050");
        QVERIFY(!findings.empty());
        QVERIFY(allMention(findings, {"no path", "zero"}));
        QCOMPARE(findings.front().severity, Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestUsageRules)
#include "tst_rules_usage.moc"
