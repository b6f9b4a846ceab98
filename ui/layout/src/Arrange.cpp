#include "layout/Arrange.h"

#include "GraphvizGraph.h"
#include "diagram/CardGeometry.h"
#include "diagram/DiagramStyle.h"
#include "document/commands/MoveElements.h"
#include "document/commands/ResizeRegion.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace rs::layout {

namespace {

/// Room inside a region around its cards, and its header band above them.
constexpr double regionPadding = 20.0;
/// The most room left between two regions side by side, or two global services in a row.
constexpr double regionGap = 40.0;

/// Links that say which card sits above which: the flow of requests, events, routes and
/// uses. Replication and health checks are drawn but do not rank (they run sideways, between
/// copies and from a router to what it watches).
bool ranks(LinkKind kind)
{
    return kind != LinkKind::Replication && kind != LinkKind::HealthCheck;
}

const std::string floorNode = "floor:globals";

std::string nodeName(const ServiceId& id)
{
    return "s:" + id.value;
}

Point rounded(double x, double y)
{
    return {std::round(x), std::round(y)};
}

/// Slides boxes that share a band of the page leftwards until no two are further apart than
/// `gap`, keeping their order: dot spreads the regions under a wide row of global services and
/// leaves empty columns between them.
void closeGaps(std::vector<QRectF*> boxes, double gap)
{
    std::sort(boxes.begin(), boxes.end(),
              [](const QRectF* a, const QRectF* b) { return a->left() < b->left(); });
    for (std::size_t i = 1; i < boxes.size(); ++i) {
        const double room = boxes[i]->left() - boxes[i - 1]->right();
        if (room > gap)
            boxes[i]->translate(gap - room, 0.0);
    }
}

} // namespace

