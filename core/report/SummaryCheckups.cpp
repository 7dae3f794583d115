// The therapist summary's "Check-ups" section: collected, laid out and charted here, so the
// rest of the summary only calls in (SummaryCollect, SummarySections, SummaryPainter).
#include "core/report/SummaryCheckups.h"
#include "core/report/PdfStyle.h"

#include "core/report/SummaryData.h"
#include "core/report/SummaryFlow.h"
#include "core/report/SummaryWords.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tideline::report {

namespace {

using layout::kInk;
using layout::kQuiet;
using layout::lineHeight;

using namespace checkup;

const QColor kPoint(0x2f, 0x6f, 0x8f);
const QColor kGrid(0xd8, 0xd8, 0xd8);

// Whether any answer to a sensitive question is above its lowest option in these sittings.
bool sensitiveAnswered(const Form& form, const QList<Checkup>& sittings)
{
    for (const Checkup& c : sittings) {
        for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it) {
            if (form.isSensitive(it.key())) {
                return true;
            }
        }
    }
    return false;
}

void latestAnswers(const Form& form, const Checkup& latest, const SummaryRequest& request, CheckupSummary& out)
{
    if (form.hasSensitiveItems() && !request.checkupSensitive && sensitiveAnswered(form, {latest})) {
        // With every other answer and the total on the page, a left-out answer could be worked
        // out by subtraction: so none are shown.
        QStringList numbers;
        for (qsizetype i = 0; i < form.items.size(); ++i) {
            if (form.items.at(i).sensitive) {
                numbers.append(QString::number(i + 1));
            }
        }
        out.answersNote = QCoreApplication::translate("Summary",
            "The answer to each question of the %1 is not shown: question %2 is shared only when I "
            "choose, and it could be worked out from the others and the total.")
                              .arg(form.name, numbers.join(QStringLiteral(", ")));
        return;
    }
    for (qsizetype i = 0; i < form.items.size(); ++i) {
        const Item& item = form.items.at(i);
        const auto found = latest.answers.constFind(item.id);
        const QString answer = found == latest.answers.cend()
            ? QCoreApplication::translate("Summary", "skipped")
            : QStringLiteral("%1 (%2)").arg(item.labelFor(found.value())).arg(found.value());
        out.latestAnswers.append(CheckupSummary::Answer{static_cast<int>(i + 1), item.text, answer});
    }
}

} // namespace

Status collectCheckups(Database& db, const SummaryRequest& request, QList<CheckupSummary>& out)
{
    const Clock& clock = SystemClock::instance();
    Result<QList<Form>> forms = FormCatalogue(db, clock).all();
    if (!forms) {
        return forms.error();
    }
    CheckupRepository checkups(db, clock);
    for (const Form& form : std::as_const(forms.value())) {
        Result<QList<Checkup>> taken = checkups.finished(form.key, request.period);
        if (!taken) {
            return taken.error();
        }
        if (taken.value().isEmpty()) {
            continue;
        }
        CheckupSummary summary;
        summary.name = form.name;
        summary.title = form.title;
        summary.scoreMin = form.scoreMin;
        summary.scoreMax = form.scoreMax;
        for (const checkup::Band& band : form.bands) {
            summary.bands.append(CheckupSummary::Band{band.min, band.max, band.label});
        }
        summary.changeRule = changeRuleSentence(form);
        std::optional<int> previous;
        const Result<std::optional<Checkup>> before = checkups.previous(taken.value().first());
        if (before && before.value()) {
            previous = scoreAnswers(form, before.value()->answers).total;
        }
        for (const Checkup& c : std::as_const(taken.value())) {
            const Score score = scoreAnswers(form, c.answers);
            CheckupSummary::Row row{c.day, score.total, {}, {}};
            if (score.total) {
                row.band = bandLabel(form, *score.total);
                row.change = previous ? deltaText(*score.total - *previous) : QString();
                previous = score.total;
            }
            summary.rows.append(row);
        }
        summary.latestDay = taken.value().last().day;
        if (request.checkupAnswers) {
            latestAnswers(form, taken.value().last(), request, summary);
        }
        out.append(summary);
    }
    return {};
}

