#include "core/checkup/CheckupWords.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace tideline::checkup {

namespace {

// In the language in use ("3 de marzo de 2026"): the translated pattern puts the words between.
QString dayText(const QDate& day)
{
    return QLocale().toString(day, QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day"));
}

// The language the app speaks, to compare with a form's: the pseudo-locale is English underneath.
QString appLanguage()
{
    const QString current = i18n::currentLanguage();
    return current == QStringView(i18n::kPseudoLanguage) ? QString::fromUtf16(i18n::kSourceLanguage) : current;
}

bool inSourceLanguage(const Form& form)
{
    return form.language == QStringView(i18n::kSourceLanguage);
}

} // namespace

bool speaksAppLanguage(const Form& form)
{
    return form.language == appLanguage();
}

QString languageNote(const Form& form)
{
    if (speaksAppLanguage(form)) {
        return {};
    }
    if (inSourceLanguage(form)) {
        return QCoreApplication::translate("Checkup",
            "This questionnaire is in English: it is shown in the words it was published and tested in, because a "
            "translated question is no longer the same questionnaire. Your answers and your total mean the same to "
            "your therapist.");
    }
    return QCoreApplication::translate("Checkup",
        "This questionnaire is in the language it was written in: it is shown in its own words, because a "
        "translated question is no longer the same questionnaire.");
}

QString totalText(const Form& form, const Score& score)
{
    if (!score.total) {
        return QCoreApplication::translate("Checkup", "no total");
    }
    if (score.prorated) {
        return QCoreApplication::translate("Checkup", "%1 of %2 (worked out from %3 of %4 answers)")
            .arg(*score.total)
            .arg(form.scoreMax)
            .arg(score.answered)
            .arg(score.scored);
    }
    return QCoreApplication::translate("Checkup", "%1 of %2").arg(*score.total).arg(form.scoreMax);
}

QString noTotalSentence(const Form& form, const Score& score)
{
    if (score.answered == 0) {
        return QCoreApplication::translate("Checkup", "No total: none of the scored questions was answered.");
    }
    // Whole sentences for one and for several (English plurals without a loaded translation).
    const QString skipped = score.skipped() == 1
        ? QCoreApplication::translate("Checkup", "No total this time: 1 question was skipped")
        : QCoreApplication::translate(
            "Checkup", "No total this time: %n questions were skipped", nullptr, score.skipped());
    if (form.maxMissing == 0) {
        return QCoreApplication::translate(
            "Checkup", "%1, and the %2 gives a total only when every question is answered. Your answers are kept.")
            .arg(skipped, form.name);
    }
    return QCoreApplication::translate(
        "Checkup", "%1, and the %2 gives a total only when no more than %3 are skipped. Your answers are kept.")
        .arg(skipped, form.name)
        .arg(form.maxMissing);
}

QString bandLabel(const Form& form, int total)
{
    const Band* band = form.bandFor(total);
    if (band == nullptr) {
        return {};
    }
    // A band's word in another language is not glued into this one: its range says the same.
    return form.bandLanguage == appLanguage() ? band->label : QStringLiteral("%1–%2").arg(band->min).arg(band->max);
}

QString bandSentence(const Form& form, int total)
{
    const Band* band = form.bandFor(total);
    const QString notADiagnosis = QCoreApplication::translate(
        "Checkup", "A score is not a diagnosis: your therapist can tell you what it means for you.");
    if (band == nullptr) {
        return notADiagnosis;
    }
    QString first;
    if (form.bandLanguage != appLanguage()) {
        first = QCoreApplication::translate("Checkup", "This total is in the range from %1 to %2.")
                    .arg(band->min)
                    .arg(band->max);
    } else if (band->sentence.isEmpty()) {
        first = QCoreApplication::translate("Checkup", "Scores in this range are often called “%1”.").arg(band->label);
    } else {
        first = band->sentence;
    }
    return first + u' ' + notADiagnosis;
}

QString deltaText(int delta)
{
    if (delta > 0) {
        return QStringLiteral("+%1").arg(delta);
    }
    if (delta < 0) {
        return QStringLiteral("−%1").arg(-delta);
    }
    return QStringLiteral("0");
}

QString changeRuleSentence(const Form& form)
{
    const ChangeRule& rule = form.change;
    if (rule.reliable && rule.meaningful) {
        return QCoreApplication::translate("Checkup",
            "For the %1, a change of %2 points or more is counted as reliable, and %3 or more as clinically "
            "meaningful.")
            .arg(form.name)
            .arg(*rule.reliable)
            .arg(*rule.meaningful);
    }
    if (rule.meaningful) {
        return QCoreApplication::translate(
            "Checkup", "For the %1, a change of %2 points or more is commonly counted as clinically meaningful.")
            .arg(form.name)
            .arg(*rule.meaningful);
    }
    if (rule.reliable) {
        return QCoreApplication::translate(
            "Checkup", "For the %1, a change of %2 points or more is counted as reliable.")
            .arg(form.name)
            .arg(*rule.reliable);
    }
    return {};
}

QString changeSentence(const Form& form, int before, int after, const QDate& beforeDay)
{
    const Change change = changeBetween(form, before, after);
    QString first;
    if (change.delta == 0) {
        first = QCoreApplication::translate("Checkup", "The same total as last time (%1).").arg(dayText(beforeDay));
    } else if (change.delta < 0) {
        first = change.delta == -1
            ? QCoreApplication::translate("Checkup", "1 point lower than last time (%1).").arg(dayText(beforeDay))
            : QCoreApplication::translate("Checkup", "%n points lower than last time (%1).", nullptr, -change.delta)
                  .arg(dayText(beforeDay));
    } else {
        first = change.delta == 1
            ? QCoreApplication::translate("Checkup", "1 point higher than last time (%1).").arg(dayText(beforeDay))
            : QCoreApplication::translate("Checkup", "%n points higher than last time (%1).", nullptr, change.delta)
                  .arg(dayText(beforeDay));
    }
    const QString rule = changeRuleSentence(form);
    if (rule.isEmpty()) {
        return first + u' '
            + QCoreApplication::translate("Checkup", "This form does not say what size of change is meaningful.");
    }
    QString verdict;
    if (change.delta == 0) {
        verdict.clear();
    } else if (change.meaningful) {
        verdict = form.change.reliable
            ? QCoreApplication::translate("Checkup", "This change is at least the clinically meaningful size.")
            : QCoreApplication::translate("Checkup", "This change is at least that size.");
    } else if (change.reliable) {
        verdict = QCoreApplication::translate(
            "Checkup", "This change is reliable, and smaller than the clinically meaningful size.");
    } else {
        verdict = QCoreApplication::translate("Checkup", "This change is smaller than that.");
    }
    return verdict.isEmpty() ? first + u' ' + rule : first + u' ' + rule + u' ' + verdict;
}

QString recallSentence(const Form& form)
{
    if (speaksAppLanguage(form)) {
        return QCoreApplication::translate("Checkup", "These questions are about %1.").arg(form.recall);
    }
    // The form's words are never glued into a sentence of another language: an English form
    // says its whole sentence in English (languageNote() tells why it is in English).
    if (inSourceLanguage(form)) {
        return QStringLiteral("These questions are about %1.").arg(form.recall);
    }
    return QCoreApplication::translate("Checkup", "The time these questions are about, in the form's own words: “%1”.")
        .arg(form.recall);
}

QString questionsAbout(const Form& form, int count)
{
    if (speaksAppLanguage(form)) {
        return count == 1
            ? QCoreApplication::translate("Checkup", "1 question about %1").arg(form.recall)
            : QCoreApplication::translate("Checkup", "%n questions about %1", nullptr, count).arg(form.recall);
    }
    if (inSourceLanguage(form)) {
        return count == 1 ? QStringLiteral("1 question about %1").arg(form.recall)
                          : QStringLiteral("%1 questions about %2").arg(count).arg(form.recall);
    }
    return count == 1 ? QCoreApplication::translate("Checkup", "1 question (its time, in the form's own words: “%1”)")
                            .arg(form.recall)
                      : QCoreApplication::translate(
                          "Checkup", "%n questions (their time, in the form's own words: “%1”)", nullptr, count)
                            .arg(form.recall);
}

} // namespace tideline::checkup
