#include "ui/common/localdate.h"

#include <QRegularExpression>

namespace mlp::ui {

QString shortDate(const QDateTime &when, const QLocale &locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return locale.toString(when.toLocalTime().date(), format);
}

} // namespace mlp::ui
