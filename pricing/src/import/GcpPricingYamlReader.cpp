#include "ImportHelpers.h"
#include "Readers.h"

#include <array>
#include <chrono>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace rs::pricing::readers {

namespace {

using namespace skipReason;

/// What a price of the derived YAML becomes: the key and its unit (the file gives every price
/// per GiB, or per GiB-month for storage, the units of Google's own SKUs).
struct YamlRule
{
    std::string_view key;
    std::string_view unit;
    std::string_view freeKey;
};

/// Cloud Storage classes as the YAML spells them under storage.bucket, regional buckets (the
/// dual-region locations, asia1 or eur4, are not regions of the catalogue and pair regions the
/// kind cannot name).
constexpr std::array<std::pair<std::string_view, YamlRule>, 4> storageClasses{{
    {"standard", {"gcp.cloud-storage.standard-regional", "GiB-month", ""}},
    {"nearline", {"gcp.cloud-storage.nearline-regional", "GiB-month", ""}},
    {"coldline", {"gcp.cloud-storage.coldline-regional", "GiB-month", ""}},
    {"archiv", {"gcp.cloud-storage.archive-regional", "GiB-month", ""}},
}};

/// Standard storage in a multi-region (us-multi, europe-multi, asia-multi): a bucket there is
/// priced for each catalogue region inside the location (the regions' priceNames).
constexpr std::string_view multiRegionClass = "standard-multi";
constexpr YamlRule multiRegionRule{"gcp.cloud-storage.standard-multi-region", "GiB-month", ""};

/// The YAML's internet egress "worldwide" price is Google's "Network Internet Data Transfer Out
/// ... to Americas" SKU, which the generator takes as the price for every destination but China
/// and Australia (its build/mapping.csv): so it prices the engine's destinations NA, EMEA, LATAM
/// and APAC alike; China and Australia have their own tables.
const std::vector<std::pair<std::string_view, std::vector<YamlRule>>> egressTables{
    {"",
     {{"gcp.network.internet-egress-to-na", "GiB", ""},
      {"gcp.network.internet-egress-to-emea", "GiB", ""},
      {"gcp.network.internet-egress-to-latam", "GiB", ""},
      {"gcp.network.internet-egress-to-apac", "GiB", ""}}},
    {"australia", {{"gcp.network.internet-egress-to-australia", "GiB", ""}}},
    {"china", {{"gcp.network.internet-egress-to-china", "GiB", ""}}},
};

/// The volume tiers, in TiB as the YAML names them, and where each starts in GiB.
constexpr std::array<std::pair<std::string_view, double>, 3> egressTiers{{
    {"0-1", 0.0},
    {"1-10", 1024.0},
    {"10n", 10240.0},
}};

/// Thrown inside the reader, turned into the Result's error at its one exit.
struct ReadFailure
{
    Error error;
};

class YamlPrices
{
public:
    YamlPrices(const TrackedInput& input, const ImportVocabulary& vocabulary, PriceFileImport& out)
        : m_input(input)
        , m_vocabulary(vocabulary)
        , m_out(out)
        , m_source("gcp-pricing-yaml " + out.file)
    {}

    void setDate(std::string date) { m_date = std::move(date); }

    [[noreturn]] void fail(ErrorCode code, const std::string& message, const YAML::Mark& mark,
                           const std::string& path) const
    {
        // yaml-cpp counts lines and columns from 0; an absent node has no mark (-1).
        const int line = mark.line >= 0 ? mark.line + 1 : 0;
        const int column = mark.column >= 0 ? mark.column + 1 : 0;
        auto pointer = m_input.fileName();
        if (!path.empty())
            pointer += " " + path;
        throw ReadFailure{Error{code, message, {pointer, line, column, {}}}};
    }

    /// The map at `path` below `parent`, which a pricing.yml always has.
    YAML::Node map(const YAML::Node& parent, std::string_view name, const std::string& path) const
    {
        const auto node = parent[std::string(name)];
        if (!node || !node.IsMap())
            fail(ErrorCode::Missing,
                 "no " + path +
                     " map: not a complete google-cloud-pricing-cost-calculator "
                     "pricing.yml (a truncated file ends before it)",
                 parent.Mark(), path);
        return node;
    }

    /// The regions of a `cost:` map (region → {month: price}) as bands of each of `rules`.
    void readCosts(const YAML::Node& costs, const std::vector<YamlRule>& rules, double tierStart,
                   const std::string& path)
    {
        for (const auto& entry : costs) {
            const auto location = entry.first.as<std::string>();
            const auto where = path + "." + location;
            ++m_out.report.recordsRead;
            const auto regions = regionsAt(location);
            if (regions.empty()) {
                m_out.report.skip(unknownRegion, [&] { return m_out.file + " " + where; });
                continue;
            }
            const auto month = entry.second.IsMap() ? entry.second["month"] : YAML::Node();
            if (!month || !month.IsScalar())
                fail(ErrorCode::Missing, "a region's price needs a month: value",
                     entry.second.Mark(), where);
            const auto price = Money::parse(month.Scalar());
            if (!price || *price < Money{})
                fail(ErrorCode::Range, "the price \"" + month.Scalar() + "\" is not a number",
                     month.Mark(), where + ".month");
            for (const auto& region : regions) {
                for (const auto& rule : rules) {
                    auto band = importing::pageBand(Provider::Gcp, rule, m_out.file + " " + where,
                                                    m_source);
                    band.row.service = rule.unit == "GiB" ? "Compute Engine" : "Cloud Storage";
                    band.row.description =
                        region == location ? where : where + " (" + region + " is inside it)";
                    band.row.region = region;
                    band.row.tierStart = tierStart;
                    band.row.price = *price;
                    band.row.effectiveDate = m_date;
                    m_out.bands.push_back(std::move(band));
                }
            }
            ++m_out.report.recordsKept;
        }
    }

private:
    /// A catalogue region itself, or the regions inside a multi-region location; none when the
    /// catalogue knows neither.
    std::vector<std::string> regionsAt(const std::string& location) const
    {
        if (m_vocabulary.knowsRegion(Provider::Gcp, location))
            return {location};
        std::vector<std::string> inside;
        const auto [first, last] = m_vocabulary.gcpRegionsInLocation.equal_range(location);
        for (auto it = first; it != last; ++it) {
            if (m_vocabulary.knowsRegion(Provider::Gcp, it->second))
                inside.push_back(it->second);
        }
        return inside;
    }

