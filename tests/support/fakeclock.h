#pragma once

#include "core/domain/clock.h"

#include <QDateTime>

namespace mlp {

// A clock the test sets and moves by hand, so that history and time-in-stage are
// deterministic.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(qint64 d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

} // namespace mlp
