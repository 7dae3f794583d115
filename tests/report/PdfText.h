#pragma once

#include <QString>

namespace tideline::test {

// A PDF read back the way a reader's tools see it (poppler-utils).
QString pdfText(const QString& path); // pdftotext; empty when it fails
int pdfPageCount(const QString& path); // pdfinfo's "Pages:"; -1 when it fails
int pdfImageCount(const QString& path); // pdfimages -list's rows; -1 when it fails
QString pdfInfo(const QString& path); // pdfinfo's whole answer (title, creator, producer…); empty on failure

} // namespace tideline::test
