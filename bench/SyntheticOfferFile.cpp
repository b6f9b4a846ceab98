#include "SyntheticOfferFile.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace rs::bench {

namespace {

struct Region
{
    const char* code;
    const char* location;
    const char* prefix;
};

constexpr std::array<Region, 8> regions{{
    {"us-east-1", "US East (N. Virginia)", ""},
    {"us-west-2", "US West (Oregon)", "USW2-"},
    {"eu-west-1", "EU (Ireland)", "EU-"},
    {"eu-west-2", "EU (London)", "EUW2-"},
    {"eu-central-1", "EU (Frankfurt)", "EUC1-"},
    {"ap-southeast-1", "Asia Pacific (Singapore)", "APS1-"},
    {"ap-northeast-1", "Asia Pacific (Tokyo)", "APN1-"},
    {"sa-east-1", "South America (Sao Paulo)", "SAE1-"},
}};

constexpr std::array<const char*, 6> families{"m5", "c6g", "r6i", "t3", "m7g", "c7i"};
constexpr std::array<const char*, 5> sizes{"large", "xlarge", "2xlarge", "4xlarge", "8xlarge"};

/// A stable, SKU-like 16-character id.
std::string skuOf(std::uint64_t n)
{
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::string sku(16, 'A');
    std::uint64_t x = n * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    for (auto& c : sku) {
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9ULL;
        c = alphabet[x % 31];
    }
    return sku;
}

class Writer
{
public:
    explicit Writer(const std::filesystem::path& path)
        : m_file(std::fopen(path.c_str(), "wb"))
    {
        std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
    }
    ~Writer() { std::fclose(m_file); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    template <typename... Args> void print(const char* format, Args... args)
    {
        const int n = std::fprintf(m_file, format, args...);
        if (n > 0)
            m_bytes += static_cast<std::uint64_t>(n);
    }
    std::uint64_t bytes() const { return m_bytes; }

private:
    std::FILE* m_file;
    std::uint64_t m_bytes = 0;
};

struct Product
{
    std::string sku;
    bool lambda = false;
    std::string description;
    const char* unit = "Hrs";
    const char* price = "0.0960000000";
};

} // namespace

SyntheticOffer writeSyntheticOffer(const std::filesystem::path& path, std::uint64_t targetBytes)
{
    Writer out(path);
    SyntheticOffer stats;
    out.print("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for "
              "informational purposes only. Synthetic file for benchmarks.\",\n  \"offerCode\" : "
              "\"AmazonEC2\",\n  \"version\" : \"20261124000000\",\n  \"publicationDate\" : "
              "\"2026-11-24T00:00:00Z\",\n  \"products\" : {\n");
    // With one on-demand and one reserved term of two dimensions per product, as here, the
    // products are about 36 % of the file and the terms the rest.
    std::vector<Product> products;
    std::uint64_t n = 0;
    for (const auto& region : regions) {
        for (const bool duration : {false, true}) {
            Product p{skuOf(n++), true, "", duration ? "Lambda-GB-Second" : "Request",
                      duration ? "0.0000166667" : "0.0000002000"};
            out.print("%s    \"%s\" : {\n      \"sku\" : \"%s\",\n      \"productFamily\" : "
                      "\"Serverless\",\n      \"attributes\" : {\n        \"servicecode\" : "
                      "\"AWSLambda\",\n        \"location\" : \"%s\",\n        \"locationType\" : "
                      "\"AWS Region\",\n        \"group\" : \"%s\",\n        \"usagetype\" : "
                      "\"%s%s\",\n        \"operation\" : \"\",\n        \"regionCode\" : \"%s\"\n"
                      "      }\n    }",
                      products.empty() ? "" : ",\n", p.sku.c_str(), p.sku.c_str(), region.location,
                      duration ? "AWS-Lambda-Duration" : "AWS-Lambda-Requests", region.prefix,
                      duration ? "Lambda-GB-Second" : "Request", region.code);
            p.description = std::string("AWS Lambda - ") +
                            (duration ? "Total Compute - " : "Total Requests - ") + region.location;
            products.push_back(std::move(p));
            ++stats.mappedProducts;
        }
    }
    const auto productBudget = targetBytes * 36 / 100;
    while (out.bytes() < productBudget) {
        const auto& region = regions[n % regions.size()];
        const char* family = families[(n / regions.size()) % families.size()];
        const char* size = sizes[(n / 7) % sizes.size()];
        Product p{skuOf(n++), false,
                  std::string("$0.096 per On Demand Linux ") + family + "." + size +
                      " Instance Hour",
                  "Hrs", "0.0960000000"};
        out.print(
            ",\n    \"%s\" : {\n      \"sku\" : \"%s\",\n      \"productFamily\" : \"Compute "
            "Instance\",\n      \"attributes\" : {\n        \"servicecode\" : \"AmazonEC2\",\n"
            "        \"location\" : \"%s\",\n        \"locationType\" : \"AWS Region\",\n"
            "        \"instanceType\" : \"%s.%s\",\n        \"currentGeneration\" : \"Yes\",\n"
            "        \"instanceFamily\" : \"General purpose\",\n        \"vcpu\" : \"2\",\n"
            "        \"physicalProcessor\" : \"Intel Xeon Platinum 8175\",\n        "
            "\"clockSpeed\" : \"3.1 GHz\",\n        \"memory\" : \"8 GiB\",\n        "
            "\"storage\" : \"EBS only\",\n        \"networkPerformance\" : \"Up to 10 "
            "Gigabit\",\n        \"processorArchitecture\" : \"64-bit\",\n        "
            "\"tenancy\" : \"Shared\",\n        \"operatingSystem\" : \"Linux\",\n        "
            "\"licenseModel\" : \"No License required\",\n        \"usagetype\" : "
            "\"%sBoxUsage:%s.%s\",\n        \"operation\" : \"RunInstances\",\n        "
            "\"capacitystatus\" : \"Used\",\n        \"ecu\" : \"10\",\n        "
            "\"normalizationSizeFactor\" : \"4\",\n        \"preInstalledSw\" : \"NA\",\n"
            "        \"processorFeatures\" : \"Intel AVX; Intel AVX2; Intel AVX512; Intel "
            "Turbo\",\n        \"regionCode\" : \"%s\",\n        \"servicename\" : "
            "\"Amazon Elastic Compute Cloud\"\n      }\n    }",
            p.sku.c_str(), p.sku.c_str(), region.location, family, size, region.prefix, family,
            size, region.code);
        products.push_back(std::move(p));
    }
    stats.products = products.size();

    const auto dimension = [&](const std::string& sku, const char* term, const char* rate,
                               const std::string& description, const char* unit, const char* price,
                               bool last) {
        out.print(
            "            \"%s.%s.%s\" : {\n              \"rateCode\" : \"%s.%s.%s\",\n"
            "              \"description\" : \"%s\",\n              \"beginRange\" : "
            "\"0\",\n              \"endRange\" : \"Inf\",\n              \"unit\" : \"%s\",\n"
            "              \"pricePerUnit\" : {\n                \"USD\" : \"%s\"\n"
            "              },\n              \"appliesTo\" : [ ]\n            }%s\n",
            sku.c_str(), term, rate, sku.c_str(), term, rate, description.c_str(), unit, price,
            last ? "" : ",");
        ++stats.dimensions;
    };
    out.print("\n  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
    for (std::size_t i = 0; i < products.size(); ++i) {
        const auto& p = products[i];
        out.print("      \"%s\" : {\n        \"%s.JRTCKXETXF\" : {\n          \"offerTermCode\" : "
                  "\"JRTCKXETXF\",\n          \"sku\" : \"%s\",\n          \"effectiveDate\" : "
                  "\"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {\n",
                  p.sku.c_str(), p.sku.c_str(), p.sku.c_str());
        dimension(p.sku, "JRTCKXETXF", "6YS6EN2CT7", p.description, p.unit, p.price, true);
        out.print("          },\n          \"termAttributes\" : { }\n        }\n      }%s\n",
                  i + 1 < products.size() ? "," : "");
    }
    out.print("    },\n    \"Reserved\" : {\n");
    bool first = true;
    for (const auto& p : products) {
        if (p.lambda)
            continue;
        out.print(
            "%s      \"%s\" : {\n        \"%s.4NA7Y494T4\" : {\n          \"offerTermCode\" : "
            "\"4NA7Y494T4\",\n          \"sku\" : \"%s\",\n          \"effectiveDate\" : "
            "\"2026-11-01T00:00:00Z\",\n          \"priceDimensions\" : {\n",
            first ? "" : ",\n", p.sku.c_str(), p.sku.c_str(), p.sku.c_str());
        first = false;
        dimension(p.sku, "4NA7Y494T4", "2TG2D8R56U", "Upfront Fee", "Quantity", "517.0000000000",
                  false);
        dimension(p.sku, "4NA7Y494T4", "6YS6EN2CT7",
                  "Linux/UNIX (Amazon VPC), m5.large reserved instance applied", "Hrs",
                  "0.0590000000", true);
        out.print("          },\n          \"termAttributes\" : {\n            "
                  "\"LeaseContractLength\" : \"1yr\",\n            \"OfferingClass\" : "
                  "\"standard\",\n            \"PurchaseOption\" : \"Partial Upfront\"\n"
                  "          }\n        }\n      }");
    }
    out.print("\n    }\n  }\n}\n");
    stats.bytes = out.bytes();
    return stats;
}

long statusKiB(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field, 0) == 0)
            return std::stol(line.substr(std::strlen(field)));
    }
    return -1;
}

} // namespace rs::bench
