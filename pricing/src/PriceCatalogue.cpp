#include "pricing/PriceCatalogue.h"

#include "Postgres.h"
#include "PriceLayer.h"
#include "Schema.h"
#include "Sqlite.h"
#include "core/TextFormat.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rs::pricing {

namespace {

using Database = sql::Connection;
using sql::Statement;

std::string rowPlace(std::size_t i, const PriceRow& row)
{
    return "row " + std::to_string(i) + " (" + row.key + ", " + row.region + ")";
}

/// What PriceBook does not check but the catalogue needs: one provider per version, finite tiers.
Errors checkRowsFor(const std::vector<PriceRow>& rows, Provider provider)
{
    Errors errors;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const Location where{"/rows/" + std::to_string(i), 0, 0, {}};
        if (row.provider != provider)
            errors.push_back({ErrorCode::Inconsistent,
                              rowPlace(i, row) + ": a " + std::string(enumName(row.provider)) +
                                  " price in a " + std::string(enumName(provider)) + " version",
                              where});
        if (!std::isfinite(row.tierStart) || (row.tierEnd && !std::isfinite(*row.tierEnd)))
            errors.push_back(
                {ErrorCode::Range, rowPlace(i, row) + ": tier bounds must be finite", where});
    }
    return errors;
}

Done insertRow(Statement& stmt, std::int64_t versionId, const PriceRow& row)
{
    stmt.reset();
    stmt.bind(1, versionId)
        .bind(2, row.key)
        .bind(3, enumName(row.provider))
        .bind(4, row.service)
        .bind(5, row.sku)
        .bind(6, row.usageType)
        .bind(7, row.description)
        .bind(8, row.region)
        .bind(9, row.toRegion)
        .bind(10, row.unit)
        .bind(11, row.tierStart)
        .bind(12, row.tierEnd)
        .bind(13, row.price.toString(12))
        .bind(14, std::string_view{"USD"})
        .bind(15, row.effectiveDate)
        .bind(16, row.source)
        .bind(17, enumName(row.confidence))
        .bind(18, std::int64_t{row.freeTier ? 1 : 0})
        .bind(19, row.note);
    return stmt.run();
}

Done setActiveIn(Database& db, const std::string& provider, std::int64_t id);

/// Makes `id` its provider's active version and remembers the step; the caller holds the
/// transaction.
Done activateIn(Database& db, std::int64_t id)
{
    auto find = db.prepare("SELECT provider FROM catalogue_versions WHERE id = ?1");
    if (!find)
        return find.errors();
    find.value().bind(1, id);
    auto found = find.value().step();
    if (!found)
        return found.errors();
    if (!found.value())
        return Error{ErrorCode::Missing,
                     "there is no catalogue version " + std::to_string(id),
                     {"/versions/" + std::to_string(id), 0, 0, {}}};
    const auto provider = find.value().text(0);
    auto current =
        db.prepare("SELECT id FROM catalogue_versions WHERE id = ?1 AND status = 'active'");
    if (!current)
        return current.errors();
    auto already = current.value().bind(1, id).step();
    if (!already)
        return already.errors();
    if (already.value())
        return std::monostate{}; // nothing changes, so the history gets no step
    auto remember = db.prepare("INSERT INTO activations (provider, version_id, activated_at) "
                               "VALUES (?1, ?2, ?3)");
    if (!remember)
        return remember.errors();
    if (auto done = remember.value().bind(1, provider).bind(2, id).bind(3, utcTimestamp()).run();
        !done)
        return done;
    return setActiveIn(db, provider, id);
}

/// Marks `id` active and every other version of `provider` inactive; the caller holds the
/// transaction.
Done setActiveIn(Database& db, const std::string& provider, std::int64_t id)
{
    auto retire = db.prepare("UPDATE catalogue_versions SET status = 'inactive' "
                             "WHERE provider = ?1 AND status = 'active' AND id <> ?2");
    if (!retire)
        return retire.errors();
    if (auto done = retire.value().bind(1, provider).bind(2, id).run(); !done)
        return done;
    auto promote = db.prepare("UPDATE catalogue_versions SET status = 'active' WHERE id = ?1");
    if (!promote)
        return promote.errors();
    return promote.value().bind(1, id).run();
}

Error storedValueError(Database& db, const std::string& what)
{
    auto error = db.error({});
    error.code = ErrorCode::Inconsistent;
    error.message = what;
    return error;
}

} // namespace

