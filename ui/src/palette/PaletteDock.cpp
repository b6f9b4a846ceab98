#include "ui/palette/PaletteDock.h"

#include "ui/canvas/DesignView.h"
#include "ui/canvas/IconLibrary.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace rs::ui {

namespace {

enum Role
{
    KindRole = Qt::UserRole + 1,
    ProviderRole,
    SearchTextRole,
};

/// A tree whose leaves drag as service kinds or region providers.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override
    {
        return {DesignView::kindMimeType, PaletteDock::regionMimeType};
    }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto* mime = new QMimeData;
        const auto* item = items.first();
        if (const auto kind = item->data(0, KindRole).toString(); !kind.isEmpty())
            mime->setData(DesignView::kindMimeType, kind.toUtf8());
        else
            mime->setData(
                PaletteDock::regionMimeType,
                QByteArray(enumName(item->data(0, ProviderRole).value<Provider>()).data()));
        mime->setText(item->text(0));
        return mime;
    }
};

QString categoryTitle(Category c)
{
    switch (c) {
    case Category::Router:
        return PaletteDock::tr("Traffic routing");
    case Category::Cdn:
        return PaletteDock::tr("Content delivery");
    case Category::Waf:
        return PaletteDock::tr("Web firewalls");
    case Category::ApiGateway:
        return PaletteDock::tr("API gateways");
    case Category::Compute:
        return PaletteDock::tr("Compute");
    case Category::Queue:
        return PaletteDock::tr("Queues");
    case Category::EventBus:
        return PaletteDock::tr("Event buses");
    case Category::Database:
        return PaletteDock::tr("Databases");
    case Category::ObjectStore:
        return PaletteDock::tr("Object storage");
    case Category::Cache:
        return PaletteDock::tr("Caches");
    case Category::Key:
        return PaletteDock::tr("Keys");
    case Category::Secret:
        return PaletteDock::tr("Secrets");
    case Category::Identity:
        return PaletteDock::tr("Identity");
    case Category::Monitoring:
        return PaletteDock::tr("Monitoring");
    }
    return {};
}

} // namespace

PaletteDock::PaletteDock(const Catalogues& catalogues, QWidget* parent)
    : QDockWidget(tr("Palette"), parent)
    , m_catalogues(catalogues)
    , m_search(new QLineEdit)
    , m_provider(new QComboBox)
    , m_tree(new PaletteTree)
{
    setObjectName(QStringLiteral("paletteDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search->setPlaceholderText(tr("Search services"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Filter by name, id, category or provider"));
    m_provider->addItem(tr("All providers"));
    for (const auto p : {Provider::Aws, Provider::Azure, Provider::Gcp, Provider::Neutral})
        m_provider->addItem(icons::providerIcon(p), icons::providerName(p), QVariant::fromValue(p));
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setIconSize(QSize(24, 24));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_search);
    layout->addWidget(m_provider);
    layout->addWidget(m_tree);
    setWidget(body);

    populate();
    connect(m_search, &QLineEdit::textChanged, this, &PaletteDock::applyFilter);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &PaletteDock::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const auto kind = item->data(0, KindRole).toString(); !kind.isEmpty())
            emit kindActivated(kind);
        else if (const auto provider = item->data(0, ProviderRole); provider.isValid())
            emit regionActivated(provider.value<Provider>());
    });
}

void PaletteDock::populate()
{
    auto* regions = new QTreeWidgetItem(m_tree, {tr("Regions")});
    regions->setFlags(Qt::ItemIsEnabled);
    for (const auto p : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        const auto name = QString::fromUtf8(enumName(p).data());
        auto* item = new QTreeWidgetItem(regions, {tr("%1 region").arg(icons::providerName(p))});
        item->setIcon(0, icons::providerIcon(p));
        item->setData(0, ProviderRole, QVariant::fromValue(p));
        item->setData(0, SearchTextRole, item->text(0).toLower() + QLatin1Char(' ') + name);
        item->setToolTip(
            0, tr("Drag onto the canvas to add a region; choose its code in Properties."));
    }
    std::map<Category, QTreeWidgetItem*> groups;
    for (const auto& kind : m_catalogues.services.kinds()) {
        auto& group = groups[kind.category];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {categoryTitle(kind.category)});
            group->setIcon(0, QIcon(icons::categoryPixmap(kind.category, 20, devicePixelRatioF(),
                                                          palette().color(QPalette::Text))));
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(group, {QString::fromStdString(kind.name)});
        item->setIcon(0, icons::serviceIcon(kind, palette().color(QPalette::Text)));
        const auto id = QString::fromStdString(kind.id);
        item->setData(0, KindRole, id);
        item->setData(0, ProviderRole, QVariant::fromValue(kind.provider));
        item->setData(0, SearchTextRole,
                      (QString::fromStdString(kind.name) + QLatin1Char(' ') + id +
                       QLatin1Char(' ') + categoryTitle(kind.category) + QLatin1Char(' ') +
                       icons::providerName(kind.provider))
                          .toLower());
        item->setToolTip(0, QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                                .arg(item->text(0).toHtmlEscaped(), id.toHtmlEscaped(),
                                     QString::fromStdString(kind.description).toHtmlEscaped()));
    }
    m_tree->expandAll();
}

void PaletteDock::applyFilter()
{
    const auto words = m_search->text().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto provider = m_provider->currentData(); // none: all providers
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            auto* item = group->child(i);
            const auto text = item->data(0, SearchTextRole).toString();
            bool match = !provider.isValid() || item->data(0, ProviderRole).value<Provider>() ==
                                                    provider.value<Provider>();
            for (const auto& w : words)
                match = match && text.contains(w);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
    m_tree->expandAll();
}

void PaletteDock::setFilterText(const QString& text)
{
    m_search->setText(text);
}

QStringList PaletteDock::visibleKinds() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const auto* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const auto* item = group->child(i);
            if (!item->isHidden() && !group->isHidden() &&
                !item->data(0, KindRole).toString().isEmpty())
                out << item->data(0, KindRole).toString();
        }
    }
    return out;
}

} // namespace rs::ui
