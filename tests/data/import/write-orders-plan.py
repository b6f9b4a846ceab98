#!/usr/bin/env python3
"""Writes orders-active-active.plan.json: the application of resources/examples/
03-aws-active-active.json as `terraform show -json` prints its plan (format 1.2, Terraform
1.9), written from the documented JSON output format
(https://developer.hashicorp.com/terraform/internals/json-format). Three AWS provider
configurations (the default in us-east-1, aliases euw1 and apse1), one `region` module called
three times with `providers = { aws = aws.X }`, and the global pieces in the root module.
As Terraform writes it (internal/command/jsonconfig/config.go), a module call carries no
`providers` map: each resource in a called module names the configuration passed to it
(`aws.euw1`) in its provider_config_key, and provider_config lists the module's own `aws` with
its module_address and no expressions.
The user pool exists already: its ARN comes from prior_state."""
import copy, json, os

ACCOUNT = "111122223333"
POOL_ARN = f"arn:aws:cognito-idp:us-east-1:{ACCOUNT}:userpool/us-east-1_Orders1"
REGIONS = [("use1", "us-east-1", "aws"), ("euw1", "eu-west-1", "aws.euw1"),
           ("apse1", "ap-southeast-1", "aws.apse1")]

def res(address, type_, name, values, module=""):
    full = (module + "." if module else "") + address
    return {"address": full, "mode": "managed", "type": type_, "name": name,
            "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
            "values": values, "sensitive_values": {}}

def cfg(type_, name, expressions, key="aws"):
    return {"address": f"{type_}.{name}", "mode": "managed", "type": type_, "name": name,
            "provider_config_key": key, "expressions": expressions, "schema_version": 0}

def ref(*refs):
    return {"references": list(refs)}

def const(v):
    return {"constant_value": v}

def module_values(short, code):
    m = f"module.{short}"
    return {"address": m, "resources": [
        res("aws_api_gateway_rest_api.api", "aws_api_gateway_rest_api", "api",
            {"name": f"orders-{short}", "endpoint_configuration": [{"types": ["REGIONAL"]}]}, m),
        res("aws_api_gateway_method_settings.all", "aws_api_gateway_method_settings", "all",
            {"method_path": "*/*", "settings": [{"throttling_rate_limit": 10000}]}, m),
        res("aws_api_gateway_domain_name.api", "aws_api_gateway_domain_name", "api",
            {"domain_name": f"api-{short}.orders.example.com"}, m),
        res("aws_api_gateway_base_path_mapping.api", "aws_api_gateway_base_path_mapping", "api", {}, m),
        res("aws_api_gateway_integration.fn", "aws_api_gateway_integration", "fn",
            {"type": "AWS_PROXY", "integration_http_method": "POST"}, m),
        res("aws_api_gateway_authorizer.users", "aws_api_gateway_authorizer", "users",
            {"name": "users", "type": "COGNITO_USER_POOLS", "provider_arns": [POOL_ARN]}, m),
        res("aws_lambda_function.fn", "aws_lambda_function", "fn",
            {"function_name": f"orders-fn-{short}", "memory_size": 1024, "architectures": ["arm64"],
             "runtime": "python3.12", "environment": [{"variables": {"BUS": f"orders-{short}", "TABLE": "orders"}}]}, m),
        res("aws_lambda_provisioned_concurrency_config.fn", "aws_lambda_provisioned_concurrency_config",
            "fn", {"provisioned_concurrent_executions": 200, "qualifier": "live"}, m),
        res("aws_lambda_function.worker", "aws_lambda_function", "worker",
            {"function_name": f"orders-worker-{short}", "memory_size": 512, "architectures": ["arm64"],
             "runtime": "python3.12", "environment": [{"variables": {"TABLE": "orders"}}]}, m),
        res("aws_cloudwatch_event_bus.bus", "aws_cloudwatch_event_bus", "bus", {"name": f"orders-{short}"}, m),
        res("aws_cloudwatch_event_archive.bus", "aws_cloudwatch_event_archive", "bus",
            {"name": f"orders-{short}-archive", "retention_days": 7}, m),
        res("aws_cloudwatch_event_rule.jobs", "aws_cloudwatch_event_rule", "jobs",
            {"name": "jobs", "event_pattern": "{\"source\":[\"orders\"]}"}, m),
        res("aws_cloudwatch_event_target.jobs", "aws_cloudwatch_event_target", "jobs",
            {"rule": "jobs", "retry_policy": [{"maximum_event_age_in_seconds": 86400,
                                                "maximum_retry_attempts": 185}],
             "dead_letter_config": [{"arn": f"arn:aws:sqs:{code}:{ACCOUNT}:orders-events-dlq"}]}, m),
        res("aws_sqs_queue.jobs", "aws_sqs_queue", "jobs",
            {"name": f"orders-jobs-{short}", "fifo_queue": False, "message_retention_seconds": 1209600,
             "visibility_timeout_seconds": 180,
             "redrive_policy": json.dumps({"deadLetterTargetArn": f"arn:aws:sqs:{code}:{ACCOUNT}:orders-jobs-dlq",
                                           "maxReceiveCount": 5})}, m),
        res("aws_lambda_event_source_mapping.worker", "aws_lambda_event_source_mapping", "worker",
            {"batch_size": 10}, m),
    ]}

