#pragma once

#include <QObject>
#include <QString>

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
    Q_DISABLE_COPY_MOVE(DesktopIdentity)

public:
    // entryPath: where the override goes; empty means NeutralDesktopEntry's usual place.
    explicit DesktopIdentity(AppSettings& settings, const QString& entryPath = {}, QObject* parent = nullptr);

    // The last problem with the menu entry in plain words, or empty when it is as it should be.
    QString menuEntryProblem() const { return m_problem; }

private:
    void follow();

    AppSettings& m_settings;
    QString m_entryPath;
    QString m_problem;
};

} // namespace tideline::app
