#include "document/DesignDocument.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Resilience Studio"));
    QApplication::setOrganizationName(QStringLiteral("Resilience Studio"));
    QApplication::setApplicationVersion(QStringLiteral(RS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design cloud applications that survive a region loss."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"),
                                 QApplication::translate("main", "Design file to open."));
    parser.process(app);

    auto catalogues = rs::Catalogues::builtIn();
    if (!catalogues) {
        QMessageBox::critical(nullptr, QApplication::applicationName(),
                              QString::fromStdString(catalogues.errors().front().toString()));
        return 1;
    }
    rs::ui::DesignDocument document(catalogues.value());
    rs::ui::MainWindow window(document);
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    window.show();
    return QApplication::exec();
}
