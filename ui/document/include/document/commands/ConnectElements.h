#pragma once

#include "core/Link.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rs::document {

class DesignDocument;

/// Adds a link between two services.
class ConnectElements : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectElements)

public:
    ConnectElements(DesignDocument& document, Link link, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DesignDocument& m_document;
    Link m_link;
};

} // namespace rs::document
