#include "ui/canvas/IconLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QtMath>

#include <cmath>

// The icons are compiled into the ui library; a static library must ask for them explicitly.
static void loadIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace rs::ui::icons {

namespace {

/// The SVG at `path`, its strokes and fills recoloured to `ink` if one is given.
QPixmap render(const QString& path, int logicalSize, qreal dpr, const QColor& ink = QColor())
{
    static const bool loaded = (loadIconResources(), true);
    Q_UNUSED(loaded);
    const QString key = QStringLiteral("rs:%1:%2:%3:%4")
                            .arg(path)
                            .arg(logicalSize)
                            .arg(dpr)
                            .arg(ink.isValid() ? ink.name(QColor::HexArgb) : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const int device = qCeil(logicalSize * dpr);
    pixmap = QPixmap(device, device);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, device, device));
    if (ink.isValid()) {
        // Keep the drawing's shape (its alpha), take the ink's colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRectF(0, 0, device, device), ink);
    }
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace

QPixmap categoryPixmap(Category category, int logicalSize, qreal devicePixelRatio,
                       const QColor& ink)
{
    return render(
        QStringLiteral(":/icons/category/%1.svg").arg(QString::fromUtf8(enumName(category).data())),
        logicalSize, devicePixelRatio, ink);
}

QPixmap categoryPixmap(const ServiceKind& kind, int logicalSize, qreal devicePixelRatio,
                       const QColor& ink)
{
    const auto path =
        QStringLiteral(":/icons/category/%1.svg").arg(QString::fromStdString(kind.icon));
    if (!kind.icon.empty() && QFile::exists(path))
        return render(path, logicalSize, devicePixelRatio, ink);
    return categoryPixmap(kind.category, logicalSize, devicePixelRatio, ink);
}

QPixmap providerPixmap(Provider provider, int logicalSize, qreal devicePixelRatio)
{
    return render(
        QStringLiteral(":/icons/provider/%1.svg").arg(QString::fromUtf8(enumName(provider).data())),
        logicalSize, devicePixelRatio);
}

QIcon serviceIcon(const ServiceKind& kind, const QColor& ink)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        const int size = 24;
        QPixmap base(qCeil(size * dpr), qCeil(size * dpr));
        base.fill(Qt::transparent);
        base.setDevicePixelRatio(dpr);
        QPainter p(&base);
        p.drawPixmap(QPointF(0, 0), categoryPixmap(kind, 20, dpr, ink));
        p.drawPixmap(QPointF(13, 13), providerPixmap(kind.provider, 11, dpr));
        p.end();
        icon.addPixmap(base);
    }
    return icon;
}

QIcon providerIcon(Provider provider)
{
    QIcon icon;
    icon.addPixmap(providerPixmap(provider, 16, 1.0));
    icon.addPixmap(providerPixmap(provider, 16, 2.0));
    return icon;
}

qreal renderScale(qreal levelOfDetail, qreal devicePixelRatio)
{
    return std::exp2(std::ceil(std::log2(std::max<qreal>(1.0, levelOfDetail * devicePixelRatio))));
}

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return QStringLiteral("AWS");
    case Provider::Azure:
        return QStringLiteral("Azure");
    case Provider::Gcp:
        return QStringLiteral("Google Cloud");
    case Provider::Neutral:
        return QCoreApplication::translate("rs::ui::icons", "Provider-neutral");
    }
    return {};
}

} // namespace rs::ui::icons
