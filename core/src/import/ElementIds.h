#pragma once

#include <set>
#include <string>
#include <string_view>

namespace rs::import {

/// Hands out element ids made from resource addresses: well-formed (isValidElementId), at most
/// 64 characters (a long one keeps its start and a hash of the whole), and unique across the
/// design (a repeat gets -2, -3...).
class ElementIds
{
public:
    std::string unique(std::string_view hint);

private:
    std::set<std::string, std::less<>> m_used;
};

} // namespace rs::import
