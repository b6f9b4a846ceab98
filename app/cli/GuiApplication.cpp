#include "GuiApplication.h"

namespace rs::cli {

std::unique_ptr<QApplication> guiApplication(std::string_view what, std::string& problem)
{
    if (auto* existing = QCoreApplication::instance()) {
        if (!qobject_cast<QApplication*>(existing))
            problem = std::string(what) +
                      " need a GUI application, and this process already runs a non-GUI one";
        return nullptr;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "resilience";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace rs::cli
