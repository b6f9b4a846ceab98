#pragma once

#include "document/commands/CommandId.h"

#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// The shape of every "set one value" command: it keeps the old and the new value, merges with
/// the next change of the same target (typing into a field is one undo step), and drops itself
/// when the edit changes nothing.
template <typename Value> class ChangeValue : public QUndoCommand
{
public:
    void redo() override
    {
        apply(m_new);
        setObsolete(m_old == m_new);
    }
    void undo() override { apply(m_old); }
    int id() const override { return commandId(m_id); }
    bool mergeWith(const QUndoCommand* other) override
    {
        // Same id means same command class: the ids are unique per class (CommandId.h).
        const auto* next = static_cast<const ChangeValue*>(other);
        if (!sameTarget(*next))
            return false;
        m_new = next->m_new;
        setObsolete(m_old == m_new);
        return true;
    }

protected:
    ChangeValue(DesignDocument& document, CommandId id, Value oldValue, Value newValue)
        : m_document(document)
        , m_id(id)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
    {}

    virtual void apply(const Value& value) = 0;
    virtual bool sameTarget(const ChangeValue& other) const = 0;

    DesignDocument& m_document;

private:
    CommandId m_id;
    Value m_old;
    Value m_new;
};

} // namespace rs::document
