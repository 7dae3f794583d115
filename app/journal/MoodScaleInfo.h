#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The mood scale of core/common/MoodScale.h for QML (MoodScale.minimum, .maximum, .values), so
// the pages that offer a mood (the journal editor, a Daylio import) draw it from the one
// definition instead of their own 0 and 10.
class MoodScaleInfo final : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MoodScale)
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(MoodScaleInfo)

    Q_PROPERTY(int minimum READ minimum CONSTANT)
    Q_PROPERTY(int maximum READ maximum CONSTANT)
    // Every value from the lowest to the highest, for a list to choose from.
    Q_PROPERTY(QVariantList values READ values CONSTANT)

public:
    explicit MoodScaleInfo(QObject* parent = nullptr) : QObject(parent) {}

    static int minimum();
    static int maximum();
    static QVariantList values();
};

} // namespace tideline::app
