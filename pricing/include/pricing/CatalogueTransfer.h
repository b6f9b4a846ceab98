#pragma once

#include "pricing/PriceCatalogue.h"

namespace rs::pricing {

/// What copyVersion did.
struct CopiedVersion
{
    int id = 0;           ///< the version's id in the receiving catalogue
    bool already = false; ///< it was there already (same provider, checksum, source and date)
};

/// Copies version `versionId` of `from` into `to` with its rows, checksum and provenance (source,
/// format, import time, effective date, note, import report): `resilience pricing push|pull`
/// between a local catalogue and a team's. The rows must still match the checksum they were
/// imported with; the copy is one import transaction, so it lands whole or not at all. A version
/// the receiver holds already is not copied twice. `activate` makes the copy its provider's
/// active version there; otherwise it arrives inactive.
Result<CopiedVersion> copyVersion(PriceCatalogue& from, int versionId, PriceCatalogue& to,
                                  bool activate);

} // namespace rs::pricing
