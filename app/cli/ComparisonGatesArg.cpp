#include "ComparisonGatesArg.h"

#include <charconv>

namespace rs::cli {

std::optional<ComparisonGates> parseComparisonGates(std::string_view text)
{
    ComparisonGates gates;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        const auto name = text.substr(start, end - start);
        start = end + 1;
        if (name == "targets") {
            gates.targets = true;
        } else if (const auto severity = enumFromName<Severity>(name)) {
            gates.newFindingsAtOrAbove =
                std::min(gates.newFindingsAtOrAbove.value_or(*severity), *severity);
        } else if (name.starts_with("cost:") && name.ends_with('%')) {
            const auto digits = name.substr(5, name.size() - 6);
            double percent = -1.0;
            const auto parsed =
                std::from_chars(digits.data(), digits.data() + digits.size(), percent);
            if (parsed.ec != std::errc() || parsed.ptr != digits.data() + digits.size() ||
                percent < 0.0)
                return std::nullopt;
            gates.costGrowthPercentOver = percent;
        } else if (name.starts_with("cost:")) {
            const auto amount = Money::parse(name.substr(5));
            if (!amount || *amount < Money())
                return std::nullopt;
            gates.costGrowthOver = *amount;
        } else {
            return std::nullopt;
        }
    }
    return gates;
}

} // namespace rs::cli
