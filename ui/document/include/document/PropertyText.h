#pragma once

#include "core/Result.h"
#include "core/ServiceCatalogue.h"

#include <QLocale>
#include <QString>

namespace rs::document {

/// The value a person typed for a property, checked against its spec: the type, the range and
/// the allowed values. A trailing unit ("120 ms" for a property in ms) is accepted. On error the
/// message says what is expected, for the editor to show; nothing is stored.
Result<PropertyValue> parsePropertyText(const PropertySpec& spec, const QString& text,
                                        const QLocale& locale = QLocale());

/// How a value is shown in an editor: numbers in the locale, without the unit.
QString formatPropertyValue(const PropertyValue& value, const QLocale& locale = QLocale());

/// "s", "MB", "%": the unit as shown beside a field; empty for counts and unitless values.
QString unitLabel(const PropertySpec& spec);

} // namespace rs::document
