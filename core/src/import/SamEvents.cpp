#include "SamEvents.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace rs::import {

namespace {

using nlohmann::json;

/// One event type and the resource SAM's transform makes of it
/// (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/
/// sam-specification-generated-resources-function.html).
struct Generated
{
    std::string_view eventType;
    std::string_view resourceType;
    std::string_view sourceProperty; ///< the event's property naming where events come from
    std::string_view sourceField;    ///< that value's field in the generated resource
    std::string_view functionField;  ///< the field naming the function
};

/// Events that Lambda polls for: an event source mapping from the property naming the source.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> polledSources{{
    {"SQS", "Queue"},
    {"DynamoDB", "Stream"},
    {"Kinesis", "Stream"},
    {"MSK", "Stream"},
    {"MQ", "Broker"},
    {"DocumentDB", "Cluster"},
}};

/// Events the source pushes: a subscription, a rule, an API's method or integration.
constexpr std::array pushedSources{
    Generated{"SNS", "AWS::SNS::Subscription", "Topic", "TopicArn", "Endpoint"},
    Generated{"EventBridgeRule", "AWS::Events::Rule", "EventBusName", "EventBusName",
              "Targets.0.Arn"},
    Generated{"CloudWatchEvent", "AWS::Events::Rule", "EventBusName", "EventBusName",
              "Targets.0.Arn"},
    Generated{"Api", "AWS::ApiGateway::Method", "RestApiId", "RestApiId", "Integration.Uri"},
    Generated{"HttpApi", "AWS::ApiGatewayV2::Integration", "ApiId", "ApiId", "IntegrationUri"},
};

std::optional<Generated> generatedFor(std::string_view eventType)
{
    for (const auto& [type, property] : polledSources)
        if (type == eventType)
            return Generated{type, "AWS::Lambda::EventSourceMapping", property, "EventSourceArn",
                             "FunctionName"};
    for (const auto& g : pushedSources)
        if (g.eventType == eventType)
            return g;
    return std::nullopt;
}

/// The API SAM creates for a stack's events that name none.
struct ImplicitApi
{
    std::string_view eventType;
    std::string_view logicalId;
    std::string_view resourceType;
};
constexpr std::array implicitApis{
    ImplicitApi{"Api", "ServerlessRestApi", "AWS::ApiGateway::RestApi"},
    ImplicitApi{"HttpApi", "ServerlessHttpApi", "AWS::ApiGatewayV2::Api"},
};

/// Sets `value` at a dotted path of objects (`Targets.0.Arn`: a numeric part is an array index).
void setAt(json& root, std::string_view path, json value)
{
    json* at = &root;
    while (!path.empty()) {
        const auto dot = path.find('.');
        const std::string part(path.substr(0, dot));
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        if (!part.empty() && part.find_first_not_of("0123456789") == std::string::npos) {
            if (!at->is_array())
                *at = json::array();
            const auto index = std::stoul(part);
            while (at->size() <= index)
                at->push_back(json::object());
            at = &(*at)[index];
        } else {
            at = &(*at)[part];
        }
    }
    *at = std::move(value);
}

class Expander
{
public:
    Expander(const std::string& prefix, std::vector<SourceResource>& resources,
             std::vector<std::string>& notes)
        : m_prefix(prefix)
        , m_resources(resources)
        , m_notes(notes)
    {}

