#pragma once

#include "core/Design.h"
#include "document/ElementRef.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// Adds a copied part of a design (read from the clipboard's design-file text) with fresh ids,
/// shifted by `offset`. What would make the design invalid is fitted or left out: a region whose
/// provider region is already used takes the next free one of its provider and no traffic share;
/// a service whose region was not copied keeps it when this design has it, else moves to a
/// region of its provider (or the edge, for kinds that may sit there); links keep only ends that
/// were pasted.
class PasteElements : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasteElements)

public:
    PasteElements(DesignDocument& document, const Design& fragment, Point offset,
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The new elements, to select after pasting; empty when nothing could be pasted.
    const ElementRefs& pasted() const { return m_refs; }

private:
    DesignDocument& m_document;
    Design m_pasted;
    ElementRefs m_refs;
};

} // namespace rs::document
