#pragma once

#include "core/Region.h"
#include "core/RegionCatalogue.h"
#include "ui/canvas/ElementItem.h"

namespace rs::ui {

/// A region on the canvas: a container coloured by its role, headed by its provider, name,
/// code, role and traffic share, with a grip in its bottom-right corner to resize it. The
/// services in it are its child items.
class RegionItem : public ElementItem
{
public:
    explicit RegionItem(const RegionId& id);

    int type() const override { return RegionType; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void sync(const Region& region, const RegionInfo* info);
    QSizeF size() const { return m_size; }
    /// True when `itemPos` is on the resize grip.
    bool isOnResizeGrip(QPointF itemPos) const;

private:
    QSizeF m_size;
    QString m_title;
    QString m_subtitle;
    RegionRole m_role = RegionRole::Active;
    Provider m_provider = Provider::Aws;
};

} // namespace rs::ui
