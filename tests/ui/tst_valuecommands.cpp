// Undo, redo and merge of the commands that change one value: properties, names, link kinds,
// workload, targets and rule settings. No widget is created.
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
#include "document/ElementProperties.h"
#include "document/commands/Rename.h"
#include "document/commands/SetLinkKind.h"
#include "document/commands/SetProperty.h"
#include "document/commands/SetRuleSettings.h"
#include "document/commands/SetTargets.h"
#include "document/commands/SetWorkload.h"

#include <QSignalSpy>
#include <QTest>

using namespace rs;

class TestValueCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::DesignDocument> m_doc;
    Design m_original;
    const document::ElementRef m_fn = document::ElementRef::service(ServiceId{"fn"});

    std::optional<PropertyValue> fnProperty(const std::string& key) const
    {
        return document::propertyValue(m_doc->design(), m_fn, key);
    }
    QUndoStack& stack() { return *m_doc->undoStack(); }

private slots:
    void init()
    {
        m_doc = std::make_unique<document::DesignDocument>(test::builtInCatalogues());
        m_original = test::twoRegionDesign();
        m_doc->setDesign(m_original);
    }

    void typingIntoOneFieldIsOneStep()
    {
        QSignalSpy changed(m_doc.get(), &document::DesignDocument::elementChanged);
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::int64_t{1}));
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::int64_t{10}));
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::int64_t{1024}));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(fnProperty("memoryMb"), std::optional<PropertyValue>(std::int64_t{1024}));
        QCOMPARE(stack().undoText(), QStringLiteral("Set Memory of fn"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(1).value<document::ElementChanges>(),
                 document::ElementChanges(document::ElementChange::Properties));

        stack().undo();
        // Never set in the design: undo leaves it to the catalogue default again.
        QCOMPARE(fnProperty("memoryMb"), std::nullopt);
        QCOMPARE(m_doc->design(), m_original);
        stack().redo();
        QCOMPARE(fnProperty("memoryMb"), std::optional<PropertyValue>(std::int64_t{1024}));
    }

    void anotherFieldIsAnotherStep()
    {
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::int64_t{1024}));
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "avgDurationMs", 250.0));
        QCOMPARE(stack().count(), 2);
        m_doc->push(new document::SetProperty(
            *m_doc, document::ElementRef::service(ServiceId{"api"}), "zoneRedundant", false));
        QCOMPARE(stack().count(), 3);
        stack().undo();
        stack().undo();
        QCOMPARE(fnProperty("avgDurationMs"), std::nullopt);
        QCOMPARE(fnProperty("memoryMb"), std::optional<PropertyValue>(std::int64_t{1024}));
    }

    void anEditThatChangesNothingIsDropped()
    {
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::nullopt));
        QCOMPARE(stack().count(), 0);
        // Typing a value and then the old one again leaves no step either.
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "stateless", false));
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "stateless", std::nullopt));
        QCOMPARE(stack().count(), 0);
        QVERIFY(!m_doc->isModified());
    }

    void regionAndLinkValuesAreProperties()
    {
        const auto usw2 = document::ElementRef::region(RegionId{"usw2"});
        m_doc->push(new document::SetProperty(*m_doc, usw2, "role", std::string("pilot-light")));
        QCOMPARE(m_doc->design().region(RegionId{"usw2"})->role, RegionRole::PilotLight);
        m_doc->push(new document::SetProperty(*m_doc, usw2, "headroomPercent", 50.0));
        QCOMPARE(m_doc->design().region(RegionId{"usw2"})->headroomPercent, 50.0);
        const auto link = document::ElementRef::link(LinkId{"l-api-fn-request"});
        m_doc->push(new document::SetProperty(*m_doc, link, "payloadBytes", 4096.0));
        QCOMPARE(m_doc->design().link(LinkId{"l-api-fn-request"})->payload.value(), 4096.0);
        m_doc->push(new document::SetProperty(*m_doc, link, "privateNetwork", true));
        QVERIFY(m_doc->design().link(LinkId{"l-api-fn-request"})->privateNetwork);
        QCOMPARE(stack().count(), 4);
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(m_doc->design(), m_original);
    }

    void renameMergesPerElement()
    {
        m_doc->push(new document::Rename(*m_doc, m_fn, "O"));
        m_doc->push(new document::Rename(*m_doc, m_fn, "Orders"));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->name, std::string("Orders"));
        m_doc->push(new document::Rename(*m_doc, document::ElementRef::region(RegionId{"use1"}),
                                         "Primary"));
        QCOMPARE(stack().count(), 2);
        QCOMPARE(m_doc->design().region(RegionId{"use1"})->name, std::string("Primary"));
        QSignalSpy designChanged(m_doc.get(), &document::DesignDocument::designChanged);
        m_doc->push(new document::Rename(*m_doc, std::nullopt, "Orders platform"));
        QCOMPARE(m_doc->design().name, std::string("Orders platform"));
        QCOMPARE(designChanged.count(), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("Rename design"));
        stack().undo();
        stack().undo();
        stack().undo();
        QCOMPARE(m_doc->design(), m_original);
    }

    void linkKindChangesAndMerges()
    {
        const LinkId id{"l-api-fn-request"};
        m_doc->push(new document::SetLinkKind(*m_doc, id, LinkKind::Event));
        QCOMPARE(stack().undoText(), QStringLiteral("Make l-api-fn-request a event link"));
        m_doc->push(new document::SetLinkKind(*m_doc, id, LinkKind::Event));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(m_doc->design().link(id)->kind, LinkKind::Event);
        // Back to what it was: the merged step has nothing left to undo.
        m_doc->push(new document::SetLinkKind(*m_doc, id, LinkKind::Request));
        QCOMPARE(stack().count(), 0);
        QCOMPARE(m_doc->design(), m_original);
    }

    void workloadEditsMerge()
    {
        QSignalSpy changed(m_doc.get(), &document::DesignDocument::designChanged);
        auto w = m_doc->design().workload;
        w.writePercent = 30.0;
        m_doc->push(new document::SetWorkload(*m_doc, w));
        w.peakRate = 900.0 * units::requests / units::second;
        m_doc->push(new document::SetWorkload(*m_doc, w));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(m_doc->design().workload.peakRate.value(), 900.0);
        QCOMPARE(changed.last().at(0).value<document::DesignChanges>(),
                 document::DesignChanges(document::DesignChange::Workload));
        stack().undo();
        QCOMPARE(m_doc->design().workload, m_original.workload);
        m_doc->push(new document::SetWorkload(*m_doc, m_original.workload));
        QCOMPARE(stack().count(), 0);
    }

    void targetsEditsMergeAndUndo()
    {
        auto t = m_doc->design().targets;
        t.tier = Tier::MissionCritical;
        m_doc->push(new document::SetTargets(*m_doc, t));
        t.region.rto = 300.0 * units::seconds;
        m_doc->push(new document::SetTargets(*m_doc, t));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(m_doc->design().targets.region.rto->value(), 300.0);
        stack().undo();
        QCOMPARE(m_doc->design().targets, m_original.targets);
        stack().redo();
        QCOMPARE(m_doc->design().targets.tier, Tier::MissionCritical);
    }

    void ruleSettingsReplaceTheListAndUndo()
    {
        document::RuleSettings settings;
        settings["RES-001"] = RuleSetting{false, std::nullopt};
        m_doc->push(new document::SetRuleSettings(*m_doc, settings));
        settings["RES-002"] = RuleSetting{true, Severity::Info};
        m_doc->push(new document::SetRuleSettings(*m_doc, settings));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(m_doc->design().ruleSettings.size(), std::size_t{2});
        QCOMPARE(m_doc->design().ruleSettings.at("RES-002").severity,
                 std::optional(Severity::Info));
        QCOMPARE(stack().undoText(), QStringLiteral("Configure rules"));
        stack().undo();
        QVERIFY(m_doc->design().ruleSettings.empty());
    }

    void differentCommandsNeverMerge()
    {
        m_doc->push(new document::Rename(*m_doc, m_fn, "Orders"));
        m_doc->push(new document::SetProperty(*m_doc, m_fn, "memoryMb", std::int64_t{1024}));
        auto w = m_doc->design().workload;
        w.writePercent = 40.0;
        m_doc->push(new document::SetWorkload(*m_doc, w));
        QCOMPARE(stack().count(), 3);
    }

    void savingMarksTheDocumentCleanAndUndoDirtiesIt()
    {
        QSignalSpy modified(m_doc.get(), &document::DesignDocument::modifiedChanged);
        m_doc->push(new document::Rename(*m_doc, m_fn, "Orders"));
        QVERIFY(m_doc->isModified());
        QCOMPARE(modified.count(), 1);
        stack().setClean();
        QVERIFY(!m_doc->isModified());
        stack().undo();
        QVERIFY(m_doc->isModified());
    }
};

QTEST_GUILESS_MAIN(TestValueCommands)
#include "tst_valuecommands.moc"
