#pragma once

#include <QString>
#include <QStringList>

namespace rs::ui {

/// The example designs bundled with the application (resources/examples, compiled in as Qt
/// resources, so they are there wherever the program is installed): their resource paths, in
/// file-name order.
QStringList bundledExamples();

} // namespace rs::ui
