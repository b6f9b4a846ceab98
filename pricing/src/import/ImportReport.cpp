#include "pricing/import/ImportReport.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rs::pricing {

std::uint64_t ImportReport::skippedCount() const
{
    std::uint64_t total = 0;
    for (const auto& s : skipped)
        total += s.count;
    return total;
}

ImportReport::Skips& ImportReport::skip(std::string_view reason)
{
    auto it = std::find_if(skipped.begin(), skipped.end(),
                           [&](const Skips& s) { return s.reason == reason; });
    if (it == skipped.end()) {
        skipped.push_back({std::string(reason), 0, {}});
        it = skipped.end() - 1;
    }
    ++it->count;
    return *it;
}

void ImportReport::add(const ImportReport& other)
{
    files.insert(files.end(), other.files.begin(), other.files.end());
    recordsRead += other.recordsRead;
    recordsKept += other.recordsKept;
    rowsImported += other.rowsImported;
    rowsCarriedOver += other.rowsCarriedOver;
    for (const auto& s : other.skipped) {
        auto& mine = skip(s.reason);
        mine.count += s.count - 1;
        if (mine.example.empty())
            mine.example = s.example;
    }
}

std::string ImportReport::toJson() const
{
    nlohmann::ordered_json out{{"files", files},
                               {"recordsRead", recordsRead},
                               {"recordsKept", recordsKept},
                               {"recordsSkipped", skippedCount()},
                               {"rowsImported", rowsImported},
                               {"rowsCarriedOver", rowsCarriedOver},
                               {"skipped", nlohmann::ordered_json::array()}};
    for (const auto& s : skipped)
        out["skipped"].push_back(
            {{"reason", s.reason}, {"count", s.count}, {"example", s.example}});
    return out.dump();
}

std::string ImportReport::toText(std::size_t maxReasons) const
{
    std::string text = std::to_string(recordsRead) + " records read, " +
                       std::to_string(recordsKept) + " kept, " + std::to_string(skippedCount()) +
                       " skipped; " + std::to_string(rowsImported) + " price rows imported";
    if (rowsCarriedOver > 0)
        text += ", " + std::to_string(rowsCarriedOver) + " carried over from the base version";
    text += "\n";
    auto reasons = skipped;
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Skips& a, const Skips& b) { return a.count > b.count; });
    for (std::size_t i = 0; i < reasons.size() && i < maxReasons; ++i)
        text += "  skipped " + std::to_string(reasons[i].count) + ": " + reasons[i].reason +
                " (e.g. " + reasons[i].example + ")\n";
    if (reasons.size() > maxReasons)
        text += "  ... and " + std::to_string(reasons.size() - maxReasons) + " more reasons\n";
    return text;
}

} // namespace rs::pricing
