#include "pricing/CatalogueTransfer.h"

#include <algorithm>

namespace rs::pricing {

Result<CopiedVersion> copyVersion(PriceCatalogue& from, int versionId, PriceCatalogue& to,
                                  bool activate)
{
    auto info = from.version(versionId);
    if (!info)
        return info.errors();
    auto rows = from.versionRows(versionId);
    if (!rows)
        return rows.errors();
    const auto pointer = "/versions/" + std::to_string(versionId);
    if (rowsChecksum(rows.value()) != info.value().checksum)
        return Error{ErrorCode::Inconsistent,
                     "version " + std::to_string(versionId) +
                         "'s rows no longer match its checksum " + info.value().checksum +
                         ": it is not copied",
                     {pointer, 0, 0, {}}};

    auto there = to.versions();
    if (!there)
        return there.errors();
    const auto& v = info.value();
    const auto same =
        std::find_if(there.value().begin(), there.value().end(), [&](const VersionInfo& t) {
            return t.provider == v.provider && t.checksum == v.checksum && t.source == v.source &&
                   t.importedAt == v.importedAt;
        });
    if (same != there.value().end()) {
        if (activate && same->status != VersionStatus::Active) {
            if (auto done = to.activate(same->id); !done)
                return done.errors();
        }
        return CopiedVersion{same->id, true};
    }
    auto copy = v;
    copy.status = activate ? VersionStatus::Active : VersionStatus::Inactive;
    auto id = to.importVersion(rows.value(), copy);
    if (!id)
        return id.errors();
    return CopiedVersion{id.value(), false};
}

} // namespace rs::pricing
