#include "ElementIds.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace rs::import {

namespace {

constexpr std::size_t maxLength = 64;

bool allowed(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
}

/// FNV-1a: the same ids on every platform and every run, unlike std::hash.
std::string shortHash(std::string_view text)
{
    std::uint32_t h = 2166136261u;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    char out[9];
    std::snprintf(out, sizeof out, "%08x", h);
    return out;
}

} // namespace

std::string ElementIds::unique(std::string_view hint)
{
    std::string id;
    for (const char c : hint) {
        if (c == ']' || c == '"')
            continue; // aws_sqs_queue.q["a"] reads as aws_sqs_queue.q-a
        const char kept = allowed(c) ? c : '-';
        if (!(kept == '-' && !id.empty() && id.back() == '-'))
            id += kept;
    }
    while (!id.empty() && !std::isalnum(static_cast<unsigned char>(id.front())))
        id.erase(id.begin());
    if (id.empty())
        id = "imported";
    if (id.size() > maxLength)
        id = id.substr(0, maxLength - 9) + "-" + shortHash(hint);
    std::string candidate = id;
    for (int n = 2; m_used.contains(candidate); ++n) {
        const auto suffix = "-" + std::to_string(n);
        candidate = id.substr(0, std::min(id.size(), maxLength - suffix.size())) + suffix;
    }
    m_used.insert(candidate);
    return candidate;
}

} // namespace rs::import
