// Dates in the editor follow the locale's short form, with the year written out in full.
#include "ui/common/localdate.h"

#include <gtest/gtest.h>

namespace mlp::ui {
namespace {

const QDateTime kWhen(QDate(2026, 10, 23), QTime(12, 0));

TEST(ShortDate, KeepsTheLocalesOrderWithAFourDigitYear)
{
    EXPECT_EQ(shortDate(kWhen, QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("10/23/2026"));
    EXPECT_EQ(shortDate(kWhen, QLocale(QLocale::English, QLocale::UnitedKingdom)),
              QStringLiteral("23/10/2026"));
    const QString korean = shortDate(kWhen, QLocale(QLocale::Korean, QLocale::SouthKorea));
    EXPECT_TRUE(korean.startsWith(QStringLiteral("2026"))) << korean.toStdString();
    EXPECT_TRUE(korean.contains(QStringLiteral("10"))) << korean.toStdString();
}

} // namespace
} // namespace mlp::ui
