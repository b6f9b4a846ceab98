#include "docks/PricingManagerDock.h"

#include "DisplayFormat.h"
#include "DockContent.h"
#include "PlotStyle.h"
#include "PriceDiffView.h"
#include "PriceLayerEditor.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace rs::docks {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QTableWidgetItem* versionCell(const QString& value)
{
    auto* item = new QTableWidgetItem(value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(value);
    return item;
}

} // namespace

PricingManagerDock::PricingManagerDock(QWidget* parent)
    : QDockWidget(tr("Pricing"), parent)
    , m_path(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_detailsTabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("PricingManagerDock"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_import = m_toolBar->addAction(tr("Import…"), this, &PricingManagerDock::chooseFilesToImport);
    m_import->setToolTip(tr("Import a provider's price file (AWS offer JSON or CSV, Azure Retail "
                            "Prices pages, Google Cloud SKU pages) as a new version"));
    m_compare = m_toolBar->addAction(tr("Compare"), this, [this] {
        auto ids = selectedVersionIds();
        if (ids.size() != 2)
            return;
        std::sort(ids.begin(), ids.end());
        emit compareRequested(ids[0], ids[1]);
    });
    m_activate = m_toolBar->addAction(tr("Activate"), this, [this] {
        if (const auto* v = chosenVersion())
            emit activateRequested(v->id);
    });
    m_activate->setToolTip(tr("Price this provider's services from the chosen version"));
    m_rollback = m_toolBar->addAction(tr("Roll back"), this, [this] {
        if (const auto* v = chosenVersion()) {
            if (const auto target = rollbackTarget(m_versions, v->provider))
                emit activateRequested(*target);
        }
    });
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Provider"), tr("Status"),
                                        tr("Effective"), tr("Imported"), tr("Rows"), tr("Source")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_details->setOpenLinks(false);
    m_detailsTabs->addTab(m_details, tr("Version"));
    m_diff = new PriceDiffView(this);
    m_detailsTabs->addTab(m_diff, tr("Comparison"));
    m_layer = new PriceLayerEditor(this);
    m_detailsTabs->addTab(m_layer, tr("Your prices"));
    connect(m_layer, &PriceLayerEditor::discountRequested, this,
            &PricingManagerDock::discountRequested);
    connect(m_layer, &PriceLayerEditor::overrideRequested, this,
            &PricingManagerDock::overrideRequested);
    connect(m_layer, &PriceLayerEditor::removeOverrideRequested, this,
            &PricingManagerDock::removeOverrideRequested);

    m_progressRow = new QWidget(this);
    m_progressStage = new QLabel(m_progressRow);
    m_progressStage->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setToolTip(tr("Stop the import; the catalogue stays as it was"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressStage, 1);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressStage->setText(tr("Cancelling…"));
        emit cancelImportRequested();
    });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_path);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setScrollingContent(*this, content);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_activate->trigger(); });
    updateActions();
    showDetails();
}

void PricingManagerDock::setVersions(const std::vector<pricing::VersionInfo>& versions)
{
    const auto chosen = selectedVersionIds();
    m_versions = versions;
    std::sort(m_versions.begin(), m_versions.end(),
              [](const auto& a, const auto& b) { return a.id > b.id; });
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto& v = m_versions[std::size_t(row)];
        const bool active = v.status == pricing::VersionStatus::Active;
        auto* id = versionCell(QString::number(v.id));
        id->setData(Qt::UserRole, v.id);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, ProviderColumn, versionCell(text(std::string(enumName(v.provider)))));
        auto* status = versionCell(active ? tr("active") : tr("inactive"));
        if (active)
            status->setIcon(dotIcon(verdictColor(true)));
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, EffectiveColumn, versionCell(text(v.effectiveDate)));
        m_table->setItem(row, ImportedColumn, versionCell(text(v.importedAt)));
        m_table->setItem(row, RowsColumn, versionCell(formatNumber(double(v.rowCount))));
        m_table->setItem(row, SourceColumn, versionCell(text(v.source)));
        for (int column = 0; column < ColumnCount; ++column) {
            auto font = m_table->item(row, column)->font();
            font.setBold(active);
            m_table->item(row, column)->setFont(font);
        }
    }
    for (const int id : chosen)
        selectVersion(id);
    updateActions();
    showDetails();
}

void PricingManagerDock::setCataloguePath(const QString& path)
{
    m_path->setText(tr("Catalogue: %1").arg(path));
}

void PricingManagerDock::setMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    auto palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? verdictColor(false) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

QList<int> PricingManagerDock::selectedVersionIds() const
{
    QList<int> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->isSelected())
            ids << m_table->item(row, IdColumn)->data(Qt::UserRole).toInt();
    }
    return ids;
}

void PricingManagerDock::selectVersion(int versionId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toInt() == versionId)
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
    }
}

