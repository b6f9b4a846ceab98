#include "FindingChecks.h"

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

} // namespace rs::test
