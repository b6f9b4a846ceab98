#include "ui/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rs::ui {

namespace {
const QString key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    fillMenu();
}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const auto& f : QSettings().value(key).toStringList()) {
        if (QFileInfo::exists(f))
            out << f;
    }
    return out;
}

void RecentFiles::add(const QString& path)
{
    const auto absolute = QFileInfo(path).absoluteFilePath();
    auto list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxFiles)
        list.removeLast();
    QSettings().setValue(key, list);
    fillMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(key);
    fillMenu();
}

void RecentFiles::fillMenu()
{
    m_menu->clear();
    const auto list = files();
    for (int i = 0; i < list.size(); ++i) {
        const auto& path = list[i];
        auto* action = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                         this, [this, path] { emit openRequested(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    auto* clearAction = m_menu->addAction(tr("Clear list"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace rs::ui
