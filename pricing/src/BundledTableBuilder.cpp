#include "pricing/BundledTableBuilder.h"

#include "import/RowAssembler.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/PriceTableJson.h"
#include "pricing/import/PriceFileImport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace rs::pricing {

namespace {

/// One staged source of ../shared/pricing-sources (its MANIFEST.md and FILES.tsv): the folder,
/// the source key its rows cite, and what the key stands for.
struct SourceGroup
{
    std::string_view folder;
    std::string_view key;
    Provider provider;
    std::string_view undatedFileDate; ///< for files that carry no date (the AWS pivot)
    std::string_view description;
};

constexpr std::array sourceGroups{
    SourceGroup{"aws/quinnypig-aws-price-watcher/raw/", "F-AWSPP25", Provider::Aws, "",
                "AWS pricing-page data files ('meteredUnitMaps' JSON, "
                "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/<service>/USD/current/"
                "<service>.json) published 2025-03-07 to 2025-06-17 (each row's effectiveDate is "
                "its file's manifest.hawkFilePublicationDate), as scraped in "
                "QuinnyPig/aws-price-watcher raw/ at commit a6645eb2e53e (2025-06-18, MIT)."},
    SourceGroup{"aws/quinnypig-aws-price-watcher/raw-20250420/", "F-AWSPP25EC", Provider::Aws, "",
                "AWS pricing-page data file for ElastiCache ('meteredUnitMaps' JSON, "
                "hawkFilePublicationDate 2025-03-14) from QuinnyPig/aws-price-watcher "
                "raw/elasticache.json at commit 6fabc2020ccf (2025-04-20, MIT)."},
    SourceGroup{"aws/quinnypig-aws-price-watcher/processed/datatransfer.json", "F-AWSDT25",
                Provider::Aws, "2025-06-18",
                "The AWS data-transfer pricing page's data as pivoted by "
                "QuinnyPig/aws-price-watcher processed/datatransfer.json at commit a6645eb2e53e "
                "(derived 2025-06-18, the date these rows carry; MIT): internet egress tiers per "
                "region and the inter-region matrix ('DataTransfer InterRegion Outbound to ...')."},
    SourceGroup{"azure/arturo-quiroga-msft-azure-architecture-diagram-builder/", "F-AZRP26",
                Provider::Azure, "",
                "Azure Retail Prices API responses (all pages, api-version 2023-01-01-preview, "
                "priceType Consumption) for 14 regions and Front Door (global), snapshot "
                "2026-08-15, from Arturo-Quiroga-MSFT/azure-architecture-diagram-builder "
                "src/data/pricing at commit 31f894ae29cc (MIT); each row's effectiveDate is the "
                "item's effectiveStartDate."},
    SourceGroup{"gcp/mooncitizen-togen/", "F-GCPSKU26", Provider::Gcp, "",
                "Cloud Billing Catalog API skus pages (Cloud Run, Memorystore for Redis; "
                "effectiveTime 2026-08-01) from mooncitizen/togen internal/cost/cmd/testdata at "
                "commit 8e771a5bea42 (Apache-2.0)."},
    SourceGroup{"gcp/cyclenerd-google-cloud-pricing-cost-calculator/pricing.yml", "F-GCPYML26",
                Provider::Gcp, "",
                "pricing.yml of Cyclenerd/google-cloud-pricing-cost-calculator at commit "
                "fd66b26ff84f (generated 2026-07-30 from the Cloud Billing Catalog SKUs, "
                "Apache-2.0): Cloud Storage per class and region, internet egress tiers per "
                "source region (the 'to Americas' SKU, which the generator applies to every "
                "destination but China and Australia, and those two)."},
};

const SourceGroup* groupOf(const std::string& relative)
{
    const auto it =
        std::find_if(sourceGroups.begin(), sourceGroups.end(),
                     [&](const SourceGroup& g) { return relative.starts_with(g.folder); });
    return it == sourceGroups.end() ? nullptr : &*it;
}

/// The price files under `root` the importers read, in path order (reproducible).
std::vector<std::pair<std::filesystem::path, const SourceGroup*>>
priceFiles(const std::filesystem::path& root)
{
    std::vector<std::pair<std::filesystem::path, const SourceGroup*>> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        const auto extension = it->path().extension();
        if (!it->is_regular_file() || (extension != ".json" && extension != ".yml"))
            continue;
        const auto relative = it->path().lexically_relative(root).generic_string();
        const auto name = it->path().filename().string();
        // Listings and inventories, not prices.
        if (name == "_service_list.json" || name == "snapshot-manifest.json")
            continue;
        if (const auto* group = groupOf(relative))
            files.emplace_back(it->path(), group);
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        return a.first.generic_string() < b.first.generic_string();
    });
    return files;
}

