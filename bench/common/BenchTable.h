#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tideline::bench {

// What DESIGN.md section 8 sets for a figure: the floor measured on a reference machine (0 when
// there is none) and the target.
struct Reference
{
    double floorMs;
    double targetMs;
};

// Standard output, for the Markdown tables docs/BENCHMARKS.md takes as they are.
QTextStream& out();

// Nearest-rank percentile of sorted samples.
double percentile(const QList<double>& sorted, double p);

// One table row: | name | runs | median | p95 | min | floor | target | /floor | /target |
void printRow(const QString& name, QList<double> samples, const std::optional<Reference>& reference);

// One row against a floor measured in the same run (raw SQLCipher in C, a bare Qt Quick window):
// | name | runs | median | p95 | min | floor median | target | /floor | /target |
// targetRatio > 0 sets the target as that many times the floor's median (the "≤ 2× raw C");
// otherwise targetMs is the target, and 0 means none (a figure shown beside its floor only).
void printCompared(
    const QString& name, QList<double> samples, QList<double> floorSamples, double targetMs, double targetRatio = 0);

// The median of unsorted samples.
double median(QList<double> samples);

// Wall time of work, in milliseconds.
double timeMs(const std::function<void()>& work);

// The 1-minute load average, so a busy machine shows next to its figures.
QString loadAverage();

// A memory field of /proc/PID/status ("VmRSS", "VmHWM") in MiB; pid 0 is this process. 0 when
// the process or the field is not there.
double processStatusMiB(qint64 pid, const char* field);
// This process's resident memory now (VmRSS) and its peak (VmHWM), in MiB, from /proc/self/status.
double residentMiB();
double peakResidentMiB();
// Resets VmHWM to the present resident size (writes 5 to /proc/self/clear_refs), so a peak can be
// measured for one stretch of work, e.g. apart from Argon2id's. False where the kernel refuses.
bool resetPeakResident();

// The table's header lines.
void printHeader();

} // namespace tideline::bench
