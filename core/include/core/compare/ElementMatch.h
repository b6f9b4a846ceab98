#pragma once

#include "core/Design.h"

#include <string>
#include <vector>

namespace rs {

/// What became of one element between two designs.
enum class ElementChange
{
    Added,     ///< only in the second design
    Removed,   ///< only in the first design
    Renamed,   ///< a new id, but the same kind, region and links: taken to be the same element
    Changed,   ///< the same id (or a rename) with other settings
    Unchanged, ///< the same id and settings (its place on the canvas aside)
};

template <> struct EnumNames<ElementChange>
{
    static constexpr std::array names{
        std::pair{ElementChange::Added, std::string_view{"added"}},
        std::pair{ElementChange::Removed, std::string_view{"removed"}},
        std::pair{ElementChange::Renamed, std::string_view{"renamed"}},
        std::pair{ElementChange::Changed, std::string_view{"changed"}},
        std::pair{ElementChange::Unchanged, std::string_view{"unchanged"}},
    };
};

/// Which of a design's three element maps an element is in.
enum class ElementType
{
    Region,
    Service,
    Link,
};

template <> struct EnumNames<ElementType>
{
    static constexpr std::array names{
        std::pair{ElementType::Region, std::string_view{"region"}},
        std::pair{ElementType::Service, std::string_view{"service"}},
        std::pair{ElementType::Link, std::string_view{"link"}},
    };
};

/// One element of either design and what became of it.
struct ElementDiff
{
    ElementType type = ElementType::Service;
    ElementChange change = ElementChange::Unchanged;
    std::string beforeId; ///< empty when added
    std::string afterId;  ///< empty when removed
    /// What differs, by the design file's key ("kind", "region", "properties.replicationMode",
    /// "role", ...); a renamed element may also have changed, and lists what did.
    std::vector<std::string> changedFields;

    /// The id the element has now, else the one it had.
    const std::string& id() const { return afterId.empty() ? beforeId : afterId; }
};

/// The elements of two designs paired up: by id first; then an element that vanished and one
/// that appeared are the same renamed element when nothing else fits either and they have the
/// same kind (a region: provider and code), the same region (mapped through the pairing) and
/// the same links (each neighbour's mapped id, or its kind while it is unpaired). In type
/// order, then by id.
struct ElementMatch
{
    std::vector<ElementDiff> elements;

    /// `beforeId` as the second design calls it: its own id, its new name when renamed.
    std::string afterIdOf(const std::string& beforeId) const;
    std::size_t count(ElementChange change) const;

    /// Index of before ids that were renamed or kept, to their after ids.
    std::map<std::string, std::string, std::less<>> beforeToAfter;
};

ElementMatch matchElements(const Design& before, const Design& after);

} // namespace rs
