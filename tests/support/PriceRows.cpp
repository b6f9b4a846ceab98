#include "PriceRows.h"

#include "MoneyLiteral.h"
#include "TestCatalogues.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace rs::test {

PriceBook lambdaRequestBook()
{
    return book({row("aws.lambda.free-requests", "global", "request", "0", 0.0, 1e6),
                 row("aws.lambda.requests", "us-east-1", "request", "0.0000002"),
                 row("aws.lambda.requests", "us-west-2", "request", "0.0000002")});
}

PriceRow row(const std::string& key, const std::string& region, const std::string& unit,
             const char* price, double start, std::optional<double> end,
             const std::string& toRegion)
{
    PriceRow r;
    r.key = key;
    r.provider = enumFromName<Provider>(key.substr(0, key.find('.'))).value_or(Provider::Aws);
    r.region = region;
    r.toRegion = toRegion;
    r.unit = unit;
    r.price = money(price);
    r.tierStart = start;
    r.tierEnd = end;
    r.effectiveDate = "2026-08-31";
    r.source = "TEST";
    r.confidence = PriceConfidence::File;
    return r;
}

PriceBook book(std::vector<PriceRow> rows)
{
    auto built = PriceBook::fromRows(std::move(rows), "test-1");
    if (!built)
        qFatal("%s", built.errors().front().toString().c_str());
    return std::move(built).value();
}

std::vector<PriceRow> bundledRows()
{
    std::ifstream in(sourcePath("resources/pricing/default-prices.json"));
    const auto j = nlohmann::json::parse(in);
    const auto text = [](const nlohmann::json& v) {
        return v.is_string() ? v.get<std::string>() : std::string();
    };
    std::vector<PriceRow> rows;
    for (const auto& r : j.at("rows")) {
        PriceRow p;
        p.key = r.at("key").get<std::string>();
        p.provider = enumFromName<Provider>(r.at("provider").get<std::string>()).value();
        p.service = text(r.at("service"));
        p.sku = text(r.at("sku"));
        p.usageType = text(r.at("usageType"));
        p.description = text(r.at("description"));
        p.region = r.at("region").get<std::string>();
        p.toRegion = text(r.at("toRegion"));
        p.unit = r.at("unit").get<std::string>();
        p.tierStart = r.at("tierStart").get<double>();
        if (r.at("tierEnd").is_number())
            p.tierEnd = r.at("tierEnd").get<double>();
        p.price = Money::parse(r.at("price").get<std::string>()).value();
        p.effectiveDate = text(r.at("effectiveDate"));
        p.source = text(r.at("source"));
        p.confidence = enumFromName<PriceConfidence>(text(r.at("confidence")))
                           .value_or(PriceConfidence::Unconfirmed);
        p.freeTier = r.at("freeTier").get<bool>();
        p.note = text(r.at("note"));
        rows.push_back(std::move(p));
    }
    return rows;
}

} // namespace rs::test
