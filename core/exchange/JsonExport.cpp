#include "core/exchange/JsonExport.h"

#include "core/checkup/CheckupJson.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/json/JsonSections.h"
#include "core/storage/Database.h"
#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace tideline::exchange {

namespace {

Status stoppedExport()
{
    return Progress::cancelled(QCoreApplication::translate("JsonExport", "No file was made."));
}

// Every section in the file's order, each through its own writer (core/exchange/json/), into out:
// held whole (exportJson) or flushed to a file as it grows (writeJsonExport).
Status writeAll(Database& db, const Clock& clock, bool withSensitive, JsonSink& out)
{
    out.bytes = "{\n";
    out.bytes += "  \"format\": \"tideline-export\",\n";
    out.bytes += "  \"version\": " + QByteArray::number(kJsonExportVersion) + ",\n";
    out.bytes += "  \"exported_at\": \"" + clock.nowUtc().toString(Qt::ISODateWithMs).toLatin1() + "\",\n";
    const auto sections = jsonSections();
    for (const JsonSection* section : sections) {
        // The check-up sections (core/checkup/CheckupJson.cpp) go just before the settings.
        if (section == &kSettingsSection) {
            if (Status status = checkup::writeCheckupSections(db, out.bytes, withSensitive); !status) {
                return status;
            }
        }
        Status written;
        {
            // The writer closes its list when it goes out of scope; the last one without a comma.
            JsonSectionWriter writer(out, section->name, section == sections.back());
            written = section->write(db, writer);
        }
        if (!written) {
            return written.code() == ErrorCode::Cancelled ? stoppedExport() : written;
        }
        if (!out.written) {
            return out.written;
        }
        if (out.progress && out.progress->stopRequested()) {
            return stoppedExport();
        }
    }
    out.bytes += "}\n";
    out.flush();
    return out.written;
}

} // namespace

Result<QByteArray> exportJson(Database& db, const Clock& clock, bool withSensitive)
{
    JsonSink out;
    if (Status s = writeAll(db, clock, withSensitive, out); !s) {
        return s.error();
    }
    return out.bytes;
}

Status writeJsonExport(
    Database& db, const Clock& clock, bool withSensitive, const QString& path, bool overwrite, Progress& progress)
{
    if (Status target = checkExportTarget(path, overwrite); !target) {
        return target;
    }
    // The records the bar counts: every line of the lists that can be long.
    qint64 total = 0;
    if (auto row = db.queryFirst("SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM checkin) "
                                 "+ (SELECT count(*) FROM moment) + (SELECT count(*) FROM metric) "
                                 "+ (SELECT count(*) FROM tag);");
        row && row.value()) {
        total = row.value()->columnInt(0);
    }
    progress.step(QCoreApplication::translate("JsonExport", "Writing your export"), total);
    Result<StagedFile> staged = StagedFile::beside(QFileInfo(path).absoluteFilePath(), SavedFile::Export);
    if (!staged) {
        return staged.error();
    }
    JsonSink out;
    out.file = &staged.value();
    out.progress = &progress;
    out.db = &db;
    if (Status s = writeAll(db, clock, withSensitive, out); !s) {
        return s; // the staged file goes with `staged`: nothing is left behind
    }
    progress.step(QCoreApplication::translate("JsonExport", "Saving"), 0);
    return staged.value().commit(QFileInfo(path).absoluteFilePath());
}

} // namespace tideline::exchange
