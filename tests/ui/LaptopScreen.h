#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace rs::test {

/// Makes the offscreen platform's screen 1366×768, the smallest common laptop screen (issue
/// 15): its default is 800×600, and its configfile option describes others. Call it before the
/// application reads the platform; `dir` holds the file and must outlive the application.
inline bool useLaptopScreen(const QTemporaryDir& dir)
{
    const auto config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                       "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return false;
    return qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
}

} // namespace rs::test

/// A test's main() on that screen.
#define RS_LAPTOP_SCREEN_MAIN(TestObject)                                                          \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        QTemporaryDir dir;                                                                         \
        if (!rs::test::useLaptopScreen(dir))                                                       \
            return 1;                                                                              \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
