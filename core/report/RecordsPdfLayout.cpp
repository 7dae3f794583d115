// The records PDF's pages (RecordsPdf.h), laid out once in A4 units like the therapist summary.
#include "core/report/RecordsPdfLayout.h"
#include "core/common/AppName.h"

#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordText.h"
#include "core/report/PdfStyle.h"
#include "core/report/RecordsPdfData.h"
#include "core/report/SummaryFlow.h"
#include "core/report/SummaryWords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace tideline::report::layout {

namespace {

// Long accounts are printed whole up to this; beyond, a note says what was left out.
constexpr qsizetype kMaxPrintedChars = 60000;

// "3 December 2025, 09:12 (UTC+01:00)": a moment in the time of the machine that made the PDF,
// with its offset, so it means the same to anyone reading it.
QString momentText(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                             .arg(std::abs(offset) / 3600, 2, 10, QChar(u'0'))
                             .arg((std::abs(offset) % 3600) / 60, 2, 10, QChar(u'0'));
    return QCoreApplication::translate("RecordsPdf", "%1 (%2)")
        .arg(QLocale(QLocale::English).toString(local, QStringLiteral("d MMMM yyyy, HH:mm")), zone);
}

QString yesNo(const std::optional<bool>& value)
{
    return *value ? QCoreApplication::translate("RecordsPdf", "yes") : QCoreApplication::translate("RecordsPdf", "no");
}

class Pages
{
public:
    Pages(const RecordsPdfData& data, const Fonts& fonts) : m_data(data), m_fonts(fonts), m_flow(contentRect())
    {
        m_mono = fonts.small;
        m_mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
        m_mono.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    }

    Document build()
    {
        cover();
        for (int i = 0; i < m_data.records.size(); ++i) {
            record(i);
        }
        if (!m_data.entries.isEmpty()) {
            heading(QCoreApplication::translate("RecordsPdf", "Journal entries"));
            for (const PdfEntry& entry : m_data.entries) {
                journalEntry(entry);
            }
        }
        if (!m_data.files.isEmpty()) {
            closingList();
        }
        return m_flow.take();
    }

private:
    double gap() const { return lineHeight(m_fonts.body) * 0.5; }

    void body(const QString& text) { m_flow.paragraph(text, m_fonts.body, kInk, 0, gap() * 0.5); }
    void note(const QString& text) { m_flow.paragraph(text, m_fonts.note, kQuiet, 0, gap() * 0.5); }

    void heading(const QString& text)
    {
        m_flow.keep(lineHeight(m_fonts.heading) + 4 * lineHeight(m_fonts.body) + gap() * 3);
        m_flow.space(gap() * 2);
        m_flow.paragraph(text, m_fonts.heading, kInk, 0, gap());
    }

    // Text as written, a paragraph a line; very long text is cut (never inside a character).
    void writtenText(const QString& full)
    {
        QString text = full;
        qsizetype leftOut = 0;
        if (text.size() > kMaxPrintedChars) {
            qsizetype cut = kMaxPrintedChars;
            if (text.at(cut - 1).isHighSurrogate()) {
                --cut;
            }
            leftOut = text.size() - cut;
            text.truncate(cut);
        }
        for (const QString& p : QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n')) {
            if (p.trimmed().isEmpty()) {
                m_flow.space(gap());
            } else {
                m_flow.paragraph(p, m_fonts.body, kInk, 0, gap() * 0.4);
            }
        }
        if (leftOut > 0) {
            note(QCoreApplication::translate("RecordsPdf",
                "This text is long: the last %1 characters are left out of this PDF. All of it is still in "
                "%2.")
                     .arg(leftOut)
                     .arg(appName()));
        }
    }

    // "Where: the kitchen" as a small label and the words under it.
    void field(const QString& label, const QString& text)
    {
        if (text.trimmed().isEmpty()) {
            return;
        }
        m_flow.keep(lineHeight(m_fonts.subheading) + 2 * lineHeight(m_fonts.body));
        m_flow.paragraph(label, m_fonts.subheading, kInk, 0, gap() * 0.3);
        writtenText(text);
        m_flow.space(gap() * 0.5);
    }

