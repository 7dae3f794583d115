#pragma once

#include "app/VaultClient.h"
#include "core/attachments/Attachment.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The files of one record or one journal entry, in the order they were added, and what can be
// done with them: add (from paths chosen or dropped), remove, save a copy (without hidden
// details by default), and, after adding, delete the originals outside if the person wants.
// Adding to a record keeps a version in its history that names the file and its hash.
class AttachmentListModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)
    // What the files belong to: a record (recordId) or a journal entry (entryId); set one.
    Q_PROPERTY(qint64 recordId READ recordId WRITE setRecordId NOTIFY ownerChanged)
    Q_PROPERTY(qint64 entryId READ entryId WRITE setEntryId NOTIFY ownerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The last outcome in plain words ("Added 2 files.", why a file was not added); "" for none.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    // The originals just added from outside, for the offer to delete them there.
    Q_PROPERTY(QStringList addedOriginals READ addedOriginals NOTIFY addedOriginalsChanged)
    // A plain sentence when the vault's files have grown large; "" otherwise.
    Q_PROPERTY(QString sizeWarning READ sizeWarning NOTIFY messageChanged)

public:
    enum Role {
        AttachmentIdRole = Qt::UserRole + 1, // qint64
        NameRole, // the original name, cleaned
        KindRole, // "picture", "PDF", "audio", …
        IsPictureRole,
        SizeRole, // "2.4 MB"
        AddedRole, // "3 March 2026, 09:12"
        Sha256Role, // 64 hex digits
        DetailsRole, // "the place it was taken (GPS), …" or ""
        PositionRole, // "51.50072° N, 0.12462° W" or ""
        NameMismatchRole, // the name claims another type than the file is
        MimeRole,
        StrippableRole, // hidden details can be left out of a copy
    };

    explicit AttachmentListModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 recordId() const { return m_recordId; }
    void setRecordId(qint64 id);
    qint64 entryId() const { return m_entryId; }
    void setEntryId(qint64 id);
    int count() const { return static_cast<int>(m_files.size()); }
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }
    QStringList addedOriginals() const { return m_addedOriginals; }
    QString sizeWarning() const { return m_sizeWarning; }

    // Paths or file: URLs (one string, several lines, or a list from a drop). Each file is added
    // on its own: one that cannot be added is named in the message and the others still go in.
    Q_INVOKABLE bool addFiles(const QVariant& paths);
    Q_INVOKABLE bool removeFile(qint64 attachmentId);
    // A copy at path (a local path or file: URL) — without hidden details when strip is true.
    Q_INVOKABLE bool saveCopy(qint64 attachmentId, const QString& path, bool strip);
    // Deletes the originals just added, where they came from.
    Q_INVOKABLE bool deleteAddedOriginals();
    Q_INVOKABLE void keepAddedOriginals();
    Q_INVOKABLE void clearMessage();
    // The row of an attachment, or -1.
    Q_INVOKABLE int indexOf(qint64 attachmentId) const;
    // The roles of one file by name ({name, kind, size, sha256, …}), for the viewer; {} when gone.
    Q_INVOKABLE QVariantMap file(qint64 attachmentId) const;
    // Where a copy called name goes unless the person says otherwise: their Documents folder.
    Q_INVOKABLE QString suggestedSaveName(const QString& name) const;
    Q_INVOKABLE void reload();

signals:
    void ownerChanged();
    void countChanged();
    void messageChanged();
    void addedOriginalsChanged();

private:
    void vaultAttached() override;

    std::optional<attachments::AttachmentOwner> owner() const;
    void setMessage(const QString& message, bool problem);

    qint64 m_recordId = 0;
    qint64 m_entryId = 0;
    QList<attachments::Attachment> m_files;
    QString m_message;
    bool m_problem = false;
    QStringList m_addedOriginals;
    QString m_sizeWarning;
};

// A local path from what QML hands over: a file: URL, or a path as typed.
QString localPathFrom(const QString& text);

} // namespace tideline::app
