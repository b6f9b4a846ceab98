#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// A published document the rules, the resilience model and the assumptions cite by id ("S52").
struct ReferenceSource
{
    std::string_view id;
    std::string_view title;
    std::string_view link; ///< the web address the source list gives; empty when it gives none
};

/// Every source of the resilience model's source list, in id order.
std::span<const ReferenceSource> referenceSources();
const ReferenceSource* findReferenceSource(std::string_view id);

/// The reference source ids a citation names, in the order it names them, each once: "S52",
/// "S1-S5" and "S13–S15" (ranges name every id between), within any text.
std::vector<std::string> citedReferenceIds(std::string_view text);

} // namespace rs
