#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace rs::engine {

/// One background thread running the jobs posted to it, one at a time. A job posted while
/// another waits replaces the waiting one: a live view only cares about the newest state.
class JobThread
{
public:
    JobThread();
    /// Lets the running job finish, drops the waiting one and joins the thread.
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    void post(std::function<void()> job);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::function<void()> m_next;
    bool m_stopping = false;
    std::thread m_thread; ///< last: starts once the members above exist
};

} // namespace rs::engine