void PricingManagerDock::chooseFilesToImport()
{
    const auto files = QFileDialog::getOpenFileNames(
        this, tr("Import Price File"), QString(), tr("Price files (*.json *.csv);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void PricingManagerDock::importFiles(const QStringList& files)
{
    if (m_importing || files.isEmpty())
        return;
    emit importRequested(files);
}

void PricingManagerDock::setImportRunning(bool running)
{
    m_importing = running;
    m_progressRow->setVisible(running);
    m_cancel->setEnabled(running);
    if (running) {
        m_progressStage->setText(tr("Starting the import…"));
        m_progress->setRange(0, 0); // busy until the first figures arrive
        setMessage({}, false);
    }
    updateActions();
}

void PricingManagerDock::setImportProgress(const QString& stage, qint64 bytesDone,
                                           qint64 bytesTotal)
{
    if (!m_cancel->isEnabled())
        return; // cancelling: keep saying so
    m_progressStage->setText(stage);
    if (bytesTotal > 0) {
        // Per mille of the file, so that files over 2 GiB fit an int.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, bytesDone * 1000 / bytesTotal)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void PricingManagerDock::setComparison(const PriceComparison& comparison)
{
    m_diff->setComparison(comparison);
    m_detailsTabs->setCurrentWidget(m_diff);
}

void PricingManagerDock::setComparisonMessage(const QString& message)
{
    m_diff->setMessage(message);
    m_detailsTabs->setCurrentWidget(m_diff);
}

void PricingManagerDock::setPriceLayer(const std::map<Provider, double>& discounts,
                                       const std::vector<pricing::PriceOverride>& overrides)
{
    m_layer->setLayer(discounts, overrides);
}

void PricingManagerDock::setPriceChoices(const QStringList& keys, const QStringList& regions)
{
    m_layer->setChoices(keys, regions);
}

void PricingManagerDock::showPriceLayer()
{
    m_detailsTabs->setCurrentWidget(m_layer);
}

std::optional<int>
PricingManagerDock::rollbackTarget(const std::vector<pricing::VersionInfo>& versions,
                                   Provider provider)
{
    const auto active = std::find_if(versions.begin(), versions.end(), [&](const auto& v) {
        return v.provider == provider && v.status == pricing::VersionStatus::Active;
    });
    if (active == versions.end())
        return std::nullopt;
    // Ids grow with each import, so "imported before" is "a smaller id".
    std::optional<int> target;
    for (const auto& v : versions) {
        if (v.provider == provider && v.id < active->id && (!target || v.id > *target))
            target = v.id;
    }
    return target;
}

const pricing::VersionInfo* PricingManagerDock::chosenVersion() const
{
    const auto ids = selectedVersionIds();
    if (ids.size() != 1)
        return nullptr;
    const auto it = std::find_if(m_versions.begin(), m_versions.end(),
                                 [&](const auto& v) { return v.id == ids.front(); });
    return it == m_versions.end() ? nullptr : &*it;
}

void PricingManagerDock::updateActions()
{
    const auto* v = chosenVersion();
    m_import->setEnabled(!m_importing);
    m_activate->setEnabled(!m_importing && v && v->status != pricing::VersionStatus::Active);
    const auto target = v ? rollbackTarget(m_versions, v->provider) : std::nullopt;
    m_rollback->setEnabled(!m_importing && target.has_value());
    const auto ids = selectedVersionIds();
    const auto providerOf = [&](int id) {
        const auto it = std::find_if(m_versions.begin(), m_versions.end(),
                                     [&](const auto& version) { return version.id == id; });
        return it == m_versions.end() ? std::optional<Provider>() : it->provider;
    };
    m_compare->setEnabled(!m_importing && ids.size() == 2 && providerOf(ids[0]) &&
                          providerOf(ids[0]) == providerOf(ids[1]));
    m_compare->setToolTip(tr("Compare the two chosen versions of one provider band by band"));
    m_rollback->setToolTip(
        target ? tr("Activate %1 version %2, the one before its active version")
                     .arg(text(std::string(enumName(v->provider))))
                     .arg(*target)
               : tr("Choose a version of a provider that has an older version to go back to"));
}

void PricingManagerDock::showDetails()
{
    const auto* v = chosenVersion();
    if (!v) {
        m_details->setPlainText(m_versions.empty()
                                    ? tr("The catalogue holds no price table yet.")
                                    : tr("Choose a version to see where it comes from."));
        return;
    }
    const auto row = [](const QString& label, const std::string& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), text(value).toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Version"), std::to_string(v->id));
    html += row(tr("Provider"), std::string(enumName(v->provider)));
    html += row(tr("Status"), std::string(enumName(v->status)));
    html += row(tr("Effective"), v->effectiveDate);
    html += row(tr("Imported"), v->importedAt);
    html += row(tr("Rows"), std::to_string(v->rowCount));
    html += row(tr("Source"), v->source);
    html += row(tr("Format"), v->format);
    html += row(tr("Checksum"), v->checksum);
    if (!v->note.empty())
        html += row(tr("Note"), v->note);
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace rs::docks
