#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QTest>

namespace rs::test {

/// The errors of a failed result as one text, for a failure message; empty on success.
template <typename T> QByteArray errorsOf(const Result<T>& result)
{
    QStringList out;
    if (!result.ok()) {
        for (const auto& e : result.errors())
            out << QString::fromStdString(e.toString());
    }
    return out.join('\n').toUtf8();
}

} // namespace rs::test

// Fails the test with the errors unless `expression` (evaluated once) succeeded.
#define REQUIRE_OK(expression)                                                                     \
    do {                                                                                           \
        const auto& outcome_ = (expression);                                                       \
        QVERIFY2(outcome_.ok(), rs::test::errorsOf(outcome_).constData());                         \
    } while (false)
