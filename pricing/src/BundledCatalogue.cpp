#include "pricing/PriceCatalogue.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <algorithm>
#include <map>
#include <system_error>

namespace rs::pricing {

namespace {

/// Imports the bundled table as one active version per provider.
Done importBundled(PriceCatalogue& catalogue)
{
    auto rows = readPriceTableJson(resources::defaultPriceTableJson());
    if (!rows)
        return rows.errors();
    std::map<Provider, std::vector<PriceRow>> byProvider;
    for (auto& row : rows.value())
        byProvider[row.provider].push_back(std::move(row));
    for (const auto& [provider, providerRows] : byProvider) {
        VersionInfo info;
        info.provider = provider;
        info.source = "bundled default (resources/pricing/default-prices.json)";
        info.format = "default-json";
        info.effectiveDate = std::max_element(providerRows.begin(), providerRows.end(),
                                              [](const PriceRow& a, const PriceRow& b) {
                                                  return a.effectiveDate < b.effectiveDate;
                                              })
                                 ->effectiveDate;
        info.status = VersionStatus::Active;
        info.note = "created on first run";
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
    if (!versions.value().empty())
        return catalogue;

    if (auto done = importBundled(catalogue.value()); !done) {
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
