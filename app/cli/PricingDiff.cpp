#include "DesignInput.h"
#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "pricing/VersionDiff.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <limits>

namespace rs::cli::pricingcli {

namespace {

using pricing::PriceChange;

std::string_view kindName(PriceChange::Kind kind)
{
    switch (kind) {
    case PriceChange::Kind::Added:
        return "added";
    case PriceChange::Kind::Removed:
        return "removed";
    case PriceChange::Kind::Changed:
        return "changed";
    }
    return {};
}

std::string percentText(std::optional<double> percent)
{
    if (!percent)
        return "n/a";
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f %%", *percent);
    return text;
}

/// "0.0000002" without the trailing zeros of its 12 decimals.
std::string price(Money money)
{
    auto text = money.toString(12);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string band(const PriceRow& row)
{
    return row.key + " " + row.region + (row.toRegion.empty() ? "" : "->" + row.toRegion) + " [" +
           formatNumber(row.tierStart, 6) + ".." +
           (row.tierEnd ? formatNumber(*row.tierEnd, 6) : "") + "] per " + row.unit;
}

nlohmann::ordered_json changeJson(const PriceChange& c)
{
    const auto& row = c.kind == PriceChange::Kind::Removed ? c.before : c.after;
    nlohmann::ordered_json out{
        {"kind", kindName(c.kind)},
        {"key", row.key},
        {"region", row.region},
        {"toRegion", row.toRegion},
        {"unit", row.unit},
        {"tierStart", row.tierStart},
        {"tierEnd", row.tierEnd ? nlohmann::ordered_json(*row.tierEnd) : nlohmann::ordered_json()}};
    out["before"] = c.kind == PriceChange::Kind::Added
                        ? nlohmann::ordered_json()
                        : nlohmann::ordered_json(price(c.before.price));
    out["after"] = c.kind == PriceChange::Kind::Removed
                       ? nlohmann::ordered_json()
                       : nlohmann::ordered_json(price(c.after.price));
    out["percent"] = c.percent() ? nlohmann::ordered_json(*c.percent()) : nlohmann::ordered_json();
    return out;
}

} // namespace

int diffVersions(const ParsedArgs& a, CommandContext& context)
{
    const auto from = versionNumber(a.positional[1], context.err);
    const auto to = versionNumber(a.positional[2], context.err);
    if (!from || !to)
        return ExitUsage;
    std::vector<std::filesystem::path> designs;
    if (const auto first = a.option("--designs"))
        designs.emplace_back(*first);
    designs.insert(designs.end(), a.positional.begin() + 3, a.positional.end());
    if (designs.empty() && a.positional.size() > 3) {
        context.err
            << "resilience pricing: diff takes two versions; design files follow --designs\n";
        return ExitUsage;
    }
    std::size_t limit = 50;
    if (const auto text = a.option("--limit")) {
        if (text->empty() || text->find_first_not_of("0123456789") != std::string::npos) {
            context.err << "resilience pricing: --limit takes a number (0: all)\n";
            return ExitUsage;
        }
        limit = std::stoul(*text);
        if (limit == 0)
            limit = std::numeric_limits<std::size_t>::max();
    }
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const auto before = catalogue->version(*from);
    const auto after = catalogue->version(*to);
    if (!before || !after) {
        printErrors(context.err, before ? after.errors() : before.errors());
        return ExitUsage;
    }
    if (before.value().provider != after.value().provider) {
        context.err << "resilience pricing: version " << *from << " holds "
                    << enumName(before.value().provider) << " prices, version " << *to << " "
                    << enumName(after.value().provider) << " prices\n";
        return ExitUsage;
    }
    const auto diff = pricing::diffVersions(*catalogue, *from, *to);
    if (!diff) {
        printErrors(context.err, diff.errors());
        return ExitUsage;
    }
    const auto impact = pricing::designImpact(*catalogue, *from, *to, designs, context.catalogues);
    if (!impact) {
        printErrors(context.err, impact.errors());
        return ExitFailed;
    }

    const auto& d = diff.value();
    if (a.has("--json")) {
        nlohmann::ordered_json out{{"from", *from},
                                   {"to", *to},
                                   {"provider", enumName(before.value().provider)},
                                   {"added", d.count(PriceChange::Kind::Added)},
                                   {"removed", d.count(PriceChange::Kind::Removed)},
                                   {"changed", d.count(PriceChange::Kind::Changed)},
                                   {"unchanged", d.unchanged},
                                   {"changes", nlohmann::ordered_json::array()},
                                   {"designs", nlohmann::ordered_json::array()}};
        for (const auto& c : d.changes)
            out["changes"].push_back(changeJson(c));
        for (const auto& i : impact.value())
            out["designs"].push_back({{"file", i.file},
                                      {"name", i.name},
                                      {"before",
                                       {{"total", i.before.total.toString(2)},
                                        {"priceBookVersion", i.before.bookVersion},
                                        {"unpriced", i.before.unpricedCount}}},
                                      {"after",
                                       {{"total", i.after.total.toString(2)},
                                        {"priceBookVersion", i.after.bookVersion},
                                        {"unpriced", i.after.unpricedCount}}},
                                      {"delta", i.delta().toString(2)},
                                      {"percent", i.percent() ? nlohmann::ordered_json(*i.percent())
                                                              : nlohmann::ordered_json()}});
        context.out << out.dump(2) << "\n";
        return ExitOk;
    }
    context.out << enumName(before.value().provider) << " prices, version " << *from
                << " -> version " << *to << ": " << d.count(PriceChange::Kind::Changed)
                << " changed, " << d.count(PriceChange::Kind::Added) << " added, "
                << d.count(PriceChange::Kind::Removed) << " removed, " << d.unchanged
                << " unchanged\n";
    for (const auto kind :
         {PriceChange::Kind::Changed, PriceChange::Kind::Added, PriceChange::Kind::Removed}) {
        std::size_t shown = 0;
        for (const auto& c : d.changes) {
            if (c.kind != kind)
                continue;
            if (shown++ == limit) {
                context.out << "  ... " << d.count(kind) - limit << " more " << kindName(kind)
                            << " (--limit 0 lists all)\n";
                break;
            }
            context.out << "  " << kindName(kind) << "  ";
            if (kind == PriceChange::Kind::Changed)
                context.out << band(c.after) << ": " << price(c.before.price) << " -> "
                            << price(c.after.price) << " (" << percentText(c.percent()) << ")\n";
            else if (kind == PriceChange::Kind::Added)
                context.out << band(c.after) << ": " << price(c.after.price) << "\n";
            else
                context.out << band(c.before) << ": was " << price(c.before.price) << "\n";
        }
    }
    for (const auto& i : impact.value())
        context.out << i.file << " (" << i.name << "): " << i.before.total.toString(2) << " -> "
                    << i.after.total.toString(2) << " USD a month (" << percentText(i.percent())
                    << "; prices " << i.before.bookVersion << " -> " << i.after.bookVersion
                    << ")\n";
    return ExitOk;
}

} // namespace rs::cli::pricingcli
