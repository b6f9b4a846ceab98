#include "core/LinkKindProposal.h"

namespace rs {

namespace {

bool isMessaging(Category c)
{
    return c == Category::Queue || c == Category::EventBus;
}

} // namespace

LinkKind proposeLinkKind(const ServiceKind& from, const ServiceKind& to)
{
    if (isDataStore(from.category) && from.id == to.id)
        return LinkKind::Replication;
    switch (to.category) {
    case Category::Key:
        return LinkKind::UsesKey;
    case Category::Secret:
        return LinkKind::UsesSecret;
    case Category::Identity:
        return LinkKind::Authenticates;
    default:
        break;
    }
    if (from.category == Category::Cdn)
        return LinkKind::Origin;
    if (from.category == Category::Router || from.category == Category::Waf)
        return LinkKind::Route;
    if (isMessaging(from.category) || isMessaging(to.category))
        return LinkKind::Event;
    return LinkKind::Request;
}

} // namespace rs
