#pragma once

#include "core/Geometry.h"
#include "core/Id.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// Resizes a region from its bottom-right corner, so what it holds stays put. Merges like
/// MoveElements: a resize drag is one undo step.
class ResizeRegion : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeRegion)

public:
    ResizeRegion(DesignDocument& document, RegionId region, Size size, bool continuation,
                 QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Size& size);

    DesignDocument& m_document;
    RegionId m_region;
    Size m_from;
    Size m_to;
    bool m_continuation;
};

} // namespace rs::document
