#include "core/moments/Moment.h"

#include <QCoreApplication>

namespace tideline {

namespace {
constexpr MomentKind kAllKinds[]
    = {MomentKind::Flashback, MomentKind::Nightmare, MomentKind::Panic, MomentKind::Trigger, MomentKind::Other};
}

QList<MomentKind> momentKinds()
{
    return QList<MomentKind>(std::begin(kAllKinds), std::end(kAllKinds));
}

QString momentKindName(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Flashback:
        return QCoreApplication::translate("Moment", "Flashback");
    case MomentKind::Nightmare:
        return QCoreApplication::translate("Moment", "Nightmare");
    case MomentKind::Panic:
        return QCoreApplication::translate("Moment", "Panic");
    case MomentKind::Trigger:
        return QCoreApplication::translate("Moment", "Trigger");
    case MomentKind::Other:
        break;
    }
    return QCoreApplication::translate("Moment", "Something else");
}

QString momentKindKey(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Flashback:
        return QStringLiteral("flashback");
    case MomentKind::Nightmare:
        return QStringLiteral("nightmare");
    case MomentKind::Panic:
        return QStringLiteral("panic");
    case MomentKind::Trigger:
        return QStringLiteral("trigger");
    case MomentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

Result<MomentKind> momentKindFromKey(const QString& key)
{
    for (MomentKind kind : kAllKinds) {
        if (momentKindKey(kind) == key) {
            return kind;
        }
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Moment",
            "Choose what kind of moment it was: a flashback, a nightmare, panic, a trigger or something "
            "else."));
}

QString countMetricKeyFor(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Flashback:
        return QStringLiteral("flashbacks");
    case MomentKind::Nightmare:
        return QStringLiteral("nightmares");
    default:
        return {};
    }
}

std::optional<MomentKind> momentKindFeeding(const QString& metricKey)
{
    if (metricKey == QLatin1String("flashbacks")) {
        return MomentKind::Flashback;
    }
    if (metricKey == QLatin1String("nightmares")) {
        return MomentKind::Nightmare;
    }
    return std::nullopt;
}

} // namespace tideline
