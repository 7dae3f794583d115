// The summary's page geometry and type sizes, and the entry point of the layout.
#include "core/report/SummaryLayout.h"

#include "core/report/SummarySections.h"

namespace tideline::report::layout {

namespace {

QFont sized(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Pixels of the 300 dpi page, so the layout does not depend on the device's resolution.
    font.setPixelSize(qRound(points * kDotsPerPoint));
    font.setBold(bold);
    // No hinting: glyph advances then do not depend on the device either.
    font.setHintingPreference(QFont::PreferNoHinting);
    // A hair of letter spacing turns off ligatures ("fi" as one glyph), so the PDF's text can be
    // searched, copied and read aloud exactly as written (as in the safety plan).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.4);
    return font;
}

} // namespace

QSizeF pageSize()
{
    return QSizeF(210 * kDotsPerMm, 297 * kDotsPerMm);
}

QRectF contentRect()
{
    const double margin = 18 * kDotsPerMm;
    const double footer = 12 * kDotsPerMm; // room for "Page 2 of 5"
    const QSizeF page = pageSize();
    return QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - footer);
}

QRectF footerRect()
{
    const QSizeF size = pageSize();
    const QRectF content = contentRect();
    return QRectF(content.left(), content.bottom(), content.width(), size.height() - content.bottom() - 9 * kDotsPerMm);
}

Fonts Fonts::make()
{
    Fonts fonts;
    fonts.title = sized(20, true);
    fonts.heading = sized(15, true);
    fonts.subheading = sized(11.5, true);
    fonts.body = sized(10.5);
    fonts.note = sized(10);
    fonts.small = sized(8.5);
    return fonts;
}

Document layOut(const SummaryData& data, const Fonts& fonts)
{
    return buildSections(data, fonts);
}

} // namespace tideline::report::layout
