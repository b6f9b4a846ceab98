#include "ImportFixture.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace rs::test {

std::filesystem::path samplePath(const char* name)
{
    return std::filesystem::path(RS_SOURCE_DIR) / "tests/pricing/data/samples" / name;
}

ImportFixture::ImportFixture()
{
    auto opened = pricing::PriceCatalogue::open(path("prices.sqlite"));
    if (!opened)
        qFatal("cannot create a test catalogue: %s", errorsOf(opened).constData());
    m_catalogue = std::make_unique<pricing::PriceCatalogue>(std::move(opened).value());
    auto vocabulary = pricing::loadImportVocabulary(*m_catalogue);
    if (!vocabulary)
        qFatal("cannot read the import vocabulary: %s", errorsOf(vocabulary).constData());
    m_vocabulary = std::move(vocabulary).value();
}

std::filesystem::path ImportFixture::path(const char* name) const
{
    return std::filesystem::path(m_dir.path().toStdString()) / name;
}

std::filesystem::path ImportFixture::write(const char* name, std::string_view text) const
{
    const auto file = path(name);
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

Result<pricing::ImportOutcome>
ImportFixture::import(const std::vector<std::filesystem::path>& files)
{
    pricing::ImportOptions options;
    options.baseVersion = 0;
    return pricing::importPriceFiles(*m_catalogue, files, options);
}

std::vector<PriceRow> ImportFixture::rows(int versionId)
{
    auto rows = m_catalogue->versionRows(versionId);
    if (!rows)
        qFatal("cannot read version %d: %s", versionId, errorsOf(rows).constData());
    return std::move(rows).value();
}

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("the sample no longer holds %s", from.c_str());
    return text.replace(at, from.size(), to);
}

std::string failureOf(ImportFixture& fixture, const Result<pricing::ImportOutcome>& result)
{
    if (result.ok())
        qFatal("the import should have failed");
    const auto versions = fixture.catalogue().versions();
    if (!versions || !versions.value().empty())
        qFatal("a failed import stored a version");
    return result.errors().front().toString();
}

std::vector<PriceRow> rowsOf(const std::vector<PriceRow>& rows, std::string_view key,
                             std::string_view region, std::string_view toRegion)
{
    std::vector<PriceRow> out;
    for (const auto& row : rows) {
        if (row.key == key && row.region == region && row.toRegion == toRegion)
            out.push_back(row);
    }
    std::sort(out.begin(), out.end(),
              [](const PriceRow& a, const PriceRow& b) { return a.tierStart < b.tierStart; });
    return out;
}

} // namespace rs::test
