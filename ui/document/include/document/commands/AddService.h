#pragma once

#include "core/Service.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// Adds a service, in a region or at the global edge.
class AddService : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddService)

public:
    AddService(DesignDocument& document, Service service, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DesignDocument& m_document;
    Service m_service;
};

} // namespace rs::document
