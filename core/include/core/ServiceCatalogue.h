#pragma once

#include "core/EnumNames.h"
#include "core/PropertyValue.h"
#include "core/Provider.h"
#include "core/Result.h"
#include "core/cost/UsageKind.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

enum class Category
{
    Router,
    Cdn,
    Waf,
    ApiGateway,
    Compute,
    Queue,
    EventBus,
    Database,
    ObjectStore,
    Cache,
    Key,
    Secret,
    Identity,
    Monitoring,
};

template <> struct EnumNames<Category>
{
    static constexpr std::array names{
        std::pair{Category::Router, std::string_view{"router"}},
        std::pair{Category::Cdn, std::string_view{"cdn"}},
        std::pair{Category::Waf, std::string_view{"waf"}},
        std::pair{Category::ApiGateway, std::string_view{"api-gateway"}},
        std::pair{Category::Compute, std::string_view{"compute"}},
        std::pair{Category::Queue, std::string_view{"queue"}},
        std::pair{Category::EventBus, std::string_view{"event-bus"}},
        std::pair{Category::Database, std::string_view{"database"}},
        std::pair{Category::ObjectStore, std::string_view{"object-store"}},
        std::pair{Category::Cache, std::string_view{"cache"}},
        std::pair{Category::Key, std::string_view{"key"}},
        std::pair{Category::Secret, std::string_view{"secret"}},
        std::pair{Category::Identity, std::string_view{"identity"}},
        std::pair{Category::Monitoring, std::string_view{"monitoring"}},
    };
};

/// True for the categories that hold data a region loss can take with it.
bool isDataStore(Category category);

/// Where a service of a kind may be placed.
enum class Scope
{
    Regional,
    Global,
    Either,
};

template <> struct EnumNames<Scope>
{
    static constexpr std::array names{
        std::pair{Scope::Regional, std::string_view{"regional"}},
        std::pair{Scope::Global, std::string_view{"global"}},
        std::pair{Scope::Either, std::string_view{"either"}},
    };
};

enum class PropertyType
{
    Number,
    Integer,
    Bool,
    Enum,
    String,
};

template <> struct EnumNames<PropertyType>
{
    static constexpr std::array names{
        std::pair{PropertyType::Number, std::string_view{"number"}},
        std::pair{PropertyType::Integer, std::string_view{"integer"}},
        std::pair{PropertyType::Bool, std::string_view{"bool"}},
        std::pair{PropertyType::Enum, std::string_view{"enum"}},
        std::pair{PropertyType::String, std::string_view{"string"}},
    };
};

enum class ReplicationMode
{
    None,
    Async,
    SyncQuorum,
    MultiWriter,
};

template <> struct EnumNames<ReplicationMode>
{
    static constexpr std::array names{
        std::pair{ReplicationMode::None, std::string_view{"none"}},
        std::pair{ReplicationMode::Async, std::string_view{"async"}},
        std::pair{ReplicationMode::SyncQuorum, std::string_view{"sync-quorum"}},
        std::pair{ReplicationMode::MultiWriter, std::string_view{"multi-writer"}},
    };
};

enum class ConflictPolicy
{
    None,
    Lww,
    Custom,
    Crdt,
};

template <> struct EnumNames<ConflictPolicy>
{
    static constexpr std::array names{
        std::pair{ConflictPolicy::None, std::string_view{"none"}},
        std::pair{ConflictPolicy::Lww, std::string_view{"lww"}},
        std::pair{ConflictPolicy::Custom, std::string_view{"custom"}},
        std::pair{ConflictPolicy::Crdt, std::string_view{"crdt"}},
    };
};

/// How a router's answers reach clients: DNS answers are cached for their TTL, anycast and
/// proxies switch at once.
enum class RoutingType
{
    Dns,
    Anycast,
    Proxy,
};

template <> struct EnumNames<RoutingType>
{
    static constexpr std::array names{
        std::pair{RoutingType::Dns, std::string_view{"dns"}},
        std::pair{RoutingType::Anycast, std::string_view{"anycast"}},
        std::pair{RoutingType::Proxy, std::string_view{"proxy"}},
    };
};

/// Which failure-detection formula of the resilience model applies to a router.
enum class Detection
{
    IntervalThreshold,
    ToleratedFailures,
    SampleWindow,
    OriginAttempts,
};

