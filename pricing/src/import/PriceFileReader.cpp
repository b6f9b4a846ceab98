#include "Readers.h"
#include "TrackedInput.h"
#include "core/RegionCatalogue.h"
#include "pricing/import/PriceFileImport.h"
#include "resources/BuiltinResources.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>

namespace rs::pricing {

namespace {

/// Root keys of each JSON format, found in its first few hundred bytes.
constexpr std::array<std::pair<std::string_view, PriceFileFormat>, 11> rootKeys{{
    {"offerCode", PriceFileFormat::AwsOfferJson},
    {"formatVersion", PriceFileFormat::AwsOfferJson},
    {"products", PriceFileFormat::AwsOfferJson},
    {"BillingCurrency", PriceFileFormat::AzureRetail},
    {"Items", PriceFileFormat::AzureRetail},
    {"NextPageLink", PriceFileFormat::AzureRetail},
    {"skus", PriceFileFormat::GcpSkus},
    {"nextPageToken", PriceFileFormat::GcpSkus},
    {"skuId", PriceFileFormat::GcpSkus},
    {"manifest", PriceFileFormat::AwsPricingPage},
    {"hawkFilePublicationDate", PriceFileFormat::AwsPricingPage},
}};

/// A pivot table of a pricing page: {"<metric>": {"<region ...>": "<price>", ...}, ...}. It
/// has no key of its own, so it is told by its shape: an object of objects of text.
bool looksLikePivot(std::string_view head, std::size_t first)
{
    std::size_t at = first + 1;
    const auto skipSpace = [&] {
        while (at < head.size() &&
               std::string_view(" \t\r\n").find(head[at]) != std::string_view::npos)
            ++at;
    };
    const auto skipString = [&] {
        if (at >= head.size() || head[at] != '"')
            return false;
        for (++at; at < head.size() && head[at] != '"'; ++at) {
            if (head[at] == '\\')
                ++at;
        }
        return ++at <= head.size();
    };
    const auto expect = [&](char c) {
        skipSpace();
        return at < head.size() && head[at++] == c;
    };
    skipSpace();
    if (!skipString() || !expect(':') || !expect('{'))
        return false;
    skipSpace();
    if (!skipString() || !expect(':'))
        return false;
    skipSpace();
    return at < head.size() && head[at] == '"';
}

} // namespace

Provider providerOf(PriceFileFormat format)
{
    switch (format) {
    case PriceFileFormat::AwsOfferJson:
    case PriceFileFormat::AwsOfferCsv:
        return Provider::Aws;
    case PriceFileFormat::AzureRetail:
        return Provider::Azure;
    case PriceFileFormat::GcpSkus:
    case PriceFileFormat::GcpPricingYaml:
        return Provider::Gcp;
    case PriceFileFormat::AwsPricingPage:
    case PriceFileFormat::AwsPricingPivot:
        return Provider::Aws;
    }
    return Provider::Aws;
}

bool ImportVocabulary::knowsRegion(Provider provider, const std::string& code) const
{
    return regions.contains(std::pair{provider, code});
}

Result<ImportVocabulary> loadImportVocabulary(PriceCatalogue& catalogue)
{
    auto units = catalogue.unitAliases();
    if (!units)
        return units.errors();
    auto map = catalogue.regionMap();
    if (!map)
        return map.errors();
    ImportVocabulary vocabulary;
    for (auto& [alias, unit] : units.value())
        vocabulary.units.emplace(std::move(alias), std::move(unit));
    for (const auto& region : map.value()) {
        vocabulary.regions.emplace(region.provider, region.code);
        if (region.provider == Provider::Aws)
            vocabulary.awsRegionByLocation.emplace(region.priceLocation, region.code);
    }
    // Multi-region membership is a fact of the built-in region catalogue, not of the price
    // catalogue's stored region map (which keeps one price location per region).
    auto builtIn = RegionCatalogue::fromJson(resources::regionCatalogueJson());
    if (!builtIn)
        return builtIn.errors();
    for (const auto& region : builtIn.value().regions()) {
        if (region.provider != Provider::Gcp)
            continue;
        for (const auto& name : region.priceNames)
            vocabulary.gcpRegionsInLocation.emplace(name, region.code);
    }
    return vocabulary;
}

Result<PriceFileFormat> detectPriceFileFormat(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::Io, "cannot open the price file", {path.string(), 0, 0, {}}};
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.starts_with("\xEF\xBB\xBF"))
        head.erase(0, 3);
    const auto first = head.find_first_not_of(" \t\r\n");
    const Location where{path.filename().string(), 1, 1, {}};
    if (first == std::string::npos)
        return Error{ErrorCode::Syntax, "the file is empty", where};
    if (head.compare(first, 16, "\"FormatVersion\",") == 0 ||
        head.compare(first, 6, "\"SKU\",") == 0)
        return PriceFileFormat::AwsOfferCsv;
    // The derived YAML opens with its document marker or its `about:` block.
    if (head.compare(first, 4, "---\n") == 0 || head.compare(first, 6, "about:") == 0)
        return PriceFileFormat::GcpPricingYaml;
    if (head[first] == '{') {
        // The first root key that belongs to a format decides.
        std::size_t best = std::string::npos;
        std::optional<PriceFileFormat> found;
        for (const auto& [key, format] : rootKeys) {
            if (const auto at = head.find("\"" + std::string(key) + "\""); at < best) {
                best = at;
                found = format;
            }
        }
        if (found)
            return *found;
        if (looksLikePivot(head, first))
            return PriceFileFormat::AwsPricingPivot;
    }
    return Error{ErrorCode::UnknownKind,
                 "not a price file this importer reads: expected an AWS offer file (JSON or "
                 "CSV), an AWS pricing-page data file, an Azure Retail Prices page, a Google "
                 "Cloud Billing Catalog SKU page or a google-cloud-pricing-cost-calculator "
                 "pricing.yml",
                 where};
}

