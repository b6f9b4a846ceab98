#pragma once

#include "core/RuleSetting.h"
#include "document/ElementRef.h"

#include <QGraphicsItem>

#include <optional>

namespace rs::ui {

/// What every canvas item has: the element it shows (items hold ids, never model pointers) and
/// the state set on it from outside: the worst severity of its findings and whether a what-if
/// has it down. Items never change the model; the scene re-syncs them from it.
class ElementItem : public QGraphicsItem
{
public:
    enum
    {
        RegionType = UserType + 1,
        ServiceType,
        LinkType,
    };

    explicit ElementItem(document::ElementRef element, QGraphicsItem* parent = nullptr);

    const document::ElementRef& element() const { return m_element; }

    std::optional<Severity> badge() const { return m_badge; }
    void setBadge(std::optional<Severity> severity);
    bool isDown() const { return m_down; }
    void setDown(bool down);

protected:
    /// The badge drawn as a small disc with its severity's colour and sign, centred at `centre`.
    void paintBadge(QPainter* painter, QPointF centre) const;

private:
    document::ElementRef m_element;
    std::optional<Severity> m_badge;
    bool m_down = false;
};

} // namespace rs::ui
