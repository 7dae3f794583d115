#include "PeerTable.h"

#include "common/BenchTable.h"

#include <algorithm>
#include <utility>

namespace tideline::bench {

namespace {

// "median | p90 | min" of one side.
QString side(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return QStringLiteral("%1 | %2 | %3")
        .arg(percentile(samples, 50), 0, 'f', 1)
        .arg(percentile(samples, 90), 0, 'f', 1)
        .arg(samples.first(), 0, 'f', 1);
}

void row(const QString& tideline, const QList<double>& mine, const QString& rednotebook, const QList<double>& theirs)
{
    const double theirMedian = median(theirs);
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | **%5×** |")
                 .arg(tideline, side(mine), rednotebook, side(theirs))
                 .arg(theirMedian > 0 ? median(mine) / theirMedian : 0, 0, 'f', 2)
          << Qt::endl;
}

} // namespace

void printPeerTable(const Samples& samples, int runs, const JournalSize& size, qint64 madeMs, const QString& loadBefore,
    const QString& loadAfter)
{
    out() << "bench_peer: Tideline and RedNoteBook, " << runs << " counted runs each (after 1 warm-up), taking turns"
          << Qt::endl
          << "journal: " << size.years << " years, " << size.entries << " entries in the Tideline vault, "
          << size.copied << " written for RedNoteBook in " << size.monthFiles << " month files ("
          << QString::number(size.mebibytes, 'f', 1) << " MiB of YAML); made in " << madeMs << " ms" << Qt::endl
          << "load average (1 min) before: " << loadBefore << "; after: " << loadAfter << Qt::endl
          << Qt::endl
          << "| Tideline | median | p90 | min | RedNoteBook | median | p90 | min | Tideline / RedNoteBook |" << Qt::endl
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    for (const auto& [how, tideline] : {std::pair{QString(), &samples.tideline},
             std::pair{QStringLiteral(", software renderer"), &samples.software}}) {
        row(QStringLiteral("first frame, lock screen%1 (ms, own clock)").arg(how), tideline->frameOwn,
            QStringLiteral("first frame, journal loaded (ms, same clock)"), samples.peerFrameOwn);
        row(QStringLiteral("the same, fork to the line (ms, bench clock)"), tideline->frameSeen,
            QStringLiteral("the same, fork to the line (ms, bench clock)"), samples.peerFrameSeen);
        row(QStringLiteral("VmRSS at the lock screen%1 (MiB)").arg(how), tideline->lockRss,
            QStringLiteral("VmRSS, journal loaded (MiB)"), samples.peerRss);
        row(QStringLiteral("VmRSS, Journal page shown%1 (MiB)").arg(how), tideline->journalRss,
            QStringLiteral("VmRSS, journal loaded (MiB)"), samples.peerRss);
        row(QStringLiteral("VmRSS, Journal page shown%1 (MiB)").arg(how), tideline->journalRss,
            QStringLiteral("VmRSS with its %1 processes, summed (MiB)").arg(samples.peerGroupSize),
            samples.peerGroupRss);
        row(QStringLiteral("VmHWM, start to lock screen%1 (MiB)").arg(how), tideline->lockPeak,
            QStringLiteral("VmHWM, start to journal loaded (MiB)"), samples.peerPeak);
    }
    out() << Qt::endl
          << "Tideline's Journal list held " << samples.tideline.journalRows
          << " rows when measured (it reads a page at a time); RedNoteBook holds every entry." << Qt::endl;
}

} // namespace tideline::bench
