#include "Format.h"

#include <QLocale>

namespace sr::ui {

QString displayAmount(const eth::U256& value, unsigned decimals, const QString& unit,
                      int maxFraction) {
    const QString exact = QString::fromStdString(eth::formatUnits(value, decimals));
    const qsizetype point = exact.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? exact : exact.left(point);
    QString fraction = point < 0 ? QString() : exact.mid(point + 1).left(maxFraction);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QLocale locale;
    bool ok = false;
    const qulonglong wholeNumber = whole.toULongLong(&ok);
    if (ok)
        whole = locale.toString(wholeNumber);
    if (!value.isZero() && wholeNumber == 0 && fraction.isEmpty())
        return QStringLiteral("< 0%1%2 %3")
            .arg(locale.decimalPoint(),
                 QString(maxFraction - 1, QLatin1Char('0')) + QLatin1Char('1'), unit);
    return (fraction.isEmpty() ? whole : whole + locale.decimalPoint() + fraction) +
           QLatin1Char(' ') + unit;
}

} // namespace sr::ui
