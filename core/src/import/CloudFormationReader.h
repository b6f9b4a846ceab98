#pragma once

#include "SourceResource.h"
#include "core/Result.h"
#include "core/import/Import.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace rs::import {

/// The resources of one CloudFormation stack, and the names it exports (for Fn::ImportValue in
/// the other stacks imported with it).
struct CloudFormationStack
{
    std::vector<SourceResource> resources;
    std::map<std::string, std::string> exports; ///< export name -> resource address
    /// Resources whose condition is false for this deployment, with the values that decided it.
    std::vector<SkippedResource> notCreated;
    std::vector<std::string> notes; ///< undecided conditions, SAM events not drawn
    /// The parameters whose values would decide the conditions left undecided.
    std::set<std::string> parametersWanted;
};

/// The region a template names itself, when every regional ARN written in it names the same
/// one; empty otherwise.
std::string cloudFormationRegionHint(const nlohmann::json& doc);

/// Reads a template (JSON, or YAML already turned into JSON) deployed as one stack in `region`
/// with `parameters` (name -> value; the others take their defaults). Addresses are `prefix` +
/// logical id. References come from Ref, Fn::GetAtt, Fn::Sub and Fn::ImportValue (as
/// `import:NAME`); a parameter's Ref reads as its value and AWS::Region as `region`. Conditions
/// decide which resources exist and which branch of each Fn::If is taken; AWS::NoValue leaves a
/// property out. SAM functions' Events become the resources SAM's transform makes of them.
/// A cycle of references or DependsOn is an error, as CloudFormation rejects it.
/// `positions` (from YAML) gives each resource's line.
Result<CloudFormationStack>
readCloudFormation(const nlohmann::json& doc, const std::string& file, const std::string& prefix,
                   const std::string& region,
                   const std::map<std::string, std::pair<int, int>>& positions,
                   const std::map<std::string, std::string>& parameters = {});

} // namespace rs::import