Arrangement arrange(const Design& design)
{
    GraphvizGraph graph("design");
    graph.set("rankdir", "TB");
    graph.set("nodesep", "0.55");  // 40 units between cards side by side
    graph.set("ranksep", "0.75");  // 54 units between ranks: room for a link's label
    graph.set("splines", "false"); // links are drawn straight by the canvas; routing is wasted
    graph.set("mclimit", "0.5");   // fewer crossing-reduction passes: 1,000 elements in < 1 s

    std::map<RegionId, GraphvizGraph::Cluster> clusters;
    for (const auto& [id, region] : design.regions) {
        auto cluster = graph.cluster("cluster_" + id.value);
        cluster.set("margin", std::to_string(int(regionPadding)));
        // An empty label as tall as the header band keeps the band free of cards.
        cluster.set("label", " ");
        cluster.set("fontsize", std::to_string(int(diagram::regionHeaderHeight - 8)));
        clusters.emplace(id, cluster);
    }
    std::vector<ServiceId> globals;
    std::vector<ServiceId> regionals;
    for (const auto& [id, service] : design.services) {
        const QSizeF size = diagram::card::cardSize(diagram::card::cardName(service));
        const auto cluster = service.region ? clusters.find(*service.region) : clusters.end();
        auto node = cluster != clusters.end() ? cluster->second.node(nodeName(id))
                                              : graph.node(nodeName(id));
        node.setSize(size.width(), size.height());
        (cluster == clusters.end() ? globals : regionals).push_back(id);
    }
    // A region with no services still needs a place: a blank card's worth of room.
    for (auto& [id, cluster] : clusters) {
        if (cluster.isEmpty())
            cluster.node("empty:" + id.value)
                .setSize(diagram::serviceSize.width(), diagram::serviceSize.height());
    }
    // Global services above every region: a floor under them that each regional card must be
    // below (the gap above the regions' bands is made after the layout).
    if (!globals.empty()) {
        graph.node(floorNode).setSize(1.0, 1.0);
        for (const auto& id : globals)
            graph.edge(nodeName(id), floorNode, true);
        for (const auto& id : regionals)
            graph.edge(floorNode, nodeName(id), true, 0);
    }
    for (const auto& [id, link] : design.links) {
        const auto* from = design.service(link.from);
        const auto* to = design.service(link.to);
        if (!from || !to || from == to)
            continue;
        // Only a link within a region, or from a global service down into one, ranks: one
        // across regions would stack them, one up to a global service fights its top rank.
        const bool acrossRegions = from->region && to->region && from->region != to->region;
        const bool upToGlobal = from->region && !to->region;
        // One that does not rank does not pull its ends together either: weight 0.
        const bool constraint = ranks(link.kind) && !acrossRegions && !upToGlobal;
        graph.edge(nodeName(link.from), nodeName(link.to), constraint, constraint ? 1 : 0);
    }
    graph.layout();

    // Regions in one band below the global services; the global services in rows, one a rank.
    std::map<RegionId, QRectF> regionBoxes;
    std::map<ServiceId, QRectF> cards;
    for (const auto& [id, cluster] : clusters)
        regionBoxes[id] = cluster.box();
    for (const auto& [id, service] : design.services)
        cards[id] = graph.nodeBox(nodeName(id));
    std::vector<QRectF*> band;
    for (auto& [id, box] : regionBoxes)
        band.push_back(&box);
    closeGaps(band, regionGap);
    std::map<double, std::vector<QRectF*>> rows;
    for (const auto& id : globals)
        rows[cards[id].center().y()].push_back(&cards[id]);
    QRectF regionsSpan;
    for (const auto& [id, box] : regionBoxes)
        regionsSpan |= box;
    for (auto& [y, row] : rows) {
        closeGaps(row, regionGap);
        // Each row of global services centred over the regions they serve.
        QRectF span;
        for (const auto* card : row)
            span |= *card;
        const double shift =
            regionsSpan.isNull() ? 0.0 : regionsSpan.center().x() - span.center().x();
        for (auto* card : row)
            card->translate(shift, 0.0);
    }
    // dot lets a region's header band reach up to the cards above it: lift those cards clear.
    double globalsBottom = std::numeric_limits<double>::lowest();
    for (const auto& id : globals)
        globalsBottom = std::max(globalsBottom, cards[id].bottom());
    if (const double lift = globalsBottom + regionGap - regionsSpan.top();
        !regionsSpan.isNull() && lift > 0.0) {
        for (const auto& id : globals)
            cards[id].translate(0.0, -lift);
    }

    Arrangement out;
    for (const auto& [id, box] : regionBoxes)
        out.regions[id] = {rounded(box.left(), box.top()),
                           Size{std::round(box.width()), std::round(box.height())}};
    for (const auto& [id, service] : design.services) {
        // A regional card is placed relative to its region as dot left it.
        QPointF at = cards[id].topLeft();
        if (service.region) {
            const auto cluster = clusters.at(*service.region).box();
            at -= cluster.topLeft();
        }
        out.services[id] = rounded(at.x(), at.y());
    }
    return out;
}

void apply(const Arrangement& arrangement, Design& design)
{
    for (const auto& [id, place] : arrangement.regions) {
        auto& region = design.regions.at(id);
        region.position = place.position;
        region.size = place.size;
    }
    for (const auto& [id, at] : arrangement.services)
        design.services.at(id).position = at;
}

std::unique_ptr<QUndoCommand> arrangeCommand(document::DesignDocument& document,
                                             const Arrangement& arrangement)
{
    auto command = std::make_unique<QUndoCommand>(
        QCoreApplication::translate("rs::layout::Arrange", "Arrange design"));
    std::vector<document::MoveElements::Move> moves;
    for (const auto& [id, place] : arrangement.regions) {
        moves.push_back({document::ElementRef::region(id), place.position});
        new document::ResizeRegion(document, id, place.size, false, command.get());
    }
    for (const auto& [id, at] : arrangement.services)
        moves.push_back({document::ElementRef::service(id), at});
    new document::MoveElements(document, std::move(moves), false, command.get());
    return command;
}

} // namespace rs::layout
