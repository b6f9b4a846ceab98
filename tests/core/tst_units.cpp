#include "core/Units.h"

#include <QTest>

#include <boost/units/systems/information/bit.hpp>
#include <boost/units/systems/si/time.hpp>

using namespace rs;
using namespace rs::units;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void gigabytesAreDecimal()
    {
        // Providers bill in decimal GB for transfer: 1 GB = 10^9 bytes, 8 * 10^9 bits.
        const Gigabytes stored = 1.5 * gigabytes;
        QCOMPARE(Bytes(stored).value(), 1.5e9);
        const boost::units::quantity<boost::units::information::hu::bit::info> bits(1.0 * gigabyte);
        QCOMPARE(bits.value(), 8e9);
    }

    void millisecondsConvertToSeconds()
    {
        const Milliseconds duration = 250.0 * milliseconds;
        QCOMPARE(Seconds(duration).value(), 0.25);
        QCOMPARE(boost::units::quantity<boost::units::si::time>(Seconds(duration)).value(), 0.25);
    }

    void ratesTimesDurationsAreCounts()
    {
        const RequestRate peak = 200.0 * requests / second;
        const Requests inAnHour = peak * (3600.0 * seconds);
        QCOMPARE(inAnHour.value(), 720000.0);
    }

    void moneyAddsOnlyToMoney()
    {
        const Dollars a = 1.25 * usd;
        const Dollars b = 0.75 * usd;
        QCOMPARE((a + b).value(), 2.0);
        // Adding bytes to dollars does not compile; the type system is the test:
        static_assert(!std::is_convertible_v<Bytes, Dollars>);
        static_assert(!std::is_convertible_v<Seconds, Requests>);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
