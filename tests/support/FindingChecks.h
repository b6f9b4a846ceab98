#pragma once

#include "core/rules/Finding.h"

#include <QString>
#include <QStringList>

namespace rs::test {

/// Each finding as its element ids joined by commas, in the order the rule reported them.
QStringList elementsOf(const Findings& findings);

/// The same with each finding's ids sorted and the findings sorted, for comparisons that must
/// not depend on the order a rule reports in.
QStringList sortedElementsOf(const Findings& findings);

/// The message of finding `i`, or an empty string when there is none.
QString messageOf(const Findings& findings, std::size_t i = 0);

/// True when every finding's message contains every one of the texts.
bool allMention(const Findings& findings, const QStringList& texts);

} // namespace rs::test
