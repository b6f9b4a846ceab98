#pragma once

#include "core/cost/Money.h"

#include <QtGlobal>

namespace rs::test {

/// An exact amount from a decimal written in a test: money("0.0000002").
inline Money money(const char* decimal)
{
    const auto parsed = Money::parse(decimal);
    if (!parsed)
        qFatal("not a decimal: %s", decimal);
    return *parsed;
}

} // namespace rs::test
