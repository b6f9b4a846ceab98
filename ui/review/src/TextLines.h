#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;

namespace rs::review {

/// Plain text laid out in lines of `width`, breaking between words. A token wider than a line
/// (a URL, a path, a metric name) breaks after one of its "/", "-", ".", "_" or ":" or between
/// the humps of a camel-case name; only a token with none of them (a hash) breaks anywhere.
/// Line feeds start new lines.
std::unique_ptr<QTextLayout> layoutText(const QString& text, const QFont& font, double width,
                                        QPaintDevice* device, Qt::Alignment align = Qt::AlignLeft);

/// The height of the laid-out lines.
double layoutHeight(const QTextLayout& layout);

} // namespace rs::review
