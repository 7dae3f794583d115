#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QProcess>

#include <cstddef>

namespace tideline::test {

// Which of needles occur anywhere in the readable memory of process pid (read through
// /proc/PID/mem, as a core dump taken at that moment would hold it). Indexes into needles.
QList<int> foundInProcessMemory(qint64 pid, const QByteArrayList& needles);

// text (UTF-8) as a QString holds it: UTF-16, the form a copy in Qt or QML would take.
QByteArray utf16Bytes(const QByteArray& text);

// The child's side of a memory probe: bytes straight to the stdout descriptor, with no QString
// or stdio buffer in between, so that telling the test what to look for leaves no copy behind.
void writeToStdout(const void* data, std::size_t size);

// The test's side: the child's lines, read until at least minLines have come and the last one
// starts with lastPrefix (or 30 s pass with nothing new).
QByteArrayList readLinesUntil(QProcess& child, int minLines, const QByteArray& lastPrefix);

} // namespace tideline::test
