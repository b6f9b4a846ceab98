#pragma once

#include <string_view>

/// Data files compiled into the application (resources/catalogue/).
namespace rs::resources {

std::string_view serviceCatalogueJson();
std::string_view regionCatalogueJson();

} // namespace rs::resources
