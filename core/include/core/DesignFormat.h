#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

#include <string>
#include <string_view>

namespace rs {

/// The design file schema this build reads and writes (docs/design-format.md).
inline constexpr int designSchemaVersion = 2;

struct DesignReadLimits
{
    std::size_t maxBytes = 64u * 1024u * 1024u;
    int maxDepth = 32;
};

/// Reads a design file's text. Either the whole design, valid against the catalogues, or every
/// problem found, each with its place: line and column for syntax, a JSON pointer otherwise.
/// Never a half-read design.
Result<Design> readDesign(std::string_view text, const Catalogues& catalogues,
                          const DesignReadLimits& limits = {});

/// Reads a part of a design written by writeDesign(): a clipboard copy, or the elements an
/// undoable delete keeps. The structure and the property types are checked as in readDesign(),
/// but not what the parts mean together (traffic shares, link ends outside the part): the
/// caller fits the part into a whole design, which is validated as one.
Result<Design> readDesignFragment(std::string_view text, const Catalogues& catalogues);

/// The design in its canonical form: fixed key order, elements in id order, two-space indent,
/// a final newline. Writing what readDesign() read gives the same bytes again.
std::string writeDesign(const Design& design);

} // namespace rs
