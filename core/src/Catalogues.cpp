#include "core/Catalogues.h"

#include "resources/BuiltinResources.h"

namespace rs {

namespace {
/// Prefixes each error's place with the catalogue it is in, so a broken build names the file.
Errors inFile(Errors errors, std::string_view file)
{
    for (auto& e : errors)
        e.message = std::string(file) + ": " + e.message;
    return errors;
}
} // namespace

Result<Catalogues> Catalogues::builtIn()
{
    auto services = ServiceCatalogue::fromJson(resources::serviceCatalogueJson());
    auto regions = RegionCatalogue::fromJson(resources::regionCatalogueJson());
    Errors errors;
    if (!services)
        errors = inFile(services.errors(), "services.json");
    if (!regions) {
        auto more = inFile(regions.errors(), "regions.json");
        errors.insert(errors.end(), more.begin(), more.end());
    }
    if (!errors.empty())
        return errors;
    return Catalogues{std::move(services).value(), std::move(regions).value()};
}

} // namespace rs
