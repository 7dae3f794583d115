#include "app/exchange/VaultImporter.h"

#include "app/VaultAccess.h"
#include "app/files/ChosenPath.h"
#include "app/journal/JournalChanges.h"
#include "app/tasks/TaskProgress.h"
#include "core/common/MoodScale.h"

#include "core/common/AppName.h"
#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonPreview.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

QString dayText(const QDate& day)
{
    return QLocale().toString(day, QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day"));
}

Result<QByteArray> readChosenFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(ErrorCode::NotFound,
            QCoreApplication::translate("VaultImporter", "That file is no longer there. Please choose it again."));
    }
    if (info.size() > exchange::kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "VaultImporter", "That file is larger than %1 can bring in. Nothing was imported.")
                .arg(appName()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("VaultImporter", "That file could not be read (%1). Nothing was imported.")
                .arg(file.errorString()));
    }
    return file.readAll();
}

QString daylioPreview(const exchange::DaylioPreview& p)
{
    if (p.rows == 0) {
        return QCoreApplication::translate(
            "VaultImporter", "This Daylio export has no entries yet, so there is nothing to bring in.");
    }
    const QString range = p.first == p.last
        ? dayText(p.first)
        : QCoreApplication::translate("VaultImporter", "%1 to %2").arg(dayText(p.first), dayText(p.last));
    const QString words = p.notes == 0
        ? QCoreApplication::translate("VaultImporter", "None of them has a title or a note.")
        : p.notes == 1
        ? QCoreApplication::translate("VaultImporter", "1 has a title or a note and becomes a journal entry.")
        : QCoreApplication::translate(
            "VaultImporter", "%n have a title or a note and become journal entries.", nullptr, p.notes);
    const QString summary
        = QCoreApplication::translate("VaultImporter", "%1 (%2), in %3. Each day's mood comes in. %4")
              .arg(QCoreApplication::translate("VaultImporter", "%n day(s)", nullptr, p.days), range,
                  QCoreApplication::translate("VaultImporter", "%n Daylio entry(s)", nullptr, p.rows), words);
    if (p.ignoredColumns.isEmpty()) {
        return summary;
    }
    // A newer Daylio writes columns Tideline has no place for (its "scales"): said before
    // anything comes in, so nobody wonders later where they went.
    return summary + u'\n'
        + QCoreApplication::translate("VaultImporter", "Left out, because %1 has no place for them: %2.")
              .arg(appName(), QLocale().createSeparatedList(p.ignoredColumns));
}

QString jsonPreview(const exchange::JsonPreview& p)
{
    const QString what
        = QCoreApplication::translate("VaultImporter", "%1, %2 and %3")
              .arg(QCoreApplication::translate("VaultImporter", "%n check-in day(s)", nullptr, p.checkins),
                  QCoreApplication::translate("VaultImporter", "%n journal entry(s)", nullptr, p.entries),
                  QCoreApplication::translate("VaultImporter", "%n moment(s)", nullptr, p.moments));
    if (!p.first.isValid()) {
        return QCoreApplication::translate(
            "VaultImporter", "A %1 export with %2, and the safety plan, routines and settings it holds.")
            .arg(appName(), what);
    }
    if (p.first == p.last) {
        return QCoreApplication::translate(
            "VaultImporter", "A %1 export with %2, on %3, and the safety plan, routines and settings it holds.")
            .arg(appName(), what, dayText(p.first));
    }
    return QCoreApplication::translate(
        "VaultImporter", "A %1 export with %2, from %3 to %4, and the safety plan, routines and settings it holds.")
        .arg(appName(), what, dayText(p.first), dayText(p.last));
}

} // namespace

QString VaultImporter::fileName() const
{
    return m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName();
}

int VaultImporter::moodsLeft() const
{
    int left = 0;
    for (const QString& name : m_unknownMoods) {
        left += m_moods.contains(name) ? 0 : 1;
    }
    return left;
}

VaultImporter::VaultImporter(VaultAccess* vault, QObject* parent)
    : QObject(parent), VaultClient(this), m_progress(new TaskProgress(this))
{
    attachVault(vault);
}

bool VaultImporter::inspect(const QString& file, Format format)
{
    if (m_progress->running()) {
        return false;
    }
    clear();
    const Result<QString> checked = checkedOpenPath(vault(), file);
    if (!checked) {
        fail(checked.error().message);
        return false;
    }
    if (const QFileInfo info(checked.value()); info.size() > exchange::kMaxImportBytes) {
        fail(QCoreApplication::translate(
            "VaultImporter", "That file is larger than %1 can bring in. Nothing was imported.")
                 .arg(appName()));
        return false;
    }
    // What the worker finds; only words and counts come back, never the file's content.
    struct Found
    {
        QString error;
        bool stopped = false;
        QString preview;
        QStringList unknownMoods;
    };
    auto found = std::make_shared<Found>();
    const QString path = checked.value();
    const Clock& clock = this->clock();
    return m_progress->start(
        [path, format, found, &clock](Progress& progress) {
            if (format == DaylioCsv) {
                Result<QByteArray> contents = readChosenFile(path);
                if (!contents) {
                    found->error = contents.error().message;
                    return;
                }
                Result<exchange::DaylioPreview> p = exchange::inspectDaylio(contents.value(), clock, progress);
                if (!p) {
                    found->stopped = p.code() == ErrorCode::Cancelled;
                    found->error = p.error().message;
                    return;
                }
                found->preview = daylioPreview(p.value());
                found->unknownMoods = p.value().unknownMoods;
                return;
            }
            QFile json(path);
            if (!json.open(QIODevice::ReadOnly)) {
                found->error = QCoreApplication::translate(
                    "VaultImporter", "That file could not be read (%1). Nothing was imported.")
                                   .arg(json.errorString());
                return;
            }
            Result<exchange::JsonPreview> p = exchange::inspectJson(json, progress);
            if (!p) {
                found->stopped = p.code() == ErrorCode::Cancelled;
                found->error = p.error().message;
                return;
            }
            found->preview = jsonPreview(p.value());
        },
        [this, path, format, found] {
            if (!found->error.isEmpty()) {
                fail(found->stopped ? QString() : found->error);
                return;
            }
            m_preview = found->preview;
            m_unknownMoods = found->unknownMoods;
            m_path = path;
            m_format = format;
            emit stateChanged();
        });
}

