#pragma once

#include "core/import/ResourceTypeMap.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace rs::import {

/// One resource as a reader found it, in terms common to Terraform and CloudFormation: its
/// address, its region, its field values, and which resources its fields reference.
struct SourceResource
{
    Tool tool = Tool::Terraform;
    std::string address; ///< unique among all files read: `module.eu.aws_sqs_queue.jobs[0]`
    std::string type;
    std::string file;
    std::string pointer;     ///< where it is in its file
    std::string region;      ///< from its provider or stack; may be empty
    std::string displayName; ///< a readable name when the mapping finds none in its fields
    std::string idHint;      ///< the service id to propose
    nlohmann::json values;   ///< its fields (CloudFormation: Properties)
    /// Each reference and where: the field path (dotted) and the address it names.
    std::vector<std::pair<std::string, std::string>> references;
};

/// Dotted path from a JSON pointer's tokens, the form references are keyed by.
inline std::string joinPath(const std::string& parent, const std::string& key)
{
    return parent.empty() ? key : parent + "." + key;
}

} // namespace rs::import
