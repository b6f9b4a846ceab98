#include "ConnectTool.h"

#include "document/DesignDocument.h"
#include "document/LinkKinds.h"
#include "document/commands/ConnectElements.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/ServiceItem.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QMouseEvent>

#include <algorithm>

namespace rs::ui {

ServiceItem* ConnectTool::handleAt(QPoint viewPos) const
{
    // A link handle wins over the links drawn across it: they start right there.
    const QPointF scenePos = view().mapToScene(viewPos);
    const auto under = view().items(viewPos);
    const auto handle = std::find_if(under.begin(), under.end(), [&](QGraphicsItem* i) {
        return i->type() == ElementItem::ServiceType &&
               static_cast<ServiceItem*>(i)->isOnLinkHandle(i->mapFromScene(scenePos));
    });
    return handle != under.end() ? static_cast<ServiceItem*>(*handle) : nullptr;
}

ServiceItem* ConnectTool::serviceAt(QPointF scenePos) const
{
    for (auto* i : view().designScene()->items(scenePos)) {
        if (i->type() == ElementItem::ServiceType)
            return static_cast<ServiceItem*>(i);
    }
    return nullptr;
}

bool ConnectTool::wantsPress(const QMouseEvent& event) const
{
    return event.button() == Qt::LeftButton && elementAt(event.pos()) && handleAt(event.pos());
}

void ConnectTool::mousePressed(QMouseEvent& event)
{
    notePress(event);
    m_from = handleAt(event.pos())->element().id;
    m_rubberLink = new QGraphicsLineItem(QLineF(pressScenePos(), pressScenePos()));
    m_rubberLink->setPen(QPen(view().palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
    m_rubberLink->setZValue(10);
    view().designScene()->addItem(m_rubberLink);
}

void ConnectTool::mouseMoved(QMouseEvent& event)
{
    if (m_rubberLink)
        m_rubberLink->setLine(QLineF(pressScenePos(), view().mapToScene(event.pos())));
}

void ConnectTool::mouseReleased(QMouseEvent& event)
{
    delete m_rubberLink;
    m_rubberLink = nullptr;
    connectTo(view().mapToScene(event.pos()));
}

void ConnectTool::deactivate()
{
    delete m_rubberLink;
    m_rubberLink = nullptr;
    m_from.clear();
}

void ConnectTool::connectTo(QPointF scenePos)
{
    auto* target = serviceAt(scenePos);
    if (!target || target->element().id == m_from)
        return;
    auto& document = view().designScene()->document();
    const auto& design = document.design();
    const ServiceId from{m_from};
    const ServiceId to = target->element().serviceId();
    for (const auto& [id, link] : design.links) {
        if (link.from == from && link.to == to) {
            emit view().message(
                QCoreApplication::translate("rs::ui::ConnectTool", "%1 already has a link to %2.")
                    .arg(QString::fromStdString(from.value), QString::fromStdString(to.value)));
            return;
        }
    }
    const auto* fromKind = document.catalogues().services.find(design.service(from)->kind);
    const auto* toKind = document.catalogues().services.find(design.service(to)->kind);
    Link link;
    link.id = LinkId{document.uniqueId(from.value + "-" + to.value)};
    link.from = from;
    link.to = to;
    link.kind =
        fromKind && toKind ? document::proposeLinkKind(*fromKind, *toKind) : LinkKind::Request;
    document.push(new document::ConnectElements(document, link));
    view().designScene()->selectElements({document::ElementRef::link(link.id)});
}

} // namespace rs::ui
