#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "document/ElementRef.h"

#include <optional>

class QMimeData;

namespace rs::ui {

/// Copy and paste through the design-file format, so parts move between windows, between
/// designs and into a text editor alike.
namespace clipboard {

inline constexpr const char* mimeType = "application/x-resilience-design";

/// The elements with what they need (copyClosure()), as design-file text in our own format and
/// as plain text.
QMimeData* toMimeData(const Design& design, const document::ElementRefs& elements);
/// The part in `data`, from our format or from plain text that is a design file; nothing when
/// there is none.
std::optional<Design> fromMimeData(const QMimeData* data, const Catalogues& catalogues);

} // namespace clipboard

} // namespace rs::ui
