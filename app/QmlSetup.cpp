#include "app/QmlSetup.h"

#include "app/NoNetwork.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QString>

namespace tideline::app {

void prepareQmlEngine(QQmlEngine& engine)
{
    engine.addImportPath(QString::fromUtf16(kQmlImportPrefix));
    refuseNetwork(engine);
}

void selectQuickStyle()
{
    // Basic is the lightest style to load and the easiest to theme from one palette.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

} // namespace tideline::app
