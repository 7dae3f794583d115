#pragma once

#include <QString>
#include <QtGlobal>

namespace tideline {

// A healing-routine item (DESIGN.md section 4; the table `routine`).
struct Routine
{
    qint64 id = 0;
    QString key; // built-ins only ("water"); empty for the person's own
    QString label;
    bool builtin = false;
    bool archived = false; // the person's own, retired with its history kept
    bool hidden = false; // not on Today
    int sortOrder = 0;

    bool onToday() const { return !hidden && !archived; }
};

} // namespace tideline
