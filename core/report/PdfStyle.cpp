#include "core/report/PdfStyle.h"

#include <QFontMetricsF>

namespace tideline::report::layout {

namespace {

constexpr qsizetype kMaxNameCharacters = 120;

} // namespace

double lineHeight(const QFont& font)
{
    return QFontMetricsF(font).lineSpacing();
}

QString printedName(const QString& name)
{
    QString line = name.simplified();
    if (line.size() > kMaxNameCharacters) {
        line.truncate(line.at(kMaxNameCharacters - 1).isHighSurrogate() ? kMaxNameCharacters - 1 : kMaxNameCharacters);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace tideline::report::layout
