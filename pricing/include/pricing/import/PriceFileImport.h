#pragma once

#include "core/EnumNames.h"
#include "core/Provider.h"
#include "core/Result.h"
#include "core/cost/PriceBook.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/ImportControl.h"
#include "pricing/import/ImportReport.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace rs::pricing {

/// The provider price-file formats the importers read (docs/price-import.md).
enum class PriceFileFormat
{
    AwsOfferJson,    ///< AWS Price List offer file, JSON (streamed)
    AwsOfferCsv,     ///< the same as CSV, with its five-line preamble
    AzureRetail,     ///< one page of the Azure Retail Prices API
    GcpSkus,         ///< one page of the Cloud Billing Catalog API's SKU list
    AwsPricingPage,  ///< an AWS pricing page's data file ("meteredUnitMaps" JSON)
    AwsPricingPivot, ///< a pivot of a pricing page's data: metric → region → price (no date)
    GcpPricingYaml,  ///< google-cloud-pricing-cost-calculator's derived pricing.yml (not streamed)
};

Provider providerOf(PriceFileFormat format);

/// What the importers need to know from the catalogue: unit spellings and the region map.
struct ImportVocabulary
{
    std::map<std::string, UnitAlias, std::less<>> units;
    /// AWS price locations ("EU (Ireland)") to region codes.
    std::map<std::string, std::string, std::less<>> awsRegionByLocation;
    /// The region codes the region catalogue knows, per provider: prices elsewhere are skipped.
    std::set<std::pair<Provider, std::string>, std::less<>> regions;
    /// Google multi-region locations ("us-multi") to the catalogue regions inside them (their
    /// priceNames): a multi-region price is what a multi-region resource placed in any of them
    /// costs.
    std::multimap<std::string, std::string, std::less<>> gcpRegionsInLocation;
    /// The date of the prices of files that carry none (the AWS pricing pivot): `--date`.
    std::string undatedFileDate;

    bool knowsRegion(Provider provider, const std::string& code) const;
};

/// Reads the vocabulary once from the catalogue (its unit aliases and region map).
Result<ImportVocabulary> loadImportVocabulary(PriceCatalogue& catalogue);

/// One band read from a price file, before the bands of all files of an import are put
/// together (Azure's tiers of one meter may come on different pages).
struct ImportedBand
{
    PriceRow row;            ///< normalised: key, region, unit, price per normalised unit
    bool endFromNext = true; ///< Azure and Google give only where a tier starts
    std::string freeKey;     ///< a leading $0 band becomes this account-wide allowance
    std::string origin;      ///< where it was read: "file.csv line 12", "file.json SKU X"
};

/// What one price file held.
struct PriceFileImport
{
    PriceFileFormat format = PriceFileFormat::AwsOfferJson;
    std::string file;
    std::string publisherVersion; ///< AWS offer version, Azure/Google effective date
    std::string nextPage;         ///< Azure NextPageLink, Google nextPageToken; empty on the last
    std::vector<ImportedBand> bands;
    ImportReport report;

    Provider provider() const { return providerOf(format); }
};

/// The format of a price file, from its first bytes.
Result<PriceFileFormat> detectPriceFileFormat(const std::filesystem::path& path);

/// Reads one price file, streaming it (never the whole file in memory), keeping the prices of
/// the items and regions the service and region catalogues use. With `expected` set, a file of
/// another provider is an error. Every problem names the file, the line (and column, or the
/// record) and what was wrong.
Result<PriceFileImport> readPriceFile(const std::filesystem::path& path,
                                      std::optional<Provider> expected,
                                      const ImportVocabulary& vocabulary,
                                      const ImportControl& control = {});

} // namespace rs::pricing

template <> struct rs::EnumNames<rs::pricing::PriceFileFormat>
{
    static constexpr std::array names{
        std::pair{rs::pricing::PriceFileFormat::AwsOfferJson, std::string_view{"aws-offer-json"}},
        std::pair{rs::pricing::PriceFileFormat::AwsOfferCsv, std::string_view{"aws-offer-csv"}},
        std::pair{rs::pricing::PriceFileFormat::AzureRetail, std::string_view{"azure-retail-json"}},
        std::pair{rs::pricing::PriceFileFormat::GcpSkus, std::string_view{"gcp-skus-json"}},
        std::pair{rs::pricing::PriceFileFormat::AwsPricingPage,
                  std::string_view{"aws-pricing-page-json"}},
        std::pair{rs::pricing::PriceFileFormat::AwsPricingPivot,
                  std::string_view{"aws-pricing-pivot-json"}},
        std::pair{rs::pricing::PriceFileFormat::GcpPricingYaml,
                  std::string_view{"gcp-pricing-yaml"}},
    };
};
