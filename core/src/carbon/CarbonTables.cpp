#include "core/carbon/CarbonTables.h"

#include "JsonObjectReader.h"
#include "core/JsonText.h"
#include "resources/BuiltinResources.h"

#include <algorithm>
#include <cassert>

namespace rs {

using json::Need;

namespace {

/// Calls `read` on each object of the root's array `key`, with its pointer.
template <typename Read>
void forEachEntry(json::ObjectReader& root, std::string_view key, Need need, Read read)
{
    if (const auto* entries = root.array(key, need)) {
        for (std::size_t i = 0; i < entries->size(); ++i)
            read((*entries)[i], "/" + std::string(key) + "/" + std::to_string(i));
    }
}

void readSources(json::ObjectReader& root, Errors& errors, std::vector<CarbonSource>& out)
{
    forEachEntry(root, "sources", Need::Required, [&](const auto& j, const std::string& at) {
        json::ObjectReader r(j, at, errors);
        CarbonSource s;
        s.id = r.string("id", Need::Required).value_or("");
        s.title = r.string("title", Need::Required).value_or("");
        s.repository = r.string("repository", Need::Optional).value_or("");
        s.path = r.string("path", Need::Optional).value_or("");
        s.commit = r.string("commit", Need::Optional).value_or("");
        s.date = r.string("date", Need::Optional).value_or("");
        s.url = r.string("url", Need::Optional).value_or("");
        s.licence = r.string("licence", Need::Required).value_or("");
        if (s.repository.empty() == s.url.empty())
            r.addError(ErrorCode::Missing, "url", "a source names a repository or a page");
        r.finish();
        out.push_back(std::move(s));
    });
}

/// A figure must be positive (a grid factor may be zero: none is, but it would be a fact).
double checked(json::ObjectReader& r, std::string_view key, bool zeroAllowed = false)
{
    const auto value = r.number(key, Need::Required);
    if (value && (*value < 0.0 || (!zeroAllowed && *value == 0.0)))
        r.addError(ErrorCode::Range, key, "must be positive");
    return value.value_or(0.0);
}

/// Parses one of the two files, reads its sources and hands the root to `entries` for the rest.
template <typename Entries>
void readFile(std::string_view text, CarbonTables& t, Errors& errors, Entries entries)
{
    auto parsed = json::parse(text);
    if (!parsed) {
        errors.insert(errors.end(), parsed.errors().begin(), parsed.errors().end());
        return;
    }
    json::ObjectReader root(parsed.value(), "", errors);
    root.string("about", Need::Optional);
    readSources(root, errors, t.sources);
    entries(root);
    root.finish();
}

void readFactors(json::ObjectReader& root, CarbonTables& t, Errors& errors)
{
    forEachEntry(root, "factors", Need::Required, [&](const auto& j, const std::string& at) {
        json::ObjectReader r(j, at, errors);
        GridFactor f;
        f.provider = r.enumeration<Provider>("provider", Need::Required).value_or(Provider::Aws);
        f.region = r.string("region", Need::Required).value_or("");
        f.gramsPerKwh = checked(r, "gramsCo2ePerKwh", true);
        f.period = r.string("period", Need::Required).value_or("");
        f.sourceId = r.string("source", Need::Required).value_or("");
        f.basis = r.string("basis", Need::Required).value_or("");
        r.finish();
        if (t.factor(f.provider, f.region))
            errors.push_back({ErrorCode::Duplicate,
                              "region \"" + f.region + "\" has two factors",
                              {at + "/region", 0, 0, {}}});
        t.factors.push_back(std::move(f));
    });
}

void readCoefficients(json::ObjectReader& root, CarbonTables& t, Errors& errors)
{
    forEachEntry(root, "providers", Need::Required, [&](const auto& j, const std::string& at) {
        json::ObjectReader r(j, at, errors);
        ProviderEnergy p;
        p.provider = r.enumeration<Provider>("provider", Need::Required).value_or(Provider::Aws);
        p.pue = checked(r, "pue");
        p.minWattsPerVcpu = checked(r, "minWattsPerVcpu");
        p.maxWattsPerVcpu = checked(r, "maxWattsPerVcpu");
        p.constants = r.string("constants", Need::Required).value_or("");
        p.sourceId = r.string("source", Need::Required).value_or("");
        if (p.pue < 1.0)
            r.addError(ErrorCode::Range, "pue", "a PUE is at least 1");
        if (p.maxWattsPerVcpu < p.minWattsPerVcpu)
            r.addError(ErrorCode::Range, "maxWattsPerVcpu", "below minWattsPerVcpu");
        r.finish();
        t.providers.push_back(std::move(p));
    });
    forEachEntry(root, "coefficients", Need::Required, [&](const auto& j, const std::string& at) {
        json::ObjectReader r(j, at, errors);
        CarbonCoefficient c;
        c.id = r.string("id", Need::Required).value_or("");
        c.value = checked(r, "value");
        c.unit = r.string("unit", Need::Required).value_or("");
        c.constant = r.string("constant", Need::Required).value_or("");
        c.sourceId = r.string("source", Need::Required).value_or("");
        r.finish();
        t.coefficients.push_back(std::move(c));
    });
    forEachEntry(root, "storage", Need::Required, [&](const auto& j, const std::string& at) {
        json::ObjectReader r(j, at, errors);
        StorageProfile s;
        s.kind = r.string("kind", Need::Required).value_or("");
        s.medium =
            r.enumeration<StorageMedium>("medium", Need::Required).value_or(StorageMedium::Ssd);
        s.replication = checked(r, "replication");
        s.constant = r.string("constant", Need::Required).value_or("");
        s.sourceId = r.string("source", Need::Required).value_or("");
        r.finish();
        t.storage.push_back(std::move(s));
    });
}

/// Prefixes each error's place with the file it is in.
void locate(Errors& errors, std::size_t from, std::string_view file)
{
    for (auto i = from; i < errors.size(); ++i)
        errors[i].message = std::string(file) + ": " + errors[i].message;
}

template <typename T, typename Pred> const T* findIn(const std::vector<T>& items, Pred pred)
{
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? nullptr : &*it;
}

} // namespace

Result<CarbonTables> CarbonTables::fromJson(std::string_view gridFactors,
                                            std::string_view coefficients)
{
    CarbonTables t;
    Errors errors;
    readFile(gridFactors, t, errors, [&](auto& root) { readFactors(root, t, errors); });
    locate(errors, 0, "grid factors");
    const auto before = errors.size();
    readFile(coefficients, t, errors, [&](auto& root) { readCoefficients(root, t, errors); });
    locate(errors, before, "coefficients");
    // Every figure must name a source the files declare, and the method's constants be there.
    const auto unknownSource = [&](const std::string& id, const std::string& what) {
        if (!t.source(id))
            errors.push_back(
                {ErrorCode::Dangling, what + " cites unknown source \"" + id + "\"", {}});
    };
    for (const auto& f : t.factors)
        unknownSource(f.sourceId, "the factor of " + f.region);
    for (const auto& c : t.coefficients)
        unknownSource(c.sourceId, "coefficient " + c.id);
    for (const auto& s : t.storage)
        unknownSource(s.sourceId, "the storage of " + s.kind);
    for (const auto* id : {"cpu-utilisation", "memory", "network", "ssd", "hdd", "mb-per-vcpu"}) {
        if (!t.coefficient(id))
            errors.push_back(
                {ErrorCode::Missing,
                 std::string("coefficient \"") + id + "\" is missing from the coefficients",
                 {}});
    }
    if (!errors.empty())
        return errors;
    return t;
}

const CarbonTables& CarbonTables::builtIn()
{
    static const CarbonTables tables = [] {
        auto loaded =
            fromJson(resources::carbonGridFactorsJson(), resources::carbonCoefficientsJson());
        assert(loaded.ok() && "the compiled-in carbon tables are broken (see tst_carbon)");
        return loaded.ok() ? std::move(loaded).value() : CarbonTables{};
    }();
    return tables;
}

const GridFactor* CarbonTables::factor(Provider provider, std::string_view region) const
{
    return findIn(
        factors, [&](const GridFactor& f) { return f.provider == provider && f.region == region; });
}

const ProviderEnergy* CarbonTables::energy(Provider provider) const
{
    return findIn(providers, [&](const ProviderEnergy& p) { return p.provider == provider; });
}

const StorageProfile* CarbonTables::storageOf(std::string_view kind) const
{
    return findIn(storage, [&](const StorageProfile& s) { return s.kind == kind; });
}

const CarbonCoefficient* CarbonTables::coefficient(std::string_view id) const
{
    return findIn(coefficients, [&](const CarbonCoefficient& c) { return c.id == id; });
}

const CarbonSource* CarbonTables::source(std::string_view id) const
{
    return findIn(sources, [&](const CarbonSource& s) { return s.id == id; });
}

} // namespace rs
