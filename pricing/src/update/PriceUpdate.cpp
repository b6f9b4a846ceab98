#include "pricing/update/PriceUpdate.h"

#include "HttpDownloader.h"
#include "import/KeyMap.h"

#include <QTemporaryDir>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace rs::pricing {

namespace {

using json = nlohmann::json;

/// The files an update downloaded and read, and where they go.
class UpdateRun
{
public:
    UpdateRun(const UpdateOptions& options, const ImportVocabulary& vocabulary,
              const ImportControl& control, std::filesystem::path folder)
        : m_options(options)
        , m_vocabulary(vocabulary)
        , m_control(control)
        , m_folder(std::move(folder))
        , m_base(options.baseUrl.empty() ? defaultUpdateUrl(options.provider) : options.baseUrl)
        , m_limits{std::chrono::steady_clock::now() + options.deadline, options.deadline,
                   options.maxDownloadBytes}
    {
        while (!m_base.empty() && m_base.back() == '/')
            m_base.pop_back();
    }

    std::vector<PriceFileImport> imports;
    ImportReport missing; ///< offer files a service does not publish for a region

    /// A URL of the index documents: absolute, or a path on the base URL.
    std::string resolve(const std::string& url) const
    {
        if (url.starts_with("http://") || url.starts_with("https://"))
            return url;
        return m_base + (url.starts_with('/') ? "" : "/") + url;
    }

    /// The path and query of a NextPageLink on the base URL, so a mirror keeps serving it.
    std::string rebase(const std::string& link) const
    {
        const QUrl url(QString::fromStdString(link));
        if (!url.isValid() || url.isRelative())
            return resolve(link);
        return m_base + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toStdString();
    }

    Result<json> document(const std::string& url, const std::string& stage)
    {
        auto text = HttpDownloader::toText(url, m_control, stage, m_limits);
        if (!text)
            return text.errors();
        auto parsed = json::parse(text.value(), nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object())
            return Error{ErrorCode::Syntax,
                         "the server did not send a JSON object",
                         {HttpDownloader::masked(url), 0, 0, {}}};
        return parsed;
    }

    /// Downloads one price file and reads it; returns its next page, if any.
    Result<std::string> fetch(const std::string& url, const std::string& name,
                              const std::string& stage)
    {
        const auto file = m_folder / name;
        if (auto done = HttpDownloader::toFile(url, file, m_control, stage, m_limits); !done)
            return done.errors();
        auto read = readPriceFile(file, m_options.provider, m_vocabulary, m_control);
        if (!read) {
            auto errors = read.errors();
            // A cancellation says only that (ImportControl.h); other errors say where from.
            for (auto& e : errors) {
                if (e.message != cancelledMessage)
                    e.message += " (downloaded from " + HttpDownloader::masked(url) + ")";
            }
            return errors;
        }
        auto next = read.value().nextPage;
        imports.push_back(std::move(read).value());
        return next;
    }

    std::vector<std::string> regions() const
    {
        if (!m_options.regions.empty())
            return m_options.regions;
        std::vector<std::string> out;
        for (const auto& [provider, code] : m_vocabulary.regions) {
            if (provider == m_options.provider)
                out.push_back(code);
        }
        return out;
    }

    template <typename Known> std::vector<std::string> services(const Known& known) const
    {
        if (!m_options.services.empty())
            return m_options.services;
        return {known.begin(), known.end()};
    }

    const UpdateOptions& options() const { return m_options; }

private:
    const UpdateOptions& m_options;
    const ImportVocabulary& m_vocabulary;
    const ImportControl& m_control;
    std::filesystem::path m_folder;
    std::string m_base;
    DownloadLimits m_limits; ///< one deadline for the whole update
};

std::string percentEncoded(const std::string& text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(text))).toStdString();
}

Result<std::monostate> updateAws(UpdateRun& run)
{
    auto index = run.document(run.resolve("/offers/v1.0/aws/index.json"), "AWS offer index");
    if (!index)
        return index.errors();
    const auto wanted = run.regions();
    for (const auto& code : run.services(keymap::awsOfferCodes())) {
        const json::json_pointer at("/offers/" + code + "/currentRegionIndexUrl");
        if (!index.value().contains(at) || !index.value().at(at).is_string())
            return Error{ErrorCode::Missing,
                         "the AWS offer index has no region index for " + code,
                         {run.resolve("/offers/v1.0/aws/index.json"), 0, 0, {}}};
        const auto regionIndexUrl = run.resolve(index.value().at(at).get<std::string>());
        auto regionIndex = run.document(regionIndexUrl, code + " region index");
        if (!regionIndex)
            return regionIndex.errors();
        for (const auto& region : wanted) {
            const json::json_pointer file("/regions/" + region + "/currentVersionUrl");
            if (!regionIndex.value().contains(file) || !regionIndex.value().at(file).is_string()) {
                run.missing.skip("no offer file of the service for the region",
                                 [&] { return code + " " + region; });
                continue;
            }
            const auto url = run.resolve(regionIndex.value().at(file).get<std::string>());
            if (auto done = run.fetch(url, code + "-" + region + ".offer",
                                      "downloading " + code + " " + region);
                !done)
                return done.errors();
        }
    }
    return std::monostate{};
}

