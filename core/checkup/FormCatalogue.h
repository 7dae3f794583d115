#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>

namespace tideline {

class Database;

namespace checkup {

// Every form a check-up can use: the shipped instruments (assets/checkups/*.json, embedded and
// read once) and the forms the person added from a file (kept in the vault, table checkup_form).
class FormCatalogue
{
public:
    FormCatalogue(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The shipped forms, in the order PCL-5, PHQ-9, GAD-7 (by file name otherwise).
    static const QList<Form>& builtins();

    // The shipped forms, then the person's own by name; each in the app's language when its file
    // carries that language's published wording (inLanguage()), else in its own.
    Result<QList<Form>> all();
    // By key ("phq9") or by name ("PHQ-9", any case); NotFound names the forms there are.
    Result<Form> find(const QString& keyOrName);

    // Reads and checks a form file and says whether it could be added here, without adding it
    // (for the preview shown before adding). A key that is already taken is refused.
    Result<Form> check(const QByteArray& json);
    // Checks, then keeps the form in the vault.
    Result<Form> add(const QByteArray& json);
    // A form from an import, checked by the caller, kept with the time it was first added.
    Status insertAsRecorded(const QString& key, const QByteArray& definition, const QString& addedAt);

    // The definitions of the person's own forms as they were added, by key (for exports).
    Result<QList<std::pair<QString, QByteArray>>> customDefinitions();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace checkup
} // namespace tideline
