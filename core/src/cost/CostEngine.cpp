#include "core/cost/CostEngine.h"

#include "core/cost/GraduatedPrice.h"
#include "core/cost/PriceLookup.h"
#include "core/cost/Usage.h"
#include "cost/PricingRuleMatch.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <tuple>

namespace rs {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double gbPerGib = 1.073741824; // 2^30 / 10^9: Google bills in binary units

/// The price key (and free allowance) of one usage line, or why there is none.
struct PriceChoice
{
    std::string key;
    std::string freeKey;
    std::string problem;
    bool premium = false;
    /// An opt-in free tier: whether the service opted in (its property), which decides alone.
    std::optional<bool> freeOptedIn = std::nullopt;
};

/// How many of a row's units one unit of the usage is; nothing when the units do not compare
/// (a GB-month cannot be priced per GB).
std::optional<double> unitFactor(UsageKind usage, std::string_view unit)
{
    switch (usage) {
    case UsageKind::ApiRequests:
    case UsageKind::Invocations:
    case UsageKind::Messages:
    case UsageKind::KeyRequests:
    case UsageKind::ReadUnits:
    case UsageKind::WriteUnits:
    case UsageKind::ReplicatedWriteUnits:
        if (unit == "request" || unit == "RU")
            return 1.0;
        if (unit == "10k-requests")
            return 1e-4;
        return std::nullopt;
    case UsageKind::ComputeGbSeconds:
        return unit == "GB-second"    ? std::optional(1.0)
               : unit == "GiB-second" ? std::optional(1.0 / gbPerGib)
                                      : std::nullopt;
    case UsageKind::StorageGbMonth:
        return unit == "GB-month"    ? std::optional(1.0)
               : unit == "GiB-month" ? std::optional(1.0 / gbPerGib)
                                     : std::nullopt;
    case UsageKind::ReplicationGb:
    case UsageKind::CrossRegionGb:
    case UsageKind::InternetEgressGb:
    case UsageKind::MessageGb:
        return unit == "GB"    ? std::optional(1.0)
               : unit == "GiB" ? std::optional(1.0 / gbPerGib)
               : unit == "TiB" ? std::optional(1.0 / gbPerGib / 1024.0)
                               : std::nullopt;
    case UsageKind::HealthChecks:
        return unit == "month" ? std::optional(1.0) : std::nullopt;
    case UsageKind::Hours:
        return unit == "hour" || unit == "node-hour" ? std::optional(1.0) : std::nullopt;
    case UsageKind::ResourceMonths:
        return unit == "month" || unit == "key-month" || unit == "secret-month" || unit == "MAU"
                   ? std::optional(1.0)
                   : std::nullopt;
    case UsageKind::VcpuSeconds:
        return unit == "vCPU-second" ? std::optional(1.0) : std::nullopt;
    }
    return std::nullopt;
}

std::string formatQuantity(double value)
{
    char buffer[64];
    const auto end =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed).ptr;
    return std::string(buffer, end);
}

bool isTransfer(UsageKind usage)
{
    return usage == UsageKind::ReplicationGb || usage == UsageKind::CrossRegionGb ||
           usage == UsageKind::InternetEgressGb;
}

