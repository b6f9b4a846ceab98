#include "PriceLayer.h"

#include "core/Catalogues.h"
#include "core/TextFormat.h"
#include "pricing/PriceCatalogue.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

namespace rs::pricing {

namespace {

constexpr std::int64_t microPerHundredPercent = 100'000'000;

std::int64_t toMicroPercent(double percent)
{
    return std::llround(percent * 1'000'000.0);
}

/// 10000000 -> "10", 12500000 -> "12.5".
std::string percentText(std::int64_t micro)
{
    std::string text = std::to_string(micro / 1'000'000);
    if (const auto fraction = micro % 1'000'000; fraction != 0) {
        auto digits = std::to_string(fraction);
        digits.insert(0, 6 - digits.size(), '0');
        while (digits.back() == '0')
            digits.pop_back();
        text += "." + digits;
    }
    return text;
}

Error inputError(ErrorCode code, std::string message, std::string pointer)
{
    return {code, std::move(message), {std::move(pointer), 0, 0, {}}};
}

/// An override's region: "global", a region some version prices the key in, or a region of the
/// key's provider in the region catalogue (any provider's for a neutral key).
Result<std::monostate> knownRegion(sql::Connection& db, const std::string& key,
                                   const std::string& region, Provider provider)
{
    if (region == "global")
        return std::monostate();
    auto stmt = db.prepare("SELECT 1 FROM price_rows WHERE key = ?1 AND region = ?2 LIMIT 1");
    if (!stmt)
        return stmt.errors();
    auto listed = stmt.value().bind(1, key).bind(2, region).step();
    if (!listed)
        return listed.errors();
    if (listed.value())
        return std::monostate();
    const auto catalogues = Catalogues::builtIn();
    if (!catalogues)
        return catalogues.errors();
    const auto& regions = catalogues.value().regions.regions();
    if (std::any_of(regions.begin(), regions.end(), [&](const RegionInfo& r) {
            return r.code == region && (provider == Provider::Neutral || r.provider == provider);
        }))
        return std::monostate();
    return inputError(ErrorCode::UnknownRegion,
                      "\"" + region + "\" is not a region of " +
                          (provider == Provider::Neutral
                               ? std::string("the region catalogue")
                               : std::string(enumName(provider)) + " in the region catalogue") +
                          ", nor \"global\" (an account-wide price)",
                      "/overrides/" + key + "/" + region);
}

} // namespace

Money discounted(Money price, std::int64_t microPercent)
{
    const Int128 numerator = price.pico() * (microPerHundredPercent - microPercent);
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 rounded = (magnitude + microPerHundredPercent / 2) / microPerHundredPercent;
    return Money::fromPico(negative ? -rounded : rounded);
}

Result<PriceLayer> loadPriceLayer(sql::Connection& db)
{
    PriceLayer layer;
    auto discounts = db.prepare("SELECT provider, percent FROM discounts");
    if (!discounts)
        return discounts.errors();
    for (auto& s = discounts.value();;) {
        auto row = s.step();
        if (!row)
            return row.errors();
        if (!row.value())
            break;
        if (const auto provider = enumFromName<Provider>(s.text(0)))
            layer.discountMicroPercent[*provider] = toMicroPercent(s.real(1));
    }
    auto overrides = db.prepare("SELECT key, region, price, note, set_at FROM price_overrides");
    if (!overrides)
        return overrides.errors();
    for (auto& s = overrides.value();;) {
        auto row = s.step();
        if (!row)
            return row.errors();
        if (!row.value())
            break;
        const auto price = Money::parse(s.text(2));
        if (!price) {
            auto error = db.error({});
            error.code = ErrorCode::Inconsistent;
            error.message = "the override of " + s.text(0) + " in " + s.text(1) +
                            " has an unreadable price \"" + s.text(2) + "\"";
            return error;
        }
        layer.overrides[{s.text(0), s.text(1)}] = {*price, s.text(3), s.text(4)};
    }
    for (const auto& [place, value] : layer.overrides) {
        if (layer.keyShapes.count(place.first))
            continue;
        auto shape = storedKeyShape(db, place.first);
        if (!shape)
            return shape.errors();
        if (shape.value())
            layer.keyShapes.emplace(place.first, *shape.value());
    }
    return layer;
}

Result<std::optional<PriceRow>> storedKeyShape(sql::Connection& db, const std::string& key)
{
    auto stmt = db.prepare("SELECT provider, service, unit, to_region FROM price_rows "
                           "WHERE key = ?1 ORDER BY free_tier, version_id DESC LIMIT 1");
    if (!stmt)
        return stmt.errors();
    auto& s = stmt.value();
    auto found = s.bind(1, key).step();
    if (!found)
        return found.errors();
    if (!found.value())
        return std::optional<PriceRow>();
    PriceRow shape;
    shape.key = key;
    shape.provider = enumFromName<Provider>(s.text(0)).value_or(Provider::Neutral);
    shape.service = s.text(1);
    shape.unit = s.text(2);
    shape.toRegion = s.text(3);
    return std::optional(std::move(shape));
}

namespace {

/// The row an override adds where the list has no price for its item in its region, shaped
/// like the key's other rows (a transfer row prices sending to any other region).
std::optional<PriceRow> customRow(const PriceLayer& layer, const std::vector<PriceRow>& rows,
                                  const std::string& key, const std::string& region,
                                  const OverrideValue& value)
{
    const auto sibling = std::find_if(
        rows.begin(), rows.end(), [&](const PriceRow& r) { return r.key == key && !r.freeTier; });
    const auto stored = layer.keyShapes.find(key);
    // The override outlived every version that had its key: nothing says what it is priced per.
    if (sibling == rows.end() && stored == layer.keyShapes.end())
        return std::nullopt;
    const auto& shape = sibling != rows.end() ? *sibling : stored->second;
    PriceRow row;
    row.key = key;
    row.provider = shape.provider;
    row.service = shape.service;
    row.description = "custom price";
    row.region = region;
    row.toRegion = shape.toRegion.empty() ? "" : "*";
    row.unit = shape.unit;
    row.price = value.price;
    // The price holds from the day the user set it; its date is what a review cites.
    row.effectiveDate = value.setAt.substr(0, std::string_view("YYYY-MM-DD").size());
    row.source = std::string(customPriceSource);
    row.confidence = PriceConfidence::Unconfirmed;
    row.note = value.note.empty() ? "set with resilience pricing override" : value.note;
    return row;
}

} // namespace

void applyPriceLayer(const PriceLayer& layer, std::vector<PriceRow>& rows)
{
    std::set<std::pair<std::string, std::string>> listed;
    for (auto& row : rows) {
        if (layer.overrides.count({row.key, row.region}))
            listed.emplace(row.key, row.region);
        if (row.freeTier)
            continue;
        if (const auto it = layer.overrides.find({row.key, row.region});
            it != layer.overrides.end()) {
            const auto& value = it->second;
            row.price = value.price;
            row.source += "; override " + value.price.toExactString();
            if (!value.note.empty())
                row.source += " (" + value.note + ")";
            continue;
        }
        if (const auto it = layer.discountMicroPercent.find(row.provider);
            it != layer.discountMicroPercent.end()) {
            row.price = discounted(row.price, it->second);
            row.source += "; discount " + percentText(it->second) + " %";
        }
    }
    for (const auto& [place, value] : layer.overrides) {
        if (listed.count(place))
            continue;
        if (auto row = customRow(layer, rows, place.first, place.second, value))
            rows.push_back(std::move(*row));
    }
}

Done PriceCatalogue::setDiscount(Provider provider, double percent)
{
    if (!std::isfinite(percent) || percent < 0.0 || percent > 100.0)
        return inputError(ErrorCode::Range,
                          "a discount is between 0 and 100 %, not " + std::to_string(percent),
                          "/discounts/" + std::string(enumName(provider)));
    const auto micro = toMicroPercent(percent);
    auto stmt = micro == 0
                    ? m_db->prepare("DELETE FROM discounts WHERE provider = ?1")
                    : m_db->prepare("INSERT INTO discounts (provider, percent) VALUES (?1, ?2) "
                                    "ON CONFLICT (provider) DO UPDATE SET percent = ?2");
    if (!stmt)
        return stmt.errors();
    stmt.value().bind(1, enumName(provider));
    if (micro != 0)
        stmt.value().bind(2, static_cast<double>(micro) / 1'000'000.0);
    return stmt.value().run();
}

Result<std::optional<double>> PriceCatalogue::discount(Provider provider)
{
    auto stmt = m_db->prepare("SELECT percent FROM discounts WHERE provider = ?1");
    if (!stmt)
        return stmt.errors();
    auto found = stmt.value().bind(1, enumName(provider)).step();
    if (!found)
        return found.errors();
    return found.value() ? std::optional(stmt.value().real(0)) : std::nullopt;
}

Done PriceCatalogue::setOverride(const std::string& key, const std::string& region, Money price,
                                 const std::string& note)
{
    const auto pointer = "/overrides/" + key + "/" + region;
    if (key.empty() || region.empty())
        return inputError(ErrorCode::Missing, "an override needs a key and a region", pointer);
    if (price < Money())
        return inputError(ErrorCode::Range, "a price cannot be negative", pointer);
    auto shape = storedKeyShape(*m_db, key);
    if (!shape)
        return shape.errors();
    if (!shape.value())
        return inputError(ErrorCode::Missing,
                          "no price table has a row of \"" + key +
                              "\", so nothing says what unit a price for it is per (resilience "
                              "pricing coverage lists the keys each service kind needs)",
                          pointer);
    if (auto known = knownRegion(*m_db, key, region, shape.value()->provider); !known)
        return known.errors();
    auto stmt = m_db->prepare(
        "INSERT INTO price_overrides (key, region, price, note, set_at) VALUES (?1, ?2, ?3, ?4, "
        "?5) ON CONFLICT (key, region) DO UPDATE SET price = ?3, note = ?4, set_at = ?5");
    if (!stmt)
        return stmt.errors();
    return stmt.value()
        .bind(1, key)
        .bind(2, region)
        .bind(3, price.toString(12))
        .bind(4, note)
        .bind(5, utcTimestamp())
        .run();
}

Done PriceCatalogue::removeOverride(const std::string& key, const std::string& region)
{
    auto stmt = m_db->prepare("DELETE FROM price_overrides WHERE key = ?1 AND region = ?2");
    if (!stmt)
        return stmt.errors();
    return stmt.value().bind(1, key).bind(2, region).run();
}

Result<std::vector<PriceOverride>> PriceCatalogue::overrides()
{
    auto layer = loadPriceLayer(*m_db);
    if (!layer)
        return layer.errors();
    std::vector<PriceOverride> out;
    for (const auto& [place, value] : layer.value().overrides)
        out.push_back({place.first, place.second, value.price, value.note, value.setAt});
    return out;
}

} // namespace rs::pricing
