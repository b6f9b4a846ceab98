#pragma once

#include "core/review/Review.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rs::review {

/// A source the review cites, as its sources page lists it.
struct CitedSource
{
    QString id;    ///< "S52", "F-AWSPP25"
    QString title; ///< what the source is
    QString link;  ///< its web address; empty when the source names none
};

/// The sources cited in `texts` (the review's laid-out text) and by the review's cost lines: the
/// published sources of the rules, models and assumptions in id order, then the price sources
/// by key. Each appears once.
std::vector<CitedSource> citedSources(const QStringList& texts, const Review& review);

} // namespace rs::review
