// The regions' traffic shares keep adding up to 100 % through every edit the window makes, so a
// design saved from it opens again: setting a share, deleting a region, and undoing either.
#include "DesignBuilder.h"
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "core/DesignFormat.h"
#include "document/DesignDocument.h"
#include "document/TrafficShares.h"
#include "document/commands/RemoveElements.h"
#include "document/commands/SetProperty.h"

#include <QTest>

using namespace rs;

namespace {

/// Regions a, b, c at 50, 30 and 20 %.
Design threeRegions()
{
    return test::DesignBuilder()
        .region("a", "us-east-1", 50.0)
        .region("b", "us-west-2", 30.0)
        .region("c", "eu-west-1", 20.0)
        .build();
}

double share(const document::DesignDocument& doc, const char* region)
{
    return doc.design().region(RegionId{region})->trafficPercent;
}

/// The document's design, written and read back as a file is.
bool reopens(const document::DesignDocument& doc)
{
    return readDesign(writeDesign(doc.design()), doc.catalogues()).ok();
}

} // namespace

class TestTrafficShares : public QObject
{
    Q_OBJECT

private slots:
    void theOthersMakeUpTheDifferenceInProportion()
    {
        const auto before = document::trafficShares(threeRegions());
        // a from 50 to 80: b and c give up 30 in their 30:20 proportion, 18 and 12.
        const auto raised = document::withShare(before, RegionId{"a"}, 80.0);
        QCOMPARE(raised.at(RegionId{"b"}), 12.0);
        QCOMPARE(raised.at(RegionId{"c"}), 8.0);
        // a from 50 to 0: b and c take on 50 the same way, 30 and 20 more.
        const auto lowered = document::withShare(before, RegionId{"a"}, 0.0);
        QCOMPARE(lowered.at(RegionId{"b"}), 60.0);
        QCOMPARE(lowered.at(RegionId{"c"}), 40.0);
        // Out of range is clamped.
        QCOMPARE(document::withShare(before, RegionId{"a"}, 130.0).at(RegionId{"b"}), 0.0);
    }

    void othersWithoutTrafficShareItEvenly()
    {
        const auto shares = document::trafficShares(test::DesignBuilder()
                                                        .region("a", "us-east-1", 100.0)
                                                        .region("b", "us-west-2", 0.0)
                                                        .region("c", "eu-west-1", 0.0)
                                                        .build());
        const auto lowered = document::withShare(shares, RegionId{"a"}, 40.0);
        QCOMPARE(lowered.at(RegionId{"b"}), 30.0);
        QCOMPARE(lowered.at(RegionId{"c"}), 30.0);
    }

    void aSoleRegionKeepsAllTheTraffic()
    {
        const auto shares =
            document::trafficShares(test::DesignBuilder().region("a", "us-east-1", 100.0).build());
        QCOMPARE(document::withShare(shares, RegionId{"a"}, 60.0).at(RegionId{"a"}), 100.0);
    }

    void settingAShareIsOneUndoStepForEveryRegion()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        doc.setDesign(threeRegions());
        const auto a = document::ElementRef::region(RegionId{"a"});
        // Typing 8, then 80: one step.
        doc.push(document::setPropertyCommand(doc, a, "trafficPercent", 8.0));
        doc.push(document::setPropertyCommand(doc, a, "trafficPercent", 80.0));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(share(doc, "a"), 80.0);
        QCOMPARE(share(doc, "b"), 12.0);
        QCOMPARE(share(doc, "c"), 8.0);
        QVERIFY(reopens(doc));
        doc.undoStack()->undo();
        QCOMPARE(share(doc, "a"), 50.0);
        QCOMPARE(share(doc, "b"), 30.0);
        QCOMPARE(share(doc, "c"), 20.0);
        doc.undoStack()->redo();
        QCOMPARE(share(doc, "b"), 12.0);
    }

    void aDeletedRegionsTrafficGoesToTheOthers()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        doc.setDesign(threeRegions());
        doc.push(new document::RemoveElements(doc, {document::ElementRef::region(RegionId{"a"})}));
        QCOMPARE(share(doc, "b"), 60.0);
        QCOMPARE(share(doc, "c"), 40.0);
        QVERIFY(reopens(doc));
        doc.undoStack()->undo();
        QCOMPARE(share(doc, "a"), 50.0);
        QCOMPARE(share(doc, "b"), 30.0);
        QCOMPARE(share(doc, "c"), 20.0);
    }

    void theActiveRegionOfTheTestDesignCanBeDeletedAndSaved()
    {
        // use1 carries 100 %, usw2 none: deleting use1 leaves usw2 with all of it.
        document::DesignDocument doc(test::builtInCatalogues());
        doc.setDesign(test::twoRegionDesign());
        QVERIFY(reopens(doc));
        doc.push(
            new document::RemoveElements(doc, {document::ElementRef::region(RegionId{"use1"})}));
        QCOMPARE(share(doc, "usw2"), 100.0);
        QVERIFY(reopens(doc));
    }
};

QTEST_GUILESS_MAIN(TestTrafficShares)
#include "tst_trafficshares.moc"
