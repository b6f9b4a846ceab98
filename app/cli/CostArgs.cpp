#include "CostArgs.h"

#include <charconv>

namespace rs::cli {

std::variant<std::pair<CostOptions, DisplayCurrency>, std::string> costArgs(const ParsedArgs& a)
{
    CostOptions options;
    options.strictPrices = a.has("--strict-prices");
    if (const auto hours = a.option("--hours-per-month")) {
        const auto* end = hours->data() + hours->size();
        double value = 0.0;
        const auto parsed = std::from_chars(hours->data(), end, value);
        if (parsed.ec != std::errc() || parsed.ptr != end ||
            value < assumption_limits::minHoursPerMonth ||
            value > assumption_limits::maxHoursPerMonth)
            return "--hours-per-month takes the hours of a billing month, 672 to 744, not \"" +
                   *hours + "\"";
        options.hoursPerMonth = value;
    }
    // Either flag overrides the design's freeTiers assumption; without one the file decides.
    if (a.has("--free-tiers") && a.has("--no-free-tiers"))
        return std::string("--free-tiers and --no-free-tiers contradict each other");
    if (a.has("--free-tiers"))
        options.freeTiers = true;
    else if (a.has("--no-free-tiers"))
        options.freeTiers = false;
    const auto code = a.option("--currency");
    const auto rate = a.option("--rate");
    if (code.has_value() != rate.has_value() && !(code && *code == "USD"))
        return std::string("--currency and --rate go together");
    if (!code && a.option("--rate-date"))
        return std::string("--rate-date needs --currency and --rate");
    DisplayCurrency currency;
    if (code) {
        auto made =
            DisplayCurrency::make(*code, rate.value_or("1"), a.option("--rate-date").value_or(""));
        if (!made)
            return made.errors().front().message;
        currency = made.value();
    }
    return std::pair{options, currency};
}

std::optional<ActivePrices> openActivePrices(const ParsedArgs& a, CommandContext& context,
                                             std::string_view command)
{
    const auto catalogOption = a.option("--catalog");
    auto catalogue = pricing::PriceCatalogue::openOrCreate(
        catalogOption ? std::filesystem::path(*catalogOption) : pricing::defaultCataloguePath());
    auto book =
        catalogue ? catalogue.value().loadActivePriceBook() : Result<PriceBook>(catalogue.errors());
    if (!book) {
        for (const auto& e : book.errors())
            context.err << "resilience " << command << ": " << e.toString() << "\n";
        return std::nullopt;
    }
    return ActivePrices{std::move(catalogue).value(), std::move(book).value()};
}

} // namespace rs::cli
