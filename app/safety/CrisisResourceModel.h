#pragma once

#include "app/VaultClient.h"
#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The support numbers "Need support now?" shows. With personal off (the lock screen, or any
// moment the vault is closed) it is the shipped catalogue only: the default region, or one
// picked for this look only, nothing read from or written to the vault. With personal on and
// the vault open it shows the region the person chose (kept in the vault), then the numbers
// they added and the contacts of their safety plan that have a phone number, marked as theirs.
class CrisisResourceModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(CrisisResourceModel)

    Q_PROPERTY(bool personal READ personal WRITE setPersonal NOTIFY personalChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT) // the catalogue is in memory; the rest is small
    Q_PROPERTY(QStringList regionNames READ regionNames CONSTANT)
    Q_PROPERTY(int regionIndex READ regionIndex NOTIFY regionChanged)
    Q_PROPERTY(QString regionCode READ regionCode NOTIFY regionChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the line's or the person's name
        PhoneRole, // the number as people dial it
        NoteRole, // when, for whom; may be ""
        YoursRole, // true for the person's own numbers and contacts
        RemovableRole, // true for a number added here (contacts are edited in the plan)
    };
    Q_ENUM(Role)

    explicit CrisisResourceModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool personal() const { return m_personal; }
    void setPersonal(bool personal);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool loading() const { return false; }
    static QStringList regionNames();
    int regionIndex() const;
    QString regionCode() const { return m_region; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the region at this index of regionNames; remembered in the vault only when personal.
    Q_INVOKABLE bool chooseRegion(int index);
    // A number of the person's own, kept in the vault under the current region.
    Q_INVOKABLE bool addOwn(const QString& name, const QString& phone, const QString& note);
    Q_INVOKABLE bool removeOwn(int row);

signals:
    void personalChanged();
    void countChanged();
    void regionChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    struct Row
    {
        QString name;
        QString phone;
        QString note;
        bool yours = false;
        qint64 ownId = 0; // a resource row's id, or 0
    };

    void reload();
    void forgetAndReload();
    void setLastError(const QString& message);
    void setRegion(const QString& code);

    bool m_personal = false;
    QString m_region; // the region shown
    QString m_lookRegion; // picked while nothing is remembered (locked or not personal)
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