Result<std::string> readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::Io, "cannot open the file", {path.string(), 0, 0, {}}};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

using Group = std::tuple<std::string, std::string, std::string>;

} // namespace

Result<BundledTable> buildBundledTable(const BundledTableInputs& inputs)
{
    std::error_code ec;
    std::filesystem::create_directories(inputs.workspace, ec);
    const auto scratch = inputs.workspace / "build-bundled-vocabulary.sqlite";
    std::filesystem::remove(scratch, ec);
    auto catalogue = PriceCatalogue::open(scratch);
    if (!catalogue)
        return catalogue.errors();
    auto vocabulary = loadImportVocabulary(catalogue.value());
    if (!vocabulary)
        return vocabulary.errors();

    const auto files = priceFiles(inputs.sources);
    if (files.empty())
        return Error{ErrorCode::Missing,
                     "no provider price file found under the sources folder",
                     {inputs.sources.string(), 0, 0, {}}};
    BundledTable out;
    std::map<Provider, std::vector<ImportedBand>> bands;
    std::set<std::string> usedSources;
    for (const auto& [path, group] : files) {
        vocabulary.value().undatedFileDate = std::string(group->undatedFileDate);
        auto read = readPriceFile(path, group->provider, vocabulary.value());
        if (!read)
            return read.errors();
        out.report.add(read.value().report);
        for (auto& band : read.value().bands) {
            band.row.source = std::string(group->key);
            bands[group->provider].push_back(std::move(band));
        }
    }
    std::vector<PriceRow> rows;
    for (auto& [provider, providerBands] : bands) {
        auto assembled = assembleRows(std::move(providerBands), out.report);
        if (!assembled)
            return assembled.errors();
        for (auto& row : assembled.value()) {
            usedSources.insert(row.source);
            rows.push_back(std::move(row));
        }
    }
    out.fileRows = rows.size();

    // Hand-kept rows only where no file prices the item in that region (and destination).
    auto handText = readText(inputs.handRows);
    if (!handText)
        return handText.errors();
    auto handRows = readPriceTableJson(handText.value());
    if (!handRows) {
        auto errors = handRows.errors();
        for (auto& e : errors)
            e.message = inputs.handRows.filename().string() + ": " + e.message;
        return errors;
    }
    const auto handDocument = nlohmann::json::parse(handText.value());
    std::set<Group> priced;
    for (const auto& row : rows)
        priced.emplace(row.key, row.region, row.toRegion);
    for (auto& row : handRows.value()) {
        if (priced.contains(Group{row.key, row.region, row.toRegion})) {
            ++out.handDropped;
            continue;
        }
        usedSources.insert(row.source);
        rows.push_back(std::move(row));
        ++out.handRows;
    }

    std::map<std::string, std::string> sources;
    for (const auto& group : sourceGroups) {
        if (usedSources.contains(std::string(group.key)))
            sources.emplace(group.key, group.description);
    }
    const auto handSources = handDocument.value("sources", nlohmann::json::object());
    for (const auto& [key, description] : handSources.items()) {
        if (usedSources.contains(key) && description.is_string())
            sources.emplace(key, description.get<std::string>());
    }
    std::sort(rows.begin(), rows.end(), [](const PriceRow& a, const PriceRow& b) {
        return std::tie(a.key, a.region, a.toRegion, a.tierStart) <
               std::tie(b.key, b.region, b.toRegion, b.tierStart);
    });
    std::string compiled;
    for (const auto& row : rows)
        compiled = std::max(compiled, row.effectiveDate);
    // The table must load as the application will load it.
    if (auto book = PriceBook::fromRows(rows, "bundled"); !book)
        return book.errors();
    out.json = writePriceTableJson(rows, sources, compiled);
    std::filesystem::remove(scratch, ec);
    return out;
}

} // namespace rs::pricing
