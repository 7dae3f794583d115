#include "app/lock/SecretEntry.h"

#include <QByteArray>

#include <sodium.h>

namespace tideline::app {

namespace {

// A UTF-8 continuation byte (10xxxxxx) never starts a character.
bool isContinuationByte(std::uint8_t byte)
{
    return (byte & 0xC0) == 0x80;
}

bool isAcceptableCharacter(char32_t codePoint)
{
    // Control characters (Tab, Return, Escape, Delete…) are keys, not part of a secret.
    return codePoint >= 0x20 && codePoint != 0x7F && !(codePoint >= 0x80 && codePoint < 0xA0);
}

} // namespace

SecretEntry::SecretEntry(QObject* parent) : QObject(parent)
{}

SecretEntry::~SecretEntry() = default; // SecureBuffer wipes itself

void SecretEntry::setDigitsOnly(bool digitsOnly)
{
    if (m_digitsOnly == digitsOnly) {
        return;
    }
    m_digitsOnly = digitsOnly;
    emit digitsOnlyChanged();
}

void SecretEntry::setMaxLength(int maxLength)
{
    if (maxLength < 1 || m_maxLength == maxLength) {
        return;
    }
    m_maxLength = maxLength;
    emit maxLengthChanged();
}

bool SecretEntry::appendText(const QString& keystroke)
{
    bool appended = false;
    for (const char32_t codePoint : keystroke.toUcs4()) {
        if (m_length >= m_maxLength || !isAcceptableCharacter(codePoint)) {
            continue;
        }
        if (m_digitsOnly && (codePoint < U'0' || codePoint > U'9')) {
            continue;
        }
        const QString one = QString::fromUcs4(&codePoint, 1);
        QByteArray utf8 = one.toUtf8();
        m_bytes.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
        setLength(m_length + 1);
        appended = true;
    }
    return appended;
}

bool SecretEntry::appendDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_length >= m_maxLength) {
        return false;
    }
    const char character = static_cast<char>('0' + digit);
    m_bytes.append(&character, 1);
    setLength(m_length + 1);
    return true;
}

void SecretEntry::backspace()
{
    if (m_bytes.isEmpty()) {
        return;
    }
    // Remove the whole last character, not just its last byte.
    std::size_t n = 1;
    while (n < m_bytes.size() && isContinuationByte(m_bytes.data()[m_bytes.size() - n])) {
        ++n;
    }
    m_bytes.chop(n);
    setLength(m_length - 1);
}

void SecretEntry::clear()
{
    m_bytes.clear();
    setLength(0);
}

bool SecretEntry::matches(SecretEntry* other) const
{
    return other != nullptr && m_bytes.constantTimeEquals(other->m_bytes);
}

SecureBuffer SecretEntry::take()
{
    SecureBuffer taken = std::move(m_bytes);
    m_bytes = SecureBuffer();
    setLength(0);
    return taken;
}

void SecretEntry::assignAscii(const SecureBuffer& ascii)
{
    m_bytes = SecureBuffer(ascii.data(), ascii.size());
    setLength(static_cast<int>(ascii.size()));
}

void SecretEntry::setLength(int length)
{
    if (m_length == length) {
        return;
    }
    m_length = length;
    emit lengthChanged();
}

} // namespace tideline::app
