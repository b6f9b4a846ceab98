#pragma once

#include "core/Provider.h"
#include "core/Result.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/CatalogueImport.h"
#include "pricing/import/ImportControl.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::pricing {

/// Where and what an online price update fetches (docs/price-import.md, "Online update").
struct UpdateOptions
{
    Provider provider = Provider::Aws;
    /// Empty: the provider's public endpoint (defaultUpdateUrl). A mirror serving the same
    /// paths works too; Azure's NextPageLink is followed on the same base.
    std::string baseUrl;
    /// Region codes to fetch (AWS: one offer file per service and region; Azure: a filter);
    /// empty: every region of the provider in the region catalogue.
    std::vector<std::string> regions;
    /// AWS offer codes, Azure service names or Google service ids; empty: all the importers map.
    std::vector<std::string> services;
    std::string apiKey; ///< Google Cloud only: the Cloud Billing Catalog API needs one
    /// Where downloads are kept; empty: a temporary folder removed afterwards.
    std::filesystem::path downloadFolder;
    ImportOptions import; ///< base version, activation, source
    int maxPages = 1000;  ///< Azure and Google pages per service, against a server that loops
    /// The longest the downloads of one update may take together; past it the update stops
    /// with an error and stores nothing. Two hours carry the 4 GiB below at 0.6 MB/s.
    std::chrono::seconds deadline{std::chrono::hours(2)};
    /// The largest single download: the update fetches per-service, per-region files (the
    /// biggest seen in the hostile-input sweep of issue 20 was 209 MB), so 4 GiB is only
    /// reached by a server that never stops sending.
    std::uint64_t maxDownloadBytes = std::uint64_t{4} << 30;
};

/// https://pricing.us-east-1.amazonaws.com, https://prices.azure.com,
/// https://cloudbilling.googleapis.com.
std::string defaultUpdateUrl(Provider provider);

/// Downloads the provider's current prices for the services the catalogue prices (AWS: offer
/// index -> region index -> per-region offer files; Azure: Retail Prices API pages with a
/// serviceName filter; Google: Cloud Billing Catalog SKU pages, with an API key), imports them
/// as one new version, and returns it with its report. Progress reports bytes per download
/// and records per file; cancelling stops the download under way and stores nothing.
Result<ImportOutcome> updatePrices(PriceCatalogue& catalogue, const UpdateOptions& options,
                                   const ImportControl& control = {});

} // namespace rs::pricing
