#pragma once

#include <QList>
#include <QString>

namespace tideline::bench {

// One way of running Tideline: every counted run's figures.
struct TidelineSamples
{
    QList<double> frameOwn; // ms, the app's own first-frame-ms (lock screen)
    QList<double> frameSeen; // ms, fork to that line, on the bench's clock
    QList<double> lockRss; // MiB, at the lock screen
    QList<double> lockPeak; // MiB, VmHWM from start to the lock screen
    QList<double> journalRss; // MiB, with the Journal page shown
    int journalRows = 0; // rows in the Journal list when measured
};

// Every counted run's figures, Tideline's (as it starts by default, and with Qt Quick's software
// renderer) and RedNoteBook's.
struct Samples
{
    TidelineSamples tideline;
    TidelineSamples software;
    QList<double> peerFrameOwn; // ms, RedNoteBook's first frame by the hook, same clock as Tideline's own
    QList<double> peerFrameSeen; // ms, fork to the hook's line
    QList<double> peerRss; // MiB, RedNoteBook's main process, journal loaded
    QList<double> peerPeak; // MiB, its VmHWM from start to then
    QList<double> peerGroupRss; // MiB, RedNoteBook and its helper processes, summed
    int peerGroupSize = 0; // processes in RedNoteBook's group when measured
};

// What both programs were given.
struct JournalSize
{
    int years = 0;
    int entries = 0; // in the Tideline vault
    int copied = 0; // written for RedNoteBook
    int monthFiles = 0;
    double mebibytes = 0; // of RedNoteBook's month files
};

// The Markdown table docs/BENCHMARKS.md takes as it is: median, p90 and min of each side and the
// ratio of the medians, Tideline / RedNoteBook, with the load average before and after.
void printPeerTable(const Samples& samples, int runs, const JournalSize& size, qint64 madeMs, const QString& loadBefore,
    const QString& loadAfter);

} // namespace tideline::bench
