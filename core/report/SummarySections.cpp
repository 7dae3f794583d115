// The summary's sections, in order, each only when the person chose it (DESIGN.md section 5.5).
#include "core/report/SummarySections.h"

#include "core/report/PdfStyle.h"
#include "core/report/SummaryCheckups.h"
#include "core/report/SummaryData.h"
#include "core/report/SummaryFlow.h"
#include "core/report/SummaryRecords.h"
#include "core/report/SummaryWords.h"

#include "core/insights/PeriodReview.h"

#include <QCoreApplication>

namespace tideline::report::layout {

namespace {

// Longer entries are cut here, with a note saying so: a 5 MB paste would otherwise be a
// thousand pages that nobody can read in a session.
constexpr qsizetype kMaxEntryCharacters = 20000;

class Sections
{
public:
    Sections(const SummaryData& data, const Fonts& fonts) : m_data(data), m_fonts(fonts), m_flow(contentRect()) {}

    Document build()
    {
        cover();
        const SummaryRequest& request = m_data.request;
        // What the person wants to talk about comes first, on the first page: it is what the
        // session starts from, not an afterthought behind the charts.
        if (!request.agenda.trimmed().isEmpty()) {
            agenda();
        }
        if (request.charts) {
            charts();
        }
        if (request.averages) {
            averages();
        }
        if (request.routines) {
            routines();
        }
        if (request.review) {
            review();
        }
        if (request.moments) {
            moments();
        }
        if (request.checkups) {
            layOutCheckups(m_flow, m_data, m_fonts);
        }
        if (!m_data.entries.isEmpty()) {
            entries();
        }
        layOutSummaryRecords(m_flow, m_fonts, m_data.records);
        return m_flow.take();
    }

private:
    double gap() const { return lineHeight(m_fonts.body) * 0.5; }

    void body(const QString& text, double indent = 0)
    {
        m_flow.paragraph(text, m_fonts.body, kInk, indent, gap() * 0.5);
    }

    // Several paragraphs as written: each line break starts a new paragraph; an empty line
    // stays a small space.
    void bodyText(const QString& text)
    {
        const QStringList paragraphs = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n');
        for (const QString& p : paragraphs) {
            if (p.trimmed().isEmpty()) {
                m_flow.space(gap());
            } else {
                m_flow.paragraph(p, m_fonts.body, kInk, 0, gap() * 0.4);
            }
        }
    }

    void heading(const QString& text)
    {
        // The heading stays with at least a few lines of what it introduces.
        m_flow.keep(lineHeight(m_fonts.heading) + 4 * lineHeight(m_fonts.body) + gap() * 3);
        m_flow.space(gap() * 2);
        m_flow.paragraph(text, m_fonts.heading, kInk, 0, gap());
    }

    QString insideLine() const
    {
        const SummaryRequest& r = m_data.request;
        QStringList parts;
        if (!r.agenda.trimmed().isEmpty()) {
            parts << QCoreApplication::translate("Summary", "what I want to talk about");
        }
        if (r.charts) {
            parts << QCoreApplication::translate("Summary", "charts of each measure");
        }
        if (r.averages) {
            parts << QCoreApplication::translate("Summary", "averages");
        }
        if (r.routines) {
            parts << QCoreApplication::translate("Summary", "routines");
        }
        if (r.review) {
            parts << QCoreApplication::translate("Summary", "a comparison with the period before");
        }
        if (r.moments) {
            parts << QCoreApplication::translate("Summary", "counts of hard moments");
        }
        if (r.checkups) {
            parts << QCoreApplication::translate("Summary", "check-ups");
        }
        // Plain ints for %n: lupdate skips a translate() whose count is a cast.
        const int entries = static_cast<int>(m_data.entries.size());
        const int records = static_cast<int>(m_data.records.size());
        if (entries > 0) {
            parts << (entries == 1 ? QCoreApplication::translate("Summary", "1 journal entry")
                                   : QCoreApplication::translate("Summary", "%n journal entries", nullptr, entries));
        }
        if (records > 0) {
            parts << (records == 1 ? QCoreApplication::translate("Summary", "1 record")
                                   : QCoreApplication::translate("Summary", "%n records", nullptr, records));
        }
        if (parts.isEmpty()) {
            return QCoreApplication::translate("Summary", "Only this page: nothing else was chosen for this summary.");
        }
        return QCoreApplication::translate("Summary", "Inside: %1.").arg(parts.join(QLatin1String(", ")));
    }

