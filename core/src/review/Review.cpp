#include "core/review/Review.h"

#include "core/DesignIndex.h"
#include "core/review/Sha256.h"
#include "core/rules/RuleCatalogue.h"

#include <algorithm>
#include <numeric>

namespace rs {

std::string_view engineVersion()
{
    return RS_ENGINE_VERSION;
}

Money Review::resiliencePremium() const
{
    const auto baseline = cost.byCategory.find(CostCategory::Baseline);
    return cost.total - (baseline == cost.byCategory.end() ? Money() : baseline->second);
}

std::vector<const ScenarioResult*> Review::regionLossScenarios() const
{
    std::vector<const ScenarioResult*> out;
    for (const auto& s : scenarios) {
        if (s.disruption.kind == DisruptionKind::RegionDown)
            out.push_back(&s);
    }
    return out;
}

std::optional<Seconds> Review::worstRegionRto() const
{
    Seconds worst = 0.0 * units::seconds;
    for (const auto* s : regionLossScenarios()) {
        if (!s->rto)
            return std::nullopt;
        worst = std::max(worst, s->rto->worst);
    }
    return worst;
}

std::optional<Seconds> Review::worstRegionRpo() const
{
    Seconds worst = 0.0 * units::seconds;
    for (const auto* s : regionLossScenarios()) {
        if (s->dataLossUnbounded)
            return std::nullopt;
        if (s->rpo)
            worst = std::max(worst, *s->rpo);
    }
    return worst;
}

bool Review::regionTargetsMet() const
{
    const auto losses = regionLossScenarios();
    return std::all_of(losses.begin(), losses.end(),
                       [](const ScenarioResult* s) { return s->rtoMet() && s->rpoMet(); });
}

bool Review::hasFindingAtOrAbove(Severity severity) const
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.severity >= severity; });
}

Review buildReview(const Design& design, const Catalogues& catalogues, std::string_view fileBytes,
                   const PriceBook& book, const ReviewOptions& options,
                   const ReviewPricing& pricing)
{
    Review review;
    review.design = design;
    review.fileName = options.fileName;
    review.fileSha256 = Sha256::hex(fileBytes);
    review.timestamp = options.timestamp;
    review.author = options.author;
    review.appVersion = options.appVersion;
    review.engineVersion = std::string(engineVersion());
    review.catalogueVersion = catalogues.services.version();
    review.priceBookVersion = book.version();
    review.currency = options.currency;
    review.costOptions = options.cost;
    review.pricing = pricing;

    // The index refers to the review's own copy, which outlives every result drawn from it.
    const DesignIndex index(review.design, catalogues);
    review.regionRtoTarget = index.regionRto();
    review.regionRpoTarget = index.regionRpo();
    review.findings = checkDesign(index);
    for (const auto& f : review.findings)
        ++review.counts[static_cast<std::size_t>(f.severity)];
    review.scenarios = simulateAll(index);
    review.availability = estimateAvailability(index);
    OutageSimulationParameters simulation;
    simulation.seed = options.seed;
    simulation.years = options.simulatedYears;
    review.outages = simulateOutages(index, simulation);
    review.cost = estimateCost(index, book, options.cost);
    // The tiers are derived from the home region; a design with no serving region has none.
    if (index.homeRegion())
        review.tiers = compareTiers(review.design, catalogues, book, options.cost);

    const auto& lines = review.cost.lines;
    std::vector<std::size_t> priced;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].unpriced)
            review.unpricedLines.push_back(i);
        else if (lines[i].amount > Money())
            priced.push_back(i);
    }
    // Largest first; equal amounts keep line order, so the list is the same on every run.
    std::stable_sort(priced.begin(), priced.end(), [&](std::size_t a, std::size_t b) {
        return lines[a].amount > lines[b].amount;
    });
    priced.resize(std::min(priced.size(), options.topCostLines));
    review.topLines = std::move(priced);
    return review;
}

} // namespace rs
