#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>

namespace tideline::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& path)
{
    return run(QStringLiteral(TIDELINE_PDFTOTEXT),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

QString pdfInfo(const QString& path)
{
    return run(QStringLiteral(TIDELINE_PDFINFO), {path});
}

int pdfPageCount(const QString& path)
{
    const QString info = run(QStringLiteral(TIDELINE_PDFINFO), {path});
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int pdfImageCount(const QString& path)
{
    const QString list = run(QStringLiteral(TIDELINE_PDFIMAGES), {QStringLiteral("-list"), path});
    if (list.isEmpty()) {
        return -1;
    }
    // One row an image after two header lines; an image's transparency is a row of its own
    // ("smask") and not counted.
    int images = 0;
    for (const QString& row : list.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList columns = row.simplified().split(u' ');
        images += columns.size() > 2 && columns.at(2) == QLatin1String("image") ? 1 : 0;
    }
    return images;
}

} // namespace tideline::test
