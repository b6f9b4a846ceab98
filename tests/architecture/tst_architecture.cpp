#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Source files under `folder` whose includes match `pattern`, as "file: line" strings.
QStringList offendingIncludes(const QString& folder, const QRegularExpression& pattern)
{
    QStringList hits;
    QDirIterator it(QStringLiteral(RS_SOURCE_DIR) + "/" + folder,
                    {"*.h", "*.hpp", "*.cpp", "*.cc", "CMakeLists.txt"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            const auto text = QString::fromUtf8(file.readLine());
            ++line;
            if (pattern.match(text).hasMatch())
                hits << QString("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    return hits;
}

} // namespace

/// The layering of DESIGN.md, checked on the sources: core/ uses no Qt at all, pricing/ no
/// Qt GUI or Widgets.
class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void coreUsesNoQt()
    {
        const QRegularExpression qtInclude("^\\s*#\\s*include\\s*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/)");
        const QRegularExpression qtLink("Qt6::");
        auto hits = offendingIncludes("core", qtInclude) + offendingIncludes("core", qtLink);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
    }

    void pricingUsesNoQtGui()
    {
        const QRegularExpression guiInclude(
            "^\\s*#\\s*include\\s*[<\"](QtGui|QtWidgets|QWidget|QGraphics\\w*|QPainter|QPixmap|"
            "QImage|QColor|QFont\\w*|QApplication|QGuiApplication)\\b");
        const QRegularExpression guiLink("Qt6::(Gui|Widgets)");
        auto hits =
            offendingIncludes("pricing", guiInclude) + offendingIncludes("pricing", guiLink);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
    }

    void theCheckWouldCatchAStrayInclude()
    {
        // The scanner itself is tested on this file, which names a Qt include on purpose.
        const QRegularExpression qtInclude("^\\s*#\\s*include\\s*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/)");
        QVERIFY(!offendingIncludes("tests/architecture", qtInclude).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
