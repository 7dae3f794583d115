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

// The answers of one sitting: item id → value. An item without a value was skipped.
using Answers = QHash<QString, int>;

} // namespace tideline::checkup
