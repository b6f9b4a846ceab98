#include "document/DesignDocument.h"

#include "core/DesignFile.h"

namespace rs::ui {

DesignDocument::DesignDocument(const Catalogues& catalogues, QObject* parent)
    : QObject(parent)
    , m_catalogues(catalogues)
{}

Result<std::monostate> DesignDocument::open(const QString& path)
{
    auto loaded = loadDesignFile(path.toStdString(), m_catalogues);
    if (!loaded)
        return loaded.errors();
    m_design = std::move(loaded).value();
    m_undoStack.clear();
    m_filePath = path;
    emit filePathChanged(m_filePath);
    emit designReset();
    return std::monostate{};
}

Result<std::monostate> DesignDocument::saveAs(const QString& path)
{
    auto saved = saveDesignFile(path.toStdString(), m_design);
    if (!saved)
        return saved;
    m_undoStack.setClean();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return saved;
}

} // namespace rs::ui
