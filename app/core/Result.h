#pragma once
// Result types shared by every service: an operation either yields its value or an Error
// whose code maps one-to-one onto dsrctl's exit codes and whose message is for the user.

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace dsr {

enum class ErrorCode {
    Usage, // bad arguments (dsrctl exit 2)
    Authentication, // wrong password, locked or disabled account (exit 3)
    Permission, // the acting user's roles do not allow it (exit 3)
    NotFound, // exit 4
    Conflict, // lost an update race, duplicate key (exit 5)
    Validation, // input refused by a rule (exit 1)
    Failure, // storage or other failure (exit 1)
};

// One refused field of a form, so a dialog can show the message beside it.
struct FieldError
{
    QString field; // the field's stable name ("kana", "postal_code" …)
    QString message;
};

struct Error
{
    ErrorCode code = ErrorCode::Failure;
    QString message; // the whole story in one line (dsrctl prints this)
    QList<FieldError> fields; // Validation: every refused field
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message), {} };
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace dsr
