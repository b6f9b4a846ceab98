#pragma once

namespace rs::ui {

/// Whether estimates refuse to let another region's price stand in where the billed region has
/// none (Pricing ▸ Only Each Region's Own Prices; the command line's --strict-prices). Kept
/// between sessions; the live engine and the review export both read it.
bool strictPricesPreferred();
void setStrictPricesPreferred(bool strict);

} // namespace rs::ui
