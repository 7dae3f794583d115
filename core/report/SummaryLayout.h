#pragma once

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>

#include <memory>
#include <variant>

class QTextLayout;

namespace tideline::report {

struct SummaryData;

// The summary's pages, laid out once in device-independent units (an A4 page at 300 dots per
// inch) and then painted on any device: the PDF, or images for the preview. Because the
// layout never looks at the device, the page count is the same everywhere.
namespace layout {

inline constexpr double kDotsPerInch = 300.0;
inline constexpr double kDotsPerPoint = kDotsPerInch / 72.0;
inline constexpr double kDotsPerMm = kDotsPerInch / 25.4;

QSizeF pageSize(); // A4
QRectF contentRect(); // inside the margins, above the page number

// The type sizes the summary uses (body 10.5 pt: readable on paper).
struct Fonts
{
    QFont title;
    QFont heading;
    QFont subheading;
    QFont body;
    QFont note; // body size, grey: "left out" notes, dates
    QFont small; // page numbers and chart axes (numbers and dates only)
    static Fonts make();
};

// One line of a laid-out paragraph: QTextLine::draw(painter, offset) paints it in place.
struct TextLineItem
{
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    QPointF offset;
    QColor color;
};

struct ChartItem
{
    int measure = 0; // index into SummaryData::measures
    QRectF rect;
};

// A check-up's totals over its bands (SummaryCheckups).
struct CheckupChartItem
{
    int checkup = 0; // index into SummaryData::checkups
    QRectF rect;
};

struct RuleItem
{
    QLineF line;
};

using Item = std::variant<TextLineItem, ChartItem, CheckupChartItem, RuleItem>;

struct Page
{
    QList<Item> items;
};

struct Document
{
    QList<Page> pages; // never empty: the cover is always there
};

Document layOut(const SummaryData& data, const Fonts& fonts);

} // namespace layout
} // namespace tideline::report
