#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tideline::records {

// What a person writes in a record (DESIGN.md section 5.9): when it happened, and everything
// else optional. The editor, the CLI and imports all hand this to RecordRepository.
struct RecordFields
{
    QDate day; // when it happened; invalid means "today" by the repository's clock
    QTime time; // the time of day, to the minute; invalid when not given
    bool approximate = false; // "around then": the person is not sure of the day or time
    QString place;
    QString whatHappened;
    QString injuries;
    QString witnesses; // who was there
    QString told; // who the person told
    std::optional<bool> sawDoctor; // nullopt: not said
    std::optional<bool> reported; // to the police or anyone else official; nullopt: not said
    bool sensitive = false; // covered in lists until tapped
    QList<qint64> kindIds; // from the editable list of kinds (RecordKindRepository)

    bool operator==(const RecordFields&) const = default;
};

// One stored record, in full.
struct Record
{
    qint64 id = 0;
    QString uid; // 32 hex digits; recognises the record across exports and imports
    QDateTime createdAt; // UTC: when it was first written
    QDateTime updatedAt; // UTC: when it was last changed
    RecordFields fields;
    QStringList kindLabels; // the kinds' names, in the list's order
    QList<QDateTime> changedAt; // UTC: every save after the first, oldest first
};

// One row of the records list: a short preview, never the whole text.
struct RecordSummary
{
    qint64 id = 0;
    QDate day;
    QString time; // "HH:MM" or empty
    bool approximate = false;
    QString headline; // the start of "what happened", on one line
    QString place;
    QStringList kindLabels;
    bool sensitive = false;
    int attachmentCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Where the next page of the list starts: just after this row in (day, time, id) order, newest
// first. Keyset paging, so page 200 costs what page 1 costs.
struct RecordCursor
{
    QDate day;
    QString time;
    qint64 id = 0;

    static RecordCursor after(const RecordSummary& row) { return RecordCursor{row.day, row.time, row.id}; }
};

// A file as a version of a record saw it.
struct VersionFile
{
    QString name;
    QString sha256;
};

// A record as it was saved once: its fields with kinds by name (a kind renamed later does not
// change history), and the files it had then.
struct RecordVersion
{
    qint64 id = 0;
    QDateTime savedAt; // UTC
    RecordFields fields; // kindIds left empty: see kindLabels
    QStringList kindLabels;
    QList<VersionFile> files;
};

// A search hit: the record's row, and a snippet with matches marked (journal::kMatchStart/End).
struct RecordHit
{
    RecordSummary record;
    QString snippet;
};

// An entry of the editable list of kinds.
struct RecordKind
{
    qint64 id = 0;
    QString key; // built-ins only ("threats"); empty for the person's own
    QString label;
    bool builtin = false;
    bool hidden = false;
    int sortOrder = 0;
};

} // namespace tideline::records
