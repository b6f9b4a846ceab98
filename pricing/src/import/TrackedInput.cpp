#include "TrackedInput.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rs::pricing {

namespace {

constexpr std::size_t chunkSize = std::size_t{1} << 20;

} // namespace

Result<std::unique_ptr<TrackedInput>> TrackedInput::open(const std::filesystem::path& path,
                                                         const ImportControl& control)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error{ErrorCode::Io, "is a folder, not a price file", {path.string(), 0, 0, {}}};
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return Error{ErrorCode::Io,
                     std::string("cannot open the price file: ") + std::strerror(errno),
                     {path.string(), 0, 0, {}}};
    const auto size = std::filesystem::file_size(path, ec);
    return std::unique_ptr<TrackedInput>(new TrackedInput(path, file, ec ? 0 : size, control));
}

TrackedInput::TrackedInput(std::filesystem::path path, std::FILE* file, std::uint64_t size,
                           const ImportControl& control)
    : m_path(std::move(path))
    , m_file(file)
    , m_size(size)
    , m_control(control)
    , m_stream(this)
{
    m_chunk.reserve(chunkSize);
}

TrackedInput::~TrackedInput()
{
    std::fclose(m_file);
}

TrackedInput::int_type TrackedInput::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    if (m_control.cancelled()) {
        m_cancelled = true;
        return traits_type::eof();
    }
    // Lines of the chunk that is done, so a later offset still maps to its line.
    const auto done = static_cast<std::int64_t>(m_chunk.size());
    m_linesBefore += static_cast<std::uint64_t>(std::count(m_chunk.begin(), m_chunk.end(), '\n'));
    for (std::int64_t i = done - 1; i >= 0; --i) {
        if (m_chunk[static_cast<std::size_t>(i)] == '\n') {
            m_lastNewlineBefore = static_cast<std::int64_t>(m_chunkStart) + i;
            break;
        }
    }
    m_chunkStart += m_chunk.size();

    m_chunk.resize(chunkSize);
    const auto n = std::fread(m_chunk.data(), 1, chunkSize, m_file);
    m_chunk.resize(n);
    m_control.report({"reading " + fileName(), m_chunkStart + n, m_size, m_records});
    if (n == 0)
        return traits_type::eof();
    setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
    return traits_type::to_int_type(*gptr());
}

void TrackedInput::reportDone()
{
    m_control.report({"reading " + fileName(), m_size, m_size, m_records});
}

Location TrackedInput::location(std::uint64_t offset, const std::string& record) const
{
    Location where{fileName() + (record.empty() ? "" : " " + record), 0, 0, {}};
    if (offset < m_chunkStart || offset > m_chunkStart + m_chunk.size())
        return where;
    const auto end = m_chunk.begin() + static_cast<std::ptrdiff_t>(offset - m_chunkStart);
    const auto lines =
        m_linesBefore + static_cast<std::uint64_t>(std::count(m_chunk.begin(), end, '\n'));
    std::int64_t lastNewline = m_lastNewlineBefore;
    for (auto it = end; it != m_chunk.begin();) {
        --it;
        if (*it == '\n') {
            lastNewline = static_cast<std::int64_t>(m_chunkStart) + (it - m_chunk.begin());
            break;
        }
    }
    where.line = static_cast<int>(lines + 1);
    where.column = static_cast<int>(static_cast<std::int64_t>(offset) - lastNewline);
    return where;
}

Error TrackedInput::error(ErrorCode code, std::string message, std::uint64_t offset,
                          const std::string& record) const
{
    return {code, std::move(message), location(offset, record)};
}

} // namespace rs::pricing
