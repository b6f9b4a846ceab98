#pragma once

#include "core/Result.h"
#include "pricing/import/ImportControl.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

namespace rs::pricing {

/// A price file read through a stream buffer in 1 MiB chunks, so memory stays bounded however
/// large the file: it reports progress once per chunk, stops when the import is cancelled,
/// and turns a byte offset back into the line and column people look for.
class TrackedInput final : public std::streambuf
{
public:
    static Result<std::unique_ptr<TrackedInput>> open(const std::filesystem::path& path,
                                                      const ImportControl& control);
    ~TrackedInput() override;
    TrackedInput(const TrackedInput&) = delete;
    TrackedInput& operator=(const TrackedInput&) = delete;

    std::istream& stream() { return m_stream; }
    const std::filesystem::path& path() const { return m_path; }
    std::string fileName() const { return m_path.filename().string(); }
    std::uint64_t size() const { return m_size; }
    bool wasCancelled() const { return m_cancelled; }
    /// The reader's record count, for progress reports.
    void setRecords(std::uint64_t records) { m_records = records; }
    /// One last progress report, with the whole file read.
    void reportDone();

    /// Where the byte at `offset` (0-based) is: the file, then `record` (the SKU or item
    /// being read, if any), with line and column when the byte is in the chunk at hand.
    Location location(std::uint64_t offset, const std::string& record = {}) const;
    /// An error at `offset`.
    Error error(ErrorCode code, std::string message, std::uint64_t offset,
                const std::string& record = {}) const;

protected:
    int_type underflow() override;

private:
    TrackedInput(std::filesystem::path path, std::FILE* file, std::uint64_t size,
                 const ImportControl& control);

    std::filesystem::path m_path;
    std::FILE* m_file = nullptr;
    std::uint64_t m_size = 0;
    const ImportControl& m_control;
    std::vector<char> m_chunk;
    std::uint64_t m_chunkStart = 0;        ///< offset of m_chunk[0]
    std::uint64_t m_linesBefore = 0;       ///< newlines before the chunk
    std::int64_t m_lastNewlineBefore = -1; ///< offset of the last newline before the chunk
    std::uint64_t m_records = 0;
    bool m_cancelled = false;
    std::istream m_stream;
};

} // namespace rs::pricing
