#include "CheckupAnswers.h"

#include "StandardInput.h"

#include <QCoreApplication>

namespace tideline::cli {

using namespace checkup;

Result<QStringList> readCheckupAnswerLines()
{
    const Result<QByteArray> read
        = readRestOfStandardInput(64 * 1024, QCoreApplication::translate("Cli", "The answers could not be read."),
            QCoreApplication::translate("Cli", "That is far more input than a check-up's answers. Nothing was saved."));
    if (!read) {
        return read.error();
    }
    const QByteArray& bytes = read.value();
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast(); // the newline at the end of the input ends the last answer
    }
    return lines;
}

Result<Answers> parseCheckupAnswers(const Form& form, const QStringList& lines)
{
    if (lines.size() > form.items.size()) {
        const int questions = int(form.items.size()); // a plain int: lupdate reads the %n call
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "The %1 has %n questions, and more answers than that were given (%2). Nothing was saved.", nullptr,
                questions)
                .arg(form.name, QString::number(lines.size())));
    }
    Answers answers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty() || text == QStringLiteral("-")
            || text.compare(QStringLiteral("skip"), Qt::CaseInsensitive) == 0) {
            continue;
        }
        const Item& item = form.items.at(i);
        bool number = false;
        const int value = text.toInt(&number);
        if (!number || !item.accepts(value)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli",
                    "Line %1 (question %2 of the %3): “%4” is not one of its answers, %5 to %6, or an empty "
                    "line to skip it. Nothing was saved.")
                    .arg(i + 1)
                    .arg(item.id, form.name, text.left(20))
                    .arg(item.lowest())
                    .arg(item.highest()));
        }
        answers.insert(item.id, value);
    }
    return answers;
}

} // namespace tideline::cli
