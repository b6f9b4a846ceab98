#pragma once

#include "core/Assumptions.h"
#include "core/Targets.h"
#include "document/ElementRef.h"
#include "document/TrafficShares.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <string>

namespace rs::document {

class DesignDocument;

/// Deletes elements with what depends on them (a region's services, a service's links; see
/// removalClosure()). Undo restores them from the design-file text written before the delete,
/// so what comes back is exactly what a saved file would hold. A deleted region's traffic goes to
/// the regions left (TrafficShares.h), and its own outage rate (Assumptions) goes with it; both
/// come back on undo.
class RemoveElements : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveElements)

public:
    RemoveElements(DesignDocument& document, const ElementRefs& elements,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// Everything the delete takes, dependents included.
    const ElementRefs& removed() const { return m_removed; }

private:
    DesignDocument& m_document;
    ElementRefs m_removed;
    std::string m_saved;
    Targets m_targetsBefore;
    Assumptions m_assumptionsBefore;
    TrafficShares m_sharesBefore;
};

} // namespace rs::document
