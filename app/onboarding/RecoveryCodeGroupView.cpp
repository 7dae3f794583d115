#include "app/onboarding/RecoveryCodeGroupView.h"

#include "app/onboarding/Onboarding.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>

#include <array>
#include <sodium.h>

namespace tideline::app {

namespace {

// Longer than any group the core makes (four); a longer one is drawn cut, never overflowing.
constexpr qsizetype kMaxGroupLength = 16;

// The attached Accessible object QML made for item (its child), or null.
QObject* accessibleAttached(QQuickItem* item)
{
    for (QObject* child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0) {
            return child;
        }
    }
    return nullptr;
}

} // namespace

RecoveryCodeGroupView::RecoveryCodeGroupView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    m_font.setFamily(QStringLiteral("monospace"));
    m_font.setStyleHint(QFont::Monospace);
    setActiveFocusOnTab(true); // keyboard alone, and a screen reader, can stop on each group
    setAntialiasing(true);
}

RecoveryCodeGroupView::~RecoveryCodeGroupView()
{
    wipeSpoken();
}

void RecoveryCodeGroupView::setOnboarding(Onboarding* onboarding)
{
    if (m_onboarding == onboarding) {
        return;
    }
    disconnect(m_codeConnection);
    m_onboarding = onboarding;
    if (onboarding != nullptr) {
        m_codeConnection
            = connect(onboarding, &Onboarding::recoveryCodeChanged, this, &RecoveryCodeGroupView::codeChanged);
    }
    emit onboardingChanged();
    codeChanged();
}

void RecoveryCodeGroupView::setGroup(int group)
{
    if (m_group != group) {
        m_group = group;
        emit groupChanged();
        codeChanged();
    }
}

void RecoveryCodeGroupView::setFont(const QFont& font)
{
    if (m_font != font) {
        m_font = font;
        emit fontChanged();
        updateImplicitSize();
        update();
    }
}

void RecoveryCodeGroupView::setColor(const QColor& color)
{
    if (m_color != color) {
        m_color = color;
        emit colorChanged();
        update();
    }
}

void RecoveryCodeGroupView::setLetterGap(qreal gap)
{
    if (!qFuzzyCompare(m_letterGap, gap)) {
        m_letterGap = gap;
        emit letterGapChanged();
        updateImplicitSize();
        update();
    }
}

void RecoveryCodeGroupView::componentComplete()
{
    QQuickPaintedItem::componentComplete();
    codeChanged();
}

void RecoveryCodeGroupView::itemChange(ItemChange change, const ItemChangeData& value)
{
    QQuickPaintedItem::itemChange(change, value);
    if (change == ItemActiveFocusHasChanged) {
        updateAccessibleName();
    }
}

void RecoveryCodeGroupView::codeChanged()
{
    updateImplicitSize();
    updateAccessibleName();
    update();
}

qreal RecoveryCodeGroupView::cellWidth() const
{
    // A monospaced font: every character as wide as this one. Not the code's own text.
    return QFontMetricsF(m_font).horizontalAdvance(QLatin1Char('W')) + m_letterGap;
}

void RecoveryCodeGroupView::updateImplicitSize()
{
    const qsizetype length = m_onboarding ? std::min(m_onboarding->recoveryGroup(m_group).size(), kMaxGroupLength) : 0;
    const QFontMetricsF metrics(m_font);
    setImplicitWidth(length > 0 ? cellWidth() * static_cast<qreal>(length) - m_letterGap : 0);
    setImplicitHeight(metrics.height());
}

void RecoveryCodeGroupView::paint(QPainter* painter)
{
    if (!m_onboarding) {
        return;
    }
    const QByteArrayView group = m_onboarding->recoveryGroup(m_group);
    const auto length = static_cast<int>(std::min(group.size(), kMaxGroupLength));
    if (length == 0) {
        return;
    }
    const QRawFont rawFont = QRawFont::fromFont(m_font);
    // The characters on the stack only as long as it takes to look up their glyphs.
    std::array<QChar, kMaxGroupLength> chars{};
    for (int i = 0; i < length; ++i) {
        chars[static_cast<std::size_t>(i)] = QLatin1Char(group[i]);
    }
    QList<quint32> glyphs(length, 0);
    int glyphCount = length;
    const bool found = rawFont.glyphIndexesForChars(chars.data(), length, glyphs.data(), &glyphCount);
    sodium_memzero(chars.data(), sizeof(chars));
    if (found && glyphCount == length) {
        const QList<QPointF> advances = rawFont.advancesForGlyphIndexes(glyphs);
        const qreal cell = cellWidth();
        const qreal ascent = rawFont.ascent();
        const qreal baseline = (height() - (ascent + rawFont.descent())) / 2 + ascent;
        const qreal left = (width() - (cell * length - m_letterGap)) / 2;
        QList<QPointF> positions;
        positions.reserve(length);
        for (int i = 0; i < length; ++i) {
            // Centred in its cell, should a fallback font not be quite monospaced.
            const qreal x = left + cell * i + (cell - m_letterGap - advances.at(i).x()) / 2;
            positions.append(QPointF(x, baseline));
        }
        {
            QGlyphRun run;
            run.setRawFont(rawFont);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            painter->setPen(m_color);
            painter->drawGlyphRun(QPointF(0, 0), run);
        } // the run lets go of the glyph list, so the wipe below is of the one copy
    }
    // Glyph indexes map one to one to characters in a known font: they go too.
    sodium_memzero(glyphs.data(), static_cast<std::size_t>(glyphs.size()) * sizeof(quint32));
}

void RecoveryCodeGroupView::updateAccessibleName()
{
    const int count = m_onboarding ? m_onboarding->recoveryGroupCount() : 0;
    const QString where = tr("Recovery code, group %1 of %2").arg(m_group + 1).arg(count);
    wipeSpoken();
    const QByteArrayView group = m_onboarding ? m_onboarding->recoveryGroup(m_group) : QByteArrayView();
    if (!hasActiveFocus() || !QAccessible::isActive() || group.isEmpty()) {
        setAccessibleName(where);
        return;
    }
    // A deliberate, short-lived copy: one group, spelled out character by character so the
    // screen reader reads letters rather than a made-up word. Reserved up front so appending
    // never leaves a reallocated, unwiped copy behind.
    const QString prefix = tr("Recovery code, group %1 of %2:").arg(m_group + 1).arg(count);
    const auto length = std::min(group.size(), kMaxGroupLength);
    m_spoken.reserve(prefix.size() + 2 * length);
    m_spoken.append(prefix);
    for (qsizetype i = 0; i < length; ++i) {
        m_spoken.append(QLatin1Char(' '));
        m_spoken.append(QLatin1Char(group[i]));
    }
    setAccessibleName(m_spoken);
}

void RecoveryCodeGroupView::setAccessibleName(const QString& name)
{
    if (QObject* attached = accessibleAttached(this)) {
        attached->setProperty("name", name);
    }
}

void RecoveryCodeGroupView::wipeSpoken()
{
    if (m_spoken.isEmpty()) {
        return;
    }
    // The attached object shares this string's characters: point it elsewhere first, then
    // overwrite the characters in place (without detaching, which would wipe a copy instead).
    setAccessibleName(tr("Recovery code"));
    auto* chars = const_cast<QChar*>(m_spoken.constData());
    sodium_memzero(chars, static_cast<std::size_t>(m_spoken.size()) * sizeof(QChar));
    m_spoken = QString();
}

} // namespace tideline::app
