#include "RowAssembler.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace rs::pricing {

namespace {

std::string number(double value)
{
    auto text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string item(const PriceRow& row)
{
    return row.key + " in " + row.region + (row.toRegion.empty() ? "" : " to " + row.toRegion);
}

bool sameGroup(const PriceRow& a, const PriceRow& b)
{
    return a.key == b.key && a.region == b.region && a.toRegion == b.toRegion;
}

Error conflict(const ImportedBand& a, const ImportedBand& b, const std::string& what)
{
    return {ErrorCode::Duplicate,
            a.origin + " and " + b.origin + " both price " + item(a.row) + " " + what,
            {b.origin, 0, 0, {}}};
}

/// An allowance split out of regional bands: one row, the same from every region.
struct Allowance
{
    PriceRow row;
    std::string origin;
};

} // namespace

Result<std::vector<PriceRow>> assembleRows(std::vector<ImportedBand> bands, ImportReport& report)
{
    std::stable_sort(bands.begin(), bands.end(), [](const ImportedBand& a, const ImportedBand& b) {
        return std::tie(a.row.key, a.row.region, a.row.toRegion, a.row.tierStart) <
               std::tie(b.row.key, b.row.region, b.row.toRegion, b.row.tierStart);
    });
    std::vector<PriceRow> rows;
    std::map<std::string, Allowance> allowances;
    for (std::size_t i = 0; i < bands.size();) {
        std::size_t j = i + 1;
        while (j < bands.size() && sameGroup(bands[i].row, bands[j].row))
            ++j;

        std::vector<ImportedBand*> group;
        for (std::size_t k = i; k < j; ++k) {
            auto& band = bands[k];
            if (!group.empty() && group.back()->row.tierStart == band.row.tierStart) {
                const auto& kept = *group.back();
                if (kept.row.price != band.row.price || kept.row.tierEnd != band.row.tierEnd)
                    return conflict(kept, band,
                                    "from " + number(band.row.tierStart) + ": " +
                                        kept.row.price.toString(10) + " vs " +
                                        band.row.price.toString(10));
                report.skip("a duplicate of an earlier record",
                            [&] { return band.origin + " (as " + kept.origin + ")"; });
                --report.recordsKept;
                continue;
            }
            group.push_back(&band);
        }
        for (std::size_t k = 0; k < group.size(); ++k) {
            auto& row = group[k]->row;
            if (group[k]->endFromNext)
                row.tierEnd = k + 1 < group.size() ? std::optional(group[k + 1]->row.tierStart)
                                                   : std::nullopt;
            else if (k + 1 < group.size() && row.tierEnd != group[k + 1]->row.tierStart)
                return Error{ErrorCode::Inconsistent,
                             "the bands of " + item(row) + " do not tile: " + group[k]->origin +
                                 " ends at " + (row.tierEnd ? number(*row.tierEnd) : "Inf") +
                                 " but " + group[k + 1]->origin + " starts at " +
                                 number(group[k + 1]->row.tierStart),
                             {group[k + 1]->origin, 0, 0, {}}};
        }

        std::size_t first = 0;
        const auto& lead = bands[i]; // always the first of the group
        if (!lead.freeKey.empty() && group.size() > 1 && lead.row.price == Money() &&
            lead.row.tierStart == 0.0) {
            // Allowances are per account across regions: one row, and the paid bands start at 0.
            const double allowance = *lead.row.tierEnd;
            Allowance free{lead.row, lead.origin};
            free.row.key = lead.freeKey;
            free.row.region = "global";
            free.row.toRegion.clear();
            free.row.freeTier = true;
            free.row.note =
                "account-wide allowance: the $0 first tier of " + lead.row.key + " in the file";
            const auto [it, added] = allowances.emplace(free.row.key, free);
            if (!added && it->second.row.tierEnd != free.row.tierEnd)
                return Error{ErrorCode::Inconsistent,
                             "the allowance " + free.row.key + " is " +
                                 number(*it->second.row.tierEnd) + " in " + it->second.origin +
                                 " but " + number(allowance) + " in " + lead.origin,
                             {lead.origin, 0, 0, {}}};
            first = 1;
            for (std::size_t k = 1; k < group.size(); ++k) {
                auto& row = group[k]->row;
                row.tierStart -= allowance;
                if (row.tierEnd)
                    *row.tierEnd -= allowance;
            }
        }
        for (std::size_t k = first; k < group.size(); ++k) {
            auto& row = group[k]->row;
            row.freeTier = row.price == Money() && row.tierEnd.has_value();
            rows.push_back(std::move(row));
        }
        i = j;
    }
    for (auto& [key, allowance] : allowances)
        rows.push_back(std::move(allowance.row));
    report.rowsImported += rows.size();
    return rows;
}

} // namespace rs::pricing
