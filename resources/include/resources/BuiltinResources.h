#pragma once

#include <string_view>

/// Data files compiled into the application (resources/catalogue/, resources/pricing/,
/// resources/carbon/).
namespace rs::resources {

std::string_view serviceCatalogueJson();
std::string_view regionCatalogueJson();
std::string_view resourceTypesJson(); ///< the importer's resource-type mapping
std::string_view defaultPriceTableJson();
std::string_view carbonGridFactorsJson();  ///< resources/carbon/grid-factors.json
std::string_view carbonCoefficientsJson(); ///< resources/carbon/coefficients.json

} // namespace rs::resources
