#pragma once

#include "core/Provider.h"
#include "core/ServiceCatalogue.h"

#include <QIcon>
#include <QPixmap>

class QPainter;

namespace rs::ui {

/// Our SVG icons (resources/icons): one per service category and one mark per provider,
/// rendered crisp at any device pixel ratio and cached.
namespace icons {

/// The category icon of a kind (its catalogue "icon", else its category's).
QPixmap categoryPixmap(const ServiceKind& kind, int logicalSize, qreal devicePixelRatio);
QPixmap categoryPixmap(Category category, int logicalSize, qreal devicePixelRatio);
QPixmap providerPixmap(Provider provider, int logicalSize, qreal devicePixelRatio);
/// For lists: the category icon with the provider mark in its corner.
QIcon serviceIcon(const ServiceKind& kind);
QIcon providerIcon(Provider provider);
QString providerName(Provider provider);
/// The device pixel ratio to render an icon at for a view's level of detail: the next power of
/// two, so zooming reuses a handful of cached renderings instead of one per zoom step.
qreal renderScale(qreal levelOfDetail, qreal devicePixelRatio);

} // namespace icons

} // namespace rs::ui
