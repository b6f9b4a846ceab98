#include "core/Result.h"

namespace rs {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Syntax:
        return "syntax";
    case ErrorCode::TooLarge:
        return "too-large";
    case ErrorCode::TooDeep:
        return "too-deep";
    case ErrorCode::NewerSchema:
        return "newer-schema";
    case ErrorCode::Type:
        return "type";
    case ErrorCode::Missing:
        return "missing";
    case ErrorCode::UnknownField:
        return "unknown-field";
    case ErrorCode::UnknownKind:
        return "unknown-kind";
    case ErrorCode::UnknownProperty:
        return "unknown-property";
    case ErrorCode::UnknownRegion:
        return "unknown-region";
    case ErrorCode::Duplicate:
        return "duplicate";
    case ErrorCode::Dangling:
        return "dangling";
    case ErrorCode::Range:
        return "range";
    case ErrorCode::Inconsistent:
        return "inconsistent";
    }
    return "unknown";
}

std::string Error::toString() const
{
    std::string place;
    if (where.line > 0)
        place = "line " + std::to_string(where.line) + ", column " + std::to_string(where.column);
    if (!where.pointer.empty())
        place += (place.empty() ? "" : ", ") + where.pointer;
    return place.empty() ? message : place + ": " + message;
}

} // namespace rs
