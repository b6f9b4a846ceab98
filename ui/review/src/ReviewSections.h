#pragma once

#include "PageFlow.h"
#include "core/Catalogues.h"
#include "core/review/Review.h"
#include "diagram/DiagramStyle.h"

class QCPPainter;

namespace rs::review {

/// Secondary text of every section: captions, notes, sources.
inline const QColor muted(0x61, 0x61, 0x61);
/// A target met, and one missed.
inline const QColor good(0x2e, 0x7d, 0x32);
inline const QColor bad(0xc6, 0x28, 0x28);

/// What the PDF review's sections draw from, and the helpers they share.
struct SectionContext
{
    PageFlow& flow;
    QCPPainter& painter; ///< the flow's painter, as QCustomPlot needs it
    const Review& review;
    const Catalogues& catalogues;

    /// core's formatMoney(): "1234.56 USD" in the review's display currency.
    QString money(Money usd) const;
    /// A total: "at least …" while some usage is unpriced.
    QString total(Money usd, bool complete) const;
    /// "99.995 %"
    static QString percent(double fraction, int decimals = 3);
    static QString duration(double seconds);
    /// "150,000,000", "33.75": at most `decimals` decimals, thousands grouped.
    static QString quantity(double value, int decimals = 2);
    static QString text(const std::string& s) { return QString::fromStdString(s); }
    /// A name, id or code from the design as the diagram shows it: cut at a sane length (the
    /// JSON review keeps it whole), so laying out a hostile 100 KB name costs nothing.
    static QString name(const std::string& s) { return diagram::displayText(s); }
    QString serviceLabel(const std::string& id) const;
    QString regionLabel(const std::string& id) const;
};

// One function per section, in the order of the review. ReviewSections.cpp holds the design and
// risk sections, DiagramPages.cpp the diagram's, ReviewCostSections.cpp the availability, cost
// and assumption ones, ReviewSources.cpp the sources page.
void coverPage(SectionContext& c);
void contentsPage(SectionContext& c, const std::vector<TocEntry>& toc);
void summarySection(SectionContext& c);
void diagramSection(SectionContext& c);
void elementsSection(SectionContext& c);
void findingsSection(SectionContext& c);
void scenariosSection(SectionContext& c);
void availabilitySection(SectionContext& c);
void costSection(SectionContext& c);
void tiersSection(SectionContext& c);
/// The emissions of the usage by region, category and tier, with the method and its sources
/// (EmissionsSection.cpp); nothing when the review made no carbon estimate.
void emissionsSection(SectionContext& c);
void assumptionsSection(SectionContext& c);
void pricingSourcesSection(SectionContext& c);
/// `review --baseline`: what changed since the older design (BaselineSection.cpp); nothing
/// without a baseline.
void baselineSection(SectionContext& c);
/// Every source the sections before it cite, with its title and link.
void sourcesSection(SectionContext& c);

} // namespace rs::review