    void cover()
    {
        const int periodDays = m_data.request.period.days(); // a plain int: lupdate reads the %n call
        const SummaryRequest& r = m_data.request;
        m_flow.paragraph(
            QCoreApplication::translate("Summary", "Summary for my therapist"), m_fonts.title, kInk, 0, gap());
        m_flow.paragraph(QCoreApplication::translate("Summary", "From %1 to %2 (%n days)", nullptr, periodDays)
                             .arg(longDay(r.period.from), longDay(r.period.to)),
            m_fonts.subheading, kInk, 0, gap() * 0.5);
        if (!r.name.trimmed().isEmpty()) {
            const QString name = printedName(r.name);
            m_flow.paragraph(
                QCoreApplication::translate("Summary", "Name: %1").arg(name), m_fonts.body, kInk, 0, gap() * 0.5);
        }
        body(insideLine());
        m_flow.paragraph(QCoreApplication::translate("Summary", "Made on %1. It holds only what I chose to share.")
                             .arg(longDay(m_data.madeOn)),
            m_fonts.note, kQuiet, 0, gap());
        m_flow.rule(gap(), gap());
    }

    QString measureTitle(const MeasureSummary& m) const
    {
        const Metric& metric = m.metric;
        QString scale;
        if (metric.kind == MetricKind::Scale) {
            scale = QCoreApplication::translate("Summary", " (%1 to %2)")
                        .arg(insights::formatMean(metric.minValue), insights::formatMean(metric.maxValue));
        } else if (metric.kind == MetricKind::Hours
            && !metric.label.contains(QCoreApplication::translate("Summary", "hour"), Qt::CaseInsensitive)) {
            scale = QCoreApplication::translate("Summary", " (hours)");
        } else if (metric.kind == MetricKind::Boolean) {
            scale = QCoreApplication::translate("Summary", " (yes or no)");
        }
        return metric.label + scale;
    }

    void charts()
    {
        const int periodDays = m_data.request.period.days(); // a plain int: lupdate reads the %n call
        heading(QCoreApplication::translate("Summary", "Measures over time"));
        if (m_data.measures.isEmpty()) {
            body(QCoreApplication::translate("Summary", "No measures were recorded in this period."));
            return;
        }
        const bool weekly = m_data.request.period.days() > 92;
        body(weekly ? QCoreApplication::translate("Summary",
                 "Each point is the average of the days recorded in that week. Weeks with nothing "
                 "recorded are left as gaps.")
                    : QCoreApplication::translate(
                        "Summary", "Each point is one day. Days with nothing recorded are left as gaps."));
        const double chartHeight = 42 * kDotsPerMm;
        for (int i = 0; i < m_data.measures.size(); ++i) {
            const MeasureSummary& m = m_data.measures.at(i);
            m_flow.keep(lineHeight(m_fonts.subheading) * 2 + chartHeight + gap() * 2);
            m_flow.space(gap());
            m_flow.paragraph(measureTitle(m) + QStringLiteral("  ·  ")
                    + QCoreApplication::translate("Summary", "recorded on %1 of %n days", nullptr, periodDays)
                          .arg(m.daysRecorded()),
                m_fonts.subheading, kInk, 0, gap() * 0.5);
            const double top = m_flow.block(chartHeight);
            m_flow.add(ChartItem{i, QRectF(m_flow.left(), top, m_flow.width(), chartHeight)});
        }
    }

    void averages()
    {
        const int periodDays = m_data.request.period.days(); // a plain int: lupdate reads the %n call
        heading(QCoreApplication::translate("Summary", "Averages"));
        if (m_data.measures.isEmpty()) {
            body(QCoreApplication::translate("Summary", "No measures were recorded in this period."));
            return;
        }
        const double w = m_flow.width();
        const auto cells = [&](const QStringList& texts, const QFont& font) {
            return QList<Flow::Cell>{{texts.at(0), &font, 0, w * 0.40 - gap()},
                {texts.at(1), &font, w * 0.40, w * 0.20 - gap()}, {texts.at(2), &font, w * 0.60, w * 0.20 - gap()},
                {texts.at(3), &font, w * 0.80, w * 0.20}};
        };
        m_flow.row(
            cells({QCoreApplication::translate("Summary", "Measure"), QCoreApplication::translate("Summary", "Average"),
                      QCoreApplication::translate("Summary", "Lowest to highest"),
                      QCoreApplication::translate("Summary", "Days recorded")},
                m_fonts.subheading),
            kInk, gap() * 0.3);
        m_flow.rule(0, gap() * 0.5);
        for (const MeasureSummary& m : m_data.measures) {
            const QString range = m.metric.kind == MetricKind::Boolean
                ? QString()
                : QCoreApplication::translate("Summary", "%1 to %2")
                      .arg(valueText(m.metric, m.min), valueText(m.metric, m.max));
            m_flow.row(cells({m.metric.label, averageText(m.metric, m.mean, m.daysRecorded()), range,
                                 QCoreApplication::translate("Summary", "%1 of %2")
                                     .arg(m.daysRecorded())
                                     .arg(m_data.request.period.days())},
                           m_fonts.body),
                kInk, gap() * 0.5);
        }
        body(QCoreApplication::translate("Summary", "Check-ins on %1 of %n days in this period.", nullptr, periodDays)
                 .arg(m_data.daysWithCheckin));
    }

