// The CSV reader under the Daylio import (core/exchange/CsvReader.h).
// Promises checked: a refusal is InvalidInput naming its line; records start on rising lines and
// hold at least one field; and what it read, written back as RFC 4180, reads back the same.
#include "FuzzSupport.h"

#include "core/exchange/CsvReader.h"

using namespace tideline;
using namespace tideline::exchange;

namespace {

QByteArray quotedCsv(const QList<CsvRecord>& records)
{
    QString out;
    for (const CsvRecord& record : records) {
        QStringList fields;
        for (QString field : record.fields) {
            field.replace(u'"', QStringLiteral("\"\""));
            fields.append(u'"' + field + u'"');
        }
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<QList<CsvRecord>> read = readCsv(fuzz::bytesOf(data, size));
    if (!read) {
        FUZZ_CHECK(read.code() == ErrorCode::InvalidInput);
        FUZZ_CHECK(read.error().message.startsWith(QStringLiteral("Line ")));
        return 0;
    }
    int previousLine = 0;
    for (const CsvRecord& record : read.value()) {
        FUZZ_CHECK(record.line > previousLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
    }
    const Result<QList<CsvRecord>> again = readCsv(quotedCsv(read.value()));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().size() == read.value().size());
    for (qsizetype i = 0; i < again.value().size(); ++i) {
        FUZZ_CHECK(again.value()[i].fields == read.value()[i].fields);
    }
    return 0;
}
