#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tideline::checkup {

// A questionnaire as described by its data file (docs/CHECKUP-FORMAT.md): the shipped PCL-5,
// PHQ-9 and GAD-7 in assets/checkups/, or a therapist's own form added from a file. Nothing
// about a particular instrument is written in C++: everything below comes from the file.

struct Option
{
    int value = 0;
    QString label; // "Not at all"
};

struct Item
{
    QString id; // "1", "difficulty"; unique within the form
    QString text; // word for word as published
    bool scored = true; // false: asked, kept, never counted (PHQ-9's difficulty question)
    // Answers above the lowest option show support at once and are left out of summaries and
    // exports unless the person ticks them (PHQ-9 item 9), like the self-harm measure.
    bool sensitive = false;
    QList<Option> options; // the item's own, or the form's

    int lowest() const;
    int highest() const;
    bool accepts(int value) const;
    QString labelFor(int value) const; // "" when no option has that value
};

struct Band
{
    int min = 0;
    int max = 0;
    QString label; // the instrument's own word: "moderate"
    QString sentence; // optional: said instead of "Scores in this range are often called …"
};

// What the instrument's sources count as a change worth noticing; either may be unknown.
struct ChangeRule
{
    std::optional<int> reliable; // not due to chance
    std::optional<int> meaningful; // clinically meaningful
};

// The form's published wording in one more language ("translations" in the file): every
// question and answer, the instructions and the recall period, with that version's own source
// and terms. Never made up by Tideline: a reworded question is no longer the validated instrument.
struct FormText
{
    QString title;
    QString about;
    QString recall;
    QString instructions;
    QString contentNote;
    QString source;
    QString terms;
    QString adaptations;
    QHash<QString, QString> itemTexts; // item id → text
    QHash<QString, QHash<int, QString>> optionLabels; // item id → value → label
};

struct Form
{
    QString key; // "phq9"
    QString name; // "PHQ-9"
    QString title; // "Patient Health Questionnaire (PHQ-9)"
    QString about; // one plain sentence
    QString recall; // "the last 2 weeks"
    QString instructions;
    QString contentNote; // shown before the first question when set (the PCL-5)
    QString source;
    QString terms;
    QString scoringNotes;
    QString adaptations;
    bool builtin = false; // shipped with Tideline, not added from a file
    // The language of the words above and of the questions ("language" in the file, else "en").
    QString language = QStringLiteral("en");
    // The language of the bands' labels and sentences: always the file's own, since a version in
    // another language carries the questions, not the bands' words.
    QString bandLanguage = QStringLiteral("en");
    QHash<QString, FormText> translations; // by language code ("es")
    QList<Item> items;
    int scoreMin = 0;
    int scoreMax = 0;
    int maxMissing = 0; // scored items that may be skipped; the total is then prorated
    QList<Band> bands;
    ChangeRule change;

    const Item* item(const QString& id) const;
    int scoredCount() const;
    const Band* bandFor(int total) const;
    bool hasSensitiveItems() const;
    bool isSensitive(const QString& itemId) const;
};

// The form in `language` when its file carries that language's published wording (questions,
// answers, instructions, recall period, source and terms swapped in; `language` set), else the
// form as it is. Answers are kept by item id and value, so they read the same in every language.
Form inLanguage(const Form& form, const QString& language);

// The answers of one sitting: item id → value. An item without a value was skipped.
using Answers = QHash<QString, int>;

} // namespace tideline::checkup
