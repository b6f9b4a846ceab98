#include "pricing/import/CatalogueImport.h"

#include "RowAssembler.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace rs::pricing {

namespace {

using Group = std::tuple<std::string, std::string, std::string>;

Group groupOf(const PriceRow& row)
{
    return {row.key, row.region, row.toRegion};
}

/// The version whose rows fill in what the files lack: the one asked for, else the provider's
/// active version; none when asked for none or when the provider has none yet.
Result<std::optional<int>> baseVersionFor(PriceCatalogue& catalogue, Provider provider,
                                          const ImportOptions& options)
{
    if (options.baseVersion && *options.baseVersion == 0)
        return std::optional<int>{};
    auto versions = catalogue.versions();
    if (!versions)
        return versions.errors();
    for (const auto& v : versions.value()) {
        const bool wanted = options.baseVersion
                                ? v.id == *options.baseVersion
                                : v.provider == provider && v.status == VersionStatus::Active;
        if (!wanted)
            continue;
        if (v.provider != provider)
            return Error{ErrorCode::Inconsistent,
                         "the base version " + std::to_string(v.id) + " holds " +
                             std::string(enumName(v.provider)) + " prices, the files " +
                             std::string(enumName(provider)) + " prices",
                         {"/versions/" + std::to_string(v.id), 0, 0, {}}};
        return std::optional<int>{v.id};
    }
    if (options.baseVersion)
        return Error{ErrorCode::Missing,
                     "there is no catalogue version " + std::to_string(*options.baseVersion),
                     {"/versions/" + std::to_string(*options.baseVersion), 0, 0, {}}};
    return std::optional<int>{};
}

} // namespace

Result<ImportOutcome> storeImports(PriceCatalogue& catalogue,
                                   const std::vector<PriceFileImport>& imports,
                                   const ImportOptions& options, const ImportControl& control)
{
    if (imports.empty())
        return Error{ErrorCode::Missing, "no price file to import", {}};
    const auto provider = options.provider.value_or(imports.front().provider());
    ImportOutcome outcome;
    std::vector<ImportedBand> bands;
    std::string formats;
    for (const auto& file : imports) {
        if (file.provider() != provider)
            return Error{ErrorCode::Inconsistent,
                         "holds " + std::string(enumName(file.provider())) +
                             " prices; one import takes the files of one provider (" +
                             std::string(enumName(provider)) + ")",
                         {file.file, 0, 0, {}}};
        outcome.report.add(file.report);
        bands.insert(bands.end(), file.bands.begin(), file.bands.end());
        const auto format = std::string(enumName(file.format));
        if (formats.find(format) == std::string::npos)
            formats += (formats.empty() ? "" : "+") + format;
    }
    auto rows = assembleRows(std::move(bands), outcome.report);
    if (!rows)
        return rows.errors();
    if (rows.value().empty())
        return Error{ErrorCode::Missing,
                     "the files hold no price of an item and region the catalogues use (" +
                         outcome.report.toText(3) + ")",
                     {outcome.report.files.front(), 0, 0, {}}};

    VersionInfo info;
    info.provider = provider;
    info.format = formats;
    for (const auto& row : rows.value())
        info.effectiveDate = std::max(info.effectiveDate, row.effectiveDate);

    auto base = baseVersionFor(catalogue, provider, options);
    if (!base)
        return base.errors();
    if (base.value()) {
        auto baseRows = catalogue.versionRows(*base.value());
        if (!baseRows)
            return baseRows.errors();
        std::set<Group> imported;
        for (const auto& row : rows.value())
            imported.insert(groupOf(row));
        for (auto& row : baseRows.value()) {
            if (!imported.contains(groupOf(row))) {
                rows.value().push_back(std::move(row));
                ++outcome.report.rowsCarriedOver;
            }
        }
        info.note = "items the files do not price carried over from version " +
                    std::to_string(*base.value());
    }

    std::string files;
    for (const auto& f : outcome.report.files)
        files += (files.empty() ? "" : ", ") + f;
    info.source = options.source.empty() ? files : options.source;
    info.status = options.activate ? VersionStatus::Active : VersionStatus::Inactive;
    info.report = outcome.report.toJson();
    // Past the last byte of the files: say what the wait is for rather than sit at 100 %.
    control.report({"storing " + std::to_string(rows.value().size()) + " price rows", 0, 0, 0});
    auto id = catalogue.importVersion(rows.value(), info);
    if (!id)
        return id.errors();
    outcome.versionId = id.value();
    return outcome;
}

Result<ImportOutcome> importPriceFiles(PriceCatalogue& catalogue,
                                       const std::vector<std::filesystem::path>& files,
                                       const ImportOptions& options, const ImportControl& control)
{
    auto vocabulary = loadImportVocabulary(catalogue);
    if (!vocabulary)
        return vocabulary.errors();
    vocabulary.value().undatedFileDate = options.undatedFileDate;
    std::vector<PriceFileImport> imports;
    for (const auto& file : files) {
        auto read = readPriceFile(file, options.provider, vocabulary.value(), control);
        if (!read)
            return read.errors();
        imports.push_back(std::move(read).value());
    }
    return storeImports(catalogue, imports, options, control);
}

} // namespace rs::pricing
