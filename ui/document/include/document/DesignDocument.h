#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"
#include "document/DocumentChange.h"
#include "document/ElementRef.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <set>
#include <string_view>

namespace rs::document {

/// The design open in a window: the model, its undo stack, where it lives on disk and whether
/// it has unsaved changes. The only way to change the model is a command pushed here; the
/// commands call the element operations below, which emit the typed change signals views
/// follow.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(const Catalogues& catalogues, QObject* parent = nullptr);

    /// An empty, untitled design.
    void newDesign();
    /// Replaces the document with the design in `path`; on error nothing changes.
    Result<std::monostate> open(const QString& path);
    Result<std::monostate> saveAs(const QString& path);
    /// Replaces the document with a design already in memory (a generated or built one), as a
    /// saved, untitled document.
    void setDesign(Design design) { reset(std::move(design), {}, false); }
    /// A design recovered after a crash: shown as unsaved changes to `originalPath` (which may be
    /// empty for a design never saved).
    void restoreRecovered(Design design, const QString& originalPath);

    const Design& design() const { return m_design; }
    const Catalogues& catalogues() const { return m_catalogues; }
    const QString& filePath() const { return m_filePath; }
    bool isModified() const { return m_recovered || !m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }
    void push(QUndoCommand* command) { m_undoStack.push(command); }

    bool contains(const ElementRef& element) const;
    /// `base` if no element has it as id yet, else `base-2`, `base-3`, ... skipping `taken`.
    std::string uniqueId(std::string_view base, const std::set<std::string>& taken = {}) const;

    // Element operations, for commands. Each emits one signal after the model has changed.
    void insertRegion(Region region);
    void insertService(Service service);
    void insertLink(Link link);
    Region takeRegion(const RegionId& id);
    Service takeService(const ServiceId& id);
    Link takeLink(const LinkId& id);
    void replaceRegion(const Region& region, ElementChanges changes);
    void replaceService(const Service& service, ElementChanges changes);
    void replaceLink(const Link& link, ElementChanges changes);
    void setDesignName(const std::string& name);
    void setWorkload(const Workload& workload);
    void setTargets(const Targets& targets);
    void setAssumptions(const Assumptions& assumptions);
    void setRuleSettings(const std::map<std::string, RuleSetting, std::less<>>& settings);

signals:
    /// The whole design was replaced (new, opened or recovered).
    void designReset();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void elementAdded(const rs::document::ElementRef& element);
    /// Emitted while the element is still in the design, so views can read its last state.
    void elementAboutToBeRemoved(const rs::document::ElementRef& element);
    void elementRemoved(const rs::document::ElementRef& element);
    void elementChanged(const rs::document::ElementRef& element,
                        rs::document::ElementChanges changes);
    void designChanged(rs::document::DesignChanges changes);

private:
    /// Removes one element, announcing it before and after.
    template <typename Map, typename Key>
    auto takeElement(Map& map, const Key& id, const ElementRef& ref);
    void reset(Design design, const QString& path, bool recovered);
    void setRecovered(bool recovered);

    const Catalogues& m_catalogues;
    Design m_design;
    QString m_filePath;
    QUndoStack m_undoStack;
    bool m_recovered = false;
};

} // namespace rs::document
