#include "core/report/SummaryFlow.h"

#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace tideline::report::layout {

Flow::Flow(const QRectF& content) : m_content(content), m_y(content.top())
{
    m_document.pages.append(Page{});
}

void Flow::newPage()
{
    m_document.pages.append(Page{});
    m_y = m_content.top();
}

std::shared_ptr<QTextLayout> Flow::lay(const QString& text, const QFont& font, double width) const
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    // A word longer than the line (a pasted link, a row of emoji) breaks where it must.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The paragraph's own direction: Arabic or Hebrew starts at the right edge.
    const bool rightToLeft = text.isRightToLeft();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(rightToLeft ? (Qt::AlignRight | Qt::AlignAbsolute) : (Qt::AlignLeft | Qt::AlignAbsolute));
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

void Flow::paragraph(const QString& text, const QFont& font, const QColor& color, double indent, double spaceAfter)
{
    const double width = m_content.width() - indent;
    const auto layout = lay(text, font, width);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (m_y + line.height() > m_content.bottom() && m_y > m_content.top()) {
            newPage();
        }
        add(TextLineItem{layout, i, QPointF(m_content.left() + indent, m_y) - line.position(), color});
        m_y += line.height();
    }
    m_y += spaceAfter;
}

double Flow::block(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top()) {
        newPage();
    }
    const double top = m_y;
    m_y += height;
    return top;
}

void Flow::keep(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top()) {
        newPage();
    }
}

void Flow::row(const QList<Cell>& cells, const QColor& color, double spaceAfter)
{
    QList<std::shared_ptr<QTextLayout>> layouts;
    double height = 0;
    for (const Cell& cell : cells) {
        layouts.append(lay(cell.text, *cell.font, cell.width));
        height = std::max(height, layouts.last()->boundingRect().height());
    }
    const double top = block(height);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const auto& layout = layouts.at(c);
        for (int i = 0; i < layout->lineCount(); ++i) {
            add(TextLineItem{layout, i, QPointF(m_content.left() + cells.at(c).x, top), color});
        }
    }
    m_y += spaceAfter;
}

void Flow::rule(double spaceBefore, double spaceAfter)
{
    m_y += spaceBefore;
    if (m_y > m_content.bottom()) {
        newPage();
        return; // a rule at the top of a page separates nothing
    }
    add(RuleItem{QLineF(m_content.left(), m_y, m_content.right(), m_y)});
    m_y += spaceAfter;
}

void Flow::space(double height)
{
    if (m_y <= m_content.top()) {
        return; // no space above the first line of a page
    }
    m_y = std::min(m_y + height, m_content.bottom());
}

} // namespace tideline::report::layout
