#include "core/exchange/JsonExport.h"

#include "core/checkup/CheckupJson.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/json/JsonSections.h"
#include "core/vault/AtomicFile.h"

#include <QDateTime>
#include <QFileInfo>

namespace tideline::exchange {

Status writeJsonExport(Database& db, const Clock& clock, const ByteSink& sink, bool withSensitive)
{
    QByteArray out = "{\n";
    out += "  \"format\": \"tideline-export\",\n";
    out += "  \"version\": " + QByteArray::number(kJsonExportVersion) + ",\n";
    out += "  \"exported_at\": \"" + clock.nowUtc().toString(Qt::ISODateWithMs).toLatin1() + "\",\n";
    const auto sections = jsonSections();
    for (const JsonSection* section : sections) {
        // The check-up sections (core/checkup/CheckupJson.cpp) go just before the settings.
        if (section == &kSettingsSection) {
            if (Status status = checkup::writeCheckupSections(db, out, withSensitive); !status) {
                return status;
            }
        }
        Status written;
        {
            // The writer closes its list when it goes out of scope; the last one without a comma.
            JsonSectionWriter writer(out, section->name, section == sections.back(), &sink);
            written = section->write(db, writer);
        }
        if (!written) {
            return written;
        }
        // Each section goes to the sink as it is done (the attachments flush their bytes sooner).
        if (Status status = sink(out.constData(), out.size()); !status) {
            return status;
        }
        out.clear();
    }
    out += "}\n";
    return sink(out.constData(), out.size());
}

Result<QByteArray> exportJson(Database& db, const Clock& clock, bool withSensitive)
{
    QByteArray all;
    Status status = writeJsonExport(
        db, clock,
        [&all](const char* data, qsizetype size) {
            all.append(data, size);
            return Status();
        },
        withSensitive);
    if (!status) {
        return status.error();
    }
    return all;
}

Status writeJsonExportFile(Database& db, const Clock& clock, const QString& path, bool overwrite, bool withSensitive)
{
    if (Status target = checkExportTarget(path, overwrite); !target) {
        return target;
    }
    Result<StagedFile> staged = StagedFile::beside(path, QStringLiteral("the export"));
    if (!staged) {
        return staged.error();
    }
    if (Status s = writeJsonExport(
            db, clock, [&](const char* data, qsizetype size) { return staged.value().write(data, size); },
            withSensitive);
        !s) {
        return s;
    }
    return staged.value().commit(QFileInfo(path).absoluteFilePath());
}

} // namespace tideline::exchange
