#include "RedNotebookJournal.h"

#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/vault/Vault.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QMap>

namespace tideline::bench {

namespace {

// A YAML double-quoted scalar: the one form in which any text reads back exactly, line breaks
// and all (YAML 1.1 escapes, which LibYAML, RedNoteBook's loader, reads).
QString yamlQuoted(const QString& text)
{
    QString quoted;
    quoted.reserve(text.size() + text.size() / 16 + 2);
    quoted += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            quoted += QStringLiteral("\\\"");
            break;
        case '\\':
            quoted += QStringLiteral("\\\\");
            break;
        case '\n':
            quoted += QStringLiteral("\\n");
            break;
        case '\t':
            quoted += QStringLiteral("\\t");
            break;
        case 0x85:
            quoted += QStringLiteral("\\N");
            break;
        case 0x2028:
            quoted += QStringLiteral("\\L");
            break;
        case 0x2029:
            quoted += QStringLiteral("\\P");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                quoted += c;
            }
        }
    }
    quoted += QLatin1Char('"');
    return quoted;
}

// One month's file: "<day>: {text: "..."}" a line, days in order.
Status writeMonth(const QString& dataDir, const QDate& month, const QMap<int, QString>& days)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("%1.txt").arg(month.toString(QStringLiteral("yyyy-MM")))));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{ErrorCode::CannotWrite, QStringLiteral("could not write %1").arg(file.fileName())};
    }
    QByteArray content;
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        content += QByteArray::number(day.key()) + ": {text: " + yamlQuoted(day.value()).toUtf8() + "}\n";
    }
    if (file.write(content) != content.size()) {
        return Error{ErrorCode::CannotWrite, QStringLiteral("could not write %1").arg(file.fileName())};
    }
    return {};
}

} // namespace

Result<int> writeRedNotebookJournal(const VaultPaths& paths, const char* pin, const QString& dataDir)
{
    Vault vault(paths);
    if (auto unlocked = vault.unlock(SecureBuffer::fromString(pin)); !unlocked) {
        return unlocked.error();
    }
    auto rows = vault.database().prepare("SELECT day, title, body FROM entry ORDER BY day, created_at, id");
    if (!rows) {
        return rows.error();
    }
    QMap<QDate, QMap<int, QString>> months; // first of the month -> day of the month -> text
    int entries = 0;
    const Status read = rows.value().forEachRow([&](const Statement& row) {
        const QDate day = QDate::fromString(row.columnText(0), Qt::ISODate);
        QString& text = months[QDate(day.year(), day.month(), 1)][day.day()];
        if (!text.isEmpty()) {
            text += QStringLiteral("\n\n");
        }
        text += row.columnText(1) + QStringLiteral("\n") + row.columnText(2);
        ++entries;
    });
    if (!read) {
        return read.error();
    }
    if (!QDir().mkpath(dataDir)) {
        return Error{ErrorCode::CannotWrite, QStringLiteral("could not make %1").arg(dataDir)};
    }
    for (auto month = months.cbegin(); month != months.cend(); ++month) {
        if (const Status written = writeMonth(dataDir, month.key(), month.value()); !written) {
            return written.error();
        }
    }
    vault.lock();
    return entries;
}

} // namespace tideline::bench
