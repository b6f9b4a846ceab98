#pragma once

#include "core/RuleSetting.h"

#include <QDialog>

#include <map>
#include <string>

class QTableWidget;

namespace rs::ui {

/// Configures the resilience rules for this design: each rule on or off, at its default
/// severity or another. The result is the design's rule settings, holding only what differs
/// from the defaults (so a design file stays short and follows new defaults).
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    using Settings = std::map<std::string, RuleSetting, std::less<>>;

    RulesDialog(const Settings& settings, QWidget* parent = nullptr);

    Settings settings() const;
    QTableWidget* table() const { return m_table; }

private:
    Settings m_original;
    QTableWidget* m_table;
};

} // namespace rs::ui
