#pragma once

#include "core/common/SecureBuffer.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// What the person is typing into a PIN pad or secret field, kept as UTF-8 in sodium_malloc'd
// memory. QML feeds it one keystroke at a time, so no QString ever holds the whole secret;
// only `length` (to draw dots) leaves this object. Session takes the bytes out when it uses them.
// A paste (from a password manager) goes from the clipboard's bytes straight in, never through
// a QString either.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class SecretEntry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SecretEntry)

    // Number of characters (Unicode code points) typed so far.
    Q_PROPERTY(int length READ length NOTIFY lengthChanged)
    // When true only the digits 0-9 are taken (a PIN); other keystrokes are ignored.
    Q_PROPERTY(bool digitsOnly READ digitsOnly WRITE setDigitsOnly NOTIFY digitsOnlyChanged)
    // Keystrokes beyond this many characters are ignored (a runaway key or a huge paste).
    Q_PROPERTY(int maxLength READ maxLength WRITE setMaxLength NOTIFY maxLengthChanged)

public:
    explicit SecretEntry(QObject* parent = nullptr);
    ~SecretEntry() override;

    int length() const { return m_length; }
    bool digitsOnly() const { return m_digitsOnly; }
    void setDigitsOnly(bool digitsOnly);
    int maxLength() const { return m_maxLength; }
    void setMaxLength(int maxLength);

    // Appends the text of one key event (usually one character). Returns whether it was taken.
    Q_INVOKABLE bool appendText(const QString& keystroke);
    Q_INVOKABLE bool appendDigit(int digit);
    // Pastes the clipboard's text as if it were typed: the same characters are refused (control
    // characters such as a trailing newline, anything but digits for a PIN), up to maxLength.
    // The clipboard is read as UTF-8 bytes, never as a QString; the one plain copy is wiped at
    // once and nothing of it is kept. The clipboard itself is left as the password manager set
    // it (it clears its own copy). Returns whether anything was taken.
    Q_INVOKABLE bool pasteFromClipboard();
    // pasteFromClipboard's work on bytes in hand: appends the acceptable characters of utf8
    // (invalid UTF-8 is skipped), then overwrites utf8 with zeros, whatever happened.
    bool appendUtf8(QByteArray& utf8);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void clear();
    // Constant-time comparison, for "type it again to confirm".
    Q_INVOKABLE bool matches(tideline::app::SecretEntry* other) const;

    // Moves the bytes out and leaves this entry empty.
    SecureBuffer take();
    // Replaces what was typed with ASCII bytes (a suggested passphrase), as if typed.
    void assignAscii(const SecureBuffer& ascii);
    const SecureBuffer& bytes() const { return m_bytes; }

signals:
    void lengthChanged();
    void digitsOnlyChanged();
    void maxLengthChanged();

private:
    void setLength(int length);

    SecureBuffer m_bytes;
    int m_length = 0;
    int m_maxLength = 256;
    bool m_digitsOnly = false;
};

} // namespace tideline::app
