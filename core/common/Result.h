#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tideline {

// Every failure a person can meet has a code (for the program to act on) and a plain message
// (for the person to read). Codes line up with tideline-cli's exit codes, see ExitCode.h.
enum class ErrorCode {
    WrongSecret, // the PIN, passphrase or recovery code did not open the vault
    LockedOut, // too many wrong tries: wait Error::secondsLeft
    DamagedKeyslots, // the keyslots file is unreadable, edited or missing
    DamagedDatabase, // the key is right but the database cannot be read
    NewerVersion, // made by a newer Tideline
    CannotWrite, // disk full, permissions, read-only media
    InUse, // another running Tideline holds this vault
    InvalidInput, // a value the person gave is not acceptable
    NoVault, // there is no vault in this folder yet
    VaultExists, // a vault already exists where one would be created
    NotUnlocked, // an operation that needs the open vault was asked while locked
    NotFound, // the thing asked for does not exist
    Cancelled, // the person stopped a long task; nothing was left behind
    Internal, // a bug or an unexpected library failure
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    qint64 secondsLeft = 0; // with LockedOut: how long until the next try

    static Error make(ErrorCode code, const QString& message, qint64 secondsLeft = 0)
    {
        return Error{code, message, secondsLeft};
    }
};

// A value or an Error. core/ returns these instead of throwing; callers must look at them.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }
    ErrorCode code() const { return error().code; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tideline
