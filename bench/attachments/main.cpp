// bench_attachments: the three figures of issue 14 (docs/BENCHMARKS.md), Release build.
//
//   1. Adding a 20 MB picture (a real JPEG of 20 MB): Tideline's AttachmentStore::addFile (read,
//      SHA-256, metadata walk, 256 KB chunks into SQLCipher, one durable commit) against the floor
//      of `sha256sum` on the same file plus a plain (unencrypted) SQLite write of the same bytes as
//      one blob with the same settings (WAL, synchronous=FULL). Target: ≤ 1.5× that floor.
//      Peak memory of the add over the idle process, measured in a child process (VmHWM reset
//      through /proc/self/clear_refs just before): target ≤ 2 × one chunk (512 KB).
//   2. Opening a record with 10 pictures (phone-sized JPEGs, 4000 × 3000): the time until the
//      first thumbnail, the fourth (a row on a phone) and all ten are ready to paint, through
//      AttachmentListModel and AttachmentImages as the page uses them. Target: first ≤ 150 ms.
//   3. Unlock time of a vault with 2 GB of files against an empty one (same Argon2id cost).
//
//   cmake --preset release && cmake --build build/release --target bench_attachments
//   build/release/bench/bench_attachments [--runs N] [--skip-2gb]
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/records/AttachmentImages.h"
#include "app/records/AttachmentListModel.h"
#include "app/records/RecordsAccess.h"
#include "core/attachments/AttachmentStore.h"
#include "core/crypto/KdfParams.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"
#include "core/vault/Vault.h"

#include "attachments/AttachmentBench.h"
#include "common/BenchTable.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstring>

using namespace tideline;
using namespace tideline::bench;

namespace {

// --- 1. Adding a 20 MB picture ---------------------------------------------------------------

double sha256sumMs(const QString& path)
{
    return timeMs([&] {
        QProcess process;
        process.start(QStringLiteral("sha256sum"), {path});
        process.waitForFinished(60000);
    });
}

// The same bytes as one blob into a plain SQLite database with Tideline's durability settings.
double plainBlobWriteMs(const QString& dir, const QString& source)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("plain.db")));
    QFile::remove(QString::fromLocal8Bit(path));
    sqlite3* db = nullptr;
    sqlite3_open(path.constData(), &db);
    sqlite3_exec(db,
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
        "CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL);",
        nullptr, nullptr, nullptr);
    const double ms = timeMs([&] {
        // Read from the file as the add does, so both pay for the read.
        QFile file(source);
        file.open(QIODevice::ReadOnly);
        const QByteArray data = file.readAll();
        sqlite3_exec(db, "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO blob (data) VALUES (?1);", -1, &stmt, nullptr);
        sqlite3_bind_blob64(stmt, 1, data.constData(), static_cast<sqlite3_uint64>(data.size()), SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
    });
    sqlite3_close(db);
    return ms;
}

struct Memory
{
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
};

Memory memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    Memory m;
    if (!status.open(QIODevice::ReadOnly)) {
        return m;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            m.rssKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        } else if (line.startsWith("VmHWM:")) {
            m.hwmKb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return m;
}

// The child process of the memory measurement: unlock, warm up (the page cache filled as after a
// few minutes of use, by reading an earlier file), then add the picture with the peak reset.
int memoryChild(const QString& dir, const QString& file, bool warm)
{
    Vault vault{VaultPaths{dir}};
    if (Result<UnlockReport> opened = vault.unlock(pin()); !opened) {
        return fail(QStringLiteral("unlock"), opened.error().message);
    }
    attachments::AttachmentStore store(vault.database(), SystemClock::instance());
    if (warm) {
        const QList<attachments::Attachment> earlier = store.page(0, 1).value();
        if (!earlier.isEmpty()) {
            (void)store.hashStillMatches(earlier.first());
        }
    }
    Result<qint64> record = newRecord(vault.database());
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1) {
        return fail(QStringLiteral("clear_refs"), QStringLiteral("the peak resident size cannot be reset here"));
    }
    clear.close();
    const Memory before = memory();
    Result<attachments::Attachment> added
        = store.addFile(file, {attachments::AttachmentOwner::record(record.value()), {}, {}});
    const Memory after = memory();
    if (!added) {
        return fail(QStringLiteral("add"), added.error().message);
    }
    QTextStream(stdout) << before.rssKb << ' ' << after.hwmKb << Qt::endl;
    vault.lock();
    return 0;
}