    void cover()
    {
        const RecordsPdfRequest& r = m_data.request;
        m_flow.paragraph(QCoreApplication::translate("RecordsPdf", "Records"), m_fonts.title, kInk, 0, gap());
        m_flow.paragraph(m_data.from == m_data.to
                ? QCoreApplication::translate("RecordsPdf", "On %1").arg(longDay(m_data.from))
                : QCoreApplication::translate("RecordsPdf", "From %1 to %2")
                      .arg(longDay(m_data.from), longDay(m_data.to)),
            m_fonts.subheading, kInk, 0, gap() * 0.5);
        if (!r.name.trimmed().isEmpty()) {
            const QString name = printedName(r.name);
            body(QCoreApplication::translate("RecordsPdf", "Kept by: %1").arg(name));
        }
        QStringList inside;
        // Plain ints for %n: lupdate skips a translate() whose count is a cast.
        const int records = static_cast<int>(m_data.records.size());
        const int entries = static_cast<int>(m_data.entries.size());
        const int files = static_cast<int>(m_data.files.size());
        if (records > 0) {
            inside << (records == 1 ? QCoreApplication::translate("RecordsPdf", "1 record")
                                    : QCoreApplication::translate("RecordsPdf", "%n records", nullptr, records));
        }
        if (entries > 0) {
            inside << (entries == 1
                    ? QCoreApplication::translate("RecordsPdf", "1 journal entry")
                    : QCoreApplication::translate("RecordsPdf", "%n journal entries", nullptr, entries));
        }
        inside << (files == 1 ? QCoreApplication::translate("RecordsPdf", "1 file")
                              : QCoreApplication::translate("RecordsPdf", "%n files", nullptr, files));
        body(QCoreApplication::translate("RecordsPdf", "Inside: %1.").arg(inside.join(QLatin1String(", "))));
        note(QCoreApplication::translate("RecordsPdf",
            "Made on %1 with %2, from records kept on the person's own computer, encrypted. Each record "
            "shows when it happened, when it was first written down and every time it was changed since; "
            "earlier wordings are kept in %2.")
                 .arg(longDay(m_data.madeOn))
                 .arg(appName()));
        note(QCoreApplication::translate("RecordsPdf",
            "Every file has a SHA-256 fingerprint, taken when it was added to %1. Anyone with the original "
            "file can compute its fingerprint (for example with sha256sum) and compare: if they match, the file "
            "has not changed since. The last page lists them all.")
                 .arg(appName()));
        note(r.pictureDetails ? QCoreApplication::translate("RecordsPdf",
                 "Pictures are printed with the hidden details their files carry (such as where and "
                 "when they were taken), as text under each.")
                              : QCoreApplication::translate("RecordsPdf",
                                  "Pictures are printed without the hidden details their files may carry (such as "
                                  "where they were taken). The original files keep them."));
        m_flow.rule(gap(), gap());
    }

    void record(int index)
    {
        const PdfRecord& item = m_data.records.at(index);
        const records::Record& r = item.record;
        const records::RecordFields& f = r.fields;
        if (index > 0) {
            m_flow.rule(gap(), gap());
        }
        heading(QCoreApplication::translate("RecordsPdf", "Record %1: %2")
                    .arg(index + 1)
                    .arg(records::RecordText::whenText(f.day, f.time, f.approximate)));
        note(QCoreApplication::translate("RecordsPdf", "First written on %1.").arg(momentText(r.createdAt)));
        if (!r.changedAt.isEmpty()) {
            QStringList changes;
            for (const QDateTime& at : r.changedAt) {
                changes << momentText(at);
            }
            const int changedTimes = static_cast<int>(r.changedAt.size());
            note(changedTimes == 1
                    ? QCoreApplication::translate("RecordsPdf", "Changed on %1.").arg(changes.first())
                    : QCoreApplication::translate("RecordsPdf", "Changed %n times: %1.", nullptr, changedTimes)
                          .arg(changes.join(QStringLiteral("; "))));
        } else {
            note(QCoreApplication::translate("RecordsPdf", "Not changed since it was written."));
        }
        if (!r.kindLabels.isEmpty()) {
            body(QCoreApplication::translate("RecordsPdf", "Kind: %1").arg(r.kindLabels.join(QLatin1String(", "))));
        }
        m_flow.space(gap() * 0.5);
        field(QCoreApplication::translate("RecordsPdf", "Where"), f.place);
        field(QCoreApplication::translate("RecordsPdf", "What happened"), f.whatHappened);
        field(QCoreApplication::translate("RecordsPdf", "Injuries"), f.injuries);
        field(QCoreApplication::translate("RecordsPdf", "Who was there"), f.witnesses);
        field(QCoreApplication::translate("RecordsPdf", "Who I told"), f.told);
        if (f.sawDoctor) {
            body(QCoreApplication::translate("RecordsPdf", "Saw a doctor or nurse: %1").arg(yesNo(f.sawDoctor)));
        }
        if (f.reported) {
            body(QCoreApplication::translate("RecordsPdf", "Reported it: %1").arg(yesNo(f.reported)));
        }
        files(item.files, QCoreApplication::translate("RecordsPdf", "Record %1").arg(index + 1));
    }

    void journalEntry(const PdfEntry& item)
    {
        const journal::Entry& e = item.entry;
        m_flow.keep(lineHeight(m_fonts.subheading) * 2 + lineHeight(m_fonts.body) * 3);
        m_flow.space(gap());
        m_flow.paragraph(longDay(e.day), m_fonts.subheading, kInk, 0, gap() * 0.3);
        note(QCoreApplication::translate("RecordsPdf", "Written on %1; last changed on %2.")
                 .arg(momentText(e.createdAt), momentText(e.updatedAt)));
        if (!e.title.trimmed().isEmpty()) {
            m_flow.paragraph(e.title, m_fonts.subheading, kInk, 0, gap() * 0.3);
        }
        writtenText(e.body);
        files(item.files);
    }

