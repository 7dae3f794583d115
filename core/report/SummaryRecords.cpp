#include "core/report/SummaryRecords.h"
#include "core/report/PdfStyle.h"

#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordText.h"
#include "core/report/Summary.h"
#include "core/report/SummaryFlow.h"
#include "core/report/SummaryWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace tideline::report {

namespace {

using layout::kInk;
using layout::kQuiet;
using layout::lineHeight;

constexpr int kMaxRecords = 100;

} // namespace

Status collectSummaryRecords(Database& db, const SummaryRequest& request, QList<records::Record>& out)
{
    QList<qint64> ids = request.recordIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const auto tooMany = [](qsizetype count) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Summary", "That is a lot of records for one summary (%1). Choose at most %2.")
                .arg(count)
                .arg(kMaxRecords));
    };
    // With leaveOutOtherRecords the limit is on what is left, checked after reading.
    if (!request.leaveOutOtherRecords && ids.size() > kMaxRecords) {
        return tooMany(ids.size());
    }
    records::RecordRepository repo(db, SystemClock::instance());
    for (const qint64 id : std::as_const(ids)) {
        Result<records::Record> record = repo.get(id);
        const bool gone = !record && record.code() == ErrorCode::NotFound;
        if (request.leaveOutOtherRecords && (gone || (record && !request.period.contains(record.value().fields.day)))) {
            continue;
        }
        if (!record) {
            return gone ? Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate(
                           "Summary", "There is no record %1 (it may have been deleted). Nothing was made.")
                           .arg(id))
                        : Status(record.error());
        }
        if (!request.period.contains(record.value().fields.day)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Summary", "Record %1 is about %2, outside the chosen period. Nothing was made.")
                    .arg(id)
                    .arg(longDay(record.value().fields.day)));
        }
        out.append(std::move(record).value());
    }
    if (out.size() > kMaxRecords) {
        return tooMany(out.size());
    }
    std::stable_sort(out.begin(), out.end(), [](const records::Record& a, const records::Record& b) {
        return a.fields.day != b.fields.day ? a.fields.day < b.fields.day : a.fields.time < b.fields.time;
    });
    return {};
}

void layOutSummaryRecords(layout::Flow& flow, const layout::Fonts& fonts, const QList<records::Record>& list)
{
    if (list.isEmpty()) {
        return;
    }
    const double gap = lineHeight(fonts.body) * 0.5;
    flow.keep(lineHeight(fonts.heading) + 4 * lineHeight(fonts.body));
    flow.space(gap * 2);
    flow.paragraph(QCoreApplication::translate("Summary", "Records I chose to share"), fonts.heading, kInk, 0, gap);
    bool first = true;
    for (const records::Record& r : list) {
        if (!first) {
            flow.rule(gap, gap);
        }
        first = false;
        const records::RecordFields& f = r.fields;
        flow.keep(lineHeight(fonts.subheading) * 2 + lineHeight(fonts.body) * 3);
        flow.paragraph(
            records::RecordText::whenText(f.day, f.time, f.approximate), fonts.subheading, kInk, 0, gap * 0.3);
        if (!r.kindLabels.isEmpty()) {
            flow.paragraph(
                QCoreApplication::translate("Summary", "Kind: %1").arg(r.kindLabels.join(QLatin1String(", "))),
                fonts.note, kQuiet, 0, gap * 0.3);
        }
        const std::pair<QString, const QString*> fields[]
            = {{QCoreApplication::translate("Summary", "Where"), &f.place},
                {QCoreApplication::translate("Summary", "What happened"), &f.whatHappened},
                {QCoreApplication::translate("Summary", "Injuries"), &f.injuries},
                {QCoreApplication::translate("Summary", "Who was there"), &f.witnesses},
                {QCoreApplication::translate("Summary", "Who I told"), &f.told}};
        for (const auto& [label, text] : fields) {
            if (text->trimmed().isEmpty()) {
                continue;
            }
            flow.paragraph(label, fonts.note, kQuiet, 0, gap * 0.2);
            for (const QString& p : QString(*text).left(20000).split(u'\n')) {
                if (!p.trimmed().isEmpty()) {
                    flow.paragraph(p, fonts.body, kInk, 0, gap * 0.4);
                }
            }
        }
    }
}

} // namespace tideline::report
