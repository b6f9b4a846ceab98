#include "JobThread.h"

namespace rs::engine {

JobThread::JobThread()
    : m_thread([this] { loop(); })
{}

JobThread::~JobThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_next = nullptr;
    }
    m_wake.notify_one();
    m_thread.join();
}

void JobThread::post(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_next = std::move(job);
    }
    m_wake.notify_one();
}

void JobThread::loop()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_next; });
            if (m_stopping)
                return;
            job = std::move(m_next);
            m_next = nullptr;
        }
        job();
    }
}

} // namespace rs::engine
