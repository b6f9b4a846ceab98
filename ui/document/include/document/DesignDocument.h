#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace rs::ui {

/// The design open in a window: the model, its undo stack, where it lives on disk and whether
/// it has unsaved changes. The only way to change the model is a command pushed here.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(const Catalogues& catalogues, QObject* parent = nullptr);

    /// Replaces the document with the design in `path`; on error nothing changes.
    Result<std::monostate> open(const QString& path);
    Result<std::monostate> saveAs(const QString& path);

    const Design& design() const { return m_design; }
    const Catalogues& catalogues() const { return m_catalogues; }
    const QString& filePath() const { return m_filePath; }
    bool isModified() const { return !m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }

signals:
    /// The whole design was replaced (opened or reset).
    void designReset();
    void filePathChanged(const QString& path);

private:
    const Catalogues& m_catalogues;
    Design m_design;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace rs::ui
