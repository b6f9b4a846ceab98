#pragma once

#include "docks/PriceComparison.h"
#include "pricing/PriceCatalogue.h"

#include <QDockWidget>

#include <map>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolBar;

namespace rs::docks {

class PriceDiffView;
class PriceLayerEditor;

/// The price catalogue's versions, newest first, the active one of each provider marked:
/// import a provider's price file (with a progress bar and Cancel), compare two versions band
/// by band with what the open design costs under each, activate another version, or roll a
/// provider back to the version before its active one; and edit the customer's own layer over
/// the list prices (discounts, overrides, custom prices). Fed through the setters; what the user
/// asks for leaves as the signals, for EnginePanels to carry out off the GUI thread.
class PricingManagerDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ProviderColumn,
        StatusColumn,
        EffectiveColumn,
        ImportedColumn,
        RowsColumn,
        SourceColumn,
        ColumnCount
    };

    explicit PricingManagerDock(QWidget* parent = nullptr);

    void setVersions(const std::vector<pricing::VersionInfo>& versions);
    void setCataloguePath(const QString& path);
    /// One clear message about the last operation; an empty one hides it.
    void setMessage(const QString& message, bool isError);

    /// The versions chosen in the table, in table order (a diff takes two).
    QList<int> selectedVersionIds() const;
    void selectVersion(int versionId);

    /// While an import runs: the progress row with Cancel shows, the other actions wait.
    void setImportRunning(bool running);
    void setImportProgress(const QString& stage, qint64 bytesDone, qint64 bytesTotal);
    /// Shows the comparison's tab with these two versions compared.
    void setComparison(const PriceComparison& comparison);
    /// Shows the comparison's tab with a message instead ("Comparing…", an error).
    void setComparisonMessage(const QString& message);
    /// Asks to import `files` (what Import… does once the user has chosen them).
    void importFiles(const QStringList& files);
    /// Import…: asks for the files, then importFiles().
    void chooseFilesToImport();

    /// The discount and override layer as stored, for the "Your prices" tab.
    void setPriceLayer(const std::map<Provider, double>& discounts,
                       const std::vector<pricing::PriceOverride>& overrides);
    /// The price keys and region codes the override fields offer and accept.
    void setPriceChoices(const QStringList& keys, const QStringList& regions);
    /// Shows the "Your prices" tab.
    void showPriceLayer();

    /// The version rolling `provider` back activates: the newest one imported before its
    /// active version. Nothing when no version is active or none is older.
    static std::optional<int> rollbackTarget(const std::vector<pricing::VersionInfo>& versions,
                                             Provider provider);

signals:
    void activateRequested(int versionId);
    void importRequested(const QStringList& files);
    void cancelImportRequested();
    /// Compare version `from` (the older) with `to`.
    void compareRequested(int from, int to);
    /// Set a provider's discount (0 removes it).
    void discountRequested(rs::Provider provider, double percent);
    /// Set `key` in `region` to `price` (a plain decimal, USD per unit).
    void overrideRequested(const QString& key, const QString& region, const QString& price,
                           const QString& note);
    void removeOverrideRequested(const QString& key, const QString& region);

private:
    const pricing::VersionInfo* chosenVersion() const;
    void updateActions();
    void showDetails();

    std::vector<pricing::VersionInfo> m_versions;
    QLabel* m_path = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_activate = nullptr;
    QAction* m_rollback = nullptr;
    QAction* m_import = nullptr;
    QAction* m_compare = nullptr;
    bool m_importing = false;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressStage = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    PriceDiffView* m_diff = nullptr;
    PriceLayerEditor* m_layer = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_detailsTabs = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace rs::docks
