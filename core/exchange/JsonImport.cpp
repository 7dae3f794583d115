#include "core/exchange/JsonImport.h"

#include "core/checkup/CheckupJson.h"
#include "core/common/AppName.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonStream.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
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
            QCoreApplication::translate("Exchange",
                "The file is not a %1 export (its \"format\" is not \"tideline-export\"). "
                "Nothing was imported.")
                .arg(appName()));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble())) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Exchange", "version: should be a whole number from 1. Nothing was imported."));
    }
    if (version.toDouble() > kJsonExportVersion) {
        return Error::make(ErrorCode::NewerVersion,
            QCoreApplication::translate("Exchange",
                "This export was made by a newer %1 (format version %2; this one reads up to "
                "%3). Update %1 to import it. Nothing was imported.")
                .arg(appName(), QString::number(version.toDouble()), QString::number(kJsonExportVersion)));
    }
    return {};
}

namespace {

Status nothingImported()
{
    return Progress::cancelled(QCoreApplication::translate("JsonImport", "Nothing was imported."));
}

// The check-up sections are small (a few hundred sittings): they are read whole into a text of
// their own in which each starts on the line it has in the file, so CheckupJson names a mistake
// by the file's line.
Result<checkup::CheckupImportCount> importCheckups(Database& db, QIODevice& file, const JsonOutline& outline)
{
    QList<const JsonMember*> members;
    for (const JsonMember& member : outline.members) {
        if (checkup::checkupSectionNames().contains(member.name)) {
            members.append(&member); // in the file's order, so lines only grow
        }
    }
    if (members.isEmpty()) {
        return checkup::CheckupImportCount{};
    }
    QByteArray text = "{";
    int line = 1;
    for (const JsonMember* member : members) {
        if (!file.seek(member->offset)) {
            return invalidInput(QCoreApplication::translate("Exchange", "%1: could not be read. Nothing was imported.")
                                    .arg(member->name));
        }
        const QByteArray value = file.read(member->end - member->offset);
        if (text.size() > 1) {
            text += ',';
        }
        for (; line < member->line; ++line) {
            text += '\n';
        }
        text += '"' + member->name.toUtf8() + "\": " + value;
        line += static_cast<int>(value.count('\n'));
    }
    text += "}";
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    return checkup::importCheckupSections(db, root, text);
}

} // namespace

Result<ImportSummary> importJson(Database& db, const QByteArray& json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    Progress quiet;
    return importJson(db, buffer, quiet);
}

Result<ImportSummary> importJson(Database& db, QIODevice& file, Progress& progress)
{
    if (file.size() > kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Exchange", "The file is larger than a %1 export can be (%2 MB). Nothing was imported.")
                .arg(appName(), QString::number(kMaxImportBytes / (1024 * 1024))));
    }
    // 1. The whole file is read once and checked to be JSON before anything is written; only
    // where each member lies is kept, never the records.
    progress.step(QCoreApplication::translate("JsonImport", "Checking the file"), file.size());
    Result<JsonOutline> outline = outlineJson(file, progress);
    if (!outline) {
        return outline.error();
    }
    if (Status header = checkExportHeader(outline.value().values); !header) {
        return header.error();
    }
    for (const JsonMember& member : outline.value().members) {
        if (!isKnownKey(member.name)) {
            return invalidInput(
                QCoreApplication::translate("Exchange", "%1: is not part of a %2 export. Nothing was imported.")
                    .arg(member.name.left(60), appName()));
        }
    }
    qint64 listBytes = 0;
    for (const JsonMember& member : outline.value().members) {
        listBytes += member.isList ? member.end - member.offset : 0;
    }

    // 2. Then read again, a record at a time, into one transaction: every repository call below
    // joins it, so the first mistake (or a stop) leaves the vault as it was.
    progress.step(QCoreApplication::translate("JsonImport", "Adding what the file holds"), listBytes);
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun) {
        return begun.error();
    }
    JsonImportContext context{db, {}, -1};
    context.progress = &progress;
    // In jsonSections()' order (metrics before check-ins, tags before entries), whatever the
    // order in the file.
    for (const JsonSection* section : jsonSections()) {
        const JsonMember* member = outline.value().find(QLatin1String(section->name));
        if (member == nullptr) {
            continue;
        }
        if (!member->isList) {
            return invalidInput(
                QCoreApplication::translate("Exchange", "%1: should be a list [ … ]. Nothing was imported.")
                    .arg(QLatin1String(section->name)));
        }
        JsonRecords records(file, *member);
        context.current = -1;
        context.currentLine = 0;
        Status s = section->read(context, records);
        if (context.stopped) {
            return nothingImported().error();
        }
        if (s && !records.status()) {
            s = records.status();
        }
        if (!s) {
            if (context.current < 0 || context.currentLine <= 0 || s.code() == ErrorCode::Cancelled) {
                return s.error();
            }
            return Error::make(s.code(),
                QCoreApplication::translate("Exchange", "Line %1, %2", "a line of the file, then what is wrong there")
                    .arg(QString::number(context.currentLine), s.error().message));
        }
        context.bytesBefore += member->end - member->offset;
    }
    // Check-ups and the person's own forms (core/checkup/CheckupJson.cpp), in the same transaction.
    Result<checkup::CheckupImportCount> checkups = importCheckups(db, file, outline.value());
    if (!checkups) {
        return checkups.error();
    }
    context.summary.checkups = checkups.value().checkups;
    context.summary.checkupForms = checkups.value().forms;
    if (progress.stopRequested()) {
        return nothingImported().error();
    }
    progress.step(QCoreApplication::translate("JsonImport", "Saving"), 0);
    if (Status committed = tx.commit(); !committed) {
        return committed.error();
    }
    return context.summary;
}

} // namespace tideline::exchange
