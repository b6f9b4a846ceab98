#include "pricing/PriceCatalogue.h"

#include <QStandardPaths>

namespace rs::pricing {

// The one place pricing/ uses Qt: where the platform keeps an application's data.
std::filesystem::path defaultCataloguePath()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(folder.toStdString()) / "prices.sqlite";
}

} // namespace rs::pricing
