#include "PricingSupport.h"
#include "PricingVerbs.h"

#include <charconv>

namespace rs::cli::pricingcli {

int setDiscount(const ParsedArgs& a, CommandContext& context)
{
    const auto provider = providerNamed(a.positional[1]);
    const auto& text = a.positional[2];
    double percent = -1.0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), percent);
    if (!provider || parsed.ec != std::errc() || parsed.ptr != text.data() + text.size() ||
        percent < 0.0 || percent > 100.0) {
        context.err << "resilience pricing: discount takes a provider (aws, azure, gcp) and a "
                       "percent from 0 to 100, not \""
                    << a.positional[1] << " " << text << "\"\n";
        return ExitUsage;
    }
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    if (const auto done = catalogue->setDiscount(*provider, percent); !done) {
        printErrors(context.err, done.errors());
        return ExitUsage;
    }
    context.out << enumName(*provider) << ": "
                << (percent == 0.0 ? std::string("list prices, no discount")
                                   : text + " % off every list price")
                << "\n";
    return ExitOk;
}

int setOverride(const ParsedArgs& a, CommandContext& context)
{
    const auto& key = a.positional[1];
    const auto& region = a.positional[2];
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    if (a.has("--remove")) {
        if (a.positional.size() != 3) {
            context.err << "resilience pricing: override KEY REGION --remove takes no price\n";
            return ExitUsage;
        }
        if (const auto done = catalogue->removeOverride(key, region); !done) {
            printErrors(context.err, done.errors());
            return ExitUsage;
        }
        context.out << key << " in " << region << ": back to the list price\n";
        return ExitOk;
    }
    const auto price = a.positional.size() == 4 ? Money::parse(a.positional[3]) : std::nullopt;
    if (!price || *price < Money()) {
        context.err << "resilience pricing: override KEY REGION PRICE takes a price in USD per "
                       "unit, a plain decimal such as 0.0000015\n";
        return ExitUsage;
    }
    if (const auto done =
            catalogue->setOverride(key, region, *price, a.option("--note").value_or(""));
        !done) {
        printErrors(context.err, done.errors());
        return ExitUsage;
    }
    // Whether the list prices the item there decides what the override does: replace that price,
    // or add a custom row of its own.
    const auto book = catalogue->loadActivePriceBook();
    const auto rows = book ? book.value().rows(key, region) : std::span<const PriceRow>();
    const auto transferRows = book ? book.value().rows(key, region, "*") : rows;
    const auto& priced = rows.empty() ? transferRows : rows;
    const bool custom = !priced.empty() && priced.front().source == customPriceSource;
    context.out << key << " in " << region << ": " << price->toString(12) << " USD per "
                << (priced.empty() ? std::string("unit") : priced.front().unit)
                << (custom ? ", a custom price (the list has none there)\n"
                           : " replaces the list price\n");
    return ExitOk;
}

} // namespace rs::cli::pricingcli
