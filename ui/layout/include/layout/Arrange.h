#pragma once

#include "core/Design.h"

#include <QUndoCommand>

#include <map>
#include <memory>

namespace rs::document {
class DesignDocument;
}

/// Design ▸ Arrange: a layered layout of the whole design by Graphviz's dot. Global services on
/// the top rank, each region a cluster side by side with the others, the cards in a region
/// ranked by the flow of its requests and events (a caller above what it calls), replication
/// and other links between regions left out of the ranking so regions stay side by side. Cards
/// keep their sizes (diagram::card::cardSize), so names stay whole.
namespace rs::layout {

/// Where Arrange puts every region and service, in the design's units.
struct Arrangement
{
    struct RegionPlace
    {
        Point position;
        Size size;
    };
    std::map<RegionId, RegionPlace> regions;
    std::map<ServiceId, Point> services; ///< relative to the region, as the design keeps them
};

/// The layout of `design`. Pure: the design is not changed. Throws std::runtime_error if
/// Graphviz fails (it does not on any graph this builds; the caller says so rather than crash).
Arrangement arrange(const Design& design);

/// Applies `arrangement` to `design` directly (the command line, an import): no undo.
void apply(const Arrangement& arrangement, Design& design);

/// The undo step that applies `arrangement` to `document`: "Arrange design", one step.
std::unique_ptr<QUndoCommand> arrangeCommand(document::DesignDocument& document,
                                             const Arrangement& arrangement);

} // namespace rs::layout
