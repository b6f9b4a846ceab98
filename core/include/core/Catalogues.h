#pragma once

#include "core/RegionCatalogue.h"
#include "core/Result.h"
#include "core/ServiceCatalogue.h"

namespace rs {

/// The service and region catalogues a design is read and checked against.
struct Catalogues
{
    ServiceCatalogue services;
    RegionCatalogue regions;

    /// The catalogues compiled into the application from resources/catalogue/.
    static Result<Catalogues> builtIn();
};

} // namespace rs
