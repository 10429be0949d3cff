#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace mlp::ui {

// A date as the locale writes it in short form, but always with a four-digit year: the short
// forms of Qt's locales abbreviate it ("10/23/26", "26. 10. 23."), which reads as a day or a
// month in a history that spans years.
QString shortDate(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace mlp::ui