int PriceCatalogue::schemaVersion()
{
    return schema::latestVersion();
}

PriceCatalogue::PriceCatalogue(std::unique_ptr<sql::Connection> db)
    : m_db(std::move(db))
{}

PriceCatalogue::PriceCatalogue(PriceCatalogue&&) noexcept = default;
PriceCatalogue& PriceCatalogue::operator=(PriceCatalogue&&) noexcept = default;
PriceCatalogue::~PriceCatalogue() = default;

bool PriceCatalogue::isServerUrl(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string shownLocation(std::string_view url)
{
    std::string out(url);
    if (!PriceCatalogue::isServerUrl(url))
        return out;
    const auto scheme = out.find("://");
    const auto hostStart = scheme + 3;
    const auto at = out.find('@', hostStart);
    const auto slash = out.find('/', hostStart);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        const auto colon = out.find(':', hostStart);
        if (colon != std::string::npos && colon < at)
            out.erase(colon, at - colon);
    }
    if (const auto password = out.find("password="); password != std::string::npos)
        out.erase(password, out.find('&', password) - password);
    return out;
}

Result<PriceCatalogue> PriceCatalogue::open(const std::filesystem::path& location)
{
    auto db = isServerUrl(location.native()) ? postgres::Connection::open(location.native())
                                             : sqlite::Database::open(location);
    if (!db)
        return db.errors();
    auto owned = std::move(db).value();
    if (auto done = schema::migrate(*owned); !done)
        return done.errors();
    return PriceCatalogue(std::move(owned));
}

Result<int> PriceCatalogue::importVersion(const std::vector<PriceRow>& rows,
                                          const VersionInfo& info)
{
    if (auto errors = checkRowsFor(rows, info.provider); !errors.empty())
        return errors;
    if (auto book = PriceBook::fromRows(rows, {}); !book)
        return book.errors();

    auto transaction = sql::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.errors();
    auto version = m_db->prepare(
        "INSERT INTO catalogue_versions (provider, source, format, imported_at, effective_date, "
        "checksum, status, row_count, note, report) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'inactive', "
        "?7, ?8, ?9) RETURNING id");
    if (!version)
        return version.errors();
    version.value()
        .bind(1, enumName(info.provider))
        .bind(2, info.source)
        .bind(3, info.format)
        .bind(4, info.importedAt.empty() ? utcTimestamp() : info.importedAt)
        .bind(5, info.effectiveDate)
        .bind(6, rowsChecksum(rows))
        .bind(7, static_cast<std::int64_t>(rows.size()))
        .bind(8, info.note)
        .bind(9, info.report);
    auto inserted = version.value().step();
    if (!inserted)
        return inserted.errors();
    if (!inserted.value())
        return m_db->error("the new catalogue version got no id");
    const auto id = version.value().integer(0);
    if (auto done = version.value().run(); !done)
        return done.errors();

    auto insert = m_db->prepare(
        "INSERT INTO price_rows (version_id, key, provider, service, sku, usage_type, "
        "description, region, to_region, unit, tier_start, tier_end, price, currency, "
        "effective_date, source, confidence, free_tier, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    if (!insert)
        return insert.errors();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (auto done = insertRow(insert.value(), id, rows[i]); !done) {
            auto error = done.errors().front();
            error.message = rowPlace(i, rows[i]) + ": " + error.message;
            return error; // the transaction rolls back
        }
    }
    if (info.status == VersionStatus::Active) {
        if (auto done = activateIn(*m_db, id); !done)
            return done.errors();
    }
    if (auto done = transaction.value().commit(); !done)
        return done.errors();
    return static_cast<int>(id);
}

Result<std::vector<VersionInfo>> PriceCatalogue::versions()
{
    auto stmt = m_db->prepare(
        "SELECT id, provider, source, format, imported_at, effective_date, checksum, status, "
        "row_count, note, report FROM catalogue_versions ORDER BY id DESC");
    if (!stmt)
        return stmt.errors();
    std::vector<VersionInfo> out;
    auto& s = stmt.value();
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.errors();
        if (!row.value())
            break;
        const auto provider = enumFromName<Provider>(s.text(1));
        const auto status = enumFromName<VersionStatus>(s.text(7));
        if (!provider || !status)
            return storedValueError(*m_db, "catalogue version " + std::to_string(s.integer(0)) +
                                               " has an unknown provider or status");
        out.push_back({static_cast<int>(s.integer(0)), *provider, s.text(2), s.text(3), s.text(4),
                       s.text(5), s.text(6), *status, s.integer(8), s.text(9), s.text(10)});
    }
    return out;
}

