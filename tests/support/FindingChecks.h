#pragma once

#include "core/Design.h"
#include "core/rules/Finding.h"

#include <QMetaType>
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

/// The columns of a rule's table of cases: "design" and "expected" (elementsOf the findings).
void addElementColumns();

/// Runs `ruleId` on the current row's design and compares the elements its findings name.
void checkElements(const std::string& ruleId);

/// The columns of a rule's table of cases: "design", "expected" (elementsOf the findings) and
/// "figure" (text the first message must contain; empty for none).
void addFindingColumns();

/// Runs `ruleId` on the current row's design and checks the findings against the row.
void checkFindings(const std::string& ruleId);

} // namespace rs::test

Q_DECLARE_METATYPE(rs::Design)