    void run()
    {
        const auto count = m_resources.size();
        for (std::size_t i = 0; i < count; ++i) {
            if (m_resources[i].type != "AWS::Serverless::Function")
                continue;
            const auto events = m_resources[i].values.find("Events");
            if (events == m_resources[i].values.end() || !events->is_object())
                continue;
            for (const auto& [name, event] : events->items())
                expand(i, name, event);
        }
        m_resources.insert(m_resources.end(), std::make_move_iterator(m_added.begin()),
                           std::make_move_iterator(m_added.end()));
    }

private:
    void expand(std::size_t f, const std::string& name, const json& event)
    {
        const auto type = event.is_object() ? event.value("Type", std::string()) : std::string();
        const auto properties = event.is_object() && event.contains("Properties")
                                    ? event["Properties"]
                                    : json::object();
        const auto& function = m_resources[f];
        const auto at = "Events." + name + ".Properties.";
        if (type == "S3") {
            notifyFromBucket(f, at + "Bucket", name);
            return;
        }
        const auto g = generatedFor(type);
        if (!g) {
            m_notes.push_back(function.address + ": the SAM event " + name + " (" +
                              (type.empty() ? "no Type" : type) + ") " +
                              (type.starts_with("Schedule")
                                   ? "runs the function on a schedule; no service sends it"
                                   : "comes from a source the mapping has no service for") +
                              ", so no link is drawn for it");
            return;
        }
        SourceResource r;
        r.tool = function.tool;
        r.type = std::string(g->resourceType);
        r.address = function.address + name;
        r.idHint = r.address;
        r.displayName = function.displayName + "/" + name;
        r.file = function.file;
        r.pointer = function.pointer + " Events/" + name;
        r.region = function.region;
        r.values = json::object();
        const auto source = std::string(g->sourceProperty);
        if (const auto v = properties.find(source); v != properties.end())
            setAt(r.values, g->sourceField, *v);
        bool sourced = false;
        for (const auto& [path, address] : function.references)
            if (path == at + source || path.starts_with(at + source + ".")) {
                r.references.emplace_back(std::string(g->sourceField), address);
                sourced = true;
            }
        if (!sourced && !properties.contains(source))
            sourced = implicitApi(type, std::string(g->sourceField), r);
        setAt(r.values, g->functionField, function.address);
        r.references.emplace_back(std::string(g->functionField), function.address);
        m_added.push_back(std::move(r));
    }

    /// The API SAM makes for events without one; made once per stack. False when `type` has
    /// none (an EventBridge rule on the default bus).
    bool implicitApi(const std::string& type, const std::string& field, SourceResource& r)
    {
        const auto api = std::find_if(implicitApis.begin(), implicitApis.end(),
                                      [&](const ImplicitApi& x) { return x.eventType == type; });
        if (api == implicitApis.end())
            return false;
        const auto address = m_prefix + std::string(api->logicalId);
        if (m_implicit.insert(address).second) {
            SourceResource made;
            made.tool = r.tool;
            made.type = std::string(api->resourceType);
            made.address = address;
            made.idHint = address;
            made.displayName = std::string(api->logicalId);
            made.file = r.file;
            made.pointer = "made by SAM for the events that name no API";
            made.region = r.region;
            made.values = json::object();
            if (api->eventType == "HttpApi")
                made.values["ProtocolType"] = "HTTP";
            m_added.push_back(std::move(made));
        }
        r.references.emplace_back(field, address);
        return true;
    }

    /// SAM writes an S3 event into the bucket's NotificationConfiguration.
    void notifyFromBucket(std::size_t f, const std::string& bucketPath, const std::string& name)
    {
        const auto& function = m_resources[f];
        for (const auto& [path, address] : function.references) {
            if (path != bucketPath)
                continue;
            for (auto& bucket : m_resources)
                if (bucket.address == address) {
                    auto& configs =
                        bucket.values["NotificationConfiguration"]["LambdaConfigurations"];
                    if (!configs.is_array())
                        configs = json::array();
                    const auto field = "NotificationConfiguration.LambdaConfigurations." +
                                       std::to_string(configs.size()) + ".Function";
                    configs.push_back({{"Function", function.address}});
                    bucket.references.emplace_back(field, function.address);
                    return;
                }
        }
        m_notes.push_back(function.address + ": the SAM event " + name +
                          " names a bucket outside the imported stacks; no link is drawn for it");
    }

    const std::string& m_prefix;
    std::vector<SourceResource>& m_resources;
    std::vector<std::string>& m_notes;
    std::vector<SourceResource> m_added;
    std::set<std::string> m_implicit;
};

} // namespace

void expandSamEvents(const std::string& prefix, std::vector<SourceResource>& resources,
                     std::vector<std::string>& notes)
{
    Expander(prefix, resources, notes).run();
}

} // namespace rs::import
