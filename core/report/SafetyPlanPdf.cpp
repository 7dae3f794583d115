#include "report/SafetyPlanPdf.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tideline::report {

namespace {

constexpr int kResolution = 300; // dots per inch of the painter's coordinates
constexpr double kLargestBodyPoints = 11.0;
constexpr double kSmallestBodyPoints = 7.0;

// Lays the document out with body text of bodyPoints, measuring on device; paints only when
// painter is not null. Returns true when everything fitted on the page.
bool layOut(
    const SafetyPlanDocument& document, QPaintDevice* device, QPainter* painter, const QRectF& page, double bodyPoints)
{
    QFont body(u"DejaVu Sans"_s);
    body.setPointSizeF(bodyPoints);
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

    double y = page.top();
    bool fitted = true;
    const auto paragraph = [&](const QFont& font, const QString& text, double indent, double spaceAfter) {
        const QFontMetricsF fm = metrics(font);
        const QRectF box(page.left() + indent, y, page.width() - indent, page.bottom() - y);
        const QRectF needed = fm.boundingRect(box, Qt::TextWordWrap, text);
        const double footerRoom = document.footer.isEmpty() ? 0.0 : 3 * metrics(small).lineSpacing();
        if (y + needed.height() > page.bottom() - footerRoom) {
            fitted = false;
            return false;
        }
        if (painter != nullptr) {
            painter->setFont(font);
            painter->drawText(box, Qt::TextWordWrap, text);
        }
        y += needed.height() + spaceAfter;
        return true;
    };

    const double gap = metrics(body).lineSpacing() * 0.5;
    paragraph(title, document.title, 0, gap * 2);
    for (const auto& part : document.parts) {
        if (!paragraph(heading, part.heading, 0, gap * 0.5)) {
            break;
        }
        const QStringList lines = part.lines.isEmpty() ? QStringList{u"…"_s} : part.lines;
        int shown = 0;
        for (const QString& line : lines) {
            if (!paragraph(body, u"•  "_s + line, metrics(body).height(), gap * 0.3)) {
                break;
            }
            ++shown;
        }
        if (shown < lines.size()) {
            // Say plainly that the page is full rather than dropping lines without a word.
            fitted = false;
            paragraph(small, u"(%1 more in the app)"_s.arg(lines.size() - shown), metrics(body).height(), gap);
            break;
        }
        y += gap;
    }
    if (!document.footer.isEmpty() && painter != nullptr) {
        painter->setFont(small);
        const double footerHeight = 2 * metrics(small).lineSpacing();
        painter->drawText(QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
            Qt::TextWordWrap | Qt::AlignBottom, document.footer);
    }
    return fitted;
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
            return Error::make(ErrorCode::Internal, u"The PDF could not be started."_s);
        }
        painter.setPen(Qt::black);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        // Find the largest type that fits, measuring without painting; then paint once.
        double points = kLargestBodyPoints;
        while (points > kSmallestBodyPoints && !layOut(document, &writer, nullptr, page, points)) {
            points -= 0.5;
        }
        layOut(document, &writer, &painter, page, points);
        painter.end();
    }
    buffer.close();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        return Error::make(ErrorCode::CannotWrite,
            u"The PDF could not be saved there (%1). Try another folder or a drive with free space."_s.arg(
                file.errorString()));
    }
    return Status();
}

} // namespace tideline::report
