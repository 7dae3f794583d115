#include "core/report/SafetyPlanPdf.h"

#include "core/exchange/ExportFile.h"
#include "core/vault/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace tideline::report {

namespace {

constexpr int kResolution = 300; // dots per inch of the painter's coordinates
constexpr double kLargestBodyPoints = 11.0;
constexpr double kSmallestBodyPoints = 7.0;

// Lays the document out with body text of bodyPoints and at most maxLines lines a part,
// measuring on device; paints only when painter is not null. Returns true when it all fits.
bool layOut(const SafetyPlanDocument& document, QPaintDevice* device, QPainter* painter, const QRectF& page,
    double bodyPoints, qsizetype maxLines)
{
    QFont body(u"DejaVu Sans"_s);
    body.setPointSizeF(bodyPoints);
    // A hair of letter spacing turns off ligatures ("fl" as one glyph), so the PDF's text
    // can be searched, copied and read aloud exactly as the person wrote it.
    body.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    QFont heading = body;
    heading.setBold(true);
    heading.setPointSizeF(bodyPoints * 1.15);
    QFont title = body;
    title.setBold(true);
    title.setPointSizeF(bodyPoints * 1.8);
    QFont small = body;
    small.setPointSizeF(std::max(kSmallestBodyPoints, bodyPoints * 0.85));

    // Metrics on the device, so that point sizes turn into this page's dots.
    const auto metrics = [device](const QFont& font) { return QFontMetricsF(font, device); };
    const double footerHeight = document.footer.isEmpty() ? 0.0 : 2 * metrics(small).lineSpacing();
    const double bottom = page.bottom() - footerHeight - metrics(small).lineSpacing();

    double y = page.top();
    const auto paragraph = [&](const QFont& font, const QString& text, double indent, double spaceAfter) {
        const QRectF box(page.left() + indent, y, page.width() - indent, page.bottom() - y);
        const QRectF needed = metrics(font).boundingRect(box, Qt::TextWordWrap, text);
        if (painter != nullptr && y + needed.height() <= bottom) {
            painter->setFont(font);
            painter->drawText(box, Qt::TextWordWrap, text);
        }
        y += needed.height() + spaceAfter;
    };

    const double gap = metrics(body).lineSpacing() * 0.5;
    const double indent = metrics(body).height();
    paragraph(title, document.title, 0, gap * 2);
    for (const auto& part : document.parts) {
        paragraph(heading, part.heading, 0, gap * 0.5);
        const QStringList lines = part.lines.isEmpty() ? QStringList{u"…"_s} : part.lines;
        const qsizetype shown = std::min(lines.size(), maxLines);
        for (qsizetype i = 0; i < shown; ++i) {
            paragraph(body, u"•  "_s + lines.at(i), indent, gap * 0.3);
        }
        // Say plainly that lines are left out rather than dropping them without a word.
        if (const int left = static_cast<int>(lines.size() - shown + part.notIncluded); left > 0) {
            // A plain int for %n: lupdate skips a translate() whose count is a cast.
            paragraph(small, QCoreApplication::translate("SafetyPlanPdf", "(%n more in the app)", nullptr, left),
                indent, gap * 0.3);
        }
        y += gap;
    }
    if (!document.footer.isEmpty() && painter != nullptr) {
        painter->setFont(small);
        painter->drawText(QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
            Qt::TextWordWrap | Qt::AlignBottom, document.footer);
    }
    return y <= bottom;
}

} // namespace

Status writeSafetyPlanPdf(const SafetyPlanDocument& document, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(document.title);
        writer.setCreator(QString()); // no application name inside the file
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::make(
                ErrorCode::Internal, QCoreApplication::translate("SafetyPlanPdf", "The PDF could not be started."));
        }
        painter.setPen(Qt::black);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        // The largest type that fits with every line; below the smallest readable size, fewer
        // lines a part instead, so every part keeps its heading. Measured without painting.
        double points = kLargestBodyPoints;
        qsizetype maxLines = std::numeric_limits<qsizetype>::max();
        while (points > kSmallestBodyPoints && !layOut(document, &writer, nullptr, page, points, maxLines)) {
            points -= 0.5;
        }
        if (!layOut(document, &writer, nullptr, page, points, maxLines)) {
            maxLines = 40;
            while (maxLines > 1 && !layOut(document, &writer, nullptr, page, points, maxLines)) {
                --maxLines;
            }
        }
        layOut(document, &writer, &painter, page, points, maxLines);
        painter.end();
    }
    buffer.close();

    // Staged beside the target and renamed into place (never half a file), owner-only (0600)
    // whatever the umask: the plan names the people and places that keep the person safe.
    if (Status target = exchange::checkTargetFile(path, false, SavedFile::SafetyPlan); !target) {
        return target;
    }
    return writeFileAtomically(QFileInfo(path).absoluteFilePath(), buffer.data(), SavedFile::SafetyPlan);
}

} // namespace tideline::report
