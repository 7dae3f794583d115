// bench_attachments, figure 3: unlocking a vault with 2 GB of files against an empty one.
#include "attachments/AttachmentBench.h"

#include "core/attachments/AttachmentStore.h"
#include "core/storage/Database.h"

#include "common/BenchTable.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

namespace tideline::bench {

namespace {

QList<double> unlockTimes(const QString& dir, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        Vault vault{VaultPaths{dir}};
        times.append(timeMs([&] { (void)vault.unlock(pin()); }));
        vault.lock();
    }
    return times;
}

} // namespace

void benchUnlock(int runs, bool skip)
{
    if (skip) {
        return;
    }
    QTemporaryDir tmp;
    const QString empty = tmp.filePath(QStringLiteral("empty"));
    const QString full = tmp.filePath(QStringLiteral("full"));
    {
        auto a = newVault(empty);
        auto b = newVault(full);
        if (!a || !b) {
            fail(QStringLiteral("vault"), QStringLiteral("could not be made"));
            return;
        }
        const qint64 record = newRecord(b.value()->database()).value();
        attachments::AttachmentStore store(b.value()->database(), SystemClock::instance());
        QByteArray bytes(100'000'000, Qt::Uninitialized);
        QRandomGenerator random(3);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        for (int i = 0; i < 20; ++i) {
            bytes[0] = static_cast<char>(i); // each file its own hash
            QBuffer source(&bytes);
            source.open(QIODevice::ReadOnly);
            (void)store.add(source, QStringLiteral("file-%1.bin").arg(i), bytes.size(),
                {attachments::AttachmentOwner::record(record), {}, {}});
        }
        a.value()->lock();
        b.value()->lock();
    }
    out() << "\nUnlocking (Argon2id at libsodium's INTERACTIVE cost in both, so the rest shows): an empty vault "
          << "against one with "
          << QString::number(QFileInfo(QDir(full).filePath(QStringLiteral("tideline.db"))).size() / 1e9, 'f', 2)
          << " GB of files; load average " << loadAverage() << "\n\n";
    out() << "| figure | runs | median | p95 | min | floor | target | /floor | /target |\n"
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    const QList<double> a = unlockTimes(empty, runs);
    const QList<double> b = unlockTimes(full, runs);
    QList<double> sorted = a;
    std::sort(sorted.begin(), sorted.end());
    const double emptyMedian = percentile(sorted, 50);
    printRow(QStringLiteral("unlock, empty vault"), a, std::nullopt);
    printRow(QStringLiteral("unlock, vault with 2 GB of files"), b, Reference{emptyMedian, emptyMedian * 1.1});
}

} // namespace tideline::bench
