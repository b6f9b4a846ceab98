#pragma once

#include <QRectF>

#include <map>
#include <string>
#include <vector>

struct Agraph_s;
struct Agnode_s;
struct GVC_s;

namespace rs::layout {

/// A directed graph for Graphviz's dot, owned for its lifetime: built, laid out, read. Sizes and
/// positions are in the design's units (one unit is one of Graphviz's points), y down as on the
/// canvas. The one place that speaks Graphviz's C API.
class GraphvizGraph
{
public:
    class Node
    {
    public:
        /// A fixed box of this size: dot places it, never resizes it.
        void setSize(double width, double height);

    private:
        friend class GraphvizGraph;
        explicit Node(Agnode_s* node)
            : m_node(node)
        {}
        Agnode_s* m_node;
    };

    /// A subgraph drawn as a box around its nodes.
    class Cluster
    {
    public:
        void set(const char* attribute, const std::string& value);
        Node node(const std::string& name);
        bool isEmpty() const;
        /// Its box once laid out.
        QRectF box() const;

    private:
        friend class GraphvizGraph;
        Cluster(const GraphvizGraph& owner, Agraph_s* graph)
            : m_owner(&owner)
            , m_graph(graph)
        {}
        const GraphvizGraph* m_owner;
        Agraph_s* m_graph;
    };

    explicit GraphvizGraph(const std::string& name);
    ~GraphvizGraph();
    GraphvizGraph(const GraphvizGraph&) = delete;
    GraphvizGraph& operator=(const GraphvizGraph&) = delete;

    void set(const char* attribute, const std::string& value);
    Node node(const std::string& name);
    Cluster cluster(const std::string& name);
    /// An edge between two nodes made before; `constraint` false leaves it out of the ranking,
    /// `weight` 0 out of the straightening (it only ranks).
    void edge(const std::string& from, const std::string& to, bool constraint, int weight = 1);

    /// Runs dot; throws std::runtime_error if it fails.
    void layout();
    /// A node's box once laid out.
    QRectF nodeBox(const std::string& name) const;

private:
    QRectF flipped(double left, double bottom, double right, double top) const;

    GVC_s* m_context;
    Agraph_s* m_graph;
    bool m_laidOut = false;
};

} // namespace rs::layout
