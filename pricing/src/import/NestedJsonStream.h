#pragma once

#include "TrackedInput.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs::pricing {

/// Streams a JSON object whose records sit two object levels below one container: the AWS
/// pricing pages' `regions` → region → label → entry, or the root of a pivot table → metric →
/// region → price. Each record is built alone as a small DOM, so a file of any size needs the
/// memory of one record; the root's other members (the `manifest`) are kept for the caller.
class NestedJsonStream
{
public:
    /// Called per record with its two keys (region and label, or metric and region).
    using RecordHandler = std::function<std::optional<Error>(
        const std::string& outer, const std::string& inner, const nlohmann::json& record)>;
    /// Called when a root member other than the records is complete.
    using HeaderHandler =
        std::function<std::optional<Error>(const std::string& key, const nlohmann::json& value)>;

    struct Expectation
    {
        std::string_view recordsKey; ///< "regions"; empty: the root object holds the records
        std::string_view formatName; ///< "an AWS pricing-page file", for errors
        /// Root keys that show the file is of another kind, with what that kind is.
        std::vector<std::pair<std::string_view, std::string_view>> foreignKeys;
    };

    /// Reads the whole input; the number of records on success. A record larger than
    /// `maxRecordValues` values or any string over 1 MiB is an error.
    static Result<std::uint64_t> read(TrackedInput& input, const Expectation& expectation,
                                      const HeaderHandler& onHeader, const RecordHandler& onRecord,
                                      std::size_t maxRecordValues = 10'000);
};

} // namespace rs::pricing
