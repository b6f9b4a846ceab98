#include "ReviewSources.h"

#include "ReviewSections.h"
#include "core/review/ReferenceSources.h"
#include "pricing/PriceTableJson.h"

#include <QRegularExpression>

#include <set>

namespace rs::review {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The first web address in a price source's description, which names the file or page.
QString firstLink(const QString& description)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s,;'\")]+"));
    const auto m = url.match(description);
    return m.hasMatch() ? m.captured().remove(QRegularExpression(QStringLiteral("[.:]$")))
                        : QString();
}

/// The price source keys of the bundled table named in `texts`, as whole tokens.
std::set<std::string> citedPriceKeys(const QStringList& texts,
                                     const std::map<std::string, std::string>& notes)
{
    QStringList keys;
    for (const auto& [key, note] : notes)
        keys << QRegularExpression::escape(QString::fromStdString(key));
    const QRegularExpression token(QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(keys.join('|')));
    std::set<std::string> out;
    for (const auto& t : texts) {
        for (auto it = token.globalMatch(t); it.hasNext();)
            out.insert(it.next().captured(1).toStdString());
    }
    return out;
}

} // namespace

std::vector<CitedSource> citedSources(const QStringList& texts, const Review& review)
{
    std::set<std::string> referenceIds;
    for (const auto& t : texts) {
        for (auto& id : citedReferenceIds(t.toStdString()))
            referenceIds.insert(std::move(id));
    }
    std::vector<CitedSource> out;
    for (const auto& s : referenceSources()) {
        if (referenceIds.contains(std::string(s.id)))
            out.push_back({text(s.id), text(s.title), text(s.link)});
    }
    const auto& notes = pricing::bundledPriceSourceNotes();
    auto priceKeys = citedPriceKeys(texts, notes);
    for (const auto& line : review.cost.lines) {
        for (const auto& p : line.cited)
            priceKeys.insert(p.source);
    }
    for (const auto& key : priceKeys) {
        const auto note = notes.find(key);
        const auto title =
            note == notes.end()
                ? QStringLiteral("a source of the price catalogue the review used, not "
                                 "described in the bundled price table")
                : QString::fromStdString(note->second);
        out.push_back({QString::fromStdString(key), title, firstLink(title)});
    }
    return out;
}

void sourcesSection(SectionContext& c)
{
    auto& f = c.flow;
    // Gathered before the heading: the sources page cites nothing of its own.
    const auto sources = citedSources(f.texts(), c.review);
    f.heading(1, QStringLiteral("Sources"));
    f.paragraph(QStringLiteral("Every source this review cites by its id: the published documents "
                               "behind the rules, the recovery and availability models and the "
                               "assumptions (S…), and the price files and pages behind the prices "
                               "(F… a provider's price file, D… a provider's pricing page, 2… a "
                               "third party, U… a figure not yet confirmed). A dash in the link "
                               "column: the source is known by its title alone."),
                8.5, muted);
    std::vector<std::vector<Cell>> rows;
    for (const auto& s : sources)
        rows.push_back({Cell(s.id, Qt::black, true), s.title,
                        s.link.isEmpty() ? Cell(QStringLiteral("\u2014"), muted) : Cell(s.link)});
    f.table({{QStringLiteral("Id"), 1.3},
             {QStringLiteral("Title"), 5.0},
             {QStringLiteral("Link"), 3.2}},
            rows, 7.5);
}

} // namespace rs::review