const Region* regionByCode(const Design& design, std::string_view code)
{
    for (const auto& [id, r] : design.regions) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

/// Data transfer is priced per provider, not per service kind: what leaves a region costs the
/// same whichever service sends it.
PriceChoice transferChoice(const DesignIndex& d, const UsageLine& line)
{
    const auto* region = regionByCode(d.design(), line.region);
    if (!region)
        return {{}, {}, "transfer from \"" + line.region + "\" is not from a region of the design"};
    const bool egress = line.kind == UsageKind::InternetEgressGb;
    switch (region->provider) {
    case Provider::Aws:
        if (egress)
            return {
                "aws.data-transfer.internet-egress", "aws.data-transfer.free-internet-egress", {}};
        return {"aws.data-transfer.inter-region", {}, {}};
    case Provider::Azure:
        return {
            egress ? "azure.bandwidth.internet-egress" : "azure.bandwidth.inter-region", {}, {}};
    case Provider::Gcp: {
        if (!egress)
            return {"gcp.network.inter-region", {}, {}};
        // Users are taken to be on the region's own continent.
        const auto* info = d.regionInfo(*region);
        const std::string continent = info ? info->continent : "";
        const std::string to = continent == "North America"                     ? "na"
                               : continent == "Europe" || continent == "Africa" ? "emea"
                               : continent == "South America"                   ? "latam"
                                                                                : "apac";
        return {"gcp.network.internet-egress-to-" + to, {}, {}};
    }
    case Provider::Neutral:
        break;
    }
    return {{},
            {},
            "no transfer prices for provider \"" + std::string(enumName(region->provider)) + "\""};
}

PriceChoice serviceChoice(const DesignIndex& d, const UsageLine& line)
{
    const auto* service = d.design().service(ServiceId(line.elementId));
    const auto* kind = service ? d.kind(*service) : nullptr;
    if (!kind)
        return {{}, {}, "\"" + line.elementId + "\" has no known service kind"};
    if (kind->pricing.empty())
        return {{}, {}, kind->id + " has no pricing rules yet"};
    if (const auto* rule = matchingRule(d, *service, line.kind)) {
        PriceChoice choice{rule->key, rule->freeKey, {}, rule->premium, std::nullopt};
        if (!rule->freeOptIn.empty()) {
            const auto value = d.property(*service, rule->freeOptIn);
            const auto* opted = value ? std::get_if<bool>(&*value) : nullptr;
            choice.freeOptedIn = opted && *opted;
        }
        return choice;
    }
    return {{},
            {},
            "no pricing rule of " + kind->id + " for " + std::string(enumName(line.kind)) +
                " matches the service's properties"};
}

/// Adds the bands that units [from, to) fall in.
void cite(std::span<const PriceRow> rows, double from, double to, std::vector<PriceRow>& out)
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool last = i + 1 == rows.size();
        const double end = last ? infinity : rows[i].tierEnd.value_or(infinity);
        if (std::min(to, end) > std::max(from, rows[i].tierStart))
            out.push_back(rows[i]);
    }
}

/// Where the billing of one month stands: how much of each free allowance is used, and how far
/// into its bands each item is (per region, or account-wide for global rows).
class Ledger
{
public:
    Ledger(const PriceBook& book, const PriceLookup& lookup, bool freeTiers)
        : m_book(book)
        , m_lookup(lookup)
        , m_freeTiers(freeTiers)
    {}

    void price(CostLine& out, const UsageLine& line, const PriceChoice& choice)
    {
        const auto found = m_lookup.find(choice.key, line.region, line.toRegion);
        auto rows = withoutFreeBands(found.rows);
        if (rows.empty())
            return unpriced(out, "no price for " + choice.key + " in " + line.region +
                                     (line.toRegion.empty() ? "" : " to " + line.toRegion));
        out.borrowedFrom = found.borrowedFrom;
        const auto factor = unitFactor(line.kind, rows.front().unit);
        if (!factor)
            return unpriced(out, choice.key + " is priced per " + rows.front().unit +
                                     ", which does not measure " +
                                     std::string(enumName(line.kind)));
        double paid = line.quantity * *factor;
        if (!choice.freeKey.empty() && (choice.freeOptedIn ? *choice.freeOptedIn : m_freeTiers))
            paid = takeFree(out, line, choice.freeKey, paid / *factor) * *factor;
        const auto& first = rows.front();
        // Bands run per billed region: a borrowed price does not climb its lender's bands.
        const auto& billedIn = found.borrowedFrom.empty() ? first.region : line.region;
        auto& billed = m_billed[first.key + '\n' + billedIn + '\n' + first.toRegion];
        // A table that stops at a band says nothing of the price beyond it.
        if (const auto end = rows.back().tierEnd; end && billed + paid > *end)
            return unpriced(out, choice.key + " in " + rows.back().region +
                                     " is known only up to " + formatQuantity(*end) + " " +
                                     rows.back().unit + " a month");
        const auto tiers = PriceBook::tiers(rows);
        out.amount += graduatedCost(tiers, paid, billed);
        cite(rows, billed, billed + paid, out.cited);
        billed += paid;
    }

private:
    /// The bands to bill. Without free tiers a free first band (a $0 allowance in the paid
    /// key's own bands) is dropped and the first paid band starts where it started, so those
    /// units are paid at the first paid price.
    std::vector<PriceRow> withoutFreeBands(std::span<const PriceRow> rows) const
    {
        std::vector<PriceRow> out(rows.begin(), rows.end());
        if (m_freeTiers)
            return out;
        const auto firstPaid =
            std::find_if(out.begin(), out.end(), [](const PriceRow& r) { return !r.freeTier; });
        if (firstPaid == out.begin() || firstPaid == out.end())
            return out;
        const double start = out.front().tierStart;
        out.erase(out.begin(), firstPaid);
        out.front().tierStart = start;
        return out;
    }

