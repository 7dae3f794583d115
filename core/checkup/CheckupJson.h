#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace tideline {

class Database;

namespace checkup {

// The check-up sections of the Tideline JSON export (docs/EXPORT-FORMAT.md, version 2), kept
// apart from core/exchange so the exporter and importer only call in:
//   "checkup_forms"   the person's own forms, as the definitions they were added with;
//   "checkups"        every sitting, finished or not, with its answers by question id;
//   "checkup_choices" which check-ups Today may suggest, and how often.
// Answers to a sensitive question (PHQ-9 item 9) go into the file only when withSensitive is
// set; otherwise the question's id is listed under "left_out", and an import keeps it unanswered.

inline const QStringList& checkupSectionNames()
{
    static const QStringList names{
        QStringLiteral("checkup_forms"), QStringLiteral("checkups"), QStringLiteral("checkup_choices")};
    return names;
}

// Appends the three sections, each as `  "name": [ … ],` with one record a line.
Status writeCheckupSections(Database& db, QByteArray& out, bool withSensitive);

struct CheckupImportCount
{
    int forms = 0;
    int checkups = 0;
};

// Adds the sections of root to the vault, inside the caller's transaction: forms first (a
// form already here under the same key must be the same form), then sittings (one with the
// same form and start time is already here and is skipped), then choices (a choice the vault
// already has stays). A mistake is an InvalidInput error naming the line, record and field.
Result<CheckupImportCount> importCheckupSections(Database& db, const QJsonObject& root, const QByteArray& json);

} // namespace checkup
} // namespace tideline
