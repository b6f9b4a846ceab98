#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"
#include "core/resilience/Scenario.h"
#include "core/rules/Finding.h"
#include "core/tiers/TierComparison.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// One imported price table the estimate was priced from (a version of the price catalogue),
/// as the review cites it.
struct PricingSource
{
    Provider provider = Provider::Aws;
    int version = 0;
    std::string source; ///< where it came from: "bundled default", a file name, a URL
    std::string format;
    std::string effectiveDate;
    std::string importedAt;
    std::string checksum;
    std::int64_t rows = 0;
};

/// A negotiated price replacing a list price, as the review lists it.
struct PriceAdjustment
{
    std::string key;
    std::string region;
    Money price;
    std::string note;
};

/// What the price catalogue adds to the price book: where its tables came from and the
/// discounts and overrides layered over the list prices. Filled by whoever opened the
/// catalogue; core does not read it.
struct ReviewPricing
{
    std::vector<PricingSource> sources;
    std::vector<std::pair<Provider, double>> discountPercent; ///< only providers with one
    std::vector<PriceAdjustment> overrides;
};

/// The choices a review is made with. Everything that varies between runs is here, so the same
/// options give the same review.
struct ReviewOptions
{
    DisplayCurrency currency;
    CostOptions cost;
    std::string author;
    std::string timestamp;  ///< ISO 8601, chosen by the caller (a fixed one for CI archives)
    std::string appVersion; ///< the application that made the review
    std::string fileName;   ///< the design file's name as the user gave it
    std::uint64_t seed = 1; ///< the outage simulation's
    std::uint64_t simulatedYears = 100'000;
    std::size_t topCostLines = 10;
};

/// How many findings of each severity: info, warning, error (Severity's order).
using SeverityCounts = std::array<std::size_t, 3>;

/// A design review as data: who and what it covers, the findings, the region-loss scenarios,
/// availability, the cost with its provenance, the tier comparison and every assumption behind
/// them. The JSON review and the PDF review are two renderings of it.
struct Review
{
    // Identity.
    Design design;
    std::string fileName;
    std::string fileSha256; ///< of the bytes the design was read from
    std::string timestamp;
    std::string author;
    // Versions.
    std::string appVersion;
    std::string engineVersion;
    std::string catalogueVersion;
    std::string priceBookVersion;
    // The targets in force (the design's, else its tier's defaults).
    Seconds regionRtoTarget = 0.0 * units::seconds;
    Seconds regionRpoTarget = 0.0 * units::seconds;

    Findings findings;
    SeverityCounts counts{};
    std::vector<ScenarioResult> scenarios;
    AvailabilityEstimate availability;
    OutageSimulationResult outages;
    CostEstimate cost;
    std::vector<std::size_t> topLines;      ///< indices into cost.lines, largest first
    std::vector<std::size_t> unpricedLines; ///< indices into cost.lines, in line order
    std::vector<TierOutcome> tiers;

    // Assumptions.
    DisplayCurrency currency;
    CostOptions costOptions;
    ReviewPricing pricing;

    /// Total minus the single-region baseline: what resilience adds each month (USD).
    Money resiliencePremium() const;
    /// The region-down scenarios, the ones the targets gate.
    std::vector<const ScenarioResult*> regionLossScenarios() const;
    /// The worst region-loss RTO (worst case) and RPO, and whether all region losses meet the
    /// targets; nothing when a loss cannot be recovered from or loses data without bound.
    std::optional<Seconds> worstRegionRto() const;
    std::optional<Seconds> worstRegionRpo() const;
    bool regionTargetsMet() const;
    /// Some finding at or above `severity`: what `resilience review --fail-on` gates on.
    bool hasFindingAtOrAbove(Severity severity) const;
};

/// The version of the engine that judged the design (rules, models, cost engine).
std::string_view engineVersion();

/// Runs every analysis on `design` and gathers what a review shows. `fileBytes` are the bytes
/// the design was read from, for its fingerprint. Pure: the same inputs give the same review.
Review buildReview(const Design& design, const Catalogues& catalogues, std::string_view fileBytes,
                   const PriceBook& book, const ReviewOptions& options,
                   const ReviewPricing& pricing = {});

} // namespace rs
