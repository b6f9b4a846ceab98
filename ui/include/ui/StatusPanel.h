#pragma once

#include <QWidget>

class QLabel;

namespace rs::ui {

/// The permanent part of the status bar: the element count, and slots the live engine fills
/// in as it lands: findings by severity, the monthly cost and the active price version. A slot
/// stays hidden until it is first set.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget* parent = nullptr);

    void setElementCount(int count);
    void setFindingCounts(int errors, int warnings, int infos);
    void setMonthlyCost(const QString& formatted);
    void setPriceVersion(const QString& version);
    void clearEngineFigures();

    QString elementText() const;
    QString findingsText() const;
    QString costText() const;
    QString priceVersionText() const;

private:
    QLabel* m_elements;
    QLabel* m_findings;
    QLabel* m_cost;
    QLabel* m_priceVersion;
};

} // namespace rs::ui
