#pragma once

#include <QList>
#include <QString>

namespace tideline::test {

// A PDF read back the way a reader's tools see it (poppler-utils).
QString pdfText(const QString& path); // pdftotext; empty when it fails
int pdfPageCount(const QString& path); // pdfinfo's "Pages:"; -1 when it fails
int pdfImageCount(const QString& path); // pdfimages -list's rows; -1 when it fails
QString pdfInfo(const QString& path); // pdfinfo's whole answer (title, creator, producer…); empty on failure

// One word where pdftotext -bbox finds it, in points from the page's top left corner.
struct PdfWord
{
    int page = 0; // from 1
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    QString text;
};
QList<PdfWord> pdfWords(const QString& path); // empty when it fails
// One page's text (pdftotext -f N -l N); empty when it fails.
QString pdfPageText(const QString& path, int page);

} // namespace tideline::test
