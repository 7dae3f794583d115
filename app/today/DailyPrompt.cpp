#include "app/today/DailyPrompt.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/prompts/PromptPicker.h"

#include <QVariantMap>

namespace tideline::app {

DailyPrompt::DailyPrompt(QObject* parent) : QObject(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::locked, this, &DailyPrompt::drop);
    }
}

QString DailyPrompt::kindLabel() const
{
    const PromptKind* kind = m_prompt ? PromptCatalogue::shipped().kind(m_prompt->kind) : nullptr;
    return kind ? kind->label : QString();
}

QVariantList DailyPrompt::kinds() const
{
    QVariantList list;
    for (const PromptKind& kind : PromptCatalogue::shipped().kinds()) {
        list.append(QVariantMap{{QStringLiteral("key"), kind.key}, {QStringLiteral("label"), kind.label},
            {QStringLiteral("description"), kind.description},
            {QStringLiteral("shown"), !m_hiddenKinds.contains(kind.key)}});
    }
    return list;
}

void DailyPrompt::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void DailyPrompt::take(const Result<std::optional<Prompt>>& result)
{
    if (!result) {
        setError(result.error().message);
        return;
    }
    setError(QString());
    m_prompt = result.value();
    m_loaded = true;
    emit promptChanged();
    if (Database* db = openDatabase()) {
        Result<QStringList> hidden = PromptPicker(*db, PromptCatalogue::shipped()).hiddenKinds();
        if (hidden && hidden.value() != m_hiddenKinds) {
            m_hiddenKinds = hidden.value();
            emit kindsChanged();
        }
    }
}

void DailyPrompt::load()
{
    Database* db = openDatabase();
    if (!db) {
        return;
    }
    take(PromptPicker(*db, PromptCatalogue::shipped()).forDay(Day::today(appClock())));
}

void DailyPrompt::another()
{
    Database* db = openDatabase();
    if (!db) {
        setError(lockedMessage());
        return;
    }
    take(PromptPicker(*db, PromptCatalogue::shipped()).another(Day::today(appClock())));
}

void DailyPrompt::notToday()
{
    Database* db = openDatabase();
    if (!db) {
        setError(lockedMessage());
        return;
    }
    if (Status s = PromptPicker(*db, PromptCatalogue::shipped()).notToday(Day::today(appClock())); !s) {
        setError(s.error().message);
        return;
    }
    take(std::optional<Prompt>{});
}

void DailyPrompt::hideThisKind()
{
    Database* db = openDatabase();
    if (!db || !m_prompt) {
        return;
    }
    take(PromptPicker(*db, PromptCatalogue::shipped()).hideKind(m_prompt->kind, Day::today(appClock())));
}

void DailyPrompt::setKindShown(const QString& kind, bool shown)
{
    Database* db = openDatabase();
    if (!db) {
        setError(lockedMessage());
        return;
    }
    PromptPicker picker(*db, PromptCatalogue::shipped());
    if (shown) {
        if (Status s = picker.showKind(kind); !s) {
            setError(s.error().message);
            return;
        }
        Result<QStringList> hidden = picker.hiddenKinds();
        m_hiddenKinds = hidden ? hidden.value() : m_hiddenKinds;
        emit kindsChanged();
        return;
    }
    take(picker.hideKind(kind, Day::today(appClock())));
}

void DailyPrompt::drop()
{
    m_prompt.reset();
    m_hiddenKinds.clear();
    m_loaded = false;
    emit promptChanged();
    emit kindsChanged();
}

} // namespace tideline::app