module_config = {
    "outputs": {"api_domain": {"expression": ref("aws_api_gateway_domain_name.api.regional_domain_name",
                                                 "aws_api_gateway_domain_name.api")}},
    "resources": [
        cfg("aws_api_gateway_rest_api", "api", {"name": ref("var.name")}),
        cfg("aws_api_gateway_method_settings", "all", {"rest_api_id": ref("aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api")}),
        cfg("aws_api_gateway_domain_name", "api", {}),
        cfg("aws_api_gateway_base_path_mapping", "api", {
            "api_id": ref("aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api"),
            "domain_name": ref("aws_api_gateway_domain_name.api.domain_name", "aws_api_gateway_domain_name.api")}),
        cfg("aws_api_gateway_integration", "fn", {
            "rest_api_id": ref("aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api"),
            "uri": ref("aws_lambda_function.fn.invoke_arn", "aws_lambda_function.fn")}),
        cfg("aws_api_gateway_authorizer", "users", {
            "rest_api_id": ref("aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api"),
            "provider_arns": ref("var.user_pool_arn")}),
        cfg("aws_lambda_function", "fn", {"environment": [{"variables": ref("aws_cloudwatch_event_bus.bus.name", "aws_cloudwatch_event_bus.bus")}]}),
        cfg("aws_lambda_provisioned_concurrency_config", "fn", {"function_name": ref("aws_lambda_function.fn.function_name", "aws_lambda_function.fn")}),
        cfg("aws_lambda_function", "worker", {"environment": [{"variables": ref("var.table_name")}]}),
        cfg("aws_cloudwatch_event_bus", "bus", {}),
        cfg("aws_cloudwatch_event_archive", "bus", {"event_source_arn": ref("aws_cloudwatch_event_bus.bus.arn", "aws_cloudwatch_event_bus.bus")}),
        cfg("aws_cloudwatch_event_rule", "jobs", {"event_bus_name": ref("aws_cloudwatch_event_bus.bus.name", "aws_cloudwatch_event_bus.bus")}),
        cfg("aws_cloudwatch_event_target", "jobs", {
            "event_bus_name": ref("aws_cloudwatch_event_bus.bus.name", "aws_cloudwatch_event_bus.bus"),
            "arn": ref("aws_sqs_queue.jobs.arn", "aws_sqs_queue.jobs")}),
        cfg("aws_sqs_queue", "jobs", {}),
        cfg("aws_lambda_event_source_mapping", "worker", {
            "event_source_arn": ref("aws_sqs_queue.jobs.arn", "aws_sqs_queue.jobs"),
            "function_name": ref("aws_lambda_function.worker.arn", "aws_lambda_function.worker")}),
    ]}

def passed(config, key):
    """The module's configuration with each resource naming the provider passed to it."""
    config = copy.deepcopy(config)
    for r in config["resources"]:
        r["provider_config_key"] = key
    return config

