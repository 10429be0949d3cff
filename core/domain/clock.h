#pragma once

#include <QDateTime>

namespace mlp {

// Time is injected so that history and time-in-stage are deterministic in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace mlp
