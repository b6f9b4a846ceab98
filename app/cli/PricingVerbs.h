#pragma once

#include "Command.h"
#include "CommandLine.h"

namespace rs::cli::pricingcli {

/// `pricing import FILE... [--provider P] [--base V|none] [--activate]`
int importFiles(const ParsedArgs& args, CommandContext& context);
/// `pricing update --provider P [--base-url URL] [--region R,...] [--service S,...] ...`
int updateFromProvider(const ParsedArgs& args, CommandContext& context);
/// `pricing diff V1 V2 [--designs FILE...] [--limit N]`
int diffVersions(const ParsedArgs& args, CommandContext& context);

/// `pricing discount aws|azure|gcp PERCENT` (0 removes it)
int setDiscount(const ParsedArgs& args, CommandContext& context);
/// `pricing override KEY REGION PRICE [--note TEXT]` or `pricing override KEY REGION --remove`
int setOverride(const ParsedArgs& args, CommandContext& context);

/// `pricing push VERSION [--team URL] [--activate]`: a local version to the team's catalogue
int pushVersion(const ParsedArgs& args, CommandContext& context);
/// `pricing pull VERSION [--team URL] [--activate]`: a team version into the local catalogue
int pullVersion(const ParsedArgs& args, CommandContext& context);

/// `pricing coverage [--provider P] [--json|--markdown] [--strict-prices]`
int showCoverage(const ParsedArgs& args, CommandContext& context);

/// `pricing build-bundled --sources DIR --hand FILE --output FILE`: regenerates the bundled
/// price table from the providers' files (docs/pricing-data.md).
int buildBundled(const ParsedArgs& args, CommandContext& context);

} // namespace rs::cli::pricingcli
