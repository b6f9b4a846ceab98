#include "document/PropertyText.h"

#include <QCoreApplication>

namespace rs::document {

namespace {

Error typeError(const PropertySpec& spec, const char* expected)
{
    const auto label = QString::fromStdString(spec.label.empty() ? spec.name : spec.label);
    return {ErrorCode::Type,
            QCoreApplication::translate("rs::document::PropertyText", "%1 takes %2.")
                .arg(label, QCoreApplication::translate("rs::document::PropertyText", expected))
                .toStdString(),
            {spec.name, 0, 0, {}}};
}

/// The range message in the reader's own number format (the catalogue's is for files).
QString rangeProblem(const PropertySpec& spec, const PropertyValue& value, const QLocale& locale)
{
    if (spec.type != PropertyType::Number && spec.type != PropertyType::Integer)
        return {};
    const double v = propertyNumber(value);
    if (!((spec.min && v < *spec.min) || (spec.max && v > *spec.max)))
        return {};
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("rs::document::PropertyText", text);
    };
    const auto n = [&](double x) { return locale.toString(x, 'g', 12); };
    const auto unit = unitLabel(spec).isEmpty() ? QString() : QLatin1Char(' ') + unitLabel(spec);
    const auto label = QString::fromStdString(spec.label.empty() ? spec.name : spec.label);
    if (spec.min && spec.max)
        return tr("%1 must be from %2 to %3%4.").arg(label, n(*spec.min), n(*spec.max), unit);
    if (spec.min)
        return tr("%1 must be at least %2%3.").arg(label, n(*spec.min), unit);
    return tr("%1 must be at most %2%3.").arg(label, n(*spec.max), unit);
}

} // namespace

QString unitLabel(const PropertySpec& spec)
{
    return spec.unit == "count" ? QString() : QString::fromStdString(spec.unit);
}

Result<PropertyValue> parsePropertyText(const PropertySpec& spec, const QString& text,
                                        const QLocale& locale)
{
    QString t = text.trimmed();
    const auto unit = unitLabel(spec);
    if (!unit.isEmpty() && t.endsWith(unit))
        t = t.chopped(unit.size()).trimmed();

    PropertyValue value;
    bool ok = true;
    switch (spec.type) {
    case PropertyType::Number: {
        const double d = locale.toDouble(t, &ok);
        if (!ok)
            return typeError(spec, QT_TRANSLATE_NOOP("rs::document::PropertyText", "a number"));
        value = d;
        break;
    }
    case PropertyType::Integer: {
        const qlonglong n = locale.toLongLong(t, &ok);
        if (!ok)
            return typeError(spec,
                             QT_TRANSLATE_NOOP("rs::document::PropertyText", "a whole number"));
        value = std::int64_t{n};
        break;
    }
    case PropertyType::Bool: {
        const auto lower = t.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == "1")
            value = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == "0")
            value = false;
        else
            return typeError(spec, QT_TRANSLATE_NOOP("rs::document::PropertyText", "yes or no"));
        break;
    }
    case PropertyType::Enum:
    case PropertyType::String:
        value = t.toStdString();
        break;
    }
    if (const auto range = rangeProblem(spec, value, locale); !range.isEmpty())
        return Error{ErrorCode::Range, range.toStdString(), {spec.name, 0, 0, {}}};
    if (const auto problem = spec.check(value))
        return Error{problem->first, problem->second, {spec.name, 0, 0, {}}};
    return value;
}

QString formatPropertyValue(const PropertyValue& value, const QLocale& locale)
{
    return std::visit(
        [&](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>)
                return v ? QStringLiteral("true") : QStringLiteral("false");
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return locale.toString(qlonglong{v});
            else if constexpr (std::is_same_v<T, double>)
                return locale.toString(v, 'g', 12);
            else
                return QString::fromStdString(v);
        },
        value);
}

} // namespace rs::document
