#include "app/exchange/VaultImporter.h"

#include "app/VaultAccess.h"
#include "app/journal/JournalChanges.h"
#include "core/common/MoodScale.h"

#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonPreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// "1 journal entry", "2 journal entries".
QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? u"1 %1"_s.arg(one) : u"%1 %2"_s.arg(n).arg(many);
}

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
    const QString range = p.first == p.last ? dayText(p.first) : u"%1 to %2"_s.arg(dayText(p.first), dayText(p.last));
    const QString words = p.notes == 0 ? u"None of them has a title or a note."_s
        : p.notes == 1                 ? u"1 has a title or a note and becomes a journal entry."_s
                                       : u"%1 have a title or a note and become journal entries."_s.arg(p.notes);
    return u"%1 (%2), in %3. Each day's mood comes in. %4"_s.arg(
        counted(p.days, u"day"_s, u"days"_s), range, counted(p.rows, u"Daylio entry"_s, u"Daylio entries"_s), words);
}

QString jsonPreview(const exchange::JsonPreview& p)
{
    const QString what = u"%1, %2 and %3"_s.arg(counted(p.checkins, u"check-in day"_s, u"check-in days"_s),
        counted(p.entries, u"journal entry"_s, u"journal entries"_s), counted(p.moments, u"moment"_s, u"moments"_s));
    if (!p.first.isValid()) {
        return u"A Tideline export with %1, and the safety plan, routines and settings it holds."_s.arg(what);
    }
    const QString range = p.first == p.last ? u"on %1"_s.arg(dayText(p.first))
                                            : u"from %1 to %2"_s.arg(dayText(p.first), dayText(p.last));
    return u"A Tideline export with %1, %2, and the safety plan, routines and settings it holds."_s.arg(what, range);
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
        Result<exchange::DaylioPreview> p = exchange::inspectDaylio(contents.value(), clock());
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
    if (m_path.isEmpty()) {
        fail(u"Please choose a file first."_s);
        return false;
    }
    if (!vaultOpen()) {
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
        Result<exchange::ImportSummary> s = *runInVault(exchange::importDaylio, contents.value(), m_moods, clock());
        if (!s) {
            fail(s.error().message);
            return false;
        }
        added = s.value().checkins + s.value().entries == 0
            ? u"Everything in this file was already here, so nothing new was added."_s
            : u"Brought in moods for %1 and %2 from Daylio. Moods you had already recorded here were kept as "
              u"they were."_s.arg(counted(s.value().checkins, u"day"_s, u"days"_s),
                  counted(s.value().entries, u"journal entry"_s, u"journal entries"_s));
    } else {
        Result<exchange::ImportSummary> s = *runInVault(exchange::importJson, contents.value());
        if (!s) {
            fail(s.error().message);
            return false;
        }
        const exchange::ImportSummary& v = s.value();
        const bool nothingNew
            = v.checkins + v.entries + v.moments + v.routineDays + v.safetyItems + v.metrics + v.settings == 0;
        added = nothingNew
            ? u"Everything in this file was already here, so nothing new was added."_s
            : u"Brought in %1, %2, %3, %4 and %5. What was already here was kept as it was."_s.arg(
                counted(v.checkins, u"check-in day"_s, u"check-in days"_s),
                counted(v.entries, u"journal entry"_s, u"journal entries"_s),
                counted(v.moments, u"moment"_s, u"moments"_s),
                counted(v.routineDays, u"routine day"_s, u"routine days"_s),
                counted(v.safetyItems, u"safety plan item or contact"_s, u"safety plan items and contacts"_s));
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
