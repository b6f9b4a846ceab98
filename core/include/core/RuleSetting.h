#pragma once

#include "core/EnumNames.h"

#include <optional>

namespace rs {

/// How much a finding matters.
enum class Severity
{
    Info,
    Warning,
    Error,
};

template <> struct EnumNames<Severity>
{
    static constexpr std::array names{
        std::pair{Severity::Info, std::string_view{"info"}},
        std::pair{Severity::Warning, std::string_view{"warning"}},
        std::pair{Severity::Error, std::string_view{"error"}},
    };
};

/// A design's own setting for one rule: switched off, or at another severity.
struct RuleSetting
{
    bool enabled = true;
    std::optional<Severity> severity;

    bool operator==(const RuleSetting&) const = default;
};

} // namespace rs
