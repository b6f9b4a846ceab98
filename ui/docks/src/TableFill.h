#pragma once

#include <QHeaderView>
#include <QTableWidget>

#include <vector>

namespace rs::docks {

/// Runs `fill` with the table's automatic column sizing suspended and sizes the columns once
/// afterwards: left on, a column sized to its contents measures every row again after each
/// cell set, which made a 136-row refill take seconds.
template <typename Fill> void refillTable(QTableWidget& table, Fill fill)
{
    auto* header = table.horizontalHeader();
    std::vector<QHeaderView::ResizeMode> modes;
    for (int i = 0; i < header->count(); ++i) {
        modes.push_back(header->sectionResizeMode(i));
        header->setSectionResizeMode(i, QHeaderView::Interactive);
    }
    table.setUpdatesEnabled(false);
    fill();
    for (int i = 0; i < header->count(); ++i)
        header->setSectionResizeMode(i, modes[std::size_t(i)]);
    table.setUpdatesEnabled(true);
}

} // namespace rs::docks