Result<PriceFileImport> readPriceFile(const std::filesystem::path& path,
                                      std::optional<Provider> expected,
                                      const ImportVocabulary& vocabulary,
                                      const ImportControl& control)
{
    auto input = TrackedInput::open(path, control);
    if (!input)
        return input.errors();
    if (input.value()->size() == 0)
        return Error{ErrorCode::Syntax, "the file is empty", {path.filename().string(), 0, 0, {}}};
    auto format = detectPriceFileFormat(path);
    if (!format)
        return format.errors();
    if (expected && providerOf(format.value()) != *expected)
        return Error{ErrorCode::Inconsistent,
                     "this is " + std::string(readers::formatDescription(format.value())) +
                         ", not a price file of " + std::string(enumName(*expected)),
                     {path.filename().string(), 0, 0, {}}};
    auto& tracked = *input.value();
    switch (format.value()) {
    case PriceFileFormat::AwsOfferJson:
        return readers::awsOfferJson(tracked, vocabulary);
    case PriceFileFormat::AwsOfferCsv:
        return readers::awsOfferCsv(tracked, vocabulary);
    case PriceFileFormat::AzureRetail:
        return readers::azureRetail(tracked, vocabulary);
    case PriceFileFormat::GcpSkus:
        return readers::gcpSkus(tracked, vocabulary);
    case PriceFileFormat::AwsPricingPage:
        return readers::awsPricingPage(tracked, vocabulary);
    case PriceFileFormat::AwsPricingPivot:
        return readers::awsPricingPivot(tracked, vocabulary);
    case PriceFileFormat::GcpPricingYaml:
        return readers::gcpPricingYaml(tracked, vocabulary);
    }
    return Error{ErrorCode::UnknownKind, "unknown price file format", {path.string(), 0, 0, {}}};
}

namespace readers {

std::string_view formatDescription(PriceFileFormat format)
{
    switch (format) {
    case PriceFileFormat::AwsOfferJson:
        return "an AWS offer file (JSON)";
    case PriceFileFormat::AwsOfferCsv:
        return "an AWS offer file (CSV)";
    case PriceFileFormat::AzureRetail:
        return "an Azure Retail Prices page";
    case PriceFileFormat::GcpSkus:
        return "a Google Cloud Billing Catalog SKU page";
    case PriceFileFormat::AwsPricingPage:
        return "an AWS pricing-page data file";
    case PriceFileFormat::AwsPricingPivot:
        return "an AWS pricing-page pivot table";
    case PriceFileFormat::GcpPricingYaml:
        return "a google-cloud-pricing-cost-calculator pricing.yml";
    }
    return {};
}

std::vector<std::pair<std::string_view, std::string_view>> foreignKeysOf(PriceFileFormat format)
{
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (const auto& [key, owner] : rootKeys) {
        if (owner != format && key != "skuId")
            out.emplace_back(key, formatDescription(owner));
    }
    return out;
}

Error cancelledError(const TrackedInput& input)
{
    return {ErrorCode::Io, cancelledMessage, {input.fileName(), 0, 0, {}}};
}

Error jsonSyntaxError(const TrackedInput& input, std::size_t position, const std::string& lastToken,
                      const std::exception& ex, const std::string& where)
{
    if (input.wasCancelled())
        return cancelledError(input);
    std::string what = ex.what();
    if (const auto colon = what.find(": "); colon != std::string::npos)
        what.erase(0, colon + 2);
    const bool truncated = position >= input.size() || lastToken.empty();
    return input.error(ErrorCode::Syntax,
                       (truncated ? "the file ends in the middle of the JSON (is it truncated?): "
                                  : "malformed JSON: ") +
                           what + where,
                       position > 0 ? position - 1 : 0);
}

PriceFileImport importOf(PriceFileFormat format, const TrackedInput& input)
{
    PriceFileImport out;
    out.format = format;
    out.file = input.fileName();
    out.report.files.push_back(out.file);
    return out;
}

Result<PriceFileImport> readItemPage(TrackedInput& input, PriceFileFormat format,
                                     std::string_view arrayKey, const char* nextPageKey,
                                     const JsonItemStream::ItemHandler& onItem,
                                     PriceFileImport& out)
{
    const JsonItemStream::Expectation expectation{arrayKey, formatDescription(format),
                                                  foreignKeysOf(format)};
    auto header = JsonItemStream::read(input, expectation, onItem);
    if (!header)
        return header.errors();
    if (const auto it = header.value().find(nextPageKey);
        it != header.value().end() && it->is_string())
        out.nextPage = it->get<std::string>();
    out.report.recordsRead = out.report.recordsKept + out.report.skippedCount();
    return std::move(out);
}

} // namespace readers

} // namespace rs::pricing
