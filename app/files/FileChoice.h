#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// What the file chooser asks C++ (qml/files/FileChooser.qml): where to start, whether the folder
// being shown may be used, and whether the file the person picked will do, checked with core's
// rules (core/files/FileRules.h) so the answer is the same as the exporter's later. A folder
// that worked is remembered in the vault (files::LastFolder) while it is open.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class FileChoice : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(FileChoice)

    // Why the last check said no, in plain words; "" after a check that passed.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit FileChoice(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString problem() const { return m_problem; }

    // The last folder used (when it is still there), else Documents, else home.
    Q_INVOKABLE QString startFolder() const;
    // Why folder cannot be used to save into (saving) or open from, or "" when it can; for the
    // note shown as soon as the person opens such a folder (the data folder above all).
    Q_INVOKABLE QString folderNote(const QString& folder, bool saving) const;
    // The folder the person typed (~ for home, relative to from), or "" with problem set.
    Q_INVOKABLE QString typedFolder(const QString& typed, const QString& from);
    // folder/name with the extension of nameFilters' first pattern kept, checked for saving; or
    // "" with problem set. Remembers folder on success.
    Q_INVOKABLE QString savePath(const QString& folder, const QString& name, const QStringList& nameFilters);
    // path checked for opening; or "" with problem set. Remembers its folder on success.
    Q_INVOKABLE QString openPath(const QString& path);
    Q_INVOKABLE void clearProblem() { setProblem({}); }

signals:
    void problemChanged();

private:
    void vaultAttached() override;
    void remember(const QString& folder);
    void setProblem(const QString& problem);

    QString m_problem;
};

} // namespace tideline::app
