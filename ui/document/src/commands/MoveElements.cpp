#include "document/commands/MoveElements.h"

#include "document/DesignDocument.h"
#include "document/commands/CommandId.h"

#include <algorithm>
#include <cassert>

namespace rs::document {

MoveElements::MoveElements(DesignDocument& document, std::vector<Move> moves, bool continuation,
                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_continuation(continuation)
{
    const auto& design = document.design();
    for (auto& move : moves) {
        if (move.element.type == ElementType::Region) {
            if (const auto* r = design.region(move.element.regionId()))
                m_entries.push_back({move.element, r->position, move.to});
        } else if (move.element.type == ElementType::Service) {
            if (const auto* s = design.service(move.element.serviceId()))
                m_entries.push_back({move.element, s->position, move.to});
        }
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.element < b.element; });
    setText(m_entries.size() == 1
                ? tr("Move %1").arg(QString::fromStdString(m_entries[0].element.id))
                : tr("Move %n element(s)", "", int(m_entries.size())));
}

void MoveElements::place(bool forward)
{
    const auto& design = m_document.design();
    for (const auto& e : m_entries) {
        const auto& at = forward ? e.to : e.from;
        if (e.element.type == ElementType::Region) {
            auto region = *design.region(e.element.regionId());
            region.position = at;
            m_document.replaceRegion(region, ElementChange::Position);
        } else {
            auto service = *design.service(e.element.serviceId());
            service.position = at;
            m_document.replaceService(service, ElementChange::Position);
        }
    }
}

void MoveElements::redo()
{
    place(true);
    setObsolete(std::all_of(m_entries.begin(), m_entries.end(),
                            [](const Entry& e) { return e.from == e.to; }));
}

void MoveElements::undo()
{
    place(false);
}

int MoveElements::id() const
{
    return commandId(CommandId::MoveElements);
}

bool MoveElements::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const MoveElements*>(other);
    if (!next->m_continuation || next->m_entries.size() != m_entries.size())
        return false;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (!(m_entries[i].element == next->m_entries[i].element))
            return false;
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_entries[i].to = next->m_entries[i].to;
    setObsolete(std::all_of(m_entries.begin(), m_entries.end(),
                            [](const Entry& e) { return e.from == e.to; }));
    return true;
}

} // namespace rs::document
