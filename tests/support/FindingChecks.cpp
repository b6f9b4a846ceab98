#include "FindingChecks.h"

#include "DesignBuilder.h"

#include <QTest>

#include <algorithm>

namespace rs::test {

namespace {
QStringList elementsOf(const Findings& findings, bool sorted)
{
    QStringList out;
    for (const auto& f : findings) {
        QStringList ids;
        for (const auto& e : f.elements)
            ids << QString::fromStdString(e);
        if (sorted)
            ids.sort();
        out << ids.join(QLatin1Char(','));
    }
    if (sorted)
        out.sort();
    return out;
}
} // namespace

QStringList elementsOf(const Findings& findings)
{
    return elementsOf(findings, false);
}

QStringList sortedElementsOf(const Findings& findings)
{
    return elementsOf(findings, true);
}

QString messageOf(const Findings& findings, std::size_t i)
{
    return i < findings.size() ? QString::fromStdString(findings[i].message) : QString();
}

bool allMention(const Findings& findings, const QStringList& texts)
{
    return std::all_of(findings.begin(), findings.end(), [&](const Finding& f) {
        const auto message = QString::fromStdString(f.message);
        return std::all_of(texts.begin(), texts.end(),
                           [&](const QString& t) { return message.contains(t); });
    });
}

void addElementColumns()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QStringList>("expected");
}

void checkElements(const std::string& ruleId)
{
    QFETCH(Design, design);
    QFETCH(QStringList, expected);
    QCOMPARE(elementsOf(runRule(design, ruleId)), expected);
}

void addFindingColumns()
{
    addElementColumns();
    QTest::addColumn<QString>("figure");
}

void checkFindings(const std::string& ruleId)
{
    QFETCH(Design, design);
    QFETCH(QStringList, expected);
    QFETCH(QString, figure);
    const auto findings = runRule(design, ruleId);
    QCOMPARE(elementsOf(findings), expected);
    if (!figure.isEmpty())
        QVERIFY2(messageOf(findings).contains(figure), qPrintable(messageOf(findings)));
}

} // namespace rs::test
