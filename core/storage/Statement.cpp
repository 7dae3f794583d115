#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"

#include <utility>

namespace tideline {

Statement::~Statement()
{
    if (m_stmt) {
        m_db->release(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt) {
            m_db->release(m_stmt);
        }
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    m_bindError = m_bindError ? m_bindError : (rc == SQLITE_OK ? 0 : rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    m_bindError = m_bindError ? m_bindError : (rc == SQLITE_OK ? 0 : rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    // UTF-16 straight from the QString: no extra UTF-8 copy of what a person wrote.
    const int rc
        = sqlite3_bind_text16(m_stmt, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    m_bindError = m_bindError ? m_bindError : (rc == SQLITE_OK ? 0 : rc);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    const int rc = sqlite3_bind_blob64(
        m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    m_bindError = m_bindError ? m_bindError : (rc == SQLITE_OK ? 0 : rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    m_bindError = m_bindError ? m_bindError : (rc == SQLITE_OK ? 0 : rc);
    return *this;
}

Result<Statement::Step> Statement::step()
{
    if (m_bindError) {
        return m_db->errorFor(m_bindError, "bind");
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return Step::Row;
    }
    if (rc == SQLITE_DONE) {
        return Step::Done;
    }
    return m_db->errorFor(rc, "step");
}

Result<bool> Statement::nextRow()
{
    Result<Step> next = step();
    if (!next) {
        return next.error();
    }
    return next.value() == Step::Row;
}

Status Statement::run()
{
    for (;;) {
        auto result = step();
        if (!result) {
            return result.error();
        }
        if (result.value() == Step::Done) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    // UTF-8 as stored: asking SQLite for UTF-16 would make it convert into a buffer of its own
    // (one more locked allocation per value); QString converts once anyway.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, bytes) : QByteArray();
}

} // namespace tideline
