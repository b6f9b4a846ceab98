#include "core/cost/CoverageReport.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace rs {

namespace {

/// How each status is written: one letter in a matrix cell, a label in the counts.
struct StatusText
{
    CoverageStatus status;
    char letter;
    std::string_view label;
};

constexpr std::array statusTexts{
    StatusText{CoverageStatus::File, 'F', "from price files"},
    StatusText{CoverageStatus::Doc, 'D', "from pricing pages"},
    StatusText{CoverageStatus::Secondary, '2', "from third parties"},
    StatusText{CoverageStatus::Unconfirmed, 'U', "unconfirmed"},
    StatusText{CoverageStatus::Custom, 'C', "custom"},
    StatusText{CoverageStatus::Borrowed, 'B', "borrowed"},
    StatusText{CoverageStatus::Missing, '-', "missing"},
};

/// The statuses in the order reports list them.
constexpr auto statuses = [] {
    std::array<CoverageStatus, statusTexts.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = statusTexts[i].status;
    return out;
}();

const StatusText& textOf(CoverageStatus status)
{
    return *std::find_if(statusTexts.begin(), statusTexts.end(),
                         [&](const StatusText& t) { return t.status == status; });
}

char letter(CoverageStatus status)
{
    return textOf(status).letter;
}

std::string label(CoverageStatus status)
{
    return std::string(textOf(status).label);
}

std::string percentText(double percent)
{
    char buffer[32];
    const auto end =
        std::to_chars(buffer, buffer + sizeof buffer, percent, std::chars_format::fixed, 1).ptr;
    return std::string(buffer, end) + " %";
}

/// "aws.lambda" -> "lambda": the matrix's column headers, under their provider's heading.
std::string shortName(const std::string& kind)
{
    const auto dot = kind.find('.');
    return dot == std::string::npos ? kind : kind.substr(dot + 1);
}

const CoverageCell* cellIn(const KindCoverage& kind, const std::string& place)
{
    const auto it = std::find_if(kind.cells.begin(), kind.cells.end(),
                                 [&](const CoverageCell& c) { return c.region == place; });
    return it == kind.cells.end() ? nullptr : &*it;
}

std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ")
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

/// "me-central-1 from me-south-1": each borrowed cell of a kind.
std::vector<std::string> borrowedCells(const KindCoverage& kind)
{
    std::vector<std::string> out;
    for (const auto& cell : kind.cells) {
        if (cell.status == CoverageStatus::Borrowed)
            out.push_back(cell.region + " from " + joined(cell.borrowedFrom, " and "));
    }
    return out;
}

/// The keys missing somewhere, and in how many of the kind's places.
std::pair<std::vector<std::string>, std::size_t> missing(const KindCoverage& kind)
{
    std::vector<std::string> keys;
    std::size_t places = 0;
    for (const auto& cell : kind.cells) {
        if (cell.status != CoverageStatus::Missing)
            continue;
        ++places;
        for (const auto& key : cell.missingKeys) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                keys.push_back(key);
        }
    }
    return {keys, places};
}

std::string placesText(std::size_t n, std::size_t of)
{
    return n == of
               ? (of == 1 ? std::string("its one place") : "all " + std::to_string(of) + " places")
               : std::to_string(n) + " of " + std::to_string(of) + " places";
}

/// `text` padded with spaces to `width`, on the left (numbers) or the right (labels).
std::string padded(const std::string& text, std::size_t width, bool right = true)
{
    const std::string fill(width > text.size() ? width - text.size() : 0, ' ');
    return right ? fill + text : text + fill;
}

/// `head` and the items after it, comma-separated, in lines of at most 100 characters; the
/// lines after the first indented.
std::string wrapped(const std::string& head, const std::vector<std::string>& items)
{
    std::string out = head;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto item = items[i] + (i + 1 < items.size() ? "," : "");
        if (out.size() - lineStart + 1 + item.size() > 100) {
            out += "\n";
            lineStart = out.size();
            out += "   ";
        }
        out += " " + item;
    }
    return out + "\n";
}

bool wanted(const ProviderCoverage& group, std::optional<Provider> provider)
{
    return !provider || group.provider == *provider;
}

} // namespace

