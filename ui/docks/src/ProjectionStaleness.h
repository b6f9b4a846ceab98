#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rs::docks {

/// Whether to show the projections (cost against traffic, the Monte Carlo) as out of date.
///
/// After each edit they arrive tens of milliseconds behind the fast results; marking the charts
/// "Updating…" for that long would make them flicker and redraw twice per keystroke. So they
/// are shown as stale only once they have been out of date for `delay`, as a busy cursor waits
/// before it appears.
class ProjectionStaleness : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds delay{300};

    explicit ProjectionStaleness(QObject* parent = nullptr);

    /// Whether the projections now given belong to the results shown beside them.
    void setCurrent(bool current);
    bool showAsStale() const { return m_stale; }

signals:
    /// The delay ran out with the projections still out of date: redraw them as such.
    void becameStale();

private:
    QTimer m_timer;
    bool m_stale = false;
};

} // namespace rs::docks
