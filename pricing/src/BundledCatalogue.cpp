#include "Sql.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <system_error>

namespace rs::pricing {

namespace {

constexpr std::string_view bundledFormat = "default-json";

using ProviderRows = std::map<Provider, std::vector<PriceRow>>;

/// The providers whose rows of this build's table the catalogue does not hold yet.
std::vector<Provider> missingFrom(const ProviderRows& byProvider,
                                  const std::vector<VersionInfo>& existing)
{
    std::vector<Provider> out;
    for (const auto& [provider, providerRows] : byProvider) {
        const auto checksum = rowsChecksum(providerRows);
        // Captured by copy: clang 14 cannot capture a structured binding by reference.
        if (std::none_of(existing.begin(), existing.end(),
                         [&, provider = provider](const VersionInfo& v) {
                             return v.provider == provider && v.format == bundledFormat &&
                                    v.checksum == checksum;
                         }))
            out.push_back(provider);
    }
    return out;
}

/// Brings the table this build ships into the catalogue, one version per provider: on the first
/// run as the active versions; after an update of the application that ships other prices, as
/// new versions, made active only where the active version is an older bundled one, so prices
/// the user imported or chose stay in force (and the new table waits, inactive, to be chosen).
Done importBundled(PriceCatalogue& catalogue, const ProviderRows& byProvider,
                   const std::vector<Provider>& missing, const std::vector<VersionInfo>& existing)
{
    for (const auto provider : missing) {
        const auto& providerRows = byProvider.at(provider);
        const auto active =
            std::find_if(existing.begin(), existing.end(), [&](const VersionInfo& v) {
                return v.provider == provider && v.status == VersionStatus::Active;
            });
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
    const bool onServer = isServerUrl(path.native());
    std::error_code ec;
    if (!onServer && !std::filesystem::exists(path, ec) && path.has_parent_path()) {
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
    auto rows = readPriceTableJson(resources::defaultPriceTableJson());
    if (!rows)
        return rows.errors();
    ProviderRows byProvider;
    for (auto& row : rows.value())
        byProvider[row.provider].push_back(std::move(row));
    // A team catalogue's price admins decide which tables come in after the first.
    if (missingFrom(byProvider, versions.value()).empty() ||
        (onServer && !versions.value().empty()))
        return catalogue;

    // Seeding is one write transaction: its write lock makes a second process starting at the
    // same moment wait for this one, then find the table there when it looks again under the
    // lock (no second seed); a run killed half way leaves nothing, not one provider's prices.
    auto& db = *catalogue.value().m_db;
    db.setBusyTimeout(std::chrono::minutes(2)); // a seed takes seconds; waiting beats failing
    const auto seed = [&]() -> Done {
        auto transaction = sql::Transaction::begin(db);
        if (!transaction)
            return transaction.errors();
        auto current = catalogue.value().versions();
        if (!current)
            return current.errors();
        if (auto done = importBundled(catalogue.value(), byProvider,
                                      missingFrom(byProvider, current.value()), current.value());
            !done)
            return done;
        return transaction.value().commit();
    };
    auto done = seed();
    db.setBusyTimeout(sql::defaultBusyTimeout);
    if (!done)
        return done.errors(); // nothing was stored: the next run seeds again
    return catalogue;
}

} // namespace rs::pricing