void VaultImporter::decideMood(const QString& name, int value)
{
    if (!m_unknownMoods.contains(name) || (value != -1 && !MoodScale::contains(value))) {
        return;
    }
    m_moods.insert(name, value < 0 ? std::nullopt : std::optional<int>(value));
    emit stateChanged();
}

void VaultImporter::undecideMood(const QString& name)
{
    if (m_moods.remove(name) > 0) {
        emit stateChanged();
    }
}

bool VaultImporter::importChosen()
{
    if (m_progress->running()) {
        return false;
    }
    if (m_path.isEmpty()) {
        fail(QCoreApplication::translate("VaultImporter", "Please choose a file first."));
        return false;
    }
    if (!vaultOpen()) {
        fail(QCoreApplication::translate("VaultImporter", "%1 is locked. Open it again to bring data in.")
                 .arg(appName()));
        return false;
    }
    QString problem;
    std::shared_ptr<Database> db = vault()->openTaskConnection(&problem);
    if (!db) {
        fail(problem);
        return false;
    }
    auto outcome = std::make_shared<std::optional<Result<exchange::ImportSummary>>>();
    const QString path = m_path;
    const Format format = m_format;
    const exchange::DaylioMoodMapping moods = m_moods;
    const Clock& clock = this->clock();
    m_lastError.clear();
    emit stateChanged();
    return m_progress->start(
        [db, path, format, moods, outcome, &clock](Progress& progress) {
            if (format == DaylioCsv) {
                Result<QByteArray> contents = readChosenFile(path);
                outcome->emplace(contents ? exchange::importDaylio(*db, contents.value(), moods, clock, progress)
                                          : Result<exchange::ImportSummary>(contents.error()));
                return;
            }
            QFile json(path);
            if (!json.open(QIODevice::ReadOnly)) {
                outcome->emplace(Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "VaultImporter", "That file could not be read (%1). Nothing was imported.")
                        .arg(json.errorString())));
                return;
            }
            outcome->emplace(exchange::importJson(*db, json, progress));
        },
        [this, format, outcome] { finishImport(format, **outcome); }, db, vault());
}

void VaultImporter::finishImport(Format format, const Result<exchange::ImportSummary>& s)
{
    if (!s && s.code() == ErrorCode::Cancelled) {
        // Stopped: the vault is as it was and the file stays chosen, so the person can try again.
        m_lastError.clear();
        m_result = QCoreApplication::translate(
            "VaultImporter", "Stopped. Nothing was brought in, and your journal is as it was.");
        emit stateChanged();
        return;
    }
    if (!s) {
        fail(s.error().message);
        return;
    }
    QString added;
    if (format == DaylioCsv) {
        added = s.value().checkins + s.value().entries == 0
            ? QCoreApplication::translate(
                "VaultImporter", "Everything in this file was already here, so nothing new was added.")
            : QCoreApplication::translate("VaultImporter",
                "Brought in moods for %1 and %2 from Daylio. Moods you had already recorded here were kept as they "
                "were.")
                  .arg(QCoreApplication::translate("VaultImporter", "%n day(s)", nullptr, s.value().checkins),
                      QCoreApplication::translate("VaultImporter", "%n journal entry(s)", nullptr, s.value().entries));
    } else {
        const exchange::ImportSummary& v = s.value();
        const bool nothingNew = v.checkins + v.entries + v.moments + v.routineDays + v.safetyItems + v.metrics
                + v.settings + v.records + v.attachments
            == 0;
        added = nothingNew
            ? QCoreApplication::translate(
                "VaultImporter", "Everything in this file was already here, so nothing new was added.")
            : QCoreApplication::translate(
                "VaultImporter", "Brought in %1, %2, %3, %4 and %5. What was already here was kept as it was.")
                  .arg(QCoreApplication::translate("VaultImporter", "%n check-in day(s)", nullptr, v.checkins),
                      QCoreApplication::translate("VaultImporter", "%n journal entry(s)", nullptr, v.entries),
                      QCoreApplication::translate("VaultImporter", "%n moment(s)", nullptr, v.moments),
                      QCoreApplication::translate("VaultImporter", "%n routine day(s)", nullptr, v.routineDays),
                      QCoreApplication::translate(
                          "VaultImporter", "%n safety plan item(s) or contact(s)", nullptr, v.safetyItems));
        if (v.records + v.attachments > 0) {
            added += u" "_s
                + QCoreApplication::translate("VaultImporter", "Also %1 and %2.")
                      .arg(QCoreApplication::translate("VaultImporter", "%n record(s)", nullptr, v.records),
                          QCoreApplication::translate("VaultImporter", "%n file(s)", nullptr, v.attachments));
        }
    }
    clear();
    m_result = added;
    emit stateChanged();
    JournalChanges::instance().notify();
}

void VaultImporter::clear()
{
    m_path.clear();
    m_preview.clear();
    m_unknownMoods.clear();
    m_moods.clear();
    m_lastError.clear();
    m_result.clear();
    emit stateChanged();
}

void VaultImporter::fail(const QString& message)
{
    m_lastError = message;
    emit stateChanged();
}

} // namespace tideline::app
