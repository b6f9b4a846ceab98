#pragma once

#include "TrackedInput.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace rs::pricing {

/// Streams a JSON object whose records are the elements of one array member (Azure's
/// "Items", Google's "skus"): each element is built alone as a small DOM and handed to the
/// caller, so a file of any size needs the memory of one element. The object's scalar members
/// (NextPageLink, nextPageToken, ...) are kept for the caller.
class JsonItemStream
{
public:
    /// Called per element with its index; returns an error to stop.
    using ItemHandler =
        std::function<std::optional<Error>(const nlohmann::json& item, std::uint64_t index)>;

    struct Expectation
    {
        std::string_view arrayKey;   ///< "Items"
        std::string_view formatName; ///< "an Azure Retail Prices page", for errors
        /// Root keys that show the file is of another kind, with what that kind is.
        std::vector<std::pair<std::string_view, std::string_view>> foreignKeys;
    };

    /// Reads the whole input; the scalar members of the root object on success. An element
    /// larger than `maxItemValues` values or any string over 1 MiB is an error, not a way to
    /// exhaust memory.
    static Result<nlohmann::json> read(TrackedInput& input, const Expectation& expectation,
                                       const ItemHandler& onItem,
                                       std::size_t maxItemValues = 100'000);
};

} // namespace rs::pricing
