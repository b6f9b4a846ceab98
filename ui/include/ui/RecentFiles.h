#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace rs::ui {

/// The designs opened last, kept in QSettings ("recentFiles") and shown in File ▸ Open Recent.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFiles = 8;

    RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    /// Puts `path` first; files that no longer exist drop off the list.
    void add(const QString& path);
    void clear();

signals:
    void openRequested(const QString& path);

private:
    void fillMenu();

    QMenu* m_menu;
};

} // namespace rs::ui
