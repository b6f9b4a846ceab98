#pragma once

#include "core/carbon/CarbonEstimate.h"

#include <nlohmann/json.hpp>

namespace rs {

struct CarbonTables;

/// The emissions as one JSON object, with the method, the factors of the regions it used and
/// every coefficient with its source: the review's `carbon` section (and `estimate --carbon`'s).
nlohmann::ordered_json carbonJson(const CarbonEstimate& estimate, const CarbonTables& tables);

/// kg CO2e as the review writes it: to the gram's thousandth, so runs compare byte for byte.
nlohmann::ordered_json kilograms(double kg);

} // namespace rs
