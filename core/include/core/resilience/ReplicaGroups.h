#pragma once

#include "core/DesignIndex.h"

#include <vector>

namespace rs {

/// The copies of one data set: `store` and every store joined to it by replication links,
/// directly or through others, in id order.
std::vector<const Service*> replicaGroup(const DesignIndex& design, const Service& store);

/// The copy that takes writes when a store has a single writer: the one replication flows out of
/// and none into (the primary as drawn); failing that, the copy in the busiest region; ties go to
/// the lowest id. Rules and scenarios use this one answer, so they agree on what a loss costs.
const Service* writerOf(const DesignIndex& design, const std::vector<const Service*>& group);

/// Whether the design says the data set `store` belongs to must never lose an update
/// (targets.noLostUpdates names one of its copies): its RPO target is 0, whatever the tier.
bool mustNotLoseUpdates(const DesignIndex& design, const Service& store);

} // namespace rs