    void routines()
    {
        const int periodDays = m_data.request.period.days(); // a plain int: lupdate reads the %n call
        heading(QCoreApplication::translate("Summary", "Routines"));
        if (m_data.routines.isEmpty()) {
            body(QCoreApplication::translate("Summary", "No routine items were marked as done in this period."));
            return;
        }
        for (const RoutineSummary& r : m_data.routines) {
            body(QCoreApplication::translate("Summary", "%1: done on %2 of %n days", nullptr, periodDays)
                     .arg(r.label, QString::number(r.daysDone)));
        }
    }

    void review()
    {
        heading(QCoreApplication::translate("Summary", "Compared with the period before"));
        for (const QString& sentence : m_data.reviewSentences) {
            body(sentence);
        }
    }

    void moments()
    {
        heading(QCoreApplication::translate("Summary", "Hard moments"));
        if (m_data.moments.isEmpty()) {
            body(QCoreApplication::translate("Summary", "No hard moments were logged in this period."));
            return;
        }
        body(QCoreApplication::translate(
            "Summary", "How many were logged in this period, by kind. No details are included."));
        for (const auto& [kind, count] : m_data.moments) {
            body(QCoreApplication::translate("Summary", "%1: %2").arg(momentKindLabel(kind)).arg(count));
        }
    }

    void agenda()
    {
        heading(QCoreApplication::translate("Summary", "What I want to talk about"));
        cappedText(m_data.request.agenda,
            QCoreApplication::translate("Summary",
                "These notes are long: the last %1 characters are left out of this "
                "summary."));
    }

    // Very long text is cut (never inside an emoji), and the page says so.
    void cappedText(const QString& full, const QString& leftOutNote)
    {
        QString text = full;
        qsizetype leftOut = 0;
        if (text.size() > kMaxEntryCharacters) {
            qsizetype cut = kMaxEntryCharacters;
            if (text.at(cut - 1).isHighSurrogate()) {
                --cut;
            }
            leftOut = text.size() - cut;
            text.truncate(cut);
        }
        bodyText(text);
        if (leftOut > 0) {
            m_flow.paragraph(leftOutNote.arg(leftOut), m_fonts.note, kQuiet, 0, gap());
        }
    }

    void entries()
    {
        heading(QCoreApplication::translate("Summary", "Journal entries I chose to share"));
        bool first = true;
        for (const journal::Entry& entry : m_data.entries) {
            if (!first) {
                m_flow.rule(gap(), gap());
            }
            first = false;
            m_flow.keep(lineHeight(m_fonts.subheading) * 2 + lineHeight(m_fonts.body) * 3);
            m_flow.paragraph(longDay(entry.day), m_fonts.note, kQuiet, 0, gap() * 0.3);
            if (!entry.title.trimmed().isEmpty()) {
                m_flow.paragraph(entry.title, m_fonts.subheading, kInk, 0, gap() * 0.3);
            }
            if (!entry.tags.isEmpty()) {
                m_flow.paragraph(
                    QCoreApplication::translate("Summary", "Tags: %1").arg(entry.tags.join(QLatin1String(", "))),
                    m_fonts.note, kQuiet, 0, gap() * 0.5);
            }
            cappedText(entry.body,
                QCoreApplication::translate("Summary",
                    "This entry is long: the last %1 characters are left out of this summary. "
                    "The whole entry is still in the journal."));
        }
    }

    const SummaryData& m_data;
    const Fonts& m_fonts;
    Flow m_flow;
};

} // namespace

Document buildSections(const SummaryData& data, const Fonts& fonts)
{
    return Sections(data, fonts).build();
}

} // namespace tideline::report::layout
