#include "core/DesignFile.h"

#include "core/JsonText.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sys/stat.h>
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
    auto text = readTextFile(path, DesignReadLimits{}.maxBytes);
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

/// `bytes` written straight into `path`, every write and the close checked.
Result<std::monostate> writeInPlace(const std::filesystem::path& given,
                                    const std::filesystem::path& path, std::string_view bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return ioError(given, std::strerror(errno));
    const bool written = writeAll(fd, bytes);
    const int savedErrno = errno;
    if (::close(fd) != 0 || !written)
        return ioError(given, std::strerror(written ? errno : savedErrno));
    return std::monostate{};
}

} // namespace

Result<std::string> readTextFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return ioError(path, "is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ioError(path, std::strerror(errno));
    std::string out;
    std::array<char, 64 * 1024> chunk;
    while (in) {
        in.read(chunk.data(), chunk.size());
        out.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (out.size() > maxBytes)
            return Error{ErrorCode::TooLarge,
                         path.string() + " is more than " + std::to_string(maxBytes) +
                             " bytes, the limit",
                         {}};
    }
    if (in.bad())
        return ioError(path, "read failed");
    return out;
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
    auto text = readTextFile(path, limits.maxBytes);
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

Result<std::monostate> writeFileAtomically(const std::filesystem::path& given,
                                           std::string_view bytes)
{
    // Through a symlink to the file it names: renaming over the link would turn it into a
    // regular file and leave its target stale.
    std::error_code ec; // a path that does not exist yet is no error here
    const bool link = std::filesystem::is_symlink(given, ec);
    const auto path = link ? std::filesystem::weakly_canonical(given, ec) : given;
    if (link && ec)
        return ioError(given, ec.message());

    struct stat existing = {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    // Renaming needs only the folder's permission, so a read-only file would be replaced
    // without a word; its owner made it read-only to prevent exactly that. The mode bits are
    // asked too, since access() says yes to root.
    if (exists && ((existing.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0))
        return ioError(given, "is read-only; not overwritten");
    // A device or FIFO (/dev/stdout, /dev/full) cannot be replaced by a rename: write into it.
    if (exists && !S_ISREG(existing.st_mode))
        return writeInPlace(given, path, bytes);

    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::random_device random;
    const auto temp =
        dir / ("." + path.filename().string() + ".saving-" + std::to_string(random()));

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(temp, std::strerror(errno));
    bool written = writeAll(fd, bytes);
    if (written && exists) {
        // The new file takes the old one's mode and owner (a 0600 file stays private). Only
        // root may give a file away, so a failed fchown to another user is no error; the mode
        // is then still kept.
        written = ::fchmod(fd, existing.st_mode & 07777) == 0;
        if (written && (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()))
            (void)!::fchown(fd, existing.st_uid, existing.st_gid);
    }
    written = written && ::fsync(fd) == 0;
    int savedErrno = errno;
    if (::close(fd) != 0 && written) {
        written = false;
        savedErrno = errno;
    }
    if (!written) {
        std::filesystem::remove(temp, ec);
        return ioError(given, std::strerror(savedErrno));
    }
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        const auto why = ec.message();
        std::filesystem::remove(temp, ec);
        return ioError(given, why);
    }
    return std::monostate{};
}

} // namespace rs
