#pragma once

#include "app/lock/SecretEntry.h"
#include "core/common/SecureBuffer.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Four random words offered during onboarding and when changing the secret. The words have to
// be shown to be learnt, so they live in `words` (QStrings) only while on screen; clear()
// overwrites them, and so does destruction. Not `final`: QML subclasses it in Qt 6.4.
class PassphraseSuggestion : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(PassphraseSuggestion)

    // The suggested words, for display; empty until generate().
    Q_PROPERTY(QStringList words READ words NOTIFY wordsChanged)

public:
    explicit PassphraseSuggestion(QObject* parent = nullptr);
    ~PassphraseSuggestion() override;

    QStringList words() const { return m_words; }

    Q_INVOKABLE void generate();
    // Puts the suggestion into entry, as if the person had typed it.
    Q_INVOKABLE void useIn(tideline::app::SecretEntry* entry) const;
    Q_INVOKABLE void clear();

signals:
    void wordsChanged();

private:
    void setWords(QStringList words);

    SecureBuffer m_phrase;
    QStringList m_words;
};

} // namespace tideline::app
