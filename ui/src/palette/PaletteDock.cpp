#include "ui/palette/PaletteDock.h"

#include "ui/canvas/DesignView.h"
#include "ui/canvas/IconLibrary.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace rs::ui {

namespace {

enum Role
{
    KindRole = Qt::UserRole + 1,
    ProviderRole,
    SearchTextRole,
    CategoryRole,
};

/// Names on up to three lines where the palette is too narrow for them on one (a 1366 px laptop
/// gives it about 160 px: "Amazon ElastiCache" was "Amazo…"), so no name is cut before it must
/// be.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    static constexpr int maxLines = 3;

    explicit WrappingDelegate(QTreeView& tree)
        : QStyledItemDelegate(&tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        int depth = m_tree.rootIsDecorated() ? 1 : 0;
        for (auto parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        // What the row has for its text: the column less the indentation, the icon and the
        // style's margins on either side of it.
        const int margins = 3 * (m_tree.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int width = m_tree.viewport()->width() - depth * m_tree.indentation() -
                          m_tree.iconSize().width() - 2 * margins;
        const QFontMetrics metrics(option.font);
        const QRect text =
            metrics.boundingRect(QRect(0, 0, std::max(width, 1), 1000), Qt::TextWordWrap,
                                 index.data(Qt::DisplayRole).toString());
        size.setHeight(
            std::max(size.height(), std::min(text.height(), maxLines * metrics.lineSpacing()) + 4));
        return size;
    }

private:
    QTreeView& m_tree;
};

/// A tree whose leaves drag as service kinds or region providers.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTreeWidget::resizeEvent(event);
        scheduleDelayedItemsLayout(); // rows a name wraps in change height with the width
    }
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
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setItemDelegate(new WrappingDelegate(*m_tree));
    // Categories are headings, always open, and services sit a small step in from them: the
    // width goes to the names.
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(12);
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
    QFont heading = m_tree->font();
    heading.setBold(true);
    regions->setFont(0, heading);
    std::map<Category, QTreeWidgetItem*> groups;
    for (const auto& kind : m_catalogues.services.kinds()) {
        auto& group = groups[kind.category];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {categoryTitle(kind.category)});
            group->setData(0, CategoryRole, static_cast<int>(kind.category));
            group->setFlags(Qt::ItemIsEnabled);
            group->setFont(0, heading);
        }
        auto* item = new QTreeWidgetItem(group, {QString::fromStdString(kind.name)});
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
    tintIcons();
    m_tree->expandAll();
}

void PaletteDock::tintIcons()
{
    const QColor ink = palette().color(QPalette::Text);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        auto* group = m_tree->topLevelItem(g);
        if (const auto category = group->data(0, CategoryRole); category.isValid())
            group->setIcon(0, QIcon(icons::categoryPixmap(static_cast<Category>(category.toInt()),
                                                          20, devicePixelRatioF(), ink)));
        for (int i = 0; i < group->childCount(); ++i) {
            auto* item = group->child(i);
            if (const auto* kind =
                    m_catalogues.services.find(item->data(0, KindRole).toString().toStdString()))
                item->setIcon(0, icons::serviceIcon(*kind, ink));
        }
    }
}

void PaletteDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    // Glyphs drawn in the text colour: a theme switched while running would leave them dark on
    // dark.
    if (event->type() == QEvent::PaletteChange)
        tintIcons();
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
