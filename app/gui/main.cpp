#include "document/DesignDocument.h"
#include "ui/Autosave.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char** argv)
{
    // Fractional scale factors (125 %, 150 %) as the desktop sets them, not rounded to whole ones.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Resilience Studio"));
    QApplication::setOrganizationName(QStringLiteral("Resilience Studio"));
    QApplication::setApplicationVersion(QStringLiteral(RS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("resilience-studio"));

    // Qt's own strings (dialog buttons, ...) in the user's language where Qt ships them.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design cloud applications that survive a region loss."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"),
                                 QApplication::translate("main", "Design file to open."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QApplication::translate("main", "Quit after <ms> milliseconds."),
                                 QStringLiteral("ms"));
    parser.addOption(quitAfter);
    parser.process(app);

    auto catalogues = rs::Catalogues::builtIn();
    if (!catalogues) {
        QMessageBox::critical(nullptr, QApplication::applicationName(),
                              QString::fromStdString(catalogues.errors().front().toString()));
        return 1;
    }
    rs::document::DesignDocument document(catalogues.value());
    rs::ui::MainWindow window(document);
    window.show();
    const auto recovery = rs::ui::Autosave::defaultDirectory();
    // A design recovered after a crash comes first; a file named on the command line after it.
    const bool recovered = window.offerRecovery(recovery);
    window.enableAutosave(recovery, 60'000);
    if (!recovered && !parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, &QWidget::close);
    return QApplication::exec();
}
