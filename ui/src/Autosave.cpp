#include "ui/Autosave.h"

#include "core/DesignFile.h"
#include "core/DesignFormat.h"
#include "document/DesignDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace rs::ui {

namespace {
QString withSuffix(const QString& designPath, const char* suffix)
{
    return designPath.chopped(int(qstrlen(".json"))) + QLatin1String(suffix);
}
} // namespace

Autosave::Autosave(document::DesignDocument& document, const QString& directory, int intervalMs,
                   QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(withSuffix(designPath(), ".lock"));
    m_lock->tryLock(0);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();
    connect(&document, &document::DesignDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeCopy();
    });
}

Autosave::~Autosave()
{
    removeCopy();
    m_lock->unlock();
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

QString Autosave::designPath() const
{
    return m_directory + QLatin1Char('/') + m_id + QStringLiteral(".json");
}

void Autosave::saveNow()
{
    if (!m_document.isModified())
        return;
    if (!saveDesignFile(designPath().toStdString(), m_document.design()))
        return; // a full disk must not interrupt the architect; the next tick tries again
    // Best effort like the copy itself, but never a half-written path beside a whole copy.
    (void)writeFileAtomically(withSuffix(designPath(), ".origin").toStdString(),
                              m_document.filePath().toStdString());
}

void Autosave::removeCopy()
{
    QFile::remove(designPath());
    QFile::remove(withSuffix(designPath(), ".origin"));
}

QList<Autosave::Recovery> Autosave::findRecoverable(const QString& directory)
{
    QList<Recovery> out;
    const QDir dir(directory);
    for (const auto& info :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const auto path = info.absoluteFilePath();
        QLockFile lock(withSuffix(path, ".lock"));
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        QFile origin(withSuffix(path, ".origin"));
        Recovery r{path, {}, info.lastModified()};
        if (origin.open(QIODevice::ReadOnly))
            r.originalPath = QString::fromUtf8(origin.readAll());
        out.push_back(r);
    }
    return out;
}

Result<Design> Autosave::load(const Recovery& recovery, const Catalogues& catalogues)
{
    auto text = readTextFile(recovery.designPath.toStdString());
    if (!text)
        return text.errors();
    return readDesignFragment(text.value(), catalogues);
}

void Autosave::discard(const Recovery& recovery)
{
    QFile::remove(recovery.designPath);
    QFile::remove(withSuffix(recovery.designPath, ".origin"));
    QFile::remove(withSuffix(recovery.designPath, ".lock"));
}

} // namespace rs::ui
