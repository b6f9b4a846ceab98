#include "CommandReview.h"

#include <algorithm>

namespace rs::cli {

std::optional<AnalysisGates> parseFailOn(std::string_view text,
                                         std::initializer_list<std::string_view> accepted)
{
    AnalysisGates gates;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        const auto name = text.substr(start, end - start);
        start = end + 1;
        if (std::find(accepted.begin(), accepted.end(), name) == accepted.end())
            return std::nullopt;
        if (name == "targets")
            gates.targets = true;
        else if (name == "unpriced")
            gates.unpriced = true;
        else if (const auto severity = enumFromName<Severity>(name))
            // Two severities: the lower one gates, as it fails on everything the other does.
            gates.findingsAtOrAbove =
                std::min(gates.findingsAtOrAbove.value_or(*severity), *severity);
        else
            return std::nullopt;
    }
    return gates;
}

Review commandReview(const Design& design, const Catalogues& catalogues, const std::string& file,
                     std::string_view bytes, const PriceBook* book, ReviewOptions options,
                     const ReviewPricing& pricing)
{
    options.fileName = file;
    options.appVersion = RS_VERSION;
    return buildReview(design, catalogues, bytes, book, options, pricing);
}

} // namespace rs::cli
