#pragma once

#include "app/VaultClient.h"
#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The file chooser's shortcuts: the folder used last time (kept in the vault), Home, Documents,
// Desktop, and the removable drives that are plugged in now (/media/*, /media/$USER/*,
// /run/media/$USER/*). Only places that exist are listed; refresh() looks again.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class PlacesModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(PlacesModel)

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Where removable drives are mounted; tests point these at folders of their own.
    Q_PROPERTY(QStringList driveRoots READ driveRoots WRITE setDriveRoots NOTIFY driveRootsChanged)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1, // "Home", "Documents", a drive's name
        PathRole, // the folder's absolute path
        KindRole, // "last", "home", "documents", "desktop" or "drive"
    };
    Q_ENUM(Role)

    explicit PlacesModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_places.size()); }
    QStringList driveRoots() const { return m_driveRoots; }
    void setDriveRoots(const QStringList& roots);

    // Looks again for the last folder and for drives plugged in or out.
    Q_INVOKABLE void refresh();

    // The standard places where drives appear for this user.
    static QStringList defaultDriveRoots();

signals:
    void countChanged();
    void driveRootsChanged();

private:
    void vaultAttached() override;
    struct Place
    {
        QString label;
        QString path;
        QString kind;
    };
    QList<Place> m_places;
    QStringList m_driveRoots;
};

} // namespace tideline::app
