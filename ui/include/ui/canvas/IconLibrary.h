#pragma once

#include "core/Provider.h"
#include "core/ServiceCatalogue.h"

#include <QIcon>
#include <QPixmap>

class QPainter;

namespace rs::ui {

/// Our SVG icons (resources/icons): one per service category and one mark per provider,
/// rendered crisp at any device pixel ratio and cached. Category glyphs are single-colour line
/// drawings, drawn in the ink they are given (the palette's text colour: legible on a light and
/// on a dark theme); provider marks keep their own colours.
namespace icons {

/// The category icon of a kind (its catalogue "icon", else its category's), in `ink`.
QPixmap categoryPixmap(const ServiceKind& kind, int logicalSize, qreal devicePixelRatio,
                       const QColor& ink);
QPixmap categoryPixmap(Category category, int logicalSize, qreal devicePixelRatio,
                       const QColor& ink);
QPixmap providerPixmap(Provider provider, int logicalSize, qreal devicePixelRatio);
/// For lists: the category icon in `ink` with the provider mark in its corner.
QIcon serviceIcon(const ServiceKind& kind, const QColor& ink);
QIcon providerIcon(Provider provider);
QString providerName(Provider provider);
/// The device pixel ratio to render an icon at for a view's level of detail: the next power of
/// two, so zooming reuses a handful of cached renderings instead of one per zoom step.
qreal renderScale(qreal levelOfDetail, qreal devicePixelRatio);

} // namespace icons

} // namespace rs::ui
