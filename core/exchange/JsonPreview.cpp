#include "core/exchange/JsonPreview.h"

#include "core/common/AppName.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonLocation.h"

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
    if (json.size() > kMaxImportBytes) {
        return refused(QCoreApplication::translate("Exchange", "The file is larger than a %1 export can be (%2 MB).")
                           .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refused(QCoreApplication::translate("Exchange", "The file is not valid JSON: %1 on line %2.")
                           .arg(parseError.errorString())
                           .arg(lineOfOffset(json, parseError.offset)));
    }
    if (!document.isObject()) {
        return refused(QCoreApplication::translate("Exchange", "The file is not a %1 export.").arg(appName()));
    }
    const QJsonObject root = document.object();
    if (Status header = checkExportHeader(root); !header) {
        return header.error();
    }
    JsonPreview preview;
    const auto countDays = [&](const char* section, int& count) {
        const QJsonArray list = root.value(QLatin1String(section)).toArray();
        count = static_cast<int>(list.size());
        for (const QJsonValue& record : list) {
            const QDate day = QDate::fromString(record.toObject().value(QLatin1String("day")).toString(), Qt::ISODate);
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
    };
    countDays("checkins", preview.checkins);
    countDays("entries", preview.entries);
    countDays("moments", preview.moments);
    return preview;
}

} // namespace tideline::exchange
