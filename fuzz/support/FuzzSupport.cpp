#include "FuzzSupport.h"

#include "core/storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace tideline::fuzz {

namespace {

void dropMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

void writeOrDie(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz support: cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

} // namespace

void failedCheck(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s at %s:%d\n", condition, file, line);
    std::abort();
}

void quietQt()
{
    qInstallMessageHandler(dropMessages);
}

QString scratchDir()
{
    static QTemporaryDir dir = [] {
        const QString shm = QStringLiteral("/dev/shm");
        if (QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()) {
            return QTemporaryDir(shm + QStringLiteral("/tideline-fuzz-XXXXXX"));
        }
        return QTemporaryDir();
    }();
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz support: no scratch folder\n");
        std::abort();
    }
    return dir.path();
}

QString writeScratchFile(const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(scratchDir()).filePath(name);
    writeOrDie(path, bytes);
    return path;
}

FreshDatabase::FreshDatabase()
    : m_path(QDir(scratchDir()).filePath(QStringLiteral("tideline.db")))
    , m_key(SecureBuffer::random(32))
    , m_db(std::make_unique<Database>())
{
    removeDatabaseFiles(m_path);
    Status made = m_db->open(m_path, m_key, true);
    if (made) {
        made = m_db->configure();
    }
    if (made) {
        made = Migrator::migrate(*m_db);
    }
    m_db->close(); // the last connection going folds the WAL into the file
    QFile file(m_path);
    if (!made || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz support: the pristine database could not be made: %s\n",
            made ? "unreadable" : qPrintable(made.error().message));
        std::abort();
    }
    m_pristine = file.readAll();
}

FreshDatabase::~FreshDatabase()
{
    m_db->close();
    removeDatabaseFiles(m_path);
}

Database& FreshDatabase::reopen()
{
    m_db->close();
    removeDatabaseFiles(m_path);
    writeOrDie(m_path, m_pristine);
    Status opened = m_db->open(m_path, m_key, false);
    if (opened) {
        opened = m_db->configure();
    }
    if (!opened) {
        std::fprintf(
            stderr, "fuzz support: the pristine database did not open: %s\n", qPrintable(opened.error().message));
        std::abort();
    }
    return *m_db;
}

} // namespace tideline::fuzz
