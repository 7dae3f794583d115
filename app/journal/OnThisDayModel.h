#pragma once

#include "app/journal/EntrySummaryModel.h"

#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Entries written on today's date in earlier years (at most ten), for the "on this day" card;
// none while the person has turned it off or set it aside for today (OnThisDayChoice), and
// never an entry marked sensitive.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class OnThisDayModel : public EntrySummaryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(OnThisDayModel)

public:
    explicit OnThisDayModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);
    void reload() override;
};

} // namespace tideline::app
