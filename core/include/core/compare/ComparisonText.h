#pragma once

#include "core/compare/DesignComparison.h"

#include <string>

namespace rs {

// The words every rendering of a comparison (the command line's text and Markdown, the PDF
// section, the GUI's tables) uses for its figures, so they read the same everywhere.

/// A change of cost: "+30.00 USD (+25.0 %)", "-5.00 USD", "no change"; with ", incomplete"
/// when either side left usage unpriced.
std::string costChangeText(const CostDelta& delta, const DisplayCurrency& currency);
/// One side of a cost: "120.00 USD", "at least 120.00 USD".
std::string costSideText(const CostDelta& delta, bool after, const DisplayCurrency& currency);
/// A region loss's verdict: "met", "missed (RTO, capacity)", "—" when the side has none.
std::string verdictText(const std::optional<ScenarioResult>& scenario);
/// "no recovery" when there is none.
std::string rtoText(const std::optional<ScenarioResult>& scenario);
/// The RPO (rpoSummary()), writes at risk (writesAtRiskSummary()) and whether the surviving
/// regions can carry the load ("enough", "short") of one side's region loss; "—" without one.
std::string rpoText(const std::optional<ScenarioResult>& scenario);
std::string writesText(const std::optional<ScenarioResult>& scenario);
std::string capacityText(const std::optional<ScenarioResult>& scenario);
/// A worst region-loss RTO or RPO; `none` when there is none ("no recovery", "unbounded").
std::string worstText(const std::optional<Seconds>& seconds, const char* none);
/// "99.950 %"; "—" when the side has no estimate.
std::string availabilityText(const std::optional<double>& availability);
/// "2 added, 1 removed, 1 renamed, 3 changed" (the kinds present), "no change".
std::string elementChangesText(const ElementMatch& match);
/// How many of one side's region losses meet their targets: "1 of 2".
std::string regionLossesMetText(const DesignComparison& comparison, bool before);
/// Why the comparison fails its gates, one phrase a gate: "1 region loss now misses its
/// targets"; empty when it passes.
std::vector<std::string> gateFailures(const DesignComparison& comparison);

/// `resilience compare --markdown`: sized for a pull-request comment, a summary table first and
/// each detail in a collapsed <details> block. Text from the designs is escaped, so a name
/// cannot become markup.
std::string comparisonMarkdown(const DesignComparison& comparison);

} // namespace rs
