#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"
#include "document/ElementRef.h"

#include <string>
#include <string_view>

namespace rs::document {

/// What elements a delete takes with it: a region's services, and every link of a service that
/// goes. Ids that are not in the design are left out; the result is sorted and unique.
ElementRefs removalClosure(const Design& design, const ElementRefs& elements);

/// What a copy carries: the elements, a region's services, and only the links whose two ends are
/// both copied (a link needs both ends to mean anything in another design).
ElementRefs copyClosure(const Design& design, const ElementRefs& elements);

/// The named elements as design-file text (core/DesignFormat.h), so deletes are undone and
/// copies pasted through the same serializer that saves files.
std::string writeFragment(const Design& design, const ElementRefs& elements);

/// Reads what writeFragment() wrote, or any design file; errors are located as in files.
Result<Design> readFragment(std::string_view text, const Catalogues& catalogues);

} // namespace rs::document
