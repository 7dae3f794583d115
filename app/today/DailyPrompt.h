#pragma once

#include "app/VaultClient.h"
#include "core/prompts/PromptCatalogue.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// The prompt card on Today: one gentle prompt a day that can be swapped, put away for the
// day, or turned off by kind (core/prompts/PromptPicker keeps those choices in the vault).
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class DailyPrompt : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(DailyPrompt)

    Q_PROPERTY(bool hasPrompt READ hasPrompt NOTIFY promptChanged)
    Q_PROPERTY(QString key READ key NOTIFY promptChanged)
    Q_PROPERTY(QString text READ text NOTIFY promptChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY promptChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY promptChanged)
    Q_PROPERTY(QString contentNote READ contentNote NOTIFY promptChanged)
    // True after "not today" (or with every kind turned off): the card folds away.
    Q_PROPERTY(bool restingToday READ restingToday NOTIFY promptChanged)
    // Every kind as {key, label, description, shown}, for Settings.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY kindsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit DailyPrompt(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool hasPrompt() const { return m_prompt.has_value(); }
    QString key() const { return m_prompt ? m_prompt->key : QString(); }
    QString text() const { return m_prompt ? m_prompt->text : QString(); }
    QString kind() const { return m_prompt ? m_prompt->kind : QString(); }
    QString kindLabel() const;
    QString contentNote() const { return m_prompt ? m_prompt->contentNote : QString(); }
    bool restingToday() const { return m_loaded && !m_prompt; }
    QVariantList kinds() const;
    QString lastError() const { return m_lastError; }

    // Reads (or chooses) today's prompt. The page calls it once it is drawn, so the first
    // frame after unlock does not wait for it.
    Q_INVOKABLE void load();
    Q_INVOKABLE void another();
    Q_INVOKABLE void notToday();
    Q_INVOKABLE void hideThisKind();
    Q_INVOKABLE void setKindShown(const QString& kind, bool shown);

signals:
    void promptChanged();
    void kindsChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void take(const Result<std::optional<Prompt>>& result);
    void drop();
    void setError(const QString& message);

    std::optional<Prompt> m_prompt;
    QStringList m_hiddenKinds;
    bool m_loaded = false;
    QString m_lastError;
};

} // namespace tideline::app
