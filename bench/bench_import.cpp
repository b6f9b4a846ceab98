// Import of a generated 5,000-resource Terraform plan (issue 16) against a bare nlohmann parse
// of the same file. Runs alternate between the two; medians are reported. Goal: within 3x.
//
// The plan: five regions, each a module called with its own provider alias, holding 200 sets
// of queue -> function -> table with an event source mapping and environment references, so
// that reading, region resolution, reference resolution and mapping all take their part.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFile.h"
#include "core/import/Import.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace rs;
using nlohmann::json;

namespace {

json refs(std::initializer_list<std::string> names)
{
    return {{"references", names}};
}

json resource(const std::string& module, const std::string& type, const std::string& name,
              json values)
{
    return {{"address", module + "." + type + "." + name},
            {"mode", "managed"},
            {"type", type},
            {"name", name},
            {"provider_name", "registry.terraform.io/hashicorp/aws"},
            {"values", std::move(values)}};
}

/// A module's resource as Terraform writes its configuration: naming the provider configuration
/// passed to the module (`aws.r1`), not the module's own `aws`.
json config(const std::string& type, const std::string& name, const std::string& provider,
            json expressions)
{
    return {{"address", type + "." + name},
            {"mode", "managed"},
            {"type", type},
            {"name", name},
            {"provider_config_key", provider},
            {"expressions", std::move(expressions)}};
}

/// 5 regions x 200 sets x 5 resources = 5,000 resources.
std::string generatePlan()
{
    const char* regions[] = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                             "ap-southeast-1"};
    json children = json::array();
    json calls = json::object();
    json providers = json::object();
    for (int r = 0; r < 5; ++r) {
        const auto alias = "r" + std::to_string(r);
        const auto module = "module." + alias;
        providers["aws." + alias] = {
            {"name", "aws"},
            {"alias", alias},
            {"expressions", {{"region", {{"constant_value", regions[r]}}}}}};
        providers[module + ":aws"] = {{"name", "aws"}, {"module_address", module}};
        const auto key = "aws." + alias;
        json values = json::array();
        json configs = json::array();
        for (int i = 0; i < 200; ++i) {
            const auto n = std::to_string(i);
            values.push_back(
                resource(module, "aws_sqs_queue", "q" + n,
                         {{"name", alias + "-q" + n}, {"visibility_timeout_seconds", 60}}));
            values.push_back(
                resource(module, "aws_dynamodb_table", "t" + n,
                         {{"name", alias + "-t" + n}, {"billing_mode", "PAY_PER_REQUEST"}}));
            values.push_back(resource(module, "aws_lambda_function", "f" + n,
                                      {{"function_name", alias + "-f" + n},
                                       {"memory_size", 512},
                                       {"environment", {{{"variables", {{"T", "x"}}}}}}}));
            values.push_back(
                resource(module, "aws_lambda_event_source_mapping", "m" + n, {{"batch_size", 10}}));
            values.push_back(resource(module, "aws_iam_role", "role" + n, {{"name", "r"}}));
            configs.push_back(config("aws_sqs_queue", "q" + n, key, json::object()));
            configs.push_back(config("aws_dynamodb_table", "t" + n, key, json::object()));
            configs.push_back(config("aws_lambda_function", "f" + n, key,
                                     {{"environment",
                                       {{{"variables", refs({"aws_dynamodb_table.t" + n + ".name",
                                                             "aws_dynamodb_table.t" + n})}}}}}));
            configs.push_back(
                config("aws_lambda_event_source_mapping", "m" + n, key,
                       {{"event_source_arn", refs({"aws_sqs_queue.q" + n + ".arn"})},
                        {"function_name", refs({"aws_lambda_function.f" + n + ".arn"})}}));
            configs.push_back(config("aws_iam_role", "role" + n, key, json::object()));
        }
        children.push_back({{"address", module}, {"resources", values}});
        calls[alias] = {{"source", "./region"}, {"module", {{"resources", configs}}}};
    }
    const json plan{{"format_version", "1.2"},
                    {"terraform_version", "1.9.8"},
                    {"planned_values", {{"root_module", {{"child_modules", children}}}}},
                    {"configuration",
                     {{"provider_config", providers}, {"root_module", {{"module_calls", calls}}}}}};
    return plan.dump();
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    const auto catalogues = bench::builtInCataloguesOrExit();
    const auto path = std::filesystem::temp_directory_path() / "rs-bench-import-plan.json";
    std::ofstream(path) << generatePlan();
    const auto check = import::importFiles({{path.string(), {}}}, catalogues);
    if (!check) {
        std::fprintf(stderr, "generated plan does not import: %s\n",
                     check.errors().front().toString().c_str());
        return 1;
    }
    std::vector<double> parse;
    std::vector<double> imported;
    std::size_t sink = 0;
    for (int i = 0; i < runs; ++i) {
        parse.push_back(bench::timeMs(
            [&] { sink += nlohmann::json::parse(readTextFile(path).value()).size(); }));
        imported.push_back(bench::timeMs([&] {
            sink += import::importFiles({{path.string(), {}}}, catalogues)
                        .value()
                        .design.services.size();
        }));
    }
    const double p = bench::median(parse);
    const double m = bench::median(imported);
    std::printf("%-10s %10s %12s %12s %8s\n", "resources", "bytes", "parse ms", "import ms",
                "ratio");
    std::printf("%-10d %10ju %12.3f %12.3f %8.2f  (goal <= 3)\n", 5000,
                static_cast<std::uintmax_t>(std::filesystem::file_size(path)), p, m, m / p);
    std::printf("%zu services, %zu links\n", check.value().design.services.size(),
                check.value().design.links.size());
    std::filesystem::remove(path);
    return sink == 0;
}
