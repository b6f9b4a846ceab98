#include "Sql.h"
#include "pricing/PriceCatalogue.h"

#include <algorithm>

namespace rs::pricing {

Result<std::vector<std::pair<std::string, UnitAlias>>> PriceCatalogue::unitAliases()
{
    auto stmt = m_db->prepare("SELECT alias, unit, scale FROM unit_aliases ORDER BY alias");
    if (!stmt)
        return stmt.errors();
    std::vector<std::pair<std::string, UnitAlias>> out;
    if (auto done = sql::eachRow(stmt.value(),
                                 [&](const sql::Statement& s) {
                                     out.emplace_back(s.text(0), UnitAlias{s.text(1), s.real(2)});
                                 });
        !done)
        return done.errors();
    // A unit added to PriceBook after this catalogue was created is still its own name.
    for (const auto unit : PriceBook::units()) {
        if (std::none_of(out.begin(), out.end(), [&](const auto& a) { return a.first == unit; }))
            out.emplace_back(std::string(unit), UnitAlias{std::string(unit), 1.0});
    }
    return out;
}

Result<std::vector<RegionMapping>> PriceCatalogue::regionMap()
{
    auto stmt = m_db->prepare(
        "SELECT provider, code, price_location FROM region_map ORDER BY provider, code");
    if (!stmt)
        return stmt.errors();
    std::vector<RegionMapping> out;
    if (auto done = sql::eachRow(stmt.value(),
                                 [&](const sql::Statement& s) {
                                     if (const auto provider = enumFromName<Provider>(s.text(0)))
                                         out.push_back({*provider, s.text(1), s.text(2)});
                                 });
        !done)
        return done.errors();
    return out;
}

} // namespace rs::pricing
