#pragma once

#include "core/Result.h"
#include "pricing/import/ImportReport.h"

#include <filesystem>
#include <string>

namespace rs::pricing {

/// What `resilience pricing build-bundled` reads.
struct BundledTableInputs
{
    std::filesystem::path sources;   ///< ../shared/pricing-sources: the providers' raw files
    std::filesystem::path handRows;  ///< resources/pricing/hand-rows.json: rows no file covers
    std::filesystem::path workspace; ///< a folder for the scratch catalogue (its vocabulary)
};

/// The table and how it was made.
struct BundledTable
{
    std::string json;            ///< the bundled table, docs/pricing-data.md format
    ImportReport report;         ///< what the importers read, kept and skipped, over all files
    std::size_t fileRows = 0;    ///< rows from the providers' files
    std::size_t handRows = 0;    ///< hand-kept rows used
    std::size_t handDropped = 0; ///< hand rows dropped because a file prices their item
};

/// Rebuilds the bundled price table from the providers' files with the project's own
/// importers, plus the hand-kept rows for items and regions no file prices. The same inputs
/// give the same bytes: files are read in path order, rows are sorted, and the only dates are
/// the inputs' own.
Result<BundledTable> buildBundledTable(const BundledTableInputs& inputs);

} // namespace rs::pricing
