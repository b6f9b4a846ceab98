#pragma once

#include "core/cost/DisplayCurrency.h"
#include "core/cost/Money.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace rs {

// The one way every output (command line, docks, status bar, PDF) writes durations, money,
// percentages and counts, so the same figure reads the same everywhere.

/// Seconds as people read recovery times, two units at most: "0 s", "2.5 s", "45 s",
/// "2 min 30 s", "4 h 10 min", "1 d 1 h"; "unbounded" for infinity.
std::string formatDuration(double seconds);

/// An availability (0.9995) as "99.950 %", with enough decimals for two significant digits of
/// the unavailability, so two designs a nine apart never look the same.
std::string formatAvailability(double fraction);

/// A percentage that is already a percent (12.5) as "12.5 %", at most `decimals` decimals.
std::string formatPercent(double percent, int decimals = 1);

/// `usd` converted exactly to `currency`, with `decimals` places and the code: "1234.56 EUR".
std::string formatMoney(const Money& usd, const DisplayCurrency& currency = {}, int decimals = 2);

/// A total that may leave usage out: "at least 40.20 USD" while `complete` is false, so a lower
/// bound is never read as the whole cost.
std::string formatTotal(const Money& usd, bool complete, const DisplayCurrency& currency = {});

/// "1 region", "3 regions".
std::string counted(std::size_t n, const char* noun);

/// Findings by severity [info, warning, error] in words: "2 errors, 1 warning, 3 info".
std::string countsText(const std::array<std::size_t, 3>& counts);

/// Now, in UTC, as ISO 8601 to the second: "2026-11-24T23:05:00Z".
std::string utcTimestamp();

/// `value` with at most `decimals` decimals and no trailing zeros: 100, 33.3, 1250.
std::string formatNumber(double value, int decimals);

/// `value` to `digits` significant digits as a stream writes it ("0.75", "1e-05"): the figures
/// quoted in the basis texts of estimates, where the input's own precision is what matters.
std::string formatSignificant(double value, int digits = 6);

/// Text from an input (an id, a name, a key) as a message quotes it: whole up to `maxBytes`,
/// else cut at a UTF-8 character boundary and marked "… (10485760 bytes)", so a hostile
/// 10 MB id gives a one-line error.
std::string excerpt(std::string_view text, std::size_t maxBytes = 80);

} // namespace rs
