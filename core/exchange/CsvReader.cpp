#include "core/exchange/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace tideline::exchange {

namespace {

Error at(int line, const QString& what)
{
    return Error::make(
        ErrorCode::InvalidInput, QCoreApplication::translate("Exchange", "Line %1: %2").arg(line).arg(what));
}

// The first line whose bytes are not UTF-8, for a message that points at it.
int firstBadUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString text = decoder(bytes.mid(start, end - start));
        if (decoder.hasError()) {
            return line;
        }
        start = end + 1;
        ++line;
    }
    return 1;
}

} // namespace

Result<QList<CsvRecord>> readCsv(const QByteArray& bytes)
{
    QByteArray raw = bytes;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(raw);
    if (decoder.hasError()) {
        return at(firstBadUtf8Line(raw),
            QCoreApplication::translate("Exchange", "this is not UTF-8 text. Nothing was imported."));
    }

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0; // where the open quoted field began; 0 when not in one
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field: only a comma or a line end may follow
    bool recordHasContent = false;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line (one empty field) is not a record.
        if (recordHasContent || record.fields.size() > 1) {
            record.line = recordLine;
            records.append(std::move(record));
        }
        record = CsvRecord{};
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
            recordHasContent = true;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            continue; // the \n ends the record
        }
        if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            recordLine = line;
            continue;
        }
        if (afterQuote) {
            if (quoteLine < line) {
                // The quote that "closed" here most likely belongs to a later field: the real
                // mistake is the quote opened earlier and never closed.
                return at(quoteLine,
                    QCoreApplication::translate("Exchange",
                        "a field opens a quote here that does not close where it should (the text "
                        "runs on to line %1). Nothing was imported.")
                        .arg(line));
            }
            return at(line,
                QCoreApplication::translate("Exchange",
                    "there is text right after a closing quote (a quote inside a quoted field is "
                    "written twice: \"\"). Nothing was imported."));
        }
        if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
            recordHasContent = true;
            continue;
        }
        field.append(c);
        recordHasContent = true;
    }
    if (inQuotes) {
        return at(quoteLine,
            QCoreApplication::translate(
                "Exchange", "a field opens a quote here that is never closed. Nothing was imported."));
    }
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

} // namespace tideline::exchange
