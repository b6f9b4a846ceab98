#include "core/Id.h"

namespace rs {

bool isValidElementId(std::string_view id)
{
    constexpr std::size_t maxLength = 64;
    if (id.empty() || id.size() > maxLength)
        return false;
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(id.front()))
        return false;
    for (const char c : id) {
        if (!alnum(c) && c != '-' && c != '_' && c != '.' && c != ':')
            return false;
    }
    return true;
}

} // namespace rs
