#pragma once

#include <csignal>
#include <sys/resource.h>

namespace rs::test {

/// Files of more than `bytes` cannot be written while it lives: a write fails part way, as on a
/// full disk, even for root, whom permissions would not stop.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previous = std::signal(SIGXFSZ, SIG_IGN); // a failed write returns EFBIG, no signal
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previous);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_previous)(int) = SIG_DFL;
};

} // namespace rs::test
