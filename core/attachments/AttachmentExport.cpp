#include "core/attachments/AttachmentExport.h"
#include "core/common/AppName.h"

#include "core/attachments/AttachmentStore.h"
#include "core/attachments/FileName.h"
#include "core/attachments/MetadataStripper.h"
#include "core/exchange/ExportFile.h"
#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tideline::attachments {

namespace {

Error unreadable(const Attachment& attachment)
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Attachments",
            "“%1” could not be read from the vault: part of it is missing or damaged. Nothing was saved.")
            .arg(attachment.name));
}

// Every byte of the stored file into the staged file, a chunk at a time.
Status copyAll(QIODevice& in, StagedFile& out, const Attachment& attachment)
{
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    Status status;
    for (;;) {
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0) {
            status = unreadable(attachment);
            break;
        }
        if (got == 0) {
            break;
        }
        if (Status s = out.write(buffer.constData(), got); !s) {
            status = s;
            break;
        }
        total += got;
    }
    buffer.fill('\0');
    if (status && total != attachment.size) {
        return unreadable(attachment);
    }
    return status;
}

// One CSV field, quoted when needed (RFC 4180); a leading =, +, - or @ gets a ' so that no
// spreadsheet reads a file name as a formula.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0))) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

Status writeSmall(const QString& path, const QByteArray& contents)
{
    Result<StagedFile> file = StagedFile::create(path, SavedFile::FileFolder);
    if (!file) {
        return file.error();
    }
    if (Status s = file.value().write(contents); !s) {
        return s;
    }
    if (Status s = file.value().close(); !s) {
        return s;
    }
    file.value().keep();
    return {};
}

// Removes a partly written export folder (only the files this export made).
void removePartial(const QString& folder)
{
    QDir dir(folder);
    if (dir.exists()) {
        dir.removeRecursively();
    }
}

} // namespace

Status saveCopy(
    AttachmentStore& store, const Attachment& attachment, const QString& path, bool stripDetails, bool overwrite)
{
    if (Status target = exchange::checkTargetFile(path, overwrite, SavedFile::FileCopy); !target) {
        return target;
    }
    Result<StagedFile> staged = StagedFile::beside(path, SavedFile::FileCopy);
    if (!staged) {
        return staged.error();
    }
    std::unique_ptr<QIODevice> in = store.open(attachment);
    Status written;
    if (stripDetails && isStrippablePicture(attachment.type.mime)) {
        written = stripPictureDetails(attachment.type.mime, *in,
            [&](const char* data, qsizetype size) { return staged.value().write(data, size); });
    } else {
        written = copyAll(*in, staged.value(), attachment);
    }
    if (!written) {
        return written; // the staged file removes itself
    }
    return staged.value().commit(QFileInfo(path).absoluteFilePath());
}

Result<ExportedFiles> exportOriginals(AttachmentStore& store, const QList<ExportItem>& items, const QString& folder,
    const Clock& clock, const ExportProgress& progress)
{
    if (items.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments", "There are no files to export in what you chose."));
    }
    const QFileInfo target(folder);
    if (folder.trimmed().isEmpty()) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Attachments", "Choose a name for the new folder."));
    }
    if (target.exists()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "Attachments", "%1 already exists and was left as it is. Choose a name for a new folder.")
                .arg(folder));
    }
    if (!target.absoluteDir().exists()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Attachments", "The folder %1 does not exist. Choose one that does.")
                .arg(target.absolutePath()));
    }
    // Built beside the target under a hidden name and renamed at the end: all of it or nothing.
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2").arg(target.fileName()).arg(clock.nowUtc().toMSecsSinceEpoch()));
    if (!QDir().mkdir(partial)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "Attachments", "%2 could not make a folder in %1. Check that it can be written to.")
                .arg(target.absolutePath())
                .arg(appName()));
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    struct Cleanup
    {
        QString path;
        bool done = false;
        ~Cleanup()
        {
            if (!done) {
                removePartial(path);
            }
        }
    } cleanup{partial};

    QString csv = QStringLiteral("owner,owner_id,owner_label,file,original_name,added_at,size,sha256\r\n");
    QString sums;
    QJsonArray files;
    QSet<QString> used;
    ExportedFiles summary{target.absoluteFilePath(), 0, 0};
    for (int i = 0; i < items.size(); ++i) {
        const ExportItem& item = items.at(i);
        const Attachment& a = item.attachment;
        QString name = safeFileName(a.name);
        for (int n = 2; used.contains(name.toLower()); ++n) {
            name = numberedFileName(safeFileName(a.name), n);
        }
        used.insert(name.toLower());
        Result<StagedFile> file = StagedFile::create(QDir(partial).filePath(name), SavedFile::FileFolder);
        if (!file) {
            return file.error();
        }
        std::unique_ptr<QIODevice> in = store.open(a);
        if (Status s = copyAll(*in, file.value(), a); !s) {
            return s.error();
        }
        if (Status s = file.value().close(); !s) {
            return s.error();
        }
        file.value().keep();
        const QString added = a.addedAt.toUTC().toString(Qt::ISODateWithMs);
        csv += QStringList{csvField(item.owner), QString::number(item.ownerId), csvField(item.ownerLabel),
                   csvField(name), csvField(a.name), added, QString::number(a.size), a.sha256}
                   .join(u',')
            + QStringLiteral("\r\n");
        sums += a.sha256 + QStringLiteral("  ") + name + u'\n';
        files.append(QJsonObject{{QStringLiteral("owner"), item.owner}, {QStringLiteral("owner_id"), item.ownerId},
            {QStringLiteral("owner_label"), item.ownerLabel}, {QStringLiteral("file"), name},
            {QStringLiteral("original_name"), a.name}, {QStringLiteral("media_type"), a.type.mime},
            {QStringLiteral("added_at"), added}, {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256}});
        ++summary.files;
        summary.bytes += a.size;
        if (progress && !progress(i + 1, static_cast<int>(items.size()))) {
            return Error::make(ErrorCode::Cancelled,
                QCoreApplication::translate("Attachments", "The export was stopped. No folder was made."));
        }
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("tideline-attachments")},
        {QStringLiteral("version"), 1}, {QStringLiteral("made_at"), clock.nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("hash"), QStringLiteral("SHA-256 of each file's bytes, taken when it was added to the vault")},
        {QStringLiteral("files"), files}};
    if (Status s = writeSmall(QDir(partial).filePath(QStringLiteral("manifest.csv")), csv.toUtf8()); !s) {
        return s.error();
    }
    if (Status s = writeSmall(QDir(partial).filePath(QStringLiteral("manifest.json")),
            QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !s) {
        return s.error();
    }
    if (Status s = writeSmall(QDir(partial).filePath(QStringLiteral("SHA256SUMS")), sums.toUtf8()); !s) {
        return s.error();
    }
    if (!QDir().rename(partial, target.absoluteFilePath())) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "Attachments", "The files were ready but the folder could not be named %1. Nothing was left behind.")
                .arg(folder));
    }
    cleanup.done = true;
    return summary;
}

Status deleteOriginal(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {}; // already gone
    }
    if (!info.isFile() || info.isSymLink()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments", "%1 is not an ordinary file, so it was left alone.").arg(path));
    }
    QFile file(path);
    if (!file.remove()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Attachments", "The original could not be deleted (%1). It is still at %2.")
                .arg(file.errorString(), path));
    }
    return {};
}

} // namespace tideline::attachments
