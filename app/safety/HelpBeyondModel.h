#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "core/safety/ResourceCatalogue.h"

namespace tideline::app {

// Help beyond the support lines for one region (assets/resources.json, "help"): where legal
// help and protection orders come from, and what a counselling or crisis centre offers. The
// shipped catalogue only, in the current language; the region comes from the page (the one the
// person chose for their support numbers), so nothing here reads the vault. Not final: QML
// creates it through a subclass of its own (Qt 6.4).
class HelpBeyondModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(HelpBeyondModel)

    // A region code of the catalogue ("US"); an unknown or empty one shows the default region.
    Q_PROPERTY(QString regionCode READ regionCode WRITE setRegionCode NOTIFY regionCodeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT) // the catalogue is in memory
    Q_PROPERTY(int legalCount READ legalCount NOTIFY countChanged)
    Q_PROPERTY(int centreCount READ centreCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "legal" or "centre"
        NameRole, // "WomensLaw.org", "Protection orders"
        PhoneRole, // as people dial it, or ""
        AddressRole, // a web address to type, or ""
        NoteRole, // what it is and how to reach it
        SentenceRole, // all of it in one line, for a screen reader
    };
    Q_ENUM(Role)

    explicit HelpBeyondModel(QObject* parent = nullptr);

    QString regionCode() const { return m_regionCode; }
    void setRegionCode(const QString& code);
    int count() const { return static_cast<int>(m_rows.size()); }
    bool loading() const { return false; }
    int legalCount() const;
    int centreCount() const { return count() - legalCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void regionCodeChanged();
    void countChanged();

private:
    void reload();

    QString m_regionCode;
    QList<ResourceCatalogue::Help> m_rows;
};

} // namespace tideline::app
