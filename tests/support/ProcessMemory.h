#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

namespace tideline::test {

// Which of needles occur anywhere in the readable memory of process pid (read through
// /proc/PID/mem, as a core dump taken at that moment would hold it). Indexes into needles.
QList<int> foundInProcessMemory(qint64 pid, const QByteArrayList& needles);

// text (UTF-8) as a QString holds it: UTF-16, the form a copy in Qt or QML would take.
QByteArray utf16Bytes(const QByteArray& text);

} // namespace tideline::test
