#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace tideline {

struct Prompt
{
    QString key; // stable; stored with the journal entry that answers it
    QString kind; // "narrative", "grounding", …
    QString text;
    QString contentNote; // shown before the prompt when it may stir hard memories; often empty
};

struct PromptKind
{
    QString key;
    QString label; // "Kindness to yourself"
    QString description;
};

// A gentle line for a routine item ("A glass of water counts").
struct RoutineNudge
{
    QString routineKey;
    QString text;
};

// The journaling prompts and routine nudges shipped in assets/prompts.json (embedded).
class PromptCatalogue
{
public:
    // The shipped catalogue in the current language (i18n::currentLanguage), read once per
    // language. A broken file (a packaging mistake) gives an empty catalogue and a warning in
    // the log: Today then simply shows no prompt.
    static const PromptCatalogue& shipped();
    // A catalogue file by its resource path (":/assets/es/prompts.json"); empty when broken.
    static PromptCatalogue load(const QString& resource);
    static Result<PromptCatalogue> fromJson(const QByteArray& json);

    const QList<Prompt>& prompts() const { return m_prompts; }
    const QList<PromptKind>& kinds() const { return m_kinds; }
    const Prompt* byKey(const QString& key) const;
    const PromptKind* kind(const QString& key) const;
    QList<RoutineNudge> nudgesFor(const QString& routineKey) const;

private:
    QList<Prompt> m_prompts;
    QList<PromptKind> m_kinds;
    QList<RoutineNudge> m_nudges;
    QHash<QString, qsizetype> m_index; // key → position in m_prompts
};

} // namespace tideline
