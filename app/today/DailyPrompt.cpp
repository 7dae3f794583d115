#include "app/today/DailyPrompt.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/prompts/PromptPicker.h"

#include <QVariantMap>

namespace tideline::app {

DailyPrompt::DailyPrompt(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void DailyPrompt::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &DailyPrompt::drop);
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
    if (auto picker = service<PromptPicker>(PromptCatalogue::shipped())) {
        Result<QStringList> hidden = picker->hiddenKinds();
        if (hidden && hidden.value() != m_hiddenKinds) {
            m_hiddenKinds = hidden.value();
            emit kindsChanged();
        }
    }
}

void DailyPrompt::load()
{
    if (!vaultOpen()) {
        return;
    }
    take(service<PromptPicker>(PromptCatalogue::shipped())->forDay(Day::today(clock())));
}

void DailyPrompt::another()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    take(service<PromptPicker>(PromptCatalogue::shipped())->another(Day::today(clock())));
}

void DailyPrompt::notToday()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    if (Status s = service<PromptPicker>(PromptCatalogue::shipped())->notToday(Day::today(clock())); !s) {
        setError(s.error().message);
        return;
    }
    take(std::optional<Prompt>{});
}

void DailyPrompt::hideThisKind()
{
    if (!vaultOpen() || !m_prompt) {
        return;
    }
    take(service<PromptPicker>(PromptCatalogue::shipped())->hideKind(m_prompt->kind, Day::today(clock())));
}

void DailyPrompt::setKindShown(const QString& kind, bool shown)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    PromptPicker picker = *service<PromptPicker>(PromptCatalogue::shipped());
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
    take(picker.hideKind(kind, Day::today(clock())));
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
