#pragma once

#include "core/attachments/Attachment.h"
#include "core/journal/Entry.h"
#include "core/records/Record.h"
#include "core/report/RecordsPdf.h"

#include <QByteArray>
#include <QList>
#include <QSize>

namespace tideline::report {

// One file as the PDF shows it: its facts, and for a picture its pixels scaled down and kept
// JPEG-compressed in memory (never written anywhere but into the PDF).
struct PdfFile
{
    attachments::Attachment meta;
    QString owner; // "Record 3" / "Entry of 4 March 2026", for the closing list
    QByteArray picture; // empty for other files, or a picture Qt could not read
    QSize pictureSize;
    bool unreadablePicture = false; // a picture type whose pixels could not be read
};

struct PdfRecord
{
    records::Record record;
    QList<int> files; // indexes into RecordsPdfData::files
};

struct PdfEntry
{
    journal::Entry entry;
    QList<int> files;
};

// Plain values only, so the pages can be painted on any thread.
struct RecordsPdfData
{
    RecordsPdfRequest request;
    QDate madeOn;
    QDate from; // the earliest day anything chosen is about
    QDate to;
    QList<PdfRecord> records; // by when they happened
    QList<PdfEntry> entries; // by day
    QList<PdfFile> files; // in the order they are printed
};

} // namespace tideline::report
