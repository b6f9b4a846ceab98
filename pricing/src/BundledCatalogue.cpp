#include "pricing/PriceCatalogue.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <algorithm>
#include <map>
#include <system_error>

namespace rs::pricing {

namespace {

constexpr std::string_view bundledFormat = "default-json";

/// Brings the table this build ships into the catalogue, one version per provider: on the first
/// run as the active versions; after an update of the application that ships other prices, as
/// new versions, made active only where the active version is an older bundled one, so prices
/// the user imported or chose stay in force (and the new table waits, inactive, to be chosen).
Done importBundled(PriceCatalogue& catalogue, const std::vector<VersionInfo>& existing)
{
    auto rows = readPriceTableJson(resources::defaultPriceTableJson());
    if (!rows)
        return rows.errors();
    std::map<Provider, std::vector<PriceRow>> byProvider;
    for (auto& row : rows.value())
        byProvider[row.provider].push_back(std::move(row));
    for (const auto& [provider, providerRows] : byProvider) {
        const auto checksum = rowsChecksum(providerRows);
        const auto ofProvider = [&](auto&& also) {
            return std::find_if(existing.begin(), existing.end(), [&](const VersionInfo& v) {
                return v.provider == provider && also(v);
            });
        };
        if (ofProvider([&](const VersionInfo& v) {
                return v.format == bundledFormat && v.checksum == checksum;
            }) != existing.end())
            continue; // this build's table is there already
        const auto active =
            ofProvider([](const VersionInfo& v) { return v.status == VersionStatus::Active; });
        const bool userChoiceActive = active != existing.end() && active->format != bundledFormat;
        VersionInfo info;
        info.provider = provider;
        info.source = "bundled default (resources/pricing/default-prices.json)";
        info.format = std::string(bundledFormat);
        info.effectiveDate = std::max_element(providerRows.begin(), providerRows.end(),
                                              [](const PriceRow& a, const PriceRow& b) {
                                                  return a.effectiveDate < b.effectiveDate;
                                              })
                                 ->effectiveDate;
        info.status = userChoiceActive ? VersionStatus::Inactive : VersionStatus::Active;
        info.note = existing.empty() ? "created on first run"
                    : userChoiceActive
                        ? "shipped with an update of the application; not activated, because "
                          "the active prices are ones you imported or chose"
                        : "shipped with an update of the application; replaced the older bundled "
                          "table";
        if (auto id = catalogue.importVersion(providerRows, info); !id)
            return id.errors();
    }
    return std::monostate{};
}

} // namespace

Result<PriceCatalogue> PriceCatalogue::openOrCreate(const std::filesystem::path& path)
{
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (!existed && path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec)
            return Error{ErrorCode::Io,
                         "cannot create the folder for the price catalogue: " + ec.message(),
                         {path.parent_path().string(), 0, 0, {}}};
    }
    auto catalogue = open(path);
    if (!catalogue)
        return catalogue;
    auto versions = catalogue.value().versions();
    if (!versions)
        return versions.errors();
    if (auto done = importBundled(catalogue.value(), versions.value()); !done) {
        // A half-made catalogue would not be filled again on the next run: start over then.
        if (!existed) {
            catalogue = done.errors();
            std::filesystem::remove(path, ec);
        }
        return done.errors();
    }
    return catalogue;
}

} // namespace rs::pricing