void layOutCheckups(layout::Flow& flow, const SummaryData& data, const layout::Fonts& fonts)
{
    using layout::Flow;
    const double gap = lineHeight(fonts.body) * 0.5;
    flow.keep(lineHeight(fonts.heading) + 4 * lineHeight(fonts.body) + gap * 3);
    flow.space(gap * 2);
    flow.paragraph(QCoreApplication::translate("Summary", "Check-ups"), fonts.heading, kInk, 0, gap);
    if (data.checkups.isEmpty()) {
        flow.paragraph(QCoreApplication::translate("Summary", "No check-ups were taken in this period."), fonts.body,
            kInk, 0, gap * 0.5);
        return;
    }
    flow.paragraph(QCoreApplication::translate("Summary",
                       "Questionnaires I chose to take, scored by each one's published rules. The shaded bands are "
                       "the questionnaire's own ranges; a score is not a diagnosis."),
        fonts.note, kQuiet, 0, gap);
    const double chartHeight = 38 * layout::kDotsPerMm;
    const double w = flow.width();
    for (int i = 0; i < data.checkups.size(); ++i) {
        const CheckupSummary& c = data.checkups.at(i);
        flow.keep(lineHeight(fonts.subheading) * 2 + chartHeight + gap * 2);
        flow.space(gap);
        const int takenTimes = static_cast<int>(c.rows.size());
        flow.paragraph(c.title + QStringLiteral("  ·  ")
                + (takenTimes == 1
                        ? QCoreApplication::translate("Summary", "taken once in this period")
                        : QCoreApplication::translate("Summary", "taken %n times in this period", nullptr, takenTimes)),
            fonts.subheading, kInk, 0, gap * 0.5);
        const double top = flow.block(chartHeight);
        flow.add(layout::CheckupChartItem{i, QRectF(flow.left(), top, w, chartHeight)});
        flow.space(gap * 0.5);
        const auto cells = [&](const QStringList& texts, const QFont& font) {
            return QList<Flow::Cell>{{texts.at(0), &font, 0, w * 0.34 - gap},
                {texts.at(1), &font, w * 0.34, w * 0.18 - gap}, {texts.at(2), &font, w * 0.52, w * 0.32 - gap},
                {texts.at(3), &font, w * 0.84, w * 0.16}};
        };
        flow.row(
            cells({QCoreApplication::translate("Summary", "Date"), QCoreApplication::translate("Summary", "Total"),
                      QCoreApplication::translate("Summary", "Band"), QCoreApplication::translate("Summary", "Change")},
                fonts.subheading),
            kInk, gap * 0.3);
        flow.rule(0, gap * 0.5);
        for (const CheckupSummary::Row& row : c.rows) {
            flow.row(
                cells(
                    {longDay(row.day),
                        row.total ? QCoreApplication::translate("Summary", "%1 of %2").arg(*row.total).arg(c.scoreMax)
                                  : QCoreApplication::translate("Summary", "no total"),
                        row.total ? row.band : QCoreApplication::translate("Summary", "questions skipped"), row.change},
                    fonts.body),
                kInk, gap * 0.4);
        }
        if (!c.changeRule.isEmpty()) {
            flow.paragraph(c.changeRule, fonts.note, kQuiet, 0, gap * 0.5);
        }
        if (!c.answersNote.isEmpty()) {
            flow.paragraph(c.answersNote, fonts.note, kQuiet, 0, gap * 0.5);
        }
        if (!c.latestAnswers.isEmpty()) {
            flow.keep(lineHeight(fonts.subheading) + lineHeight(fonts.body) * 3);
            flow.paragraph(QCoreApplication::translate("Summary", "Answers on %1").arg(longDay(c.latestDay)),
                fonts.subheading, kInk, 0, gap * 0.4);
            for (const CheckupSummary::Answer& a : c.latestAnswers) {
                flow.row({{QStringLiteral("%1.").arg(a.number), &fonts.body, 0, w * 0.06},
                             {a.question, &fonts.body, w * 0.06, w * 0.62 - gap},
                             {a.answer, &fonts.body, w * 0.68, w * 0.32}},
                    kInk, gap * 0.3);
            }
        }
    }
}

void paintCheckupChart(QPainter& painter, const CheckupSummary& checkup, const insights::DayRange& period,
    const QRectF& rect, const QFont& axisFont)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(axisFont);
    const QFontMetricsF metrics(axisFont);
    const double lo = checkup.scoreMin;
    const double hi = checkup.scoreMax > checkup.scoreMin ? checkup.scoreMax : checkup.scoreMin + 1;
    const double labelWidth = metrics.horizontalAdvance(QString::number(checkup.scoreMax)) + metrics.height() * 0.6;
    const QRectF plot(rect.left() + labelWidth, rect.top() + metrics.height() * 0.5, rect.width() - labelWidth,
        rect.height() - metrics.height() * 2.2);
    const auto yOf = [&](double v) { return plot.bottom() - (std::clamp(v, lo, hi) - lo) / (hi - lo) * plot.height(); };
    const double lineWidth = metrics.height() * 0.08;

    // The bands, lightly shaded in turn, each named at its right edge when it is tall enough.
    for (int b = 0; b < checkup.bands.size(); ++b) {
        const CheckupSummary::Band& band = checkup.bands.at(b);
        const double top = yOf(b == checkup.bands.size() - 1 ? band.max : band.max + 0.5);
        const double bottom = yOf(b == 0 ? band.min : band.min - 0.5);
        const QRectF shade(plot.left(), top, plot.width(), bottom - top);
        painter.fillRect(shade, b % 2 == 0 ? QColor(0x2f, 0x6f, 0x8f, 22) : QColor(0x80, 0x80, 0x80, 26));
        if (shade.height() > metrics.height() * 1.1) {
            painter.setPen(kQuiet);
            painter.drawText(
                shade.adjusted(0, 0, -metrics.height() * 0.3, 0), Qt::AlignRight | Qt::AlignVCenter, band.label);
        }
    }
    painter.setPen(QPen(kGrid, lineWidth));
    painter.drawRect(plot);
    painter.setPen(kQuiet);
    for (const double v : {lo, hi}) {
        painter.drawText(
            QRectF(rect.left(), yOf(v) - metrics.height() / 2, labelWidth - metrics.height() * 0.3, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(static_cast<int>(v)));
    }
    const QRectF dates(plot.left(), plot.bottom() + metrics.height() * 0.3, plot.width(), metrics.height() * 1.2);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, shortDay(period.from));
    painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, shortDay(period.to));

    // One point per check-up with a total; the weeks between them are not joined.
    const double days = std::max(1, period.days() - 1);
    const double radius = metrics.height() * 0.22;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPoint);
    for (const CheckupSummary::Row& row : checkup.rows) {
        if (!row.total) {
            continue;
        }
        const double x = plot.left() + period.from.daysTo(row.day) / days * plot.width();
        painter.drawEllipse(QPointF(x, yOf(*row.total)), radius, radius);
    }
    painter.restore();
}

} // namespace tideline::report
