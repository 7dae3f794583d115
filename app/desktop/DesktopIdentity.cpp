#include "app/desktop/DesktopIdentity.h"

#include "app/AppSettings.h"
#include "app/QmlInstance.h"
#include "app/desktop/NeutralDesktopEntry.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDesktop, "tideline.app.desktop")

namespace tideline::app {

DesktopIdentity::DesktopIdentity(AppSettings& settings, const QString& entryPath, QObject* parent)
    : QObject(parent), m_settings(settings), m_entryPath(entryPath.isEmpty() ? neutralDesktopEntryPath() : entryPath)
{
    // At start too: an override left by a run that ended abruptly goes when neutral mode is off,
    // and one removed by hand comes back when it is on.
    follow();
    connect(&m_settings, &AppSettings::neutralModeChanged, this, &DesktopIdentity::follow);
}

DesktopIdentity::~DesktopIdentity()
{
    QmlInstance<DesktopIdentity>::forget(this);
}

void DesktopIdentity::setQmlInstance(DesktopIdentity* identity)
{
    QmlInstance<DesktopIdentity>::set(identity);
}

DesktopIdentity* DesktopIdentity::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    return QmlInstance<DesktopIdentity>::forEngine("DesktopIdentity::create");
}

void DesktopIdentity::follow()
{
    const bool neutral = m_settings.neutralMode();
    // The icons are the 256 px renders of packaging/icons, embedded in the app (absent in tests).
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr) {
        QGuiApplication::setWindowIcon(QIcon(neutral ? u":/icons/tideline-notes.png"_s : u":/icons/tideline.png"_s));
    }
    const Status status = neutral ? writeNeutralDesktopEntry(m_entryPath) : removeNeutralDesktopEntry(m_entryPath);
    const QString problem = status.ok() ? QString() : status.error().message;
    if (problem != m_problem) {
        m_problem = problem;
        emit menuEntryProblemChanged();
    }
    if (!status.ok()) {
        qCWarning(lcDesktop) << "menu entry for neutral mode:" << problem;
    }
}

} // namespace tideline::app