void benchAdd(const QString& self, int runs)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    // About 20 MB: 5472 × 3648 (a 20-megapixel camera) at quality 97.
    const QByteArray bytes = photo(5472, 3648, 97, 7);
    const QString path = tmp.filePath(QStringLiteral("photo.jpg"));
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    }
    out() << "\nAdding a " << QString::number(bytes.size() / 1e6, 'f', 1) << " MB picture (a real JPEG, "
          << "5472 × 3648); load average " << loadAverage() << "\n\n";
    out() << "| figure | runs | median | p95 | min | floor | target | /floor | /target |\n"
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    auto vault = newVault(dir);
    if (!vault) {
        fail(QStringLiteral("vault"), vault.error().message);
        return;
    }
    QList<double> sums, plain, floor, adds;
    for (int i = 0; i < runs; ++i) {
        sums.append(sha256sumMs(path));
        plain.append(plainBlobWriteMs(tmp.path(), path));
        floor.append(sums.last() + plain.last());
        Result<qint64> record = newRecord(vault.value()->database());
        attachments::AttachmentStore store(vault.value()->database(), SystemClock::instance());
        adds.append(timeMs([&] {
            (void)store.addFile(path, {attachments::AttachmentOwner::record(record.value()), {}, {}});
        }));
    }
    std::sort(floor.begin(), floor.end());
    const double floorMedian = percentile(floor, 50);
    printRow(QStringLiteral("sha256sum of the file"), sums, std::nullopt);
    printRow(QStringLiteral("plain SQLite: the file as one blob (WAL, synchronous=FULL)"), plain, std::nullopt);
    printRow(QStringLiteral("floor: sha256sum + plain SQLite blob write"), floor, std::nullopt);
    printRow(QStringLiteral("Tideline: add the picture (hash, metadata, 256 KB chunks, SQLCipher)"), adds,
        Reference{floorMedian, floorMedian * 1.5});
    vault.value()->lock();
    vault.value().reset();

    for (const bool warm : {true, false}) {
        QList<double> deltas;
        for (int i = 0; i < 3; ++i) {
            QProcess child;
            child.start(self,
                {QStringLiteral("--memory-child"), dir, path, warm ? QStringLiteral("warm") : QStringLiteral("cold")});
            child.waitForFinished(120000);
            const QList<QByteArray> numbers = child.readAllStandardOutput().trimmed().split(' ');
            if (numbers.size() == 2) {
                deltas.append((numbers[1].toDouble() - numbers[0].toDouble()));
            } else {
                QTextStream(stderr) << child.readAllStandardError() << Qt::endl;
            }
        }
        if (!deltas.isEmpty()) {
            std::sort(deltas.begin(), deltas.end());
            out() << "| peak memory of the add over idle (" << (warm ? "page cache warm, as in use" : "just unlocked")
                  << ") | " << deltas.size() << " | " << percentile(deltas, 50) << " KB | max " << deltas.last()
                  << " KB | target ≤ " << 2 * attachments::kChunkBytes / 1024 << " KB |" << Qt::endl;
        }
    }
}

// --- 2. Opening a record with 10 pictures ----------------------------------------------------

