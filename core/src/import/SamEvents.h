#pragma once

#include "SourceResource.h"

#include <string>
#include <vector>

namespace rs::import {

/// What SAM's transform makes of each AWS::Serverless::Function's `Events`, so the mapping's
/// rows draw them as they draw hand-written CloudFormation: an event source mapping for a queue,
/// a stream, a broker or a cluster; a subscription for a topic; a rule for an event bus; a
/// method or an integration of the API (the stack's implicit ServerlessRestApi or
/// ServerlessHttpApi when the event names none); a notification on a bucket. Logical ids are
/// SAM's: the function's then the event's. Events that no service sends (schedules) or that the
/// mapping has no service for are noted. `prefix` is the stack's address prefix.
void expandSamEvents(const std::string& prefix, std::vector<SourceResource>& resources,
                     std::vector<std::string>& notes);

} // namespace rs::import