Result<std::monostate> updatePaged(UpdateRun& run, const std::string& service, std::string url,
                                   bool nextIsToken)
{
    const auto first = url;
    for (int page = 0;; ++page) {
        if (page >= run.options().maxPages)
            return Error{ErrorCode::TooLarge,
                         "more than " + std::to_string(run.options().maxPages) +
                             " pages: stopped (does the server loop?)",
                         {HttpDownloader::masked(first), 0, 0, {}}};
        std::string name = service + "-page" + std::to_string(page + 1) + ".json";
        std::replace_if(
            name.begin(), name.end(), [](char c) { return c == '/' || c == ' '; }, '_');
        auto next =
            run.fetch(url, name, "downloading " + service + " page " + std::to_string(page + 1));
        if (!next)
            return next.errors();
        if (next.value().empty())
            return std::monostate{};
        url = nextIsToken ? first + "&pageToken=" + percentEncoded(next.value())
                          : run.rebase(next.value());
    }
}

Result<std::monostate> updateAzure(UpdateRun& run)
{
    std::string regionFilter;
    if (!run.options().regions.empty()) {
        for (const auto& region : run.options().regions)
            regionFilter +=
                (regionFilter.empty() ? "" : " or ") + ("armRegionName eq '" + region + "'");
        regionFilter = " and (" + regionFilter + ")";
    }
    for (const auto& service : run.services(keymap::azureServiceNames())) {
        // Filter values are case-sensitive since api-version 2023-01-01-preview.
        const auto filter =
            "serviceName eq '" + service + "' and priceType eq 'Consumption'" + regionFilter;
        const auto url = run.resolve("/api/retail/prices?api-version=2023-01-01-preview&$filter=" +
                                     percentEncoded(filter));
        if (auto done = updatePaged(run, service, url, false); !done)
            return done;
    }
    return std::monostate{};
}

Result<std::monostate> updateGcp(UpdateRun& run)
{
    if (run.options().apiKey.empty())
        return Error{ErrorCode::Missing,
                     "the Cloud Billing Catalog API needs an API key: pass --api-key KEY or set "
                     "RS_GCP_API_KEY (docs/price-import.md says how to get one)",
                     {"gcp", 0, 0, {}}};
    for (const auto& service : run.services(keymap::gcpServiceIds())) {
        const auto url =
            run.resolve("/v1/services/" + service + "/skus?currencyCode=USD&pageSize=5000&key=" +
                        percentEncoded(run.options().apiKey));
        if (auto done = updatePaged(run, service, url, true); !done)
            return done;
    }
    return std::monostate{};
}

} // namespace

std::string defaultUpdateUrl(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return "https://pricing.us-east-1.amazonaws.com";
    case Provider::Azure:
        return "https://prices.azure.com";
    case Provider::Gcp:
        return "https://cloudbilling.googleapis.com";
    case Provider::Neutral:
        break;
    }
    return {};
}

Result<ImportOutcome> updatePrices(PriceCatalogue& catalogue, const UpdateOptions& options,
                                   const ImportControl& control)
{
    if (options.provider == Provider::Neutral)
        return Error{ErrorCode::Range, "provider-neutral services publish no price files", {}};
    auto vocabulary = loadImportVocabulary(catalogue);
    if (!vocabulary)
        return vocabulary.errors();
    QTemporaryDir temporary;
    auto folder = options.downloadFolder;
    if (folder.empty()) {
        if (!temporary.isValid())
            return Error{ErrorCode::Io, "cannot create a temporary folder for the downloads", {}};
        folder = temporary.path().toStdString();
    } else {
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
    }
    UpdateRun run(options, vocabulary.value(), control, folder);
    Result<std::monostate> done = std::monostate{};
    switch (options.provider) {
    case Provider::Aws:
        done = updateAws(run);
        break;
    case Provider::Azure:
        done = updateAzure(run);
        break;
    case Provider::Gcp:
        done = updateGcp(run);
        break;
    case Provider::Neutral:
        break;
    }
    if (!done)
        return done.errors();
    auto importOptions = options.import;
    importOptions.provider = options.provider;
    if (importOptions.source.empty())
        importOptions.source =
            "online update from " + HttpDownloader::masked(options.baseUrl.empty()
                                                               ? defaultUpdateUrl(options.provider)
                                                               : options.baseUrl);
    if (!run.imports.empty())
        run.imports.front().report.add(run.missing); // so the stored report says it too
    return storeImports(catalogue, run.imports, importOptions, control);
}

} // namespace rs::pricing