bool unlockSession(app::Session& session)
{
    app::Session::setQmlInstance(&session);
    session.start();
    app::SecretEntry entry;
    entry.appendText(QString::fromLatin1(kPin));
    session.unlock(&entry);
    QDeadlineTimer deadline(60000);
    while (session.state() != app::Session::State::Unlocked && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return session.state() == app::Session::State::Unlocked;
}

void benchThumbnails(int runs)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    qint64 record = 0;
    qint64 total = 0;
    {
        auto vault = newVault(dir);
        if (!vault) {
            fail(QStringLiteral("vault"), vault.error().message);
            return;
        }
        record = newRecord(vault.value()->database()).value();
        attachments::AttachmentStore store(vault.value()->database(), SystemClock::instance());
        for (int i = 0; i < 10; ++i) {
            QByteArray bytes = photo(4000, 3000, 85, 100 + i);
            total += bytes.size();
            QBuffer source(&bytes);
            source.open(QIODevice::ReadOnly);
            (void)store.add(source, QStringLiteral("photo-%1.jpg").arg(i), bytes.size(),
                {attachments::AttachmentOwner::record(record), {}, {}});
        }
        vault.value()->lock();
    }
    out() << "\nOpening a record with 10 pictures (JPEG 4000 × 3000, " << QString::number(total / 1e7, 'f', 1)
          << " MB each on average); load average " << loadAverage() << "\n\n";
    out() << "| figure | runs | median | p95 | min | floor | target | /floor | /target |\n"
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    app::Session session(VaultPaths{dir}, KdfParams::interactive());
    if (!unlockSession(session)) {
        fail(QStringLiteral("session"), session.lastError());
        return;
    }
    app::AttachmentImages& images = *app::AttachmentImages::of(&session.vaultAccess());
    QList<double> first, fourth, all;
    for (int run = 0; run < runs; ++run) {
        images.forget(); // nothing kept from the last run: as when the record is opened first
        QElapsedTimer timer;
        timer.start();
        app::AttachmentListModel files(&session.vaultAccess());
        files.setRecordId(record);
        QList<qint64> ids;
        for (int row = 0; row < files.count(); ++row) {
            ids.append(files.data(files.index(row), app::AttachmentListModel::AttachmentIdRole).toLongLong());
        }
        for (const qint64 id : ids) {
            (void)images.thumbnail(id); // what each tile asks for as it is created
        }
        QList<double> ready;
        QDeadlineTimer deadline(60000);
        while (ready.size() < ids.size() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            int done = 0;
            for (const qint64 id : ids) {
                done += images.thumbnail(id).isNull() ? 0 : 1;
            }
            while (ready.size() < done) {
                ready.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
        if (ready.size() == ids.size()) {
            first.append(ready.at(0));
            fourth.append(ready.at(3));
            all.append(ready.last());
        }
    }
    // Where the time goes, one picture at a time: its bytes read from the vault (decrypted, on the
    // window's thread), then decoded at thumbnail size (on a worker).
    {
        auto store = app::openAttachments(&session.vaultAccess());
        const QList<attachments::Attachment> list = store->of(attachments::AttachmentOwner::record(record)).value();
        QList<double> reads, decodes;
        for (int i = 0; i < runs; ++i) {
            const attachments::Attachment& a = list.at(i % list.size());
            QByteArray bytes;
            reads.append(timeMs([&] { bytes = store->readAll(a, attachments::kMaxFileBytes).value(); }));
            decodes.append(timeMs([&] {
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer);
                reader.setAutoTransform(true);
                reader.setScaledSize(reader.size().scaled(app::AttachmentImages::kThumbnailPixels,
                    app::AttachmentImages::kThumbnailPixels, Qt::KeepAspectRatio));
                (void)reader.read();
            }));
        }
        printRow(QStringLiteral("one picture's bytes read from the vault"), reads, std::nullopt);
        printRow(QStringLiteral("one picture decoded at thumbnail size"), decodes, std::nullopt);
    }
    printRow(QStringLiteral("first thumbnail ready"), first, Reference{0, 150});
    printRow(QStringLiteral("fourth thumbnail ready (a row on a phone)"), fourth, std::nullopt);
    printRow(QStringLiteral("all ten ready"), all, std::nullopt);
    session.lock();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // pictures are decoded with QtGui; no window is shown
    QGuiApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args.at(1) == QStringLiteral("--memory-child")) {
        return memoryChild(args.at(2), args.at(3), args.at(4) == QStringLiteral("warm"));
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("timed runs per figure"), QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption skipOption(QStringLiteral("skip-2gb"), QStringLiteral("leave out the 2 GB unlock figure"));
    parser.addOption(runsOption);
    parser.addOption(skipOption);
    parser.process(application);
    const int runs = qBound(1, parser.value(runsOption).toInt(), 1000);
    benchAdd(QCoreApplication::applicationFilePath(), runs);
    benchThumbnails(runs);
    benchUnlock(runs, parser.isSet(skipOption));
    return 0;
}
