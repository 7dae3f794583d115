#include "core/storage/Migrator.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tideline {

namespace {

int versionOf(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const auto match = pattern.match(QFileInfo(path).fileName());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Error newerVersion()
{
    return Error::make(ErrorCode::NewerVersion,
        QCoreApplication::translate("Storage",
            "This vault was made by a newer %1. Please update %1 to open "
            "it; nothing has been changed.")
            .arg(appName()));
}

} // namespace

QStringList Migrator::migrationFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const auto& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        files.append(dir.filePath(name));
    }
    return files;
}

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Status Migrator::checkVersion(Database& db)
{
    auto version = db.userVersion();
    if (!version) {
        return version.error();
    }
    if (version.value() > latestVersion()) {
        return newerVersion();
    }
    return {};
}

Status Migrator::migrate(Database& db)
{
    return migrate(db, migrationFiles());
}

Status Migrator::migrate(Database& db, const QStringList& files)
{
    auto current = db.userVersion();
    if (!current) {
        return current.error();
    }
    const int latest = files.isEmpty() ? 0 : versionOf(files.last());
    if (current.value() > latest) {
        return newerVersion();
    }
    for (const auto& path : files) {
        const int version = versionOf(path);
        if (version <= current.value()) {
            continue;
        }
        QFile file(path);
        if (version < 0 || !file.open(QIODevice::ReadOnly)) {
            return Error::make(ErrorCode::Internal,
                QCoreApplication::translate("Storage", "A database update is missing from this build."));
        }
        const QByteArray sql = file.readAll();
        Transaction tx(db);
        if (auto s = tx.begin(); !s) {
            return s;
        }
        Status applied = db.exec(sql.constData());
        if (applied) {
            applied = db.setUserVersion(version);
        }
        if (applied) {
            applied = tx.commit();
        }
        if (!applied) {
            qCWarning(lcStorage) << "migration" << version << "failed and was rolled back";
            return applied; // tx rolls back what is left
        }
        qCInfo(lcStorage) << "applied migration" << version;
    }
    return {};
}

} // namespace tideline