    /// Takes what it can of `quantity` (in usage units) from the free allowance and returns
    /// the rest.
    double takeFree(CostLine& out, const UsageLine& line, const std::string& freeKey,
                    double quantity)
    {
        const auto rows = m_book.rows(freeKey, "global");
        const auto factor = rows.empty() ? std::nullopt : unitFactor(line.kind, rows.front().unit);
        if (!factor)
            return quantity;
        const double allowance = rows.back().tierEnd.value_or(infinity);
        auto& used = m_freeUsed[freeKey];
        const double take = std::clamp(allowance - used, 0.0, quantity * *factor);
        if (take > 0.0) {
            const auto tiers = PriceBook::tiers(rows);
            out.amount += graduatedCost(tiers, take, used);
            cite(rows, used, used + take, out.cited);
            used += take;
        }
        return quantity - take / *factor;
    }

    static void unpriced(CostLine& out, std::string reason)
    {
        out.unpriced = true;
        out.amount = Money();
        out.cited.clear();
        out.borrowedFrom.clear();
        out.reason = std::move(reason);
    }

    const PriceBook& m_book;
    const PriceLookup& m_lookup;
    bool m_freeTiers = false;
    std::map<std::string, double> m_freeUsed;
    std::map<std::string, double> m_billed;
};

CostCategory categoryOf(const UsageLine& line, const PriceChoice& choice,
                        const std::string& homeCode)
{
    switch (line.kind) {
    case UsageKind::ReplicationGb:
    case UsageKind::CrossRegionGb:
        return CostCategory::ReplicationAndEgress;
    case UsageKind::ReplicatedWriteUnits:
    case UsageKind::HealthChecks:
        return CostCategory::Premium;
    default:
        break;
    }
    if (choice.premium)
        return CostCategory::Premium;
    return line.region == "global" || line.region == homeCode ? CostCategory::Baseline
                                                              : CostCategory::Redundancy;
}

} // namespace

CostOptions CostOptions::resolvedFor(const Design& design) const
{
    CostOptions out = *this;
    out.hoursPerMonth = hoursPerMonth.value_or(design.assumptions.hoursPerMonthOrDefault());
    out.freeTiers = freeTiers.value_or(design.assumptions.freeTiersOrDefault());
    return out;
}

CostEstimate estimateCost(const DesignIndex& d, const PriceBook& book, const CostOptions& given)
{
    const auto options = given.resolvedFor(d.design());
    auto usage = deriveUsage(d, UsageOptions{*options.hoursPerMonth});
    // Free allowances and shared bands are taken region by region in region-id order, global
    // usage first, so the same design always gets the same lines.
    std::map<std::string, std::string> regionIdByCode;
    for (const auto& [id, r] : d.design().regions)
        regionIdByCode.emplace(r.code, "1" + id.value);
    const auto order = [&](const UsageLine& l) {
        const auto it = regionIdByCode.find(l.region);
        return it == regionIdByCode.end() ? (l.region == "global" ? "0" : "2" + l.region)
                                          : it->second;
    };
    std::stable_sort(usage.begin(), usage.end(), [&](const UsageLine& a, const UsageLine& b) {
        return std::tuple(order(a), a.elementId, a.kind) <
               std::tuple(order(b), b.elementId, b.kind);
    });

    const auto* home = d.homeRegion();
    const auto homeCode = home ? home->code : std::string();
    CostEstimate estimate;
    estimate.bookVersion = book.version();
    const PriceLookup lookup(book, d.catalogues().regions, options.strictPrices);
    Ledger ledger(book, lookup, *options.freeTiers);
    for (const auto& line : usage) {
        const auto choice =
            isTransfer(line.kind) ? transferChoice(d, line) : serviceChoice(d, line);
        CostLine out;
        out.category = categoryOf(line, choice, homeCode);
        out.elementId = line.elementId;
        out.region = line.region;
        out.toRegion = line.toRegion;
        out.usage = line.kind;
        out.quantity = line.quantity;
        out.setByDesign = line.setByDesign;
        out.bookVersion = book.version();
        if (choice.key.empty()) {
            out.unpriced = true;
            out.reason = choice.problem;
        } else {
            ledger.price(out, line, choice);
        }
        if (out.amount.isOverflow()) {
            // Beyond 1.7e26 USD is no price: keep the line, unpriced, rather than a total that
            // wrapped or read "inf". The design reader's ranges keep real designs far below.
            out.unpriced = true;
            out.amount = Money();
            out.reason = "the amount is beyond what can be computed (quantity " +
                         std::to_string(line.quantity) + ")";
        }
        if (out.unpriced)
            ++estimate.unpricedCount;
        else if (!out.borrowedFrom.empty())
            ++estimate.borrowedCount;
        estimate.byCategory[out.category] += out.amount;
        estimate.byRegion[out.region] += out.amount;
        estimate.total += out.amount;
        estimate.lines.push_back(std::move(out));
    }
    return estimate;
}

} // namespace rs
