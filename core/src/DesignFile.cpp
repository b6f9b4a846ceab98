#include "core/DesignFile.h"

#include "core/JsonText.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace rs {

namespace {

Error ioError(const std::filesystem::path& path, std::string_view what)
{
    return {ErrorCode::Io, path.string() + ": " + std::string(what), {}};
}

/// The schema version of an existing design file, if it has a readable one.
std::optional<std::int64_t> existingSchemaVersion(const std::filesystem::path& path)
{
    auto text = readTextFile(path);
    if (!text)
        return std::nullopt;
    auto parsed = json::parse(text.value());
    if (!parsed || !parsed.value().is_object())
        return std::nullopt;
    const auto it = parsed.value().find("schemaVersion");
    if (it == parsed.value().end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

Result<std::string> readTextFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return ioError(path, "is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ioError(path, std::strerror(errno));
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad())
        return ioError(path, "read failed");
    return std::move(out).str();
}

Result<Design> loadDesignFile(const std::filesystem::path& path, const Catalogues& catalogues,
                              const DesignReadLimits& limits, std::string* bytesRead)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits.maxBytes)
        return Error{ErrorCode::TooLarge,
                     path.string() + " is " + std::to_string(size) + " bytes; the limit is " +
                         std::to_string(limits.maxBytes) + " bytes",
                     {}};
    auto text = readTextFile(path);
    if (!text)
        return text.errors();
    auto design = readDesign(text.value(), catalogues, limits);
    if (bytesRead)
        *bytesRead = std::move(text).value();
    return design;
}

Result<std::monostate> saveDesignFile(const std::filesystem::path& path, const Design& design)
{
    if (const auto version = existingSchemaVersion(path); version && *version > designSchemaVersion)
        return ioError(path, "was written with schema version " + std::to_string(*version) +
                                 ", newer than this application's " +
                                 std::to_string(designSchemaVersion) +
                                 "; saving would lose what it holds. Save under another name.");

    return writeFileAtomically(path, writeDesign(design));
}

Result<std::monostate> writeFileAtomically(const std::filesystem::path& path,
                                           std::string_view bytes)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::random_device random;
    const auto temp =
        dir / ("." + path.filename().string() + ".saving-" + std::to_string(random()));

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(temp, std::strerror(errno));
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        std::filesystem::remove(temp);
        return ioError(path, std::strerror(savedErrno));
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp);
        return ioError(path, ec.message());
    }
    return std::monostate{};
}

} // namespace rs
