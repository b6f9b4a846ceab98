#pragma once

#include "core/Catalogues.h"
#include "core/compare/ElementMatch.h"
#include "diagram/DiagramRenderer.h"

#include <QColor>
#include <QWidget>

#include <map>
#include <string>

namespace rs::ui {

/// The colour every view of a comparison marks a change with.
QColor changeColour(ElementChange change);

/// One side of a comparison drawn as the review draws a design (diagram::DiagramRenderer), with
/// the elements that changed outlined in their change's colour: on the first design what was
/// removed, renamed or changed; on the second what was added, renamed or changed.
class ComparisonDiagram : public QWidget
{
    Q_OBJECT

public:
    /// `design` and `catalogues` must outlive the widget; `after` says which side it shows.
    ComparisonDiagram(const Design& design, const Catalogues& catalogues, const ElementMatch& match,
                      bool after, QWidget* parent = nullptr);

    /// The elements marked, by their id on this side, and how each changed.
    const std::map<std::string, ElementChange>& marks() const { return m_marks; }

    QSize sizeHint() const override { return {520, 380}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The scene rectangle of each service card, by id (DiagramRenderer::cardRects() lists them
    /// in id order, as the design's map keeps them).
    std::map<std::string, QRectF> cardsById() const;
    void paintMarks(QPainter& painter, const std::map<std::string, QRectF>& cards) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;

    const Design& m_design;
    diagram::DiagramRenderer m_renderer;
    bool m_after;
    std::map<std::string, ElementChange> m_marks;
};

} // namespace rs::ui
