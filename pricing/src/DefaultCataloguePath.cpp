#include "pricing/PriceCatalogue.h"

#include <QStandardPaths>

namespace rs::pricing {

// The one place pricing/ uses Qt: where the platform keeps user data. The generic location with
// a fixed folder, so the command-line tool (no QCoreApplication, no application name) and the
// desktop application share one catalogue.
std::filesystem::path defaultCataloguePath()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return std::filesystem::path(folder.toStdString()) / "resilience-studio" / "prices.sqlite";
}

} // namespace rs::pricing
