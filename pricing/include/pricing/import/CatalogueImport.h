#pragma once

#include "core/Result.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/PriceFileImport.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rs::pricing {

/// How imported prices become a catalogue version.
struct ImportOptions
{
    std::optional<Provider> provider; ///< checked against every file when set
    /// The version whose rows are carried over for the items and regions the files do not
    /// price: nothing = the provider's active version, 0 = none (the files alone).
    std::optional<int> baseVersion;
    bool activate = false;
    std::string source; ///< what the version says it came from; default: the file names
    /// The date of the prices for files that carry none (the AWS pricing pivot), ISO.
    std::string undatedFileDate;
};

/// The version an import created and what it read.
struct ImportOutcome
{
    int versionId = 0;
    ImportReport report;
};

/// Puts the bands of several files of one provider together (tiers, free allowances,
/// duplicates), carries over the base version's other rows and stores the result as one new
/// version in one transaction. On any error nothing is stored and the active version stays.
/// `control` hears one "storing" stage (no byte count) once the files are read and put together.
Result<ImportOutcome> storeImports(PriceCatalogue& catalogue,
                                   const std::vector<PriceFileImport>& imports,
                                   const ImportOptions& options, const ImportControl& control = {});

/// readPriceFile() for each file, then storeImports().
Result<ImportOutcome> importPriceFiles(PriceCatalogue& catalogue,
                                       const std::vector<std::filesystem::path>& files,
                                       const ImportOptions& options,
                                       const ImportControl& control = {});

} // namespace rs::pricing