root_values = [
    res("aws_dynamodb_table.orders", "aws_dynamodb_table", "orders",
        {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "pk",
         "point_in_time_recovery": [{"enabled": True}],
         "replica": [{"region_name": "eu-west-1"}, {"region_name": "ap-southeast-1"}]}),
    res("aws_cognito_user_pool.users", "aws_cognito_user_pool", "users",
        {"name": "orders-users", "user_pool_tier": "ESSENTIALS"}),
    res("aws_wafv2_web_acl.edge", "aws_wafv2_web_acl", "edge",
        {"name": "orders-edge-v3", "scope": "CLOUDFRONT",
         "rule": [{"name": f"rule-{i}", "priority": i} for i in range(12)]}),
    res("aws_cloudfront_distribution.cdn", "aws_cloudfront_distribution", "cdn",
        {"comment": "CloudFront (orders.example.com)", "price_class": "PriceClass_All",
         "aliases": ["orders.example.com"],
         "origin": [{"domain_name": "api-origin.example.com", "origin_id": "api"}]}),
]
root_config = [
    cfg("aws_dynamodb_table", "orders", {}),
    cfg("aws_cognito_user_pool", "users", {}),
    cfg("aws_wafv2_web_acl", "edge", {}),
    cfg("aws_cloudfront_distribution", "cdn", {"web_acl_id": ref("aws_wafv2_web_acl.edge.arn", "aws_wafv2_web_acl.edge")}),
]
for short, code, key in REGIONS:
    root_values.append(res(f"aws_route53_health_check.{short}", "aws_route53_health_check", short,
        {"type": "HTTPS", "resource_path": "/health/deep", "request_interval": 10,
         "failure_threshold": 3, "port": 443}))
    root_values.append(res(f"aws_route53_record.{short}", "aws_route53_record", short,
        {"name": "api-origin.example.com", "type": "A", "set_identifier": short,
         "latency_routing_policy": [{"region": code}], "alias": [{"evaluate_target_health": True}]}))
    root_config.append(cfg("aws_route53_health_check", short,
        {"fqdn": ref(f"module.{short}.api_domain", f"module.{short}")}))
    root_config.append(cfg("aws_route53_record", short, {
        "alias": [{"name": ref(f"module.{short}.api_domain", f"module.{short}")}],
        "health_check_id": ref(f"aws_route53_health_check.{short}.id", f"aws_route53_health_check.{short}")}))

plan = {
    "format_version": "1.2",
    "terraform_version": "1.9.8",
    "variables": {"home_region": {"value": "us-east-1"}},
    "planned_values": {"root_module": {"resources": root_values,
                                       "child_modules": [module_values(s, c) for s, c, _ in REGIONS]}},
    "prior_state": {"format_version": "1.0", "terraform_version": "1.9.8", "values": {"root_module": {"resources": [
        res("aws_cognito_user_pool.users", "aws_cognito_user_pool", "users",
            {"name": "orders-users", "user_pool_tier": "ESSENTIALS", "arn": POOL_ARN, "id": "us-east-1_Orders1"})]}}},
    "configuration": {
        "provider_config": {
            "aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
                    "expressions": {"region": ref("var.home_region")}},
            "aws.euw1": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws", "alias": "euw1",
                         "expressions": {"region": const("eu-west-1")}},
            "aws.apse1": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws", "alias": "apse1",
                          "expressions": {"region": const("ap-southeast-1")}},
            **{f"module.{short}:aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
                                       "module_address": f"module.{short}"} for short, _, _ in REGIONS},
        },
        "root_module": {
            "resources": root_config,
            "module_calls": {short: {"source": "./modules/region",
                                     "expressions": {"name": const(f"orders-{short}"),
                                                     "table_name": const("orders"),
                                                     "user_pool_arn": ref("aws_cognito_user_pool.users.arn", "aws_cognito_user_pool.users")},
                                     "module": passed(module_config, key)} for short, code, key in REGIONS},
        },
    },
}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "orders-active-active.plan.json"), "w") as f:
    json.dump(plan, f, indent=1)
    f.write("\n")
