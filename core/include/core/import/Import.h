#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"
#include "core/import/ResourceTypeMap.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::import {

/// One file to import, and the region its stack was deployed to where the command line says.
struct ImportSource
{
    std::string path;
    std::string region; ///< `FILE@us-east-1`; empty: from the file, else the default
};

/// `plan.json` or `stack.yaml@eu-west-1`: a suffix after the last `@` is a region.
ImportSource parseImportArgument(std::string_view argument);

/// A CloudFormation parameter's value for the deployment being imported: `--parameter
/// Env=prod` for every stack, `--parameter us-west-2:IsPrimary=false` for the stacks deployed
/// to that region (it wins over a value for every stack).
struct ParameterValue
{
    std::string region; ///< empty: every stack
    std::string name;
    std::string value;
};

/// `NAME=VALUE` or `REGION:NAME=VALUE`; nothing without a `=` or a name.
std::optional<ParameterValue> parseParameterArgument(std::string_view argument);

/// What a file holds, judged from its content.
enum class InputFormat
{
    Design,
    TerraformJson,
    CloudFormation,
};

/// A `terraform show -json` output, a CloudFormation template (JSON with Resources, or YAML
/// starting with a top-level key), or a design file (its schemaVersion, or anything else, which
/// then reports its own errors). Judges from the first bytes given; nothing when they are JSON
/// naming none of the formats' keys yet (a template's Parameters can fill the first 64 KiB):
/// judge from more of the file.
std::optional<InputFormat> detectFormat(std::string_view text);

struct ImportedResource
{
    std::string address;
    std::string type;
    std::string serviceId;
    std::string kind;
};

struct SkippedResource
{
    std::string address;
    std::string type;
    std::string where; ///< file and place in it
    std::string reason;
};

struct InferredLink
{
    std::string linkId;
    std::string from;
    std::string to;
    LinkKind kind = LinkKind::Request;
    std::string because; ///< the resource and field that say so
};

/// What an import did: every resource either mapped, or listed with why not.
struct ImportReport
{
    std::vector<ImportedResource> mapped;
    std::vector<SkippedResource> unmapped;
    std::vector<InferredLink> links;
    std::vector<std::string> notes; ///< values not understood, links the design cannot hold
    /// CloudFormation parameters whose values would decide conditions left undecided.
    std::vector<std::string> parametersWanted;
};

/// The report as the command line prints it and File > Import shows it: each resource mapped,
/// each link inferred (and why), each resource not drawn (and why), the notes.
std::string reportText(const ImportReport& report);

struct ImportResult
{
    Design design;
    ImportReport report;
};

struct ImportOptions
{
    /// For stacks and providers that name none; one per provider, comma-separated
    /// (`us-east-1,europe-west1`): each resource takes the one its provider has.
    std::string region;
    /// CloudFormation parameters' values; the others take their defaults.
    std::vector<ParameterValue> parameters;
    std::size_t maxBytes = 64u * 1024u * 1024u;
};

/// Reads Terraform plans / states and CloudFormation templates (JSON or YAML, CDK's too) and
/// combines them into one valid design. Regions get an even share of traffic and enough
/// headroom to take all of it; the workload and targets are the defaults (applyBase() copies a
/// hand-written design's). Unreadable or inconsistent input: every error, located, and no design.
Result<ImportResult> importFiles(const std::vector<ImportSource>& sources,
                                 const Catalogues& catalogues, const ImportOptions& options = {});

/// Takes from `base` what infrastructure code does not say: name, description, workload,
/// targets, operations, assumptions, rule settings, and each region's role, traffic share and
/// headroom (matched by provider and code). Regions the base lacks share what the base leaves.
void applyBase(Design& imported, const Design& base);

} // namespace rs::import
