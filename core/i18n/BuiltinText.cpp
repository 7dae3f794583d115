#include "core/i18n/BuiltinText.h"

#include <QCoreApplication>

namespace tideline::i18n {

namespace {

// Exactly as the migrations store them (0001_initial.sql, then 0003_seed_material.sql, which
// rewords some lines still in their first wording); lupdate collects them from here. Earlier
// wordings stay: a vault or an import may still hold them.
[[maybe_unused]] constexpr const char* kBuiltinTexts[] = {
    // Measures
    QT_TRANSLATE_NOOP("BuiltinText", "Mood"),
    QT_TRANSLATE_NOOP("BuiltinText", "Hours of sleep"),
    QT_TRANSLATE_NOOP("BuiltinText", "Sleep quality"),
    QT_TRANSLATE_NOOP("BuiltinText", "Nightmares"),
    QT_TRANSLATE_NOOP("BuiltinText", "Flashbacks"),
    QT_TRANSLATE_NOOP("BuiltinText", "Intrusive thoughts"),
    QT_TRANSLATE_NOOP("BuiltinText", "Anxiety"),
    QT_TRANSLATE_NOOP("BuiltinText", "Numbness or dissociation"),
    QT_TRANSLATE_NOOP("BuiltinText", "Energy"),
    QT_TRANSLATE_NOOP("BuiltinText", "Feeling safe"),
    QT_TRANSLATE_NOOP("BuiltinText", "Thoughts of self-harm"),
    // Healing routines
    QT_TRANSLATE_NOOP("BuiltinText", "Drink some water"),
    QT_TRANSLATE_NOOP("BuiltinText", "Regular meals"),
    QT_TRANSLATE_NOOP("BuiltinText", "A 30-minute walk"),
    QT_TRANSLATE_NOOP("BuiltinText", "Time outdoors"),
    QT_TRANSLATE_NOOP("BuiltinText", "Time outdoors in a green space"),
    QT_TRANSLATE_NOOP("BuiltinText", "Meditation, yoga, tai chi or dancing"),
    QT_TRANSLATE_NOOP("BuiltinText", "Journaling"),
    QT_TRANSLATE_NOOP("BuiltinText", "7–9 hours of sleep"),
    QT_TRANSLATE_NOOP("BuiltinText", "Less caffeine"),
    QT_TRANSLATE_NOOP("BuiltinText", "Bed for sleep only"),
    QT_TRANSLATE_NOOP("BuiltinText", "Avoiding alcohol and drugs"),
    QT_TRANSLATE_NOOP("BuiltinText", "Reaching out to someone I trust"),
    QT_TRANSLATE_NOOP("BuiltinText", "Healthier food"),
    // The emergency bag
    QT_TRANSLATE_NOOP("BuiltinText", "Clothes"),
    QT_TRANSLATE_NOOP("BuiltinText", "Keys"),
    QT_TRANSLATE_NOOP("BuiltinText", "Phone charger"),
    QT_TRANSLATE_NOOP("BuiltinText", "ID and passport"),
    QT_TRANSLATE_NOOP("BuiltinText", "Cash"),
    QT_TRANSLATE_NOOP("BuiltinText", "Medications"),
    QT_TRANSLATE_NOOP("BuiltinText", "Important documents"),
    QT_TRANSLATE_NOOP("BuiltinText", "Extra keys"),
    QT_TRANSLATE_NOOP("BuiltinText", "Passport"),
    QT_TRANSLATE_NOOP("BuiltinText", "Social security card or national ID card"),
    QT_TRANSLATE_NOOP("BuiltinText", "Prescription medications"),
    QT_TRANSLATE_NOOP("BuiltinText", "Other important papers"),
    // Close at hand
    QT_TRANSLATE_NOOP("BuiltinText", "My phone, charged"),
    QT_TRANSLATE_NOOP("BuiltinText", "My house and car keys"),
    QT_TRANSLATE_NOOP("BuiltinText", "My wallet or purse, with some money"),
    QT_TRANSLATE_NOOP("BuiltinText", "Important numbers, written on paper"),
    QT_TRANSLATE_NOOP("BuiltinText", "A place of safety in mind, and how to get there"),
};

} // namespace

QString shownBuiltinText(const QString& stored)
{
    // A text with no translation (the person's own wording) comes back unchanged.
    return QCoreApplication::translate("BuiltinText", stored.toUtf8().constData());
}

} // namespace tideline::i18n
