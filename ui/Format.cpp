#include "Format.h"

#include <QLocale>

namespace sr::ui {
namespace {

struct Parts {
    QString whole;
    QString fraction;
    bool wholeIsZero = false;
};

// formatUnits' digits split at the point, the whole part grouped by the locale when asked.
Parts localParts(const eth::U256& value, unsigned decimals, bool grouped) {
    const QString exact = QString::fromStdString(eth::formatUnits(value, decimals));
    const qsizetype point = exact.indexOf(QLatin1Char('.'));
    Parts parts{point < 0 ? exact : exact.left(point),
                point < 0 ? QString() : exact.mid(point + 1)};
    bool ok = false;
    const qulonglong whole = parts.whole.toULongLong(&ok);
    parts.wholeIsZero = ok && whole == 0;
    if (ok && grouped)
        parts.whole = QLocale().toString(whole);
    else if (grouped) {
        // Beyond 64 bits: group the digits by three with the locale's separator.
        const QString separator = QLocale().groupSeparator();
        for (qsizetype i = parts.whole.size() - 3; i > 0; i -= 3)
            parts.whole.insert(i, separator);
    }
    return parts;
}

QString joined(const Parts& parts) {
    return parts.fraction.isEmpty() ? parts.whole
                                    : parts.whole + QLocale().decimalPoint() + parts.fraction;
}

} // namespace

QString displayAmount(const eth::U256& value, unsigned decimals, const QString& unit,
                      int maxFraction) {
    Parts parts = localParts(value, decimals, true);
    parts.fraction = parts.fraction.left(maxFraction);
    while (parts.fraction.endsWith(QLatin1Char('0')))
        parts.fraction.chop(1);
    if (!value.isZero() && parts.wholeIsZero && parts.fraction.isEmpty())
        return QStringLiteral("< 0%1%2 %3")
            .arg(QLocale().decimalPoint(),
                 QString(maxFraction - 1, QLatin1Char('0')) + QLatin1Char('1'), unit);
    return joined(parts) + QLatin1Char(' ') + unit;
}

QString rlcAmount(const eth::U256& nRlc) {
    return displayAmount(nRlc, eth::kRlcDecimals, QStringLiteral("RLC"), 9);
}

QString exactAmount(const eth::U256& value, unsigned decimals, bool grouped) {
    return joined(localParts(value, decimals, grouped));
}

QString displayCount(const eth::U256& value) {
    return exactAmount(value, 0);
}

} // namespace sr::ui
