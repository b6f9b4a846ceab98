#include "ui/DesignClipboard.h"

#include "document/ElementFragment.h"

#include <QMimeData>

namespace rs::ui::clipboard {

QMimeData* toMimeData(const Design& design, const document::ElementRefs& elements)
{
    const auto text = QByteArray::fromStdString(
        document::writeFragment(design, document::copyClosure(design, elements)));
    auto* data = new QMimeData;
    data->setData(mimeType, text);
    data->setText(QString::fromUtf8(text));
    return data;
}

std::optional<Design> fromMimeData(const QMimeData* data, const Catalogues& catalogues)
{
    if (!data)
        return std::nullopt;
    const QByteArray text = data->hasFormat(mimeType) ? data->data(mimeType)
                            : data->hasText()         ? data->text().toUtf8()
                                                      : QByteArray();
    if (text.isEmpty())
        return std::nullopt;
    auto part = document::readFragment(text.toStdString(), catalogues);
    if (!part)
        return std::nullopt;
    return std::move(part).value();
}

} // namespace rs::ui::clipboard
