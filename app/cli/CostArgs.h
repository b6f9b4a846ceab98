#pragma once

#include "Command.h"
#include "CommandLine.h"
#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"
#include "pricing/PriceCatalogue.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace rs::cli {

/// The options that shape a cost estimate (--hours-per-month, --strict-prices, --currency,
/// --rate, --rate-date),
/// shared by `estimate` and `review`, or why they are wrong.
std::variant<std::pair<CostOptions, DisplayCurrency>, std::string> costArgs(const ParsedArgs& a);

/// The price catalogue --catalog names (else the user's, created on first use) and the price
/// book of its active versions.
struct ActivePrices
{
    pricing::PriceCatalogue catalogue;
    PriceBook book;
};

/// Opens the prices for `command`, or prints why it cannot ("resilience COMMAND: ...").
std::optional<ActivePrices> openActivePrices(const ParsedArgs& a, CommandContext& context,
                                             std::string_view command);

} // namespace rs::cli
