#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

namespace rs {

/// Checks what a design says against the catalogues and itself: known kinds, regions and
/// properties, values in range, no dangling references, links that make sense between their
/// ends, traffic shares that add up. Runs on designs read from files and on edited ones alike.
///
/// An error about an element has Location::elementId set and Location::pointer relative to the
/// element ("region", "properties/ttlSeconds"); other errors have an absolute pointer.
Errors validateDesign(const Design& design, const Catalogues& catalogues);

} // namespace rs
