#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct SourceFile
{
    QString path;
    QString text;
};

/// The files under `folder` (recursively) whose names match `filters`, read.
QList<SourceFile> sourceFiles(const QString& folder, const QStringList& filters)
{
    QList<SourceFile> files;
    QDirIterator it(QStringLiteral(RS_SOURCE_DIR) + "/" + folder, filters, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            files.append({path, QString::fromUtf8(file.readAll())});
    }
    return files;
}

/// Source files under `folder` whose includes match `pattern`, as "file: line" strings.
QStringList offendingIncludes(const QString& folder, const QRegularExpression& pattern)
{
    QStringList hits;
    for (const auto& file :
         sourceFiles(folder, {"*.h", "*.hpp", "*.cpp", "*.cc", "CMakeLists.txt"})) {
        const auto lines = file.text.split('\n');
        for (int line = 0; line < lines.size(); ++line) {
            if (pattern.match(lines[line]).hasMatch())
                hits
                    << QString("%1:%2: %3").arg(file.path).arg(line + 1).arg(lines[line].trimmed());
        }
    }
    return hits;
}

/// A line of source without its // comment and with string and character literals emptied, so
/// that text about a namespace is not taken for one.
QString codeOf(const QString& line)
{
    QString code;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == '/' && line.mid(i, 2) == QLatin1String("//"))
            break;
        if (c == '"' || c == '\'')
            quote = c;
        code += c;
    }
    return code;
}

/// A named namespace block of a source text: the line it opens on, its full name (with the
/// names of the blocks around it) and whether it holds anything besides forward declarations.
struct NamespaceBlock
{
    int line;
    QString name;
    bool onlyForwardDeclarations = true;
};

QList<NamespaceBlock> namespaceBlocks(const QString& text)
{
    static const QRegularExpression opener("^\\s*namespace\\s*([A-Za-z_][\\w:]*)?\\s*\\{\\s*$");
    static const QRegularExpression forward("^\\s*(class|struct)\\s+\\w+\\s*;\\s*$");
    struct Open
    {
        int depth;    // the brace depth outside the block
        int block;    // index in `blocks`, -1 for an anonymous namespace
        QString name; // the full name, inherited by an anonymous namespace
    };
    QList<NamespaceBlock> blocks;
    QList<Open> open;
    int depth = 0;
    const auto lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const auto code = codeOf(lines[i]);
        const auto braces = int(code.count('{')) - int(code.count('}'));
        if (const auto m = opener.match(code); m.hasMatch()) {
            const auto outer = open.isEmpty() ? QString() : open.last().name;
            const auto own = m.captured(1);
            const auto name = own.isEmpty() || outer.isEmpty() ? own + outer : outer + "::" + own;
            int block = -1;
            if (!own.isEmpty()) {
                blocks.append({i + 1, name});
                block = int(blocks.size()) - 1;
            }
            open.append({depth, block, name});
            depth += braces;
            continue;
        }
        depth += braces;
        if (!open.isEmpty() && depth == open.last().depth && code.trimmed() == "}") {
            open.removeLast();
            continue;
        }
        if (code.trimmed().isEmpty() || code.trimmed().startsWith('#') ||
            forward.match(code).hasMatch())
            continue;
        // A declaration belongs to the innermost named block around it.
        for (auto o = open.crbegin(); o != open.crend(); ++o) {
            if (o->block >= 0) {
                blocks[o->block].onlyForwardDeclarations = false;
                break;
            }
        }
    }
    return blocks;
}

/// The namespace blocks of `text` that declare something in a namespace other than `own` (or
/// one nested in it), as "line: namespace name". Forward declarations of another target's
/// types are uses, not declarations of its contents, so they pass.
QStringList strayNamespaces(const QString& text, const QString& own)
{
    QStringList hits;
    for (const auto& block : namespaceBlocks(text)) {
        if (block.name == own || block.name.startsWith(own + "::") || block.onlyForwardDeclarations)
            continue;
        hits << QString("%1: namespace %2").arg(block.line).arg(block.name);
    }
    return hits;
}

/// Runs strayNamespaces() over the C++ files under `folder`; `files` and `ownBlocks` count what
/// was read, so a misspelt folder cannot pass by holding nothing.
QStringList strayNamespacesIn(const QString& folder, const QString& own, int& files, int& ownBlocks)
{
    QStringList hits;
    for (const auto& file : sourceFiles(folder, {"*.h", "*.cpp"})) {
        ++files;
        for (const auto& block : namespaceBlocks(file.text))
            ownBlocks += block.name == own ? 1 : 0;
        for (const auto& hit : strayNamespaces(file.text, own))
            hits << file.path + ":" + hit;
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

    void eachTargetDeclaresOnlyItsOwnNamespace_data()
    {
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<QString>("ownNamespace");
        QTest::newRow("document") << QStringList{"ui/document"} << "rs::document";
        QTest::newRow("engine") << QStringList{"ui/engine"} << "rs::engine";
        QTest::newRow("docks") << QStringList{"ui/docks"} << "rs::docks";
        QTest::newRow("review") << QStringList{"ui/review"} << "rs::review";
        QTest::newRow("diagram") << QStringList{"ui/diagram"} << "rs::diagram";
        QTest::newRow("ui") << QStringList{"ui/src", "ui/include"} << "rs::ui";
    }

    /// Namespaces per target (DESIGN.md): a name's namespace says which library holds it.
    void eachTargetDeclaresOnlyItsOwnNamespace()
    {
        QFETCH(QStringList, folders);
        QFETCH(QString, ownNamespace);
        QStringList hits;
        int files = 0;
        int ownBlocks = 0;
        for (const auto& folder : folders)
            hits += strayNamespacesIn(folder, ownNamespace, files, ownBlocks);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
        QVERIFY(files > 0);
        QVERIFY(ownBlocks > 0);
    }

    void theCheckWouldCatchAStrayNamespace()
    {
        // What ui/docks may hold: its own namespace, anonymous helpers, core types and another
        // target's types declared forward.
        const QString allowed = "namespace rs {\n"
                                "struct OutageSimulationResult;\n"
                                "}\n"
                                "namespace rs::engine {\n"
                                "struct EngineResults;\n"
                                "class LiveEngine;\n"
                                "} // namespace rs::engine\n"
                                "namespace rs::docks {\n"
                                "namespace {\n"
                                "int helper() { return 1; }\n"
                                "} // namespace\n"
                                "// namespace rs::engine {\n"
                                "const char* text = \"namespace rs::engine {\";\n"
                                "class Dock\n"
                                "{\n"
                                "};\n"
                                "} // namespace rs::docks\n";
        QCOMPARE(strayNamespaces(allowed, "rs::docks"), QStringList());

        const QString definesInAnother = "namespace rs::docks {\n"
                                         "class Dock;\n"
                                         "}\n"
                                         "namespace rs::engine {\n"
                                         "struct EngineResults\n"
                                         "{\n"
                                         "};\n"
                                         "}\n";
        QCOMPARE(strayNamespaces(definesInAnother, "rs::docks"),
                 QStringList{"4: namespace rs::engine"});

        // Nested blocks spell the same namespace as rs::ui.
        const QString nested = "namespace rs {\n"
                               "namespace ui {\n"
                               "class Stray;\n"
                               "void stray();\n"
                               "} // namespace ui\n"
                               "} // namespace rs\n";
        QCOMPARE(strayNamespaces(nested, "rs::docks"), QStringList{"2: namespace rs::ui"});
        // The same text is at home in ui/: the enclosing rs only holds rs::ui.
        QCOMPARE(strayNamespaces(nested, "rs::ui"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
