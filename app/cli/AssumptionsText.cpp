#include "AssumptionsText.h"

namespace rs::cli {

void printAssumptions(std::ostream& out, const Review& review, std::optional<AssumptionGroup> group)
{
    out << "assumptions in force (Design > Assumptions in the application):\n";
    for (const auto& a : assumptionsInForce(review)) {
        if (group && a.group != *group)
            continue;
        out << "  " << a.label << ": " << a.value << " ("
            << (a.setByDesign || a.setForRun ? a.source : "default: " + a.source) << ")\n";
    }
}

} // namespace rs::cli