template <> struct EnumNames<Detection>
{
    static constexpr std::array names{
        std::pair{Detection::IntervalThreshold, std::string_view{"interval-threshold"}},
        std::pair{Detection::ToleratedFailures, std::string_view{"tolerated-failures"}},
        std::pair{Detection::SampleWindow, std::string_view{"sample-window"}},
        std::pair{Detection::OriginAttempts, std::string_view{"origin-attempts"}},
    };
};

/// A property a service kind takes, with its type, unit, default and allowed values.
struct PropertySpec
{
    std::string name;
    std::string label;
    PropertyType type = PropertyType::Number;
    std::string unit;
    PropertyValue defaultValue;
    std::optional<double> min;
    std::optional<double> max;
    std::vector<std::string> values; ///< allowed values of an enum
    std::string help;

    /// Why `value` does not fit this property, or nothing when it does.
    std::optional<std::pair<ErrorCode, std::string>> check(const PropertyValue& value) const;
};

struct Sla
{
    double percent = 0.0;
    std::string source;
};

/// A replication lag that depends on one of the service's properties, e.g. Cosmos DB's loss
/// bound by consistency level.
struct LagByProperty
{
    std::string property;
    std::map<std::string, double, std::less<>> seconds; ///< by property value
    std::string source;
};

struct ReplicationSpec
{
    std::vector<ReplicationMode> modes;
    std::optional<double> typicalLagSeconds;
    std::optional<LagByProperty> lagByProperty; ///< overrides typicalLagSeconds where it applies
    ConflictPolicy conflictPolicy = ConflictPolicy::None;
    std::optional<double> promotionSeconds;
    std::string source;
};

struct RoutingSpec
{
    RoutingType type = RoutingType::Dns;
    Detection detection = Detection::IntervalThreshold;
    std::string source;
};

/// How one kind of usage of a service is priced: the price key, an optional free allowance
/// shared account-wide, and the property values the rule applies to (the first rule of a usage
/// whose `when` matches the service wins). A kind bills only the usage its rules name.
struct PricingRule
{
    UsageKind usage = UsageKind::ApiRequests;
    std::string key;
    std::string freeKey; ///< empty: no free allowance
    /// An opt-in allowance (Cosmos DB's free tier): the bool property that says the account
    /// opted in. Empty: an account-level allowance, counted when the design counts free tiers.
    std::string freeOptIn;
    std::map<std::string, std::string> when; ///< property name -> value ("true" / "false" for bool)
    /// Hours and resource-months: the numeric property that counts the billed units (nodes,
    /// RU/s, keys, users); empty means one. `scale` converts it into the price's unit
    /// (processing units to nodes: 0.001).
    std::string per;
    double scale = 1.0;
    bool premium = false; ///< a cost only a multi-region design pays: shown as premium
    /// Billed once for the data set, not per copy: the copies joined by replication links are
    /// one instance (Spanner's multi-region storage), so only the group's writer bills it.
    bool oncePerDataSet = false;
};

/// One entry of the service catalogue: what a kind of service is, what it takes and promises.
struct ServiceKind
{
    std::string id;
    Provider provider = Provider::Aws;
    std::string name;
    Category category = Category::Compute;
    std::string icon;
    Scope scope = Scope::Regional;
    std::string description;
    std::vector<PropertySpec> properties;
    std::optional<Sla> sla;
    ReplicationSpec replication;
    std::optional<RoutingSpec> routing;
    std::vector<std::string> priceKeys;
    std::vector<PricingRule> pricing;

    const PropertySpec* property(std::string_view propertyName) const;
};

/// The service kinds the application knows, loaded from data and validated on load.
class ServiceCatalogue
{
public:
    /// Parses and validates a catalogue (docs/catalogue-format.md): every error, located.
    static Result<ServiceCatalogue> fromJson(std::string_view text);

    const ServiceKind* find(std::string_view id) const;
    const std::vector<ServiceKind>& kinds() const { return m_kinds; }
    const std::string& version() const { return m_version; }

private:
    std::string m_version;
    std::vector<ServiceKind> m_kinds;
    std::map<std::string, std::size_t, std::less<>> m_index;
};

} // namespace rs
