#pragma once

#include "core/EnumNames.h"

namespace rs {

/// Who runs a region or a service. `Neutral` services (CockroachDB, Auth0, Cloudflare) run on
/// or beside any cloud.
enum class Provider
{
    Aws,
    Azure,
    Gcp,
    Neutral,
};

template <> struct EnumNames<Provider>
{
    static constexpr std::array names{
        std::pair{Provider::Aws, std::string_view{"aws"}},
        std::pair{Provider::Azure, std::string_view{"azure"}},
        std::pair{Provider::Gcp, std::string_view{"gcp"}},
        std::pair{Provider::Neutral, std::string_view{"neutral"}},
    };
};

} // namespace rs
