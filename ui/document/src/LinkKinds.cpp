#include "document/LinkKinds.h"

#include "core/LinkKindProposal.h"

namespace rs::document {

namespace {

// Mirrors the link checks of core's DesignValidator; tst_linkkinds holds the two together.
bool allowed(LinkKind kind, const ServiceKind& from, const ServiceKind& to)
{
    switch (kind) {
    case LinkKind::UsesKey:
        return to.category == Category::Key;
    case LinkKind::UsesSecret:
        return to.category == Category::Secret;
    case LinkKind::Authenticates:
        return to.category == Category::Identity;
    case LinkKind::Replication:
        return isDataStore(from.category) && from.id == to.id;
    case LinkKind::HealthCheck:
        return from.category == Category::Router;
    case LinkKind::Route:
        return from.category == Category::Router || from.category == Category::Cdn ||
               from.category == Category::Waf;
    case LinkKind::Origin:
        return from.category == Category::Cdn || from.category == Category::Router;
    case LinkKind::Request:
    case LinkKind::Event:
        return true;
    }
    return false;
}

} // namespace

LinkKind proposeLinkKind(const ServiceKind& from, const ServiceKind& to)
{
    return rs::proposeLinkKind(from, to); // one owner: core, which the importer uses too
}

std::vector<LinkKind> allowedLinkKinds(const ServiceKind& from, const ServiceKind& to)
{
    std::vector<LinkKind> out;
    for (const auto& [kind, name] : EnumNames<LinkKind>::names) {
        if (allowed(kind, from, to))
            out.push_back(kind);
    }
    return out;
}

} // namespace rs::document
