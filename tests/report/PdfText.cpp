#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

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

QString pdfPageText(const QString& path, int page)
{
    const QString number = QString::number(page);
    return run(QStringLiteral(TIDELINE_PDFTOTEXT),
        {QStringLiteral("-f"), number, QStringLiteral("-l"), number, QStringLiteral("-enc"), QStringLiteral("UTF-8"),
            path, QStringLiteral("-")});
}

QList<PdfWord> pdfWords(const QString& path)
{
    // -bbox writes XHTML: <page> elements holding <word xMin=".." yMin=".." xMax=".." yMax="..">text</word>.
    const QString xhtml = run(QStringLiteral(TIDELINE_PDFTOTEXT),
        {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QList<PdfWord> words;
    QXmlStreamReader xml(xhtml);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const QXmlStreamAttributes a = xml.attributes();
            PdfWord word{page, a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble(),
                a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble(), {}};
            word.text = xml.readElementText();
            words.append(word);
        }
    }
    return words;
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