    // A picture fitted to the width, and to at most 9.5 cm of height; nothing for other files.
    QSizeF fittedSize(const PdfFile& file) const
    {
        if (file.picture.isEmpty() || !file.pictureSize.isValid()) {
            return {};
        }
        return QSizeF(file.pictureSize).scaled(m_flow.width(), 95 * kDotsPerMm, Qt::KeepAspectRatio);
    }

    QString factsOf(const PdfFile& file) const
    {
        const attachments::Attachment& a = file.meta;
        return QCoreApplication::translate("RecordsPdf", "%1 · %2, %3 · added %4")
            .arg(a.name, attachments::kindWord(a.type.kind), attachments::sizeText(a.size), momentText(a.addedAt));
    }

    // owner: "Record 2" (the files of a record may start on a page of their own).
    void files(const QList<int>& indexes, const QString& owner = {})
    {
        if (indexes.isEmpty()) {
            return;
        }
        // The heading stays with the first file (its picture, or its lines).
        m_flow.keep(lineHeight(m_fonts.subheading) * 2 + fittedSize(m_data.files.at(indexes.first())).height()
            + lineHeight(m_fonts.note) * 2);
        m_flow.space(gap());
        const int files = static_cast<int>(indexes.size()); // a plain int for %n, which lupdate needs
        const QString count = files == 1 ? QCoreApplication::translate("RecordsPdf", "1 file")
                                         : QCoreApplication::translate("RecordsPdf", "%n files", nullptr, files);
        m_flow.paragraph(
            owner.isEmpty() ? count : QCoreApplication::translate("RecordsPdf", "%1: %2").arg(owner, count),
            m_fonts.subheading, kInk, 0, gap() * 0.5);
        for (const int index : indexes) {
            const PdfFile& file = m_data.files.at(index);
            if (!file.picture.isEmpty() && file.pictureSize.isValid()) {
                const double maxWidth = m_flow.width();
                const QSizeF fitted = fittedSize(file);
                // The picture stays with its facts and fingerprint.
                m_flow.keep(fitted.height() + lineHeight(m_fonts.note) * 2 + lineHeight(m_mono));
                const double top = m_flow.block(fitted.height());
                m_flow.add(ImageItem{index,
                    QRectF(m_flow.left() + (maxWidth - fitted.width()) / 2, top, fitted.width(), fitted.height())});
                m_flow.space(gap() * 0.5);
            }
            note(factsOf(file));
            m_flow.paragraph(QCoreApplication::translate("RecordsPdf", "SHA-256: %1").arg(file.meta.sha256), m_mono,
                kInk, 0, gap() * 0.3);
            if (file.unreadablePicture) {
                note(QCoreApplication::translate(
                    "RecordsPdf", "This picture could not be shown here; the original file is kept as it is."));
            }
            if (!file.meta.nameAgrees()) {
                note(QCoreApplication::translate("RecordsPdf", "The file's name does not match what it is: it is %1.")
                         .arg(file.meta.type.mime));
            }
            const attachments::PictureDetails& d = file.meta.details;
            if (d.any()) {
                if (m_data.request.pictureDetails) {
                    QStringList details;
                    if (!d.positionText().isEmpty()) {
                        details << QCoreApplication::translate("RecordsPdf", "place: %1").arg(d.positionText());
                    }
                    if (!d.takenAt.isEmpty()) {
                        details << QCoreApplication::translate("RecordsPdf", "taken: %1").arg(d.takenAt);
                    }
                    if (!d.camera.isEmpty()) {
                        details << QCoreApplication::translate("RecordsPdf", "camera: %1").arg(d.camera);
                    }
                    if (details.isEmpty()) {
                        details << d.inWords();
                    }
                    note(QCoreApplication::translate("RecordsPdf", "Details in the file: %1.")
                             .arg(details.join(QLatin1String("; "))));
                } else {
                    note(QCoreApplication::translate(
                        "RecordsPdf", "The file carries hidden details (%1); they are not printed here.")
                             .arg(d.inWords().join(QLatin1String(", "))));
                }
            }
            m_flow.space(gap());
        }
    }

    void closingList()
    {
        m_flow.keep(m_flow.remaining() + 1); // a page of its own
        heading(QCoreApplication::translate("RecordsPdf", "Every file and its fingerprint"));
        note(QCoreApplication::translate("RecordsPdf",
            "SHA-256 of each file's bytes as they came into %1. Compare with the original file's own SHA-256 "
            "to check that it has not changed.")
                 .arg(appName()));
        for (const PdfFile& file : m_data.files) {
            m_flow.keep(lineHeight(m_fonts.body) * 2 + lineHeight(m_mono) * 2);
            m_flow.paragraph(QCoreApplication::translate("RecordsPdf", "%1 · %2").arg(file.owner, factsOf(file)),
                m_fonts.note, kInk, 0, gap() * 0.2);
            m_flow.paragraph(file.meta.sha256, m_mono, kInk, 0, gap() * 0.8);
        }
    }

    const RecordsPdfData& m_data;
    const Fonts& m_fonts;
    QFont m_mono;
    Flow m_flow;
};

} // namespace

Document layOutRecords(const RecordsPdfData& data, const Fonts& fonts)
{
    return Pages(data, fonts).build();
}

} // namespace tideline::report::layout
