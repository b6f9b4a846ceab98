// Undo, redo and merge of the commands that add, remove, move and paste elements, on the
// document alone: no widget is created.
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "core/Assumptions.h"
#include "core/DesignValidator.h"
#include "document/DesignDocument.h"
#include "document/ElementFragment.h"
#include "document/commands/AddRegion.h"
#include "document/commands/AddService.h"
#include "document/commands/ConnectElements.h"
#include "document/commands/MoveElements.h"
#include "document/commands/PasteElements.h"
#include "document/commands/RemoveElements.h"
#include "document/commands/ReparentService.h"
#include "document/commands/ResizeRegion.h"

#include <QSignalSpy>
#include <QTest>

using namespace rs;

namespace {

Point positionOf(const document::DesignDocument& doc, const std::string& id)
{
    if (const auto* r = doc.design().region(RegionId{id}))
        return r->position;
    return doc.design().service(ServiceId{id})->position;
}

document::MoveElements* moveService(document::DesignDocument& doc, const std::string& id, Point to,
                                    bool continuation)
{
    return new document::MoveElements(doc, {{document::ElementRef::service(ServiceId{id}), to}},
                                      continuation);
}

} // namespace

class TestElementCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::DesignDocument> m_doc;
    Design m_original;

private slots:
    void init()
    {
        m_doc = std::make_unique<document::DesignDocument>(test::builtInCatalogues());
        m_original = test::twoRegionDesign();
        m_doc->setDesign(m_original);
    }

    void addRegionAddsAndUndoRemovesIt()
    {
        Region r;
        r.id = RegionId{"euw1"};
        r.code = "eu-west-1";
        QSignalSpy added(m_doc.get(), &document::DesignDocument::elementAdded);
        QSignalSpy removed(m_doc.get(), &document::DesignDocument::elementRemoved);
        m_doc->push(new document::AddRegion(*m_doc, r));
        QVERIFY(m_doc->design().region(RegionId{"euw1"}));
        QCOMPARE(added.count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add region eu-west-1"));
        QVERIFY(m_doc->isModified());

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_doc->isModified());
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->design().region(RegionId{"euw1"})->code, std::string("eu-west-1"));
    }

    void addServiceAndConnectUndoInReverse()
    {
        Service s;
        s.id = ServiceId{"queue"};
        s.kind = "aws.sqs";
        s.region = RegionId{"use1"};
        m_doc->push(new document::AddService(*m_doc, s));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add Amazon SQS"));
        Link l;
        l.id = LinkId{"fn-queue"};
        l.from = ServiceId{"fn"};
        l.to = ServiceId{"queue"};
        l.kind = LinkKind::Event;
        m_doc->push(new document::ConnectElements(*m_doc, l));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Connect fn to queue"));
        QCOMPARE(m_doc->design().elementCount(), m_original.elementCount() + 2);
        QVERIFY(validateDesign(m_doc->design(), m_doc->catalogues()).empty());

        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->design().link(LinkId{"fn-queue"}));
        QVERIFY(m_doc->design().service(ServiceId{"queue"}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->design().link(LinkId{"fn-queue"})->kind, LinkKind::Event);
    }

    void removingARegionTakesItsServicesAndTheirLinks()
    {
        QSignalSpy removed(m_doc.get(), &document::DesignDocument::elementRemoved);
        auto* cmd =
            new document::RemoveElements(*m_doc, {document::ElementRef::region(RegionId{"use1"})});
        // use1 holds api, fn, db, key; every link touches one of them: 1 + 4 + 5 = 10.
        QCOMPARE(cmd->removed().size(), std::size_t{10});
        m_doc->push(cmd);
        QCOMPARE(m_doc->design().elementCount(), std::size_t{3}); // usw2, dns, db2
        // Links go before the services they join, services before their region.
        QCOMPARE(removed.first().at(0).value<document::ElementRef>().type,
                 document::ElementType::Link);
        QCOMPARE(removed.last().at(0).value<document::ElementRef>(),
                 document::ElementRef::region(RegionId{"use1"}));
        // db must not lose updates; once it is gone the target cannot name it.
        QVERIFY(m_doc->design().targets.noLostUpdates.empty());

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->design().elementCount(), std::size_t{3});
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
    }

    void removingARegionTakesItsOwnOutageRateAndUndoBringsItBack()
    {
        // Set by hand: use1 fails twice a year, usw2 half as often as the default.
        auto design = m_original;
        design.assumptions.regionOutagesPerYearByRegion = {{RegionId{"use1"}, 2.0},
                                                           {RegionId{"usw2"}, 0.5}};
        m_doc->setDesign(design);
        m_doc->push(
            new document::RemoveElements(*m_doc, {document::ElementRef::region(RegionId{"use1"})}));
        // Left behind, use1's rate would name no region and the saved file would not load.
        const auto& rates = m_doc->design().assumptions.regionOutagesPerYearByRegion;
        QCOMPARE(rates.size(), std::size_t{1});
        QCOMPARE(rates.at(RegionId{"usw2"}), 0.5);
        QVERIFY(validateAssumptions(m_doc->design().assumptions, {RegionId{"usw2"}}).empty());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), design);
    }

    void removingAServiceTakesOnlyItsLinks()
    {
        m_doc->push(
            new document::RemoveElements(*m_doc, {document::ElementRef::service(ServiceId{"fn"})}));
        // fn and its three links (api->fn, fn->db, fn->key).
        QCOMPARE(m_doc->design().elementCount(), m_original.elementCount() - 4);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete 4 element(s)"));
        QVERIFY(m_doc->design().link(LinkId{"l-db-db2-replication"}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
    }

    void aDragIsOneUndoStep()
    {
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{200.0, 60.0}));
        m_doc->push(moveService(*m_doc, "fn", {210.0, 60.0}, false));
        m_doc->push(moveService(*m_doc, "fn", {220.0, 70.0}, true));
        m_doc->push(moveService(*m_doc, "fn", {240.0, 90.0}, true));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{240.0, 90.0}));

        // The next drag starts a new step instead of merging into the last one.
        m_doc->push(moveService(*m_doc, "fn", {300.0, 90.0}, false));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{240.0, 90.0}));
        m_doc->undoStack()->undo();
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{200.0, 60.0}));
        m_doc->undoStack()->redo();
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{240.0, 90.0}));
    }

    void aDragBackToItsStartLeavesNoStep()
    {
        m_doc->push(moveService(*m_doc, "fn", {260.0, 60.0}, false));
        m_doc->push(moveService(*m_doc, "fn", {200.0, 60.0}, true));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(m_doc->design(), m_original);
    }

    void movesOfOtherElementsDoNotMerge()
    {
        m_doc->push(moveService(*m_doc, "fn", {260.0, 60.0}, false));
        m_doc->push(moveService(*m_doc, "api", {60.0, 60.0}, true));
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void movingARegionMovesOnlyTheRegion()
    {
        QSignalSpy changed(m_doc.get(), &document::DesignDocument::elementChanged);
        m_doc->push(new document::MoveElements(
            *m_doc, {{document::ElementRef::region(RegionId{"use1"}), {40.0, 240.0}}}, false));
        QCOMPARE(positionOf(*m_doc, "use1"), (Point{40.0, 240.0}));
        // Services are placed relative to their region, so they move with it unchanged.
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{200.0, 60.0}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<document::ElementChanges>(),
                 document::ElementChanges(document::ElementChange::Position));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
    }

    void resizeMergesAndDropsNoOps()
    {
        const RegionId use1{"use1"};
        m_doc->push(new document::ResizeRegion(*m_doc, use1, {500.0, 340.0}, false));
        m_doc->push(new document::ResizeRegion(*m_doc, use1, {600.0, 400.0}, true));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->design().region(use1)->size, (Size{600.0, 400.0}));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design().region(use1)->size, (Size{480.0, 320.0}));
        m_doc->undoStack()->redo();
        // A resize of the other region does not merge.
        m_doc->push(new document::ResizeRegion(*m_doc, RegionId{"usw2"}, {500.0, 300.0}, true));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        // Resizing to the current size is no step at all.
        m_doc->push(new document::ResizeRegion(*m_doc, use1, {600.0, 400.0}, false));
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void reparentMovesAServiceToAnotherRegionAndBack()
    {
        const ServiceId fn{"fn"};
        QSignalSpy changed(m_doc.get(), &document::DesignDocument::elementChanged);
        m_doc->push(new document::ReparentService(*m_doc, fn, RegionId{"usw2"}, {30.0, 40.0}));
        QCOMPARE(m_doc->design().service(fn)->region, std::optional(RegionId{"usw2"}));
        QCOMPARE(positionOf(*m_doc, "fn"), (Point{30.0, 40.0}));
        QVERIFY(changed.first().at(1).value<document::ElementChanges>().testFlag(
            document::ElementChange::Parent));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move fn to usw2"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);

        m_doc->push(
            new document::ReparentService(*m_doc, ServiceId{"dns"}, std::nullopt, {10.0, 10.0}));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move dns to the global edge"));
    }

    void pasteInTheSameDesignGetsFreshIdsAndAFreeRegion()
    {
        const auto copied = document::copyClosure(m_doc->design(),
                                                  {document::ElementRef::region(RegionId{"usw2"})});
        // usw2 and db2; db->db2 has one end outside the copy, so it stays behind.
        QCOMPARE(copied.size(), std::size_t{2});
        const auto text = document::writeFragment(m_doc->design(), copied);
        const auto fragment = document::readFragment(text, m_doc->catalogues());
        QVERIFY(fragment.ok());

        auto* paste = new document::PasteElements(*m_doc, fragment.value(), {24.0, 24.0});
        const auto pasted = paste->pasted();
        m_doc->push(paste);
        QCOMPARE(pasted,
                 (document::ElementRefs{document::ElementRef::region(RegionId{"usw2-2"}),
                                        document::ElementRef::service(ServiceId{"db2-2"})}));
        const auto* region = m_doc->design().region(RegionId{"usw2-2"});
        // us-east-1 and us-west-2 are taken: the next AWS region in the catalogue is us-east-2.
        QCOMPARE(region->code, std::string("us-east-2"));
        QCOMPARE(region->trafficPercent, 0.0);
        QCOMPARE(region->position, (Point{584.0, 224.0}));
        QCOMPARE(m_doc->design().service(ServiceId{"db2-2"})->region,
                 std::optional(RegionId{"usw2-2"}));
        QVERIFY(validateDesign(m_doc->design(), m_doc->catalogues()).empty());

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design(), m_original);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->design().service(ServiceId{"db2-2"}));
    }

    void pasteKeepsLinksBetweenPastedServices()
    {
        const auto copied = document::copyClosure(m_doc->design(),
                                                  {document::ElementRef::service(ServiceId{"api"}),
                                                   document::ElementRef::service(ServiceId{"fn"})});
        QCOMPARE(copied.size(), std::size_t{3}); // api, fn and api->fn
        const auto fragment = document::readFragment(
            document::writeFragment(m_doc->design(), copied), m_doc->catalogues());
        m_doc->push(new document::PasteElements(*m_doc, fragment.value(), {0.0, 100.0}));
        const auto* link = m_doc->design().link(LinkId{"l-api-fn-request-2"});
        QVERIFY(link);
        QCOMPARE(link->from, ServiceId{"api-2"});
        QCOMPARE(link->to, ServiceId{"fn-2"});
        // Their region was not copied but is in this design: they stay in it, shifted.
        QCOMPARE(m_doc->design().service(ServiceId{"fn-2"})->region,
                 std::optional(RegionId{"use1"}));
        QCOMPARE(positionOf(*m_doc, "fn-2"), (Point{200.0, 160.0}));
        QVERIFY(validateDesign(m_doc->design(), m_doc->catalogues()).empty());
    }

    void pasteIntoAnotherProvidersDesignLeavesOutWhatCannotRunThere()
    {
        const auto text = document::writeFragment(
            m_doc->design(),
            document::copyClosure(m_doc->design(),
                                  {document::ElementRef::service(ServiceId{"fn"}),
                                   document::ElementRef::service(ServiceId{"dns"})}));
        Design azure;
        azure.name = "Azure";
        Region weu;
        weu.id = RegionId{"weu"};
        weu.provider = Provider::Azure;
        weu.code = "westeurope";
        weu.trafficPercent = 100.0;
        azure.regions.emplace(weu.id, weu);
        document::DesignDocument other(test::builtInCatalogues());
        other.setDesign(azure);
        auto* paste = new document::PasteElements(
            other, document::readFragment(text, other.catalogues()).value(), {});
        // Lambda runs on AWS only and there is no AWS region; Route 53 is global and fits.
        QCOMPARE(paste->pasted(),
                 (document::ElementRefs{document::ElementRef::service(ServiceId{"dns"})}));
        other.push(paste);
        QVERIFY(validateDesign(other.design(), other.catalogues()).empty());
    }

    void aFragmentThatIsNotADesignIsRefusedWithItsPlace()
    {
        const auto bad = document::readFragment(
            R"({"schemaVersion": 1, "name": "x", "services": [{"id": 3}]})", m_doc->catalogues());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors().front().where.pointer, std::string("/services/0/id"));
    }

    void uniqueIdSkipsTakenIds()
    {
        QCOMPARE(m_doc->uniqueId("queue"), std::string("queue"));
        QCOMPARE(m_doc->uniqueId("fn"), std::string("fn-2"));
        QCOMPARE(m_doc->uniqueId("fn", {"fn-2"}), std::string("fn-3"));
        // Ids are one namespace across regions, services and links.
        QCOMPARE(m_doc->uniqueId("use1"), std::string("use1-2"));
    }
};

QTEST_GUILESS_MAIN(TestElementCommands)
#include "tst_elementcommands.moc"
