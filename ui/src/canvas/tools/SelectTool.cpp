#include "SelectTool.h"

#include "document/DesignDocument.h"
#include "document/commands/MoveElements.h"
#include "ui/canvas/CanvasPlacement.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/ElementItem.h"

#include <QCoreApplication>
#include <QMouseEvent>

#include <algorithm>
#include <utility>

namespace rs::ui {

bool SelectTool::wantsPress(const QMouseEvent& event) const
{
    return event.button() == Qt::LeftButton && elementAt(event.pos());
}

void SelectTool::mousePressed(QMouseEvent& event)
{
    notePress(event);
    m_moving = false;
    m_pushed = false;
    auto* element = elementAt(event.pos());
    if (event.modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        element->setSelected(!element->isSelected());
        return;
    }
    pick(*element);
    if (element->type() != ElementItem::LinkType)
        beginMove(element->element());
}

void SelectTool::mouseMoved(QMouseEvent& event)
{
    if (m_moving && (dragged(event) || m_pushed))
        continueMove(view().mapToScene(event.pos()));
}

void SelectTool::mouseReleased(QMouseEvent&)
{
    if (std::exchange(m_moving, false))
        finishMove();
}

void SelectTool::beginMove(const document::ElementRef& grabbed)
{
    const auto& design = view().designScene()->document().design();
    m_moving = true;
    m_startPositions.clear();
    const auto selected = view().designScene()->selectedElements();
    const auto regionSelected = [&](const Service& s) {
        return s.region && std::binary_search(selected.begin(), selected.end(),
                                              document::ElementRef::region(*s.region));
    };
    for (const auto& e : selected) {
        if (e.type == document::ElementType::Region) {
            m_startPositions.emplace(e, design.region(e.regionId())->position);
        } else if (e.type == document::ElementType::Service) {
            // A service whose region moves too moves with it already.
            const auto& s = *design.service(e.serviceId());
            if (!regionSelected(s))
                m_startPositions.emplace(e, s.position);
        }
    }
    const auto it = m_startPositions.find(grabbed);
    m_grabbedStart = it != m_startPositions.end() ? it->second : Point{};
}

void SelectTool::continueMove(QPointF scenePos)
{
    if (m_startPositions.empty())
        return;
    const QPointF delta = scenePos - pressScenePos();
    // Snap the grabbed item; the others keep their distance to it.
    const QPointF grabbedStart(m_grabbedStart.x, m_grabbedStart.y);
    const QPointF applied = view().placement().snapped(grabbedStart + delta) - grabbedStart;
    std::vector<document::MoveElements::Move> moves;
    for (const auto& [element, start] : m_startPositions)
        moves.push_back({element, {start.x + applied.x(), start.y + applied.y()}});
    auto& document = view().designScene()->document();
    if (!m_pushed)
        document.undoStack()->beginMacro(QCoreApplication::translate("rs::ui::SelectTool", "Move"));
    document.push(new document::MoveElements(document, std::move(moves), m_pushed));
    m_pushed = true;
}

void SelectTool::finishMove()
{
    if (!m_pushed)
        return;
    for (const auto& refusal : view().placement().settleMovedServices(m_startPositions))
        emit view().message(refusal);
    auto* stack = view().designScene()->document().undoStack();
    stack->endMacro();
    // A drag that ended where it began leaves an empty step: drop it.
    if (auto* top = const_cast<QUndoCommand*>(stack->command(stack->index() - 1));
        top && top->childCount() == 0) {
        top->setObsolete(true);
        stack->undo();
    }
}

} // namespace rs::ui
