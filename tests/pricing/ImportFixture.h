#pragma once

#include "ResultChecks.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/CatalogueImport.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rs::test {

/// A sample price file: the provider files of shared/samples/pricing, copied into
/// tests/pricing/data/samples so a clean clone has them.
std::filesystem::path samplePath(const char* name);

/// A fresh, empty price catalogue in a temporary folder, for import tests.
class ImportFixture
{
public:
    ImportFixture();

    pricing::PriceCatalogue& catalogue() { return *m_catalogue; }
    const pricing::ImportVocabulary& vocabulary() const { return m_vocabulary; }
    std::filesystem::path path(const char* name) const;
    /// Writes `text` to a file in the temporary folder.
    std::filesystem::path write(const char* name, std::string_view text) const;

    /// Imports the files as a version of their own (no base version).
    Result<pricing::ImportOutcome> import(const std::vector<std::filesystem::path>& files);
    /// The rows of the version an import created.
    std::vector<PriceRow> rows(int versionId);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pricing::PriceCatalogue> m_catalogue;
    pricing::ImportVocabulary m_vocabulary;
};

/// The bytes of a file (a sample to edit into bad input).
std::string readAll(const std::filesystem::path& path);

/// `text` with the first `from` replaced by `to`; fatal when the text no longer holds `from`.
std::string replaced(std::string text, const std::string& from, const std::string& to);

/// The single error of a failed import, after checking that it stored nothing.
std::string failureOf(ImportFixture& fixture, const Result<pricing::ImportOutcome>& result);

/// The rows of `key` in `region` (to `toRegion`), by tier start.
std::vector<PriceRow> rowsOf(const std::vector<PriceRow>& rows, std::string_view key,
                             std::string_view region, std::string_view toRegion = {});

} // namespace rs::test
