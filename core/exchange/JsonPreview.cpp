#include "core/exchange/JsonPreview.h"

#include "core/common/AppName.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonStream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

Error refused(const QString& why)
{
    return Error::make(
        ErrorCode::InvalidInput, QCoreApplication::translate("Exchange", "%1 Nothing was imported.").arg(why));
}

} // namespace

Result<JsonPreview> inspectJson(const QByteArray& json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    Progress quiet;
    return inspectJson(buffer, quiet);
}

Result<JsonPreview> inspectJson(QIODevice& file, Progress& progress)
{
    if (file.size() > kMaxImportBytes) {
        return refused(QCoreApplication::translate("Exchange", "The file is larger than a %1 export can be (%2 MB).")
                           .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    progress.step(QCoreApplication::translate("JsonImport", "Reading the file"), file.size());
    Result<JsonOutline> outline = outlineJson(file, progress);
    if (!outline) {
        return outline.error();
    }
    if (Status header = checkExportHeader(outline.value().values); !header) {
        return header.error();
    }
    JsonPreview preview;
    qint64 listBytes = 0;
    for (const char* name : {"checkins", "entries", "moments"}) {
        const JsonMember* member = outline.value().find(QLatin1String(name));
        listBytes += member && member->isList ? member->end - member->offset : 0;
    }
    progress.step(QCoreApplication::translate("JsonImport", "Counting what it holds"), listBytes);
    qint64 before = 0;
    const auto countDays = [&](const char* section, int& count) -> Status {
        const JsonMember* member = outline.value().find(QLatin1String(section));
        if (member == nullptr || !member->isList) {
            return {};
        }
        count = static_cast<int>(member->count);
        JsonRecords records(file, *member);
        while (const auto record = records.next()) {
            progress.advance(before + records.bytesRead());
            if (progress.stopRequested()) {
                return Progress::cancelled(QString());
            }
            const QDate day
                = QDate::fromString(record->value.toObject().value(QLatin1String("day")).toString(), Qt::ISODate);
            if (!day.isValid()) {
                continue; // importJson names it
            }
            if (!preview.first.isValid() || day < preview.first) {
                preview.first = day;
            }
            if (!preview.last.isValid() || day > preview.last) {
                preview.last = day;
            }
        }
        before += member->end - member->offset;
        return records.status();
    };
    for (auto [section, count] : {std::pair<const char*, int*>{"checkins", &preview.checkins},
             {"entries", &preview.entries}, {"moments", &preview.moments}}) {
        if (Status s = countDays(section, *count); !s) {
            return s.error();
        }
    }
    return preview;
}

} // namespace tideline::exchange
