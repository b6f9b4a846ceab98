#pragma once

#include "core/Geometry.h"
#include "document/ElementRef.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace rs::document {

class DesignDocument;

/// Moves regions and services. A drag pushes one on every mouse move: the first with
/// `continuation` false, the rest true, so each merges into the one before and the whole drag
/// undoes in one step while the model follows the mouse.
class MoveElements : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveElements)

public:
    struct Move
    {
        ElementRef element; ///< a region or a service
        Point to;           ///< a service's position is relative to its region
    };

    MoveElements(DesignDocument& document, std::vector<Move> moves, bool continuation,
                 QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    struct Entry
    {
        ElementRef element;
        Point from;
        Point to;
    };
    void place(bool forward);

    DesignDocument& m_document;
    std::vector<Entry> m_entries;
    bool m_continuation;
};

} // namespace rs::document
