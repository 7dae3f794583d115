#include "core/checkup/CheckupReview.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"

#include <QCoreApplication>

#include <tuple>

namespace tideline::checkup {

namespace {

QString timesText(int n)
{
    return n == 1 ? QCoreApplication::translate("Checkup", "once")
                  : QCoreApplication::translate("Checkup", "%n times", nullptr, n);
}

// The latest total in the list, and how many were taken.
std::pair<std::optional<int>, int> latestTotal(const Form& form, const QList<Checkup>& taken)
{
    std::optional<int> latest;
    for (const Checkup& c : taken) {
        if (const Score score = scoreAnswers(form, c.answers); score.total) {
            latest = score.total;
        }
    }
    return {latest, static_cast<int>(taken.size())};
}

} // namespace

Result<QList<CheckupComparison>> compareCheckups(
    Database& db, const Clock& clock, const insights::DayRange& before, const insights::DayRange& after)
{
    Result<QList<Form>> forms = FormCatalogue(db, clock).all();
    if (!forms) {
        return forms.error();
    }
    CheckupRepository checkups(db, clock);
    QList<CheckupComparison> lines;
    for (const Form& form : std::as_const(forms.value())) {
        Result<QList<Checkup>> earlier = checkups.finished(form.key, before);
        Result<QList<Checkup>> later = checkups.finished(form.key, after);
        if (!earlier || !later) {
            return earlier ? later.error() : earlier.error();
        }
        if (earlier.value().isEmpty() && later.value().isEmpty()) {
            continue;
        }
        CheckupComparison line;
        line.name = form.name;
        std::tie(line.before, line.takenBefore) = latestTotal(form, earlier.value());
        std::tie(line.after, line.takenAfter) = latestTotal(form, later.value());
        const QString taken
            = QCoreApplication::translate("Checkup", "taken %1 in this period and %2 in the earlier one")
                  .arg(line.takenAfter == 0 ? QCoreApplication::translate("Checkup", "not at all")
                                            : timesText(line.takenAfter),
                      line.takenBefore == 0 ? QCoreApplication::translate("Checkup", "not at all")
                                            : timesText(line.takenBefore));
        if (line.before && line.after) {
            const Change change = changeBetween(form, *line.before, *line.after);
            const QString direction = change.delta == 0 ? QCoreApplication::translate("Checkup", "the same")
                : change.delta < 0 ? QCoreApplication::translate("Checkup", "%1 lower").arg(-change.delta)
                                   : QCoreApplication::translate("Checkup", "%1 higher").arg(change.delta);
            QString reach;
            if (change.meaningful) {
                reach = QCoreApplication::translate(
                    "Checkup", "a change of at least the size counted as clinically meaningful");
            } else if (change.reliable) {
                reach = QCoreApplication::translate(
                    "Checkup", "a reliable change, smaller than the clinically meaningful size");
            }
            line.sentence
                = QCoreApplication::translate("Checkup", "%1: %2 → %3, the latest total in each period (%4%5); %6")
                      .arg(form.name)
                      .arg(*line.before)
                      .arg(*line.after)
                      .arg(direction, reach.isEmpty() ? QString() : QStringLiteral(", ") + reach, taken);
        } else if (line.after) {
            line.sentence = QCoreApplication::translate("Checkup", "%1: %2 most recently; %3")
                                .arg(form.name)
                                .arg(*line.after)
                                .arg(taken);
        } else if (line.before) {
            line.sentence = QCoreApplication::translate("Checkup", "%1: %2 most recently in the earlier period; %3")
                                .arg(form.name)
                                .arg(*line.before)
                                .arg(taken);
        } else {
            line.sentence
                = QCoreApplication::translate("Checkup", "%1: no total in either period (questions were skipped); %2")
                      .arg(form.name, taken);
        }
        lines.append(line);
    }
    return lines;
}

} // namespace tideline::checkup
