#include "core/exchange/CsvExport.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QStringList>
#include <cmath>

namespace tideline::exchange {

namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Keys and
// numbers never need it today; this keeps the file valid if a column ever does.
QByteArray field(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray number(double value)
{
    // Values are stored as entered (whole numbers, halves); 12 significant digits drops the
    // binary noise without losing anything a person typed. 'g' always writes '.', never ','.
    return QByteArray::number(std::round(value * 1e6) / 1e6, 'g', 12);
}

} // namespace

Result<QByteArray> checkinsCsv(Database& db)
{
    Result<Statement> columns = db.prepare("SELECT id, key FROM metric AS m "
                                           "WHERE (m.enabled = 1 AND m.hidden = 0 AND m.archived = 0) "
                                           "   OR EXISTS (SELECT 1 FROM checkin_value AS v WHERE v.metric_id = m.id) "
                                           "ORDER BY sort_order, id");
    if (!columns) {
        return columns.error();
    }
    QHash<qint64, int> columnOf;
    QByteArray out = "day";
    for (;;) {
        Result<Statement::Step> step = columns.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        columnOf.insert(columns.value().columnInt(0), static_cast<int>(columnOf.size()));
        out += ',' + field(columns.value().columnText(1));
    }
    out += "\r\n";

    // One pass over the days in order; the values of a day arrive together.
    Result<Statement> rows = db.prepare("SELECT c.day, v.metric_id, v.value FROM checkin AS c "
                                        "LEFT JOIN checkin_value AS v ON v.day = c.day ORDER BY c.day");
    if (!rows) {
        return rows.error();
    }
    QString day;
    QList<QByteArray> cells;
    const auto flush = [&] {
        if (!day.isEmpty()) {
            out += day.toUtf8();
            for (const QByteArray& cell : cells) {
                out += ',' + cell;
            }
            out += "\r\n";
        }
    };
    for (;;) {
        Result<Statement::Step> step = rows.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        const QString rowDay = rows.value().columnText(0);
        if (rowDay != day) {
            flush();
            day = rowDay;
            cells = QList<QByteArray>(columnOf.size());
        }
        if (!rows.value().isNull(1)) {
            const auto column = columnOf.constFind(rows.value().columnInt(1));
            if (column != columnOf.cend()) {
                cells[*column] = number(rows.value().columnDouble(2));
            }
        }
    }
    flush();
    return out;
}

} // namespace tideline::exchange
