#pragma once

class QTableWidget;

namespace rs::ui {

struct EngineResults;

/// Fills the scenarios dock's table: one row per scenario with its flows, RTO, RPO, writes at
/// risk and capacity, each judged against the targets by a green or red badge; the scenarios
/// switched down in bold.
void fillScenarioTable(QTableWidget& table, const EngineResults& results);

} // namespace rs::ui
