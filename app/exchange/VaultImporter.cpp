#include "exchange/VaultImporter.h"

#include "VaultAccess.h"
#include "journal/JournalAccess.h"

#include "exchange/JsonImport.h"
#include "exchange/JsonPreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

QString dayText(const QDate& day)
{
    return QLocale().toString(day, u"d MMMM yyyy"_s);
}

Result<QByteArray> readChosenFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(ErrorCode::NotFound, u"That file is no longer there. Please choose it again."_s);
    }
    if (info.size() > exchange::kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            u"That file is larger than Tideline can bring in. Nothing was "
            u"imported."_s);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput,
            u"That file could not be read (%1). Nothing was imported."_s.arg(file.errorString()));
    }
    return file.readAll();
}

QString daylioPreview(const exchange::DaylioPreview& p)
{
    if (p.rows == 0) {
        return u"This Daylio export has no entries yet, so there is nothing to bring in."_s;
    }
    const QString days = p.days == 1 ? u"1 day"_s : u"%1 days"_s.arg(p.days);
    const QString range = p.first == p.last ? dayText(p.first) : u"%1 to %2"_s.arg(dayText(p.first), dayText(p.last));
    const QString rows = p.rows == 1 ? u"1 Daylio entry"_s : u"%1 Daylio entries"_s.arg(p.rows);
    const QString words = p.notes == 0 ? u"None of them has a title or a note."_s
        : p.notes == 1                 ? u"1 has a title or a note and becomes a journal entry."_s
                                       : u"%1 have a title or a note and become journal entries."_s.arg(p.notes);
    return u"%1 (%2), in %3. Each day's mood comes in. %4"_s.arg(days, range, rows, words);
}

QString jsonPreview(const exchange::JsonPreview& p)
{
    const QString what
        = u"%1 check-in days, %2 journal entries and %3 moments"_s.arg(p.checkins).arg(p.entries).arg(p.moments);
    if (!p.first.isValid()) {
        return u"A Tideline export with %1, and your settings, safety plan and routines as they were."_s.arg(what);
    }
    return u"A Tideline export with %1, from %2 to %3, and the safety plan, routines and settings it holds."_s.arg(
        what, dayText(p.first), dayText(p.last));
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

QUrl VaultImporter::suggestedFolder() const
{
    for (QStandardPaths::StandardLocation where :
        {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation}) {
        const QString folder = QStandardPaths::writableLocation(where);
        if (!folder.isEmpty() && QDir(folder).exists()) {
            return QUrl::fromLocalFile(folder);
        }
    }
    return QUrl::fromLocalFile(QDir::homePath());
}

bool VaultImporter::inspect(const QUrl& file, Format format)
{
    clear();
    if (!file.isLocalFile()) {
        fail(u"Please choose a file on this computer."_s);
        return false;
    }
    const QString path = file.toLocalFile();
    Result<QByteArray> contents = readChosenFile(path);
    if (!contents) {
        fail(contents.error().message);
        return false;
    }
    if (format == DaylioCsv) {
        Result<exchange::DaylioPreview> p = exchange::inspectDaylio(contents.value(), appClock());
        if (!p) {
            fail(p.error().message);
            return false;
        }
        m_preview = daylioPreview(p.value());
        m_unknownMoods = p.value().unknownMoods;
    } else {
        Result<exchange::JsonPreview> p = exchange::inspectJson(contents.value());
        if (!p) {
            fail(p.error().message);
            return false;
        }
        m_preview = jsonPreview(p.value());
    }
    m_path = path;
    m_format = format;
    emit stateChanged();
    return true;
}

void VaultImporter::decideMood(const QString& name, int value)
{
    if (!m_unknownMoods.contains(name) || value < -1 || value > 10) {
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
    if (m_path.isEmpty()) {
        fail(u"Please choose a file first."_s);
        return false;
    }
    Database* db = openDatabase();
    if (db == nullptr) {
        fail(u"Tideline is locked. Open it again to bring data in."_s);
        return false;
    }
    Result<QByteArray> contents = readChosenFile(m_path);
    if (!contents) {
        fail(contents.error().message);
        return false;
    }
    QString added;
    if (m_format == DaylioCsv) {
        Result<exchange::ImportSummary> s = exchange::importDaylio(*db, contents.value(), m_moods, appClock());
        if (!s) {
            fail(s.error().message);
            return false;
        }
        added = u"Brought in moods for %1 days and %2 journal entries from Daylio. Moods you had already "
                u"recorded here were kept as they were."_s.arg(s.value().checkins)
                    .arg(s.value().entries);
    } else {
        Result<exchange::ImportSummary> s = exchange::importJson(*db, contents.value());
        if (!s) {
            fail(s.error().message);
            return false;
        }
        const exchange::ImportSummary& v = s.value();
        added = u"Brought in %1 check-in days, %2 journal entries, %3 moments, %4 routine days and %5 safety plan "
                u"items and contacts. What was already here was kept as it was."_s.arg(v.checkins)
                    .arg(v.entries)
                    .arg(v.moments)
                    .arg(v.routineDays)
                    .arg(v.safetyItems);
    }
    clear();
    m_result = added;
    emit stateChanged();
    JournalChanges::instance().notify();
    return true;
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
