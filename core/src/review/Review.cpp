#include "core/review/Review.h"

#include "core/DesignIndex.h"
#include "core/review/Sha256.h"

#include <algorithm>

namespace rs {

std::string_view engineVersion()
{
    return RS_ENGINE_VERSION;
}

std::vector<AssumptionInForce> assumptionsInForce(const Review& review)
{
    Assumptions run;
    run.freeTiers = review.costOptions.freeTiers;
    run.hoursPerMonth = review.costOptions.hoursPerMonth;
    return assumptionsInForce(review.design.assumptions, run);
}

Review buildReview(const Design& design, const Catalogues& catalogues, std::string_view fileBytes,
                   const PriceBook* book, const ReviewOptions& options,
                   const ReviewPricing& pricing)
{
    AnalysisOptions analysis;
    analysis.parts = options.parts;
    analysis.cost = options.cost;
    analysis.outages.seed = options.seed;
    analysis.outages.years = options.simulatedYears;
    analysis.gates = options.gates;
    analysis.disruptions = options.disruptions;

    Review review;
    review.design = design;
    // The index refers to the review's own copy, which outlives every result drawn from it.
    const DesignIndex index(review.design, catalogues);
    // Without a stop check the analysis always completes.
    static_cast<Analysis&>(review) = *analyseDesign(index, book, analysis);
    review.fileName = options.fileName;
    review.fileSha256 = Sha256::hex(fileBytes);
    review.timestamp = options.timestamp;
    review.author = options.author;
    review.appVersion = options.appVersion;
    review.engineVersion = std::string(engineVersion());
    review.catalogueVersion = catalogues.services.version();
    review.priceBookVersion = book ? book->version() : std::string();
    review.currency = options.currency;
    review.costOptions = options.cost.resolvedFor(design);
    review.pricing = pricing;

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
