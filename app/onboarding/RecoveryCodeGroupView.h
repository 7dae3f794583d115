#pragma once

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class Onboarding;

// One group of the recovery code, drawn with QPainter straight from Onboarding's SecureBuffer:
// the characters become glyph indexes on the stack and then pixels, never a QString, so nothing
// of the code reaches QML or the JavaScript heap.
//
// For a screen reader the group must become text somewhere. It does so only while this view has
// keyboard focus and an assistive technology is listening (QAccessible::isActive()): the view
// then writes "group N of M: K 7 M Q" into its own Accessible.name from C++ (one QString, never
// through QML), and overwrites that string in place as soon as focus leaves, the code goes or
// the view is destroyed. Otherwise its name says only which group it is. QML must give the view
// an Accessible attached object (Accessible.role) for this name to have somewhere to go.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class RecoveryCodeGroupView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecoveryCodeGroupView)

    // Where the code is held (the Onboarding singleton).
    Q_PROPERTY(tideline::app::Onboarding* onboarding READ onboarding WRITE setOnboarding NOTIFY onboardingChanged)
    // Which group to draw, from 0.
    Q_PROPERTY(int group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY fontChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    // Extra room between characters, in pixels, so each stands apart when copied by hand.
    Q_PROPERTY(qreal letterGap READ letterGap WRITE setLetterGap NOTIFY letterGapChanged)

public:
    explicit RecoveryCodeGroupView(QQuickItem* parent = nullptr);
    ~RecoveryCodeGroupView() override;

    Onboarding* onboarding() const { return m_onboarding; }
    void setOnboarding(Onboarding* onboarding);
    int group() const { return m_group; }
    void setGroup(int group);
    QFont font() const { return m_font; }
    void setFont(const QFont& font);
    QColor color() const { return m_color; }
    void setColor(const QColor& color);
    qreal letterGap() const { return m_letterGap; }
    void setLetterGap(qreal gap);

    void paint(QPainter* painter) override;

signals:
    void onboardingChanged();
    void groupChanged();
    void fontChanged();
    void colorChanged();
    void letterGapChanged();

protected:
    void componentComplete() override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    void codeChanged();
    void updateImplicitSize();
    // The name a screen reader hears: the characters only while focused with one listening.
    void updateAccessibleName();
    void setAccessibleName(const QString& name);
    // Overwrites the spoken copy's characters in place, then lets it go.
    void wipeSpoken();
    qreal cellWidth() const;

    QPointer<Onboarding> m_onboarding;
    QMetaObject::Connection m_codeConnection;
    int m_group = 0;
    QFont m_font;
    QColor m_color = Qt::black;
    qreal m_letterGap = 0;
    QString m_spoken;
};

} // namespace tideline::app