Done PriceCatalogue::activate(int id)
{
    auto transaction = sql::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.errors();
    if (auto done = activateIn(*m_db, id); !done)
        return done;
    return transaction.value().commit();
}

Result<std::vector<PriceRow>> PriceCatalogue::readRows(std::string_view where,
                                                       std::int64_t versionId)
{
    auto stmt = m_db->prepare(
        "SELECT key, provider, service, sku, usage_type, description, region, to_region, unit, "
        "tier_start, tier_end, price, currency, effective_date, source, confidence, free_tier, "
        "note FROM price_rows WHERE " +
        std::string(where) + " ORDER BY " + std::string(m_db->dialect().insertionOrder));
    if (!stmt)
        return stmt.errors();
    auto& s = stmt.value();
    if (versionId > 0)
        s.bind(1, versionId);
    std::vector<PriceRow> rows;
    for (;;) {
        auto more = s.step();
        if (!more)
            return more.errors();
        if (!more.value())
            break;
        PriceRow row;
        row.key = s.text(0);
        const auto provider = enumFromName<Provider>(s.text(1));
        row.service = s.text(2);
        row.sku = s.text(3);
        row.usageType = s.text(4);
        row.description = s.text(5);
        row.region = s.text(6);
        row.toRegion = s.text(7);
        row.unit = s.text(8);
        row.tierStart = s.real(9);
        if (!s.isNull(10))
            row.tierEnd = s.real(10);
        const auto price = Money::parse(s.text(11));
        row.effectiveDate = s.text(13);
        row.source = s.text(14);
        const auto confidence = enumFromName<PriceConfidence>(s.text(15));
        row.freeTier = s.integer(16) != 0;
        row.note = s.text(17);
        if (!provider || !price || !confidence || s.text(12) != "USD")
            return storedValueError(*m_db, "stored price row " + row.key + " in " + row.region +
                                               " has an unreadable provider, price, currency or "
                                               "confidence");
        row.provider = *provider;
        row.price = *price;
        row.confidence = *confidence;
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<VersionInfo> PriceCatalogue::version(int versionId)
{
    auto all = versions();
    if (!all)
        return all.errors();
    for (auto& v : all.value()) {
        if (v.id == versionId)
            return std::move(v);
    }
    return Error{ErrorCode::Missing,
                 "there is no catalogue version " + std::to_string(versionId),
                 {"/versions/" + std::to_string(versionId), 0, 0, {}}};
}

Result<std::vector<PriceRow>> PriceCatalogue::versionRows(int versionId)
{
    if (auto found = version(versionId); !found)
        return found.errors();
    return readRows("version_id = ?1", versionId);
}

Result<PriceBook> PriceCatalogue::loadPriceBook(int versionId)
{
    auto found = version(versionId);
    if (!found)
        return found.errors();
    auto rows = readRows("version_id = ?1", versionId);
    if (!rows)
        return rows.errors();
    return PriceBook::fromRows(std::move(rows).value(),
                               std::string(enumName(found.value().provider)) + ":" +
                                   std::to_string(versionId));
}

Result<PriceBook> PriceCatalogue::loadActivePriceBook()
{
    return loadBookOf(std::nullopt);
}

Result<PriceBook> PriceCatalogue::loadPriceBookWith(int versionId)
{
    return loadBookOf(versionId);
}

Result<PriceBook> PriceCatalogue::loadBookOf(std::optional<int> replacement)
{
    auto snapshot = sql::Transaction::begin(*m_db, sql::TransactionMode::Read);
    if (!snapshot)
        return snapshot.errors();
    auto all = versions();
    if (!all)
        return all.errors();
    std::optional<Provider> replaced;
    if (replacement) {
        const auto it = std::find_if(all.value().begin(), all.value().end(),
                                     [&](const VersionInfo& v) { return v.id == *replacement; });
        if (it == all.value().end())
            return Error{ErrorCode::Missing,
                         "there is no catalogue version " + std::to_string(*replacement),
                         {"/versions/" + std::to_string(*replacement), 0, 0, {}}};
        replaced = it->provider;
    }
    std::map<std::string, int> used; // by provider name, so the version string is stable
    for (const auto& v : all.value()) {
        if (replaced && v.provider == *replaced)
            used[std::string(enumName(v.provider))] = *replacement;
        else if (v.status == VersionStatus::Active)
            used[std::string(enumName(v.provider))] = v.id;
    }
    std::string version;
    std::string ids;
    for (const auto& [provider, id] : used) {
        version += (version.empty() ? "" : ",") + provider + ":" + std::to_string(id);
        ids += (ids.empty() ? "" : ",") + std::to_string(id); // integers only: safe in SQL
    }
    auto rows = readRows("version_id IN (" + (ids.empty() ? std::string("0") : ids) + ")", 0);
    if (!rows)
        return rows.errors();
    auto layer = loadPriceLayer(*m_db);
    if (!layer)
        return layer.errors();
    if (auto done = snapshot.value().commit(); !done)
        return done.errors();
    applyPriceLayer(layer.value(), rows.value());
    return PriceBook::fromRows(std::move(rows).value(), std::move(version));
}

Result<int> PriceCatalogue::rollback(Provider provider)
{
    auto transaction = sql::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.errors();
    auto history = m_db->prepare("SELECT a.id, a.version_id FROM activations a JOIN "
                                 "catalogue_versions v ON v.id = a.version_id "
                                 "WHERE a.provider = ?1 ORDER BY a.id DESC");
    if (!history)
        return history.errors();
    history.value().bind(1, enumName(provider));
    std::vector<std::pair<std::int64_t, std::int64_t>> steps; // newest first
    if (auto done = sql::eachRow(
            history.value(),
            [&](const sql::Statement& s) { steps.emplace_back(s.integer(0), s.integer(1)); });
        !done)
        return done.errors();
    const auto earlier = std::find_if(steps.begin(), steps.end(), [&](const auto& step) {
        return !steps.empty() && step.second != steps.front().second;
    });
    if (earlier == steps.end())
        return Error{ErrorCode::Missing,
                     "no earlier " + std::string(enumName(provider)) +
                         " version was active: there is nothing to roll back to",
                     {"/activations/" + std::string(enumName(provider)), 0, 0, {}}};
    auto forget = m_db->prepare("DELETE FROM activations WHERE provider = ?1 AND id > ?2");
    if (!forget)
        return forget.errors();
    if (auto done = forget.value().bind(1, enumName(provider)).bind(2, earlier->first).run(); !done)
        return done.errors();
    if (auto done = setActiveIn(*m_db, std::string(enumName(provider)), earlier->second); !done)
        return done.errors();
    if (auto done = transaction.value().commit(); !done)
        return done.errors();
    return static_cast<int>(earlier->second);
}

Result<UnitAlias> PriceCatalogue::normaliseUnit(std::string_view alias)
{
    // A unit added to PriceBook after this catalogue was created is still its own name.
    const auto units = PriceBook::units();
    if (std::find(units.begin(), units.end(), alias) != units.end())
        return UnitAlias{std::string(alias), 1.0};
    auto stmt = m_db->prepare("SELECT unit, scale FROM unit_aliases WHERE alias = ?1");
    if (!stmt)
        return stmt.errors();
    auto found = stmt.value().bind(1, alias).step();
    if (!found)
        return found.errors();
    if (!found.value())
        return Error{ErrorCode::Range,
                     "the unit \"" + std::string(alias) + "\" has no normalised form",
                     {"/unit_aliases/" + std::string(alias), 0, 0, {}}};
    return UnitAlias{stmt.value().text(0), stmt.value().real(1)};
}

Result<std::optional<std::string>> PriceCatalogue::regionForLocation(Provider provider,
                                                                     std::string_view location)
{
    auto stmt = m_db->prepare(
        "SELECT code FROM region_map WHERE provider = ?1 AND price_location = ?2 ORDER BY code");
    if (!stmt)
        return stmt.errors();
    auto found = stmt.value().bind(1, enumName(provider)).bind(2, location).step();
    if (!found)
        return found.errors();
    return found.value() ? std::optional(stmt.value().text(0)) : std::nullopt;
}

Result<std::optional<std::string>> PriceCatalogue::locationForRegion(Provider provider,
                                                                     std::string_view code)
{
    auto stmt =
        m_db->prepare("SELECT price_location FROM region_map WHERE provider = ?1 AND code = ?2");
    if (!stmt)
        return stmt.errors();
    auto found = stmt.value().bind(1, enumName(provider)).bind(2, code).step();
    if (!found)
        return found.errors();
    return found.value() ? std::optional(stmt.value().text(0)) : std::nullopt;
}

} // namespace rs::pricing