std::string coverageText(const PriceCoverage& coverage, std::optional<Provider> provider)
{
    std::ostringstream out;
    out << "Price coverage of " << coverage.bookVersion
        << (coverage.strictPrices ? " (strict prices: nothing borrowed)" : "") << "\n"
        << "A kind is priced in a place when every price key its default configuration needs\n"
        << "has a price there. F price file, D pricing page, 2 third party, U unconfirmed,\n"
        << "C custom, B borrowed from another region, - missing.\n";
    for (const auto& group : coverage.providers) {
        if (!wanted(group, provider))
            continue;
        const auto cells = group.cellCount();
        out << "\n"
            << enumName(group.provider) << ": " << group.kinds.size() << " kinds, "
            << group.places.size() << " places, " << cells << " cells\n";
        for (const auto status : statuses)
            out << "  " << padded(label(status), 20, false) << " "
                << padded(std::to_string(group.count(status)), 5) << "  "
                << padded(percentText(group.percent(group.count(status))), 7) << "\n";
        out << "  priced in place " << group.pricedInPlace() << " ("
            << percentText(group.percent(group.pricedInPlace())) << "), with borrowed prices "
            << group.pricedInPlace() + group.count(CoverageStatus::Borrowed) << " ("
            << percentText(
                   group.percent(group.pricedInPlace() + group.count(CoverageStatus::Borrowed)))
            << ")\n\n  kinds:";
        for (std::size_t i = 0; i < group.kinds.size(); ++i)
            out << (i % 4 == 0 ? "\n   " : "") << " " << (i + 1) << " "
                << shortName(group.kinds[i].kind);
        out << "\n";
        std::size_t width = 6;
        for (const auto& place : group.places)
            width = std::max(width, place.size());
        out << "  " << std::string(width, ' ');
        for (std::size_t i = 0; i < group.kinds.size(); ++i)
            out << padded(std::to_string(i + 1), 3);
        out << "\n";
        for (const auto& place : group.places) {
            out << "  " << place << std::string(width - place.size(), ' ');
            for (const auto& kind : group.kinds) {
                const auto* cell = cellIn(kind, place);
                out << "  " << (cell ? letter(cell->status) : ' ');
            }
            out << "\n";
        }
        for (const auto& kind : group.kinds) {
            if (const auto borrowed = borrowedCells(kind); !borrowed.empty())
                out << wrapped("  " + kind.kind + " borrowed:", borrowed);
        }
        for (const auto& kind : group.kinds) {
            if (const auto [keys, places] = missing(kind); places > 0)
                out << "  " << kind.kind << " missing in " << placesText(places, kind.cells.size())
                    << ": " << joined(keys) << "\n";
        }
    }
    return out.str();
}

std::string coverageMarkdown(const PriceCoverage& coverage)
{
    std::ostringstream out;
    out << "| provider | cells";
    for (const auto status : statuses)
        out << " | " << label(status);
    out << " | priced in place | with borrowed |\n|---|---:";
    for (std::size_t i = 0; i < statuses.size() + 2; ++i)
        out << "|---:";
    out << "|\n";
    for (const auto& group : coverage.providers) {
        out << "| " << enumName(group.provider) << " | " << group.cellCount();
        for (const auto status : statuses)
            out << " | " << group.count(status);
        out << " | " << percentText(group.percent(group.pricedInPlace())) << " | "
            << percentText(
                   group.percent(group.pricedInPlace() + group.count(CoverageStatus::Borrowed)))
            << " |\n";
    }
    for (const auto& group : coverage.providers) {
        out << "\n### " << enumName(group.provider) << "\n\n| place |";
        for (const auto& kind : group.kinds)
            out << " " << shortName(kind.kind) << " |";
        out << "\n|---|";
        for (std::size_t i = 0; i < group.kinds.size(); ++i)
            out << ":-:|";
        out << "\n";
        for (const auto& place : group.places) {
            out << "| " << place << " |";
            for (const auto& kind : group.kinds) {
                const auto* cell = cellIn(kind, place);
                out << " " << (cell ? std::string(1, letter(cell->status)) : std::string()) << " |";
            }
            out << "\n";
        }
        bool first = true;
        for (const auto& kind : group.kinds) {
            const auto borrowed = borrowedCells(kind);
            if (borrowed.empty())
                continue;
            out << (first ? "\nBorrowed prices:\n\n" : "") << "* `" << kind.kind
                << "`: " << joined(borrowed) << "\n";
            first = false;
        }
        first = true;
        for (const auto& kind : group.kinds) {
            const auto [keys, places] = missing(kind);
            if (places == 0)
                continue;
            std::vector<std::string> quoted;
            for (const auto& key : keys)
                quoted.push_back("`" + key + "`");
            out << (first ? "\nMissing:\n\n" : "") << "* `" << kind.kind << "` in "
                << placesText(places, kind.cells.size()) << ": " << joined(quoted) << "\n";
            first = false;
        }
    }
    return out.str();
}

std::string coverageJson(const PriceCoverage& coverage, std::optional<Provider> provider)
{
    using nlohmann::ordered_json;
    const auto rounded = [](double percent) { return std::round(percent * 10.0) / 10.0; };
    ordered_json j{{"bookVersion", coverage.bookVersion},
                   {"strictPrices", coverage.strictPrices},
                   {"providers", ordered_json::array()}};
    for (const auto& group : coverage.providers) {
        if (!wanted(group, provider))
            continue;
        ordered_json counts = ordered_json::object();
        for (const auto status : statuses)
            counts[std::string(enumName(status))] = group.count(status);
        ordered_json kinds = ordered_json::array();
        for (const auto& kind : group.kinds) {
            ordered_json cells = ordered_json::array();
            for (const auto& cell : kind.cells) {
                ordered_json c{{"place", cell.region}, {"status", enumName(cell.status)}};
                if (!cell.borrowedFrom.empty())
                    c["borrowedFrom"] = cell.borrowedFrom;
                if (!cell.missingKeys.empty())
                    c["missingKeys"] = cell.missingKeys;
                cells.push_back(std::move(c));
            }
            kinds.push_back(
                {{"kind", kind.kind}, {"keys", kind.keys}, {"cells", std::move(cells)}});
        }
        j["providers"].push_back(
            {{"provider", enumName(group.provider)},
             {"places", group.places},
             {"cells", group.cellCount()},
             {"counts", std::move(counts)},
             {"pricedInPlacePercent", rounded(group.percent(group.pricedInPlace()))},
             {"pricedPercent", rounded(group.percent(group.pricedInPlace() +
                                                     group.count(CoverageStatus::Borrowed)))},
             {"kinds", std::move(kinds)}});
    }
    return j.dump(2) + "\n";
}

} // namespace rs
