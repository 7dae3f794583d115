#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tideline::app {

class AppSettings;

// What the desktop shows of Tideline outside its window, kept in step with neutral mode: the
// window icon (the tide, or a plain notebook) changes at once, and the menu entry is replaced
// by a "Notes" override (NeutralDesktopEntry) or given back. The window class cannot change
// while the window exists (Qt fixes WM_CLASS and the Wayland app id when the window is made),
// so it follows at the next start (app/safety/NeutralName).
class DesktopIdentity final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(DesktopIdentity)
    // The last problem with the menu entry in plain words (Settings shows it under neutral mode),
    // or empty when the entry is as it should be.
    Q_PROPERTY(QString menuEntryProblem READ menuEntryProblem NOTIFY menuEntryProblemChanged)

public:
    // entryPath: where the override goes; empty means NeutralDesktopEntry's usual place.
    explicit DesktopIdentity(AppSettings& settings, const QString& entryPath = {}, QObject* parent = nullptr);
    ~DesktopIdentity() override;

    // The instance QML sees; main.cpp (or a test) creates it and registers it here.
    static void setQmlInstance(DesktopIdentity* identity);
    static DesktopIdentity* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    QString menuEntryProblem() const { return m_problem; }
    QString entryPath() const { return m_entryPath; }

signals:
    void menuEntryProblemChanged();

private:
    void follow();

    AppSettings& m_settings;
    QString m_entryPath;
    QString m_problem;
};

} // namespace tideline::app
