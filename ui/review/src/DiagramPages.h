#pragma once

#include "diagram/DiagramRenderer.h"

#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace rs::review {

/// The smallest text of the review's diagram, in points: the reading size of footnotes.
inline constexpr double minDiagramTextPoints = 7.0;

/// How the review lays the architecture diagram over its pages: one scale for every page, and
/// the part of the scene each page shows. A diagram too wide or tall for one page at a scale
/// that keeps its smallest text at minDiagramTextPoints is split into parts, left to right and
/// top to bottom, cut between cards so that every card is whole on some page.
struct DiagramPlan
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double scale = 1.0; ///< page units (96 dpi pixels) per scene unit
    int columns = 1;
    int rows = 1;
    std::vector<QRectF> parts; ///< scene rectangles, row by row, each the frame's size / scale
};

/// The scale at which text of `smallestPixels` scene units comes out at minDiagramTextPoints on
/// a 96 dpi page (a scene unit is a 96 dpi pixel; 72 points an inch).
double minimumDiagramScale(double smallestPixels);

/// Plans `scene`, whose service cards are `cards`, on frames of `portrait` or `landscape` size
/// (page units): the orientation that needs fewer pages, then the larger scale. A drawing that
/// fits one page at `minScale` or more fills it. Parts never pass `maxParts` a side: a design
/// that would need more is spread evenly over that many at a smaller scale (its text smaller,
/// a card possibly cut between pages).
DiagramPlan planDiagramPages(const QRectF& scene, const std::vector<QRectF>& cards,
                             const QSizeF& portrait, const QSizeF& landscape, double minScale,
                             int maxParts = 4);

class PageFlow;

/// The review's plan for `renderer`'s drawing on `flow`'s pages: each page holds a title, the
/// frame, the legend and a caption, and the drawing's smallest text is minDiagramTextPoints.
DiagramPlan planReviewDiagram(const diagram::DiagramRenderer& renderer, const PageFlow& flow);

} // namespace rs::review
