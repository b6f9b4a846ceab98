#include "DesignGenerator.h"

#include "core/EnumNames.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace rs::bench {

namespace {

// Four services and three links make one request chain: gateway -> function -> queue, function
// -> table. Each chain's table also replicates to the table of the same chain in the next region.
constexpr std::size_t elementsPerChain = 4 + 3 + 1;

} // namespace

void addService(Design& design, const std::string& id, const std::string& kind,
                const std::string& region,
                std::map<std::string, PropertyValue, std::less<>> properties, Point position)
{
    Service s;
    s.id = ServiceId{id};
    s.kind = kind;
    s.name = id;
    if (!region.empty())
        s.region = RegionId{region};
    s.properties = std::move(properties);
    s.position = position;
    design.services.emplace(s.id, std::move(s));
}

void addLink(Design& design, const std::string& from, const std::string& to, LinkKind kind,
             const std::string& id)
{
    Link l;
    l.id = LinkId{id.empty() ? "l-" + from + "-" + to + "-" + std::string(enumName(kind)) : id};
    l.from = ServiceId{from};
    l.to = ServiceId{to};
    l.kind = kind;
    design.links.emplace(l.id, std::move(l));
}

Design generateDesign(std::size_t elements, const Catalogues& catalogues)
{
    Design design;
    design.name = "Generated design of " + std::to_string(elements) + " elements";
    design.description = "Synthetic benchmark input.";

    std::vector<const RegionInfo*> codes;
    for (const auto& info : catalogues.regions.regions()) {
        if (info.provider == Provider::Aws && codes.size() < 16)
            codes.push_back(&info);
    }
    const std::size_t regionCount = std::clamp<std::size_t>(elements / 64, 2, codes.size());
    const std::size_t chains =
        std::max<std::size_t>(1, (elements - regionCount) / elementsPerChain / regionCount);
    for (std::size_t r = 0; r < regionCount; ++r) {
        Region region;
        region.id = RegionId{"r" + std::to_string(r)};
        region.provider = Provider::Aws;
        region.code = codes[r]->code;
        region.trafficPercent = 100.0 / static_cast<double>(regionCount);
        region.headroomPercent = 50.0;
        region.position = {static_cast<double>(r) * 600.0, 200.0};
        region.size = {560.0, 200.0 + static_cast<double>(chains) * 40.0};
        design.regions.emplace(region.id, region);
    }
    // Shares that do not divide 100 evenly still add up within the validator's tolerance.
    Service dns;
    dns.id = ServiceId{"dns"};
    dns.kind = "aws.route53";
    dns.name = "DNS";
    design.services.emplace(dns.id, dns);

    const auto add = [&](const std::string& id, const char* kind, const RegionId& region, double x,
                         double y) {
        addService(design, id, kind, region.value, {}, {x, y});
        return ServiceId{id};
    };
    std::size_t linkCount = 0;
    const auto link = [&](const ServiceId& from, const ServiceId& to, LinkKind kind) {
        const auto id = "l" + std::to_string(linkCount++);
        addLink(design, from.value, to.value, kind, id);
        design.links.at(LinkId{id}).payload = 1024.0 * units::bytes;
    };
    for (std::size_t r = 0; r < regionCount; ++r) {
        const RegionId region{"r" + std::to_string(r)};
        for (std::size_t c = 0; c < chains; ++c) {
            const auto suffix = std::to_string(r) + "-" + std::to_string(c);
            const double y = 40.0 + static_cast<double>(c) * 40.0;
            const auto api = add("api" + suffix, "aws.api-gateway", region, 20, y);
            const auto fn = add("fn" + suffix, "aws.lambda", region, 150, y);
            const auto queue = add("q" + suffix, "aws.sqs", region, 280, y);
            const auto table = add("db" + suffix, "aws.dynamodb", region, 410, y);
            design.services.at(fn).properties.emplace("memoryMb", std::int64_t{1024});
            link(api, fn, LinkKind::Request);
            link(fn, queue, LinkKind::Event);
            link(fn, table, LinkKind::Request);
            const auto next = std::to_string((r + 1) % regionCount) + "-" + std::to_string(c);
            link(table, ServiceId{"db" + next}, LinkKind::Replication);
        }
        link(dns.id, ServiceId{"api" + std::to_string(r) + "-0"}, LinkKind::Route);
    }
    return design;
}

Catalogues builtInCataloguesOrExit()
{
    auto catalogues = Catalogues::builtIn();
    if (!catalogues) {
        std::fprintf(stderr, "the built-in catalogue does not load: %s\n",
                     catalogues.errors().front().toString().c_str());
        std::exit(1);
    }
    return std::move(catalogues).value();
}

} // namespace rs::bench