    const TrackedInput& m_input;
    const ImportVocabulary& m_vocabulary;
    PriceFileImport& m_out;
    std::string m_source;
    std::string m_date;
};

/// "2026-07-30" of the generator's Unix timestamp (about.timestamp).
std::string dateOf(long long timestamp)
{
    const auto days = std::chrono::floor<std::chrono::days>(
        std::chrono::sys_seconds{std::chrono::seconds{timestamp}});
    const std::chrono::year_month_day ymd{days};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

} // namespace

// yaml-cpp has no streaming (event) reader behind its node API, so the whole 3.9 MB document is
// parsed into a node tree (about 60 MB at its peak) before a price is read: unlike the JSON
// readers this one holds the whole file. It still reads through TrackedInput, so progress and
// cancelling work while the parse runs.
Result<PriceFileImport> gcpPricingYaml(TrackedInput& input, const ImportVocabulary& vocabulary)
{
    auto out = importOf(PriceFileFormat::GcpPricingYaml, input);
    YamlPrices prices(input, vocabulary, out);
    try {
        YAML::Node document;
        try {
            document = YAML::Load(input.stream());
        } catch (const YAML::ParserException& e) {
            if (input.wasCancelled())
                return cancelledError(input);
            prices.fail(ErrorCode::Syntax, "not readable YAML: " + e.msg, e.mark, {});
        }
        if (input.wasCancelled())
            return cancelledError(input);
        if (!document.IsMap())
            prices.fail(ErrorCode::UnknownKind,
                        "not a google-cloud-pricing-cost-calculator pricing.yml: the document "
                        "is not a map",
                        document.Mark(), {});
        const auto about = prices.map(document, "about", "about");
        const auto timestamp = about["timestamp"];
        long long seconds = 0;
        if (!timestamp || !timestamp.IsScalar() ||
            !YAML::convert<long long>::decode(timestamp, seconds) || seconds <= 0)
            prices.fail(ErrorCode::Missing,
                        "about.timestamp must be the Unix time the file was "
                        "generated",
                        about.Mark(), "about.timestamp");
        prices.setDate(dateOf(seconds));
        out.publisherVersion = dateOf(seconds);

        const auto compute = prices.map(document, "compute", "compute");
        const auto network = prices.map(compute, "network", "compute.network");
        const auto traffic = prices.map(network, "traffic", "compute.network.traffic");
        const auto egress = prices.map(traffic, "egress", "compute.network.traffic.egress");
        const auto internet =
            prices.map(egress, "internet", "compute.network.traffic.egress.internet");
        for (const auto& [destination, rules] : egressTables) {
            auto path = std::string("compute.network.traffic.egress.internet");
            const auto table =
                destination.empty()
                    ? internet
                    : prices.map(internet, destination, path + "." + std::string(destination));
            if (!destination.empty())
                path += "." + std::string(destination);
            const auto cost = prices.map(table, "cost", path + ".cost");
            for (const auto& [tier, start] : egressTiers) {
                const auto tierPath = path + ".cost." + std::string(tier);
                prices.readCosts(prices.map(cost, tier, tierPath), rules, start, tierPath);
            }
        }

        const auto storage = prices.map(document, "storage", "storage");
        const auto bucket = prices.map(storage, "bucket", "storage.bucket");
        for (const auto& [name, rule] : storageClasses) {
            const auto path = "storage.bucket." + std::string(name);
            const auto cost = prices.map(prices.map(bucket, name, path), "cost", path + ".cost");
            prices.readCosts(cost, {rule}, 0.0, path + ".cost");
        }
        // Older generator versions had no multi-region classes: their absence is no error.
        if (const auto multi = bucket[std::string(multiRegionClass)]; multi && multi.IsMap()) {
            const auto path = "storage.bucket." + std::string(multiRegionClass);
            prices.readCosts(prices.map(multi, "cost", path + ".cost"), {multiRegionRule}, 0.0,
                             path + ".cost");
        }
    } catch (const ReadFailure& failure) {
        return failure.error;
    } catch (const YAML::Exception& e) {
        return Error{ErrorCode::Syntax,
                     "unreadable YAML: " + e.msg,
                     {input.fileName(), e.mark.line + 1, e.mark.column + 1, {}}};
    }
    input.setRecords(out.report.recordsKept);
    input.reportDone();
    return out;
}

} // namespace rs::pricing::readers
