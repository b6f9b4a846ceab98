#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/analysis/Analysis.h"
#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

struct DesignComparison;

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
    /// What the review covers: everything unless a command asks for less.
    AnalysisParts parts = everything();
    /// The CI gates its verdicts are held to (`review --fail-on`).
    AnalysisGates gates;
    /// Only these disruptions (`simulate --region`); every one the design can suffer when unset.
    std::optional<std::vector<Disruption>> disruptions;

    static AnalysisParts everything()
    {
        AnalysisParts p;
        p.tiers = true;
        p.carbon = true;
        return p;
    }
};

/// A design review as data: who and what it covers, by which engine, and the analysis (findings,
/// region-loss scenarios, availability, the cost with its provenance, the tier comparison, every
/// verdict) with the assumptions behind it. The JSON review and the PDF review are two
/// renderings of it; a command-line command's `--json` is the part of it that command computes.
struct Review : Analysis
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

    std::vector<std::size_t> topLines;      ///< indices into cost.lines, largest first
    std::vector<std::size_t> unpricedLines; ///< indices into cost.lines, in line order

    // Assumptions.
    DisplayCurrency currency;
    CostOptions costOptions;
    ReviewPricing pricing;

    /// `review --baseline OLD`: the older design compared with this one (compareDesigns()), a
    /// section of the JSON and the PDF review; none without a baseline.
    std::shared_ptr<const DesignComparison> baseline;
};

/// The assumptions in force for this review: the design's, with what the run set over them
/// (costOptions: the command line's --free-tiers, --hours-per-month). The JSON, the PDF and the
/// command line's text list these.
std::vector<AssumptionInForce> assumptionsInForce(const Review& review);

/// The version of the engine that judged the design (rules, models, cost engine).
std::string_view engineVersion();

/// Analyses `design` (the parts `options` asks for) and gathers what a review shows.
/// `fileBytes` are the bytes the design was read from, for its fingerprint; `book` may be null
/// when no cost is asked for. Pure: the same inputs give the same review.
Review buildReview(const Design& design, const Catalogues& catalogues, std::string_view fileBytes,
                   const PriceBook* book, const ReviewOptions& options,
                   const ReviewPricing& pricing = {});
inline Review buildReview(const Design& design, const Catalogues& catalogues,
                          std::string_view fileBytes, const PriceBook& book,
                          const ReviewOptions& options, const ReviewPricing& pricing = {})
{
    return buildReview(design, catalogues, fileBytes, &book, options, pricing);
}

} // namespace rs
