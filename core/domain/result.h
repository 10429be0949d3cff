#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mlp {

// What went wrong, in words a user can act on. `code` lets callers and tests tell
// refusals apart without parsing the message.
struct Error
{
    enum class Code {
        Invalid, // a value out of range or malformed
        NotFound,
        SameStage,
        ForwardSkip,
        MissingReason,
        UnknownTrigger,
        ChecklistIncomplete,
        ProjectClosed,
        NotAPortfolio, // non-SQLite or foreign SQLite file
        TooNew,        // written by a newer schema version
        Locked,        // another process has the file open
        Corrupt,
        UntrustedSchema,
        Io,
        Parse, // malformed JSON or CSV input
        Formula,
        Conflict, // someone else changed the same field since it was read (ideamerge.h)
    };
    Code code = Code::Invalid;
    QString message;
};

// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T> class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    { }
    Result(Error error)
        : m_v(std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};
using Status = Result<Ok>;

inline Error makeError(Error::Code code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace mlp
