#include "app/lock/SecretEntry.h"

#include <QByteArray>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

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

// The length (1-4) and code point of the well-formed UTF-8 sequence at bytes[at], or 0 when it
// is not one (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF).
int decodeUtf8(const QByteArray& bytes, qsizetype at, char32_t& codePoint)
{
    const auto byte = [&bytes](qsizetype i) { return static_cast<std::uint8_t>(bytes.at(i)); };
    const std::uint8_t lead = byte(at);
    int length = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
        min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
        min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (at + length > bytes.size()) {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (!isContinuationByte(byte(at + i))) {
            return 0;
        }
        codePoint = (codePoint << 6) | (byte(at + i) & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return 0;
    }
    return length;
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

bool SecretEntry::appendUtf8(QByteArray& utf8)
{
    bool appended = false;
    qsizetype at = 0;
    while (at < utf8.size()) {
        char32_t codePoint = 0;
        const int length = decodeUtf8(utf8, at, codePoint);
        if (length == 0) {
            ++at; // not UTF-8: skipped, as a key that types nothing would be
            continue;
        }
        const bool digitOk = !m_digitsOnly || (codePoint >= U'0' && codePoint <= U'9');
        if (m_length < m_maxLength && isAcceptableCharacter(codePoint) && digitOk) {
            m_bytes.append(utf8.constData() + at, static_cast<std::size_t>(length));
            ++m_length;
            appended = true;
        }
        at += length;
    }
    // QMimeData::data() hands over an array of its own (converted from the clipboard's data on
    // each call), so this wipes the only plain copy Tideline made.
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (appended) {
        emit lengthChanged();
    }
    return appended;
}

bool SecretEntry::pasteFromClipboard()
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* mime = clipboard ? clipboard->mimeData(QClipboard::Clipboard) : nullptr;
    if (mime == nullptr || !mime->hasText()) {
        return false;
    }
    // Bytes, not mime->text(): the text never becomes a QString here.
    QByteArray utf8 = mime->data(QStringLiteral("text/plain"));
    return appendUtf8(utf8);
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
