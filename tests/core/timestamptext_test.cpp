// The timestamps the export and the command line write without QDateTime::toString
// (io::utcTimestampChars) are Qt's own text of the same time, character for character.
#include "core/io/formatkeys.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace mlp;

namespace {

void expectQtsText(const QDateTime &at)
{
    char text[24];
    const int withMs = io::utcTimestampChars(at, true, text);
    ASSERT_GT(withMs, 0) << at.toString(Qt::ISODateWithMs).toStdString();
    EXPECT_EQ(QString::fromLatin1(text, withMs), at.toUTC().toString(Qt::ISODateWithMs));
    const int plain = io::utcTimestampChars(at, false, text);
    ASSERT_GT(plain, 0);
    EXPECT_EQ(QString::fromLatin1(text, plain), at.toUTC().toString(Qt::ISODate));
}

TEST(UtcTimestampChars, AreQtsIsoTextOfTheSameTime)
{
    const QList<QDateTime> times {
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1600, 2, 29), QTime(12, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(1900, 3, 1), QTime(1, 2, 3, 4), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 30, 5, 7), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        // Not in UTC: written as the same moment in UTC.
        QDateTime(QDate(2026, 12, 2), QTime(8, 4, 5, 123), Qt::OffsetFromUTC, 9 * 3600),
        QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone("Asia/Seoul")),
    };
    for (const QDateTime &at : times)
        expectQtsText(at);
    // Every day of four years around a leap day, at a time that moves through the day.
    QDateTime at(QDate(2023, 1, 1), QTime(0, 0, 0, 1), Qt::UTC);
    for (int day = 0; day < 4 * 366; ++day)
        expectQtsText(at.addDays(day).addMSecs(qint64(day) * 59 * 1001));
}

TEST(UtcTimestampChars, LeaveOtherTimesToQt)
{
    char text[24];
    EXPECT_EQ(io::utcTimestampChars(QDateTime(), true, text), 0);
    EXPECT_EQ(
        io::utcTimestampChars(QDateTime(QDate(999, 12, 31), QTime(23, 0), Qt::UTC), true, text), 0);
    EXPECT_EQ(
        io::utcTimestampChars(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), false, text), 0);
    EXPECT_EQ(
        io::utcTimestampChars(QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC), false, text), 0);
}

} // namespace
