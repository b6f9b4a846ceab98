#include "ProjectionStaleness.h"

namespace rs::docks {

ProjectionStaleness::ProjectionStaleness(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_stale = true;
        emit becameStale();
    });
}

void ProjectionStaleness::setCurrent(bool current)
{
    if (current) {
        m_timer.stop();
        m_stale = false;
    } else if (!m_stale && !m_timer.isActive()) {
        m_timer.start();
    }
}

} // namespace rs::docks
