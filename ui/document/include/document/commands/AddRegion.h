#pragma once

#include "core/Region.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// Adds a region to the design.
class AddRegion : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRegion)

public:
    AddRegion(DesignDocument& document, Region region, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DesignDocument& m_document;
    Region m_region;
};

} // namespace rs::document
