#include "core/exchange/JsonImport.h"

#include "core/checkup/CheckupJson.h"
#include "core/common/AppName.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonLocation.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tideline::exchange {

namespace {

// The top-level keys a file may have: the header's and every section's. A misspelt section
// would otherwise be skipped without a word.
bool isKnownKey(const QString& key)
{
    if (key == QLatin1String("format") || key == QLatin1String("version") || key == QLatin1String("exported_at")) {
        return true;
    }
    for (const JsonSection* section : jsonSections()) {
        if (key == QLatin1String(section->name)) {
            return true;
        }
    }
    return checkup::checkupSectionNames().contains(key);
}

} // namespace

Status checkExportHeader(const QJsonObject& root)
{
    if (root.value(QLatin1String("format")).toString() != QStringLiteral("tideline-export")) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not a %1 export (its \"format\" is not \"tideline-export\"). "
                           "Nothing was imported.")
                .arg(appName()));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("version: should be a whole number from 1. Nothing was imported."));
    }
    if (version.toDouble() > kJsonExportVersion) {
        return Error::make(ErrorCode::NewerVersion,
            QStringLiteral("This export was made by a newer %1 (format version %2; this one reads up to "
                           "%3). Update %1 to import it. Nothing was imported.")
                .arg(appName(), QString::number(version.toDouble()), QString::number(kJsonExportVersion)));
    }
    return {};
}

Result<ImportSummary> importJson(Database& db, const QByteArray& json)
{
    if (json.size() > kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is larger than a %1 export can be (%2 MB). Nothing was imported.")
                .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not valid JSON: %1 on line %2. Nothing was imported.")
                .arg(parseError.errorString())
                .arg(lineOfOffset(json, parseError.offset)));
    }
    if (!document.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("The file is not a %1 export (it should be one JSON object). Nothing was imported.")
                .arg(appName()));
    }
    const QJsonObject root = document.object();
    if (Status header = checkExportHeader(root); !header) {
        return header.error();
    }
    for (const QString& key : root.keys()) {
        if (!isKnownKey(key)) {
            return invalidInput(
                QCoreApplication::translate("Exchange", "%1: is not part of a %2 export. Nothing was imported.")
                    .arg(key.left(60), appName()));
        }
    }

    // One transaction for the whole file: every repository call below joins it, so the first
    // mistake leaves the vault as it was.
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun) {
        return begun.error();
    }
    JsonImportContext context{db, {}, -1};
    for (const JsonSection* section : jsonSections()) {
        const QJsonValue value = root.value(QLatin1String(section->name));
        if (value.isUndefined()) {
            continue;
        }
        if (!value.isArray()) {
            return invalidInput(
                QCoreApplication::translate("Exchange", "%1: should be a list [ … ]. Nothing was imported.")
                    .arg(QLatin1String(section->name)));
        }
        context.current = -1;
        if (Status s = section->read(context, value.toArray()); !s) {
            const int line = context.current >= 0 ? lineOfRecord(json, section->name, context.current) : 0;
            if (line == 0) {
                return s.error();
            }
            return Error::make(s.code(),
                QCoreApplication::translate("Exchange", "Line %1, %2", "a line of the file, then what is wrong there")
                    .arg(QString::number(line), s.error().message));
        }
    }
    // Check-ups and the person's own forms (core/checkup/CheckupJson.cpp), in the same transaction.
    Result<checkup::CheckupImportCount> checkups = checkup::importCheckupSections(db, root, json);
    if (!checkups) {
        return checkups.error();
    }
    context.summary.checkups = checkups.value().checkups;
    context.summary.checkupForms = checkups.value().forms;
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return context.summary;
}

} // namespace tideline::exchange
