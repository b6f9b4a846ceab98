#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// Crash recovery. While the document has unsaved changes, its design is written aside every
/// interval (atomically, as files are saved); saving or closing cleanly removes the copy. A
/// session holds a lock file, so the next start can tell a crashed session's copy from a running
/// one's and offer it back.
class Autosave : public QObject
{
    Q_OBJECT

public:
    struct Recovery
    {
        QString designPath;   ///< the autosaved design
        QString originalPath; ///< where the design lived; empty if never saved
        QDateTime savedAt;
    };

    Autosave(document::DesignDocument& document, const QString& directory, int intervalMs,
             QObject* parent = nullptr);
    /// A clean end: this session's copy goes.
    ~Autosave() override;

    /// Where sessions keep their copies: the application's data folder, "recovery".
    static QString defaultDirectory();
    /// Copies left by sessions that ended without cleaning up (their lock is not held).
    static QList<Recovery> findRecoverable(const QString& directory);
    /// Reads a copy back. It is read like a clipboard part, not validated as a whole: work in
    /// progress may not be a valid design yet, and recovering it must lose nothing.
    static Result<Design> load(const Recovery& recovery, const Catalogues& catalogues);
    static void discard(const Recovery& recovery);

    /// Writes the copy now if there are unsaved changes (the timer calls this).
    void saveNow();
    QString designPath() const;

private:
    void removeCopy();

    document::DesignDocument& m_document;
    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace rs::ui
