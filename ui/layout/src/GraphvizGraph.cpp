#include "GraphvizGraph.h"

#include <graphviz/gvc.h>
#include <stdexcept>

namespace rs::layout {

namespace {

// cgraph takes names and values as char*, and copies them: it never writes through them.
char* text(const std::string& s)
{
    return const_cast<char*>(s.c_str());
}

char* text(const char* s)
{
    return const_cast<char*>(s);
}

void setOn(void* object, const char* attribute, const std::string& value)
{
    agsafeset(object, text(attribute), text(value), text(""));
}

std::string inches(double units)
{
    return std::to_string(units / 72.0);
}

} // namespace

void GraphvizGraph::Node::setSize(double width, double height)
{
    setOn(m_node, "shape", "box");
    setOn(m_node, "fixedsize", "true");
    setOn(m_node, "label", "");
    setOn(m_node, "width", inches(width));
    setOn(m_node, "height", inches(height));
}

void GraphvizGraph::Cluster::set(const char* attribute, const std::string& value)
{
    setOn(m_graph, attribute, value);
}

GraphvizGraph::Node GraphvizGraph::Cluster::node(const std::string& name)
{
    return Node(agnode(m_graph, text(name), 1));
}

bool GraphvizGraph::Cluster::isEmpty() const
{
    return agnnodes(m_graph) == 0;
}

QRectF GraphvizGraph::Cluster::box() const
{
    const boxf bb = GD_bb(m_graph);
    return m_owner->flipped(bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y);
}

GraphvizGraph::GraphvizGraph(const std::string& name)
    : m_context(gvContext())
{
    agseterr(AGERR); // warnings (none expected) would go to the application's stderr
    Agdesc_t directed = Agdirected;
    m_graph = agopen(text(name), directed, nullptr);
}

GraphvizGraph::~GraphvizGraph()
{
    if (m_laidOut)
        gvFreeLayout(m_context, m_graph);
    agclose(m_graph);
    gvFreeContext(m_context);
}

void GraphvizGraph::set(const char* attribute, const std::string& value)
{
    setOn(m_graph, attribute, value);
}

GraphvizGraph::Node GraphvizGraph::node(const std::string& name)
{
    return Node(agnode(m_graph, text(name), 1));
}

GraphvizGraph::Cluster GraphvizGraph::cluster(const std::string& name)
{
    return Cluster(*this, agsubg(m_graph, text(name), 1));
}

void GraphvizGraph::edge(const std::string& from, const std::string& to, bool constraint,
                         int weight)
{
    auto* tail = agnode(m_graph, text(from), 0);
    auto* head = agnode(m_graph, text(to), 0);
    if (!tail || !head)
        throw std::logic_error("GraphvizGraph::edge: unknown node " + (tail ? to : from));
    auto* edge = agedge(m_graph, tail, head, nullptr, 1);
    if (!constraint)
        setOn(edge, "constraint", "false");
    if (weight != 1)
        setOn(edge, "weight", std::to_string(weight));
}

void GraphvizGraph::layout()
{
    if (gvLayout(m_context, m_graph, "dot") != 0)
        throw std::runtime_error("Graphviz could not lay the design out");
    m_laidOut = true;
}

QRectF GraphvizGraph::nodeBox(const std::string& name) const
{
    auto* node = agnode(m_graph, text(name), 0);
    if (!node)
        throw std::logic_error("GraphvizGraph::nodeBox: unknown node " + name);
    const pointf centre = ND_coord(node);
    const double halfWidth = ND_width(node) * 72.0 / 2.0;
    const double halfHeight = ND_height(node) * 72.0 / 2.0;
    return flipped(centre.x - halfWidth, centre.y - halfHeight, centre.x + halfWidth,
                   centre.y + halfHeight);
}

QRectF GraphvizGraph::flipped(double left, double bottom, double right, double top) const
{
    // Graphviz's y grows upwards from the bottom of the drawing; the canvas's grows downwards.
    const double height = GD_bb(m_graph).UR.y;
    return {left, height - top, right - left, top - bottom};
}

} // namespace rs::layout
