#include "app/records/AttachmentListModel.h"
#include "core/common/AppName.h"

#include "app/files/ChosenPath.h"
#include "app/records/RecordFormat.h"
#include "app/records/RecordsAccess.h"
#include "core/attachments/AttachmentExport.h"
#include "core/attachments/FileName.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace tideline::app {

QString localPathFrom(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed);
    if (url.isLocalFile()) {
        return url.toLocalFile();
    }
    return QDir::cleanPath(trimmed.startsWith(QStringLiteral("~/")) ? QDir::homePath() + trimmed.mid(1) : trimmed);
}

AttachmentListModel::AttachmentListModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    connect(&RecordChanges::instance(), &RecordChanges::filesChanged, this, &AttachmentListModel::reload);
    attachVault(vault);
}

void AttachmentListModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_recordId = 0;
        m_entryId = 0;
        m_addedOriginals.clear();
        emit addedOriginalsChanged();
        setMessage({}, false);
        reload();
    });
    reload();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const attachments::Attachment& a = m_files.at(index.row());
    switch (role) {
    case AttachmentIdRole:
        return a.id;
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case KindRole:
        return attachments::kindWord(a.type.kind);
    case IsPictureRole:
        return a.type.kind == attachments::FileKind::Picture;
    case SizeRole:
        return attachments::sizeText(a.size);
    case AddedRole:
        return RecordFormat::momentLabel(a.addedAt);
    case Sha256Role:
        return a.sha256;
    case DetailsRole:
        return a.details.inWords().join(QStringLiteral(", "));
    case PositionRole:
        return a.details.positionText();
    case NameMismatchRole:
        return !a.nameAgrees();
    case MimeRole:
        return a.type.mime;
    case StrippableRole:
        return attachments::isStrippablePicture(a.type.mime) && a.details.any();
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    return {{AttachmentIdRole, "attachmentId"}, {NameRole, "name"}, {KindRole, "kind"}, {IsPictureRole, "isPicture"},
        {SizeRole, "size"}, {AddedRole, "added"}, {Sha256Role, "sha256"}, {DetailsRole, "details"},
        {PositionRole, "position"}, {NameMismatchRole, "nameMismatch"}, {MimeRole, "mime"},
        {StrippableRole, "strippable"}};
}

void AttachmentListModel::setRecordId(qint64 id)
{
    if (id != m_recordId) {
        m_recordId = id;
        m_entryId = id > 0 ? 0 : m_entryId;
        emit ownerChanged();
        reload();
    }
}

void AttachmentListModel::setEntryId(qint64 id)
{
    if (id != m_entryId) {
        m_entryId = id;
        m_recordId = id > 0 ? 0 : m_recordId;
        emit ownerChanged();
        reload();
    }
}

std::optional<attachments::AttachmentOwner> AttachmentListModel::owner() const
{
    if (m_recordId > 0) {
        return attachments::AttachmentOwner::record(m_recordId);
    }
    if (m_entryId > 0) {
        return attachments::AttachmentOwner::entry(m_entryId);
    }
    return std::nullopt;
}

void AttachmentListModel::reload()
{
    QList<attachments::Attachment> files;
    const auto whose = owner();
    if (whose) {
        if (auto store = openAttachments(vault())) {
            if (Result<QList<attachments::Attachment>> list = store->of(*whose)) {
                files = list.value();
            }
        }
    }
    beginResetModel();
    m_files = files;
    endResetModel();
    emit countChanged();
}

bool AttachmentListModel::addFiles(const QVariant& given)
{
    QStringList paths;
    if (given.canConvert<QVariantList>() && given.typeId() != QMetaType::QString) {
        for (const QVariant& item : given.toList()) {
            paths.append(item.toUrl().isLocalFile() ? item.toUrl().toLocalFile() : localPathFrom(item.toString()));
        }
    } else {
        for (const QString& line : given.toString().split(u'\n', Qt::SkipEmptyParts)) {
            paths.append(localPathFrom(line));
        }
    }
    paths.removeAll(QString());
    const auto whose = owner();
    auto store = openAttachments(vault());
    auto records = openRecords(vault());
    if (!store || !records) {
        setMessage(lockedMessage(), true);
        return false;
    }
    if (!whose) {
        setMessage(tr("Save what you have written first; then files can be added to it."), true);
        return false;
    }
    if (paths.isEmpty()) {
        setMessage(tr("Choose a file to add, or drop one here."), true);
        return false;
    }
    attachments::AddOptions options{*whose, {}, {}};
    if (whose->kind == attachments::AttachmentOwner::Kind::Record) {
        const qint64 id = whose->id;
        options.alongside = [&records, id](const attachments::Attachment&) { return records->keepVersion(id); };
    }
    QStringList added;
    QStringList problems;
    QStringList notes;
    for (const QString& path : std::as_const(paths)) {
        Result<attachments::Attachment> a = store->addFile(path, options);
        if (!a) {
            problems << a.error().message;
            continue;
        }
        added << path;
        if (!a.value().nameAgrees()) {
            notes << tr("“%1” is named like another kind of file; it is a %2 and is kept as one.")
                         .arg(a.value().name, attachments::kindWord(a.value().type.kind));
        }
    }
    if (!added.isEmpty()) {
        m_addedOriginals = added;
        emit addedOriginalsChanged();
        RecordChanges::instance().notifyFiles();
    }
    const Result<qint64> total = store->totalBytes();
    m_sizeWarning = total ? attachments::AttachmentStore::sizeWarning(total.value()) : QString();
    QStringList sentences;
    if (!added.isEmpty()) {
        const int addedCount = static_cast<int>(added.size());
        sentences << (addedCount == 1
                ? tr("Added 1 file. It is kept encrypted inside %1.").arg(appName())
                : tr("Added %n files. They are kept encrypted inside %1.", nullptr, addedCount).arg(appName()));
    }
    setMessage((sentences + notes + problems).join(u' '), !problems.isEmpty());
    return problems.isEmpty();
}

bool AttachmentListModel::removeFile(qint64 attachmentId)
{
    auto store = openAttachments(vault());
    auto records = openRecords(vault());
    if (!store || !records) {
        setMessage(lockedMessage(), true);
        return false;
    }
    if (Status s = store->remove(attachmentId); !s) {
        setMessage(s.error().message, true);
        return false;
    }
    if (m_recordId > 0) {
        // The record's history says the file was removed (and keeps its name and hash).
        (void)records->keepVersion(m_recordId);
    }
    RecordChanges::instance().notifyFiles();
    setMessage(tr("The file was removed from %1.").arg(appName()), false);
    return true;
}

bool AttachmentListModel::saveCopy(qint64 attachmentId, const QString& path, bool strip)
{
    auto store = openAttachments(vault());
    if (!store) {
        setMessage(lockedMessage(), true);
        return false;
    }
    Result<attachments::Attachment> a = store->get(attachmentId);
    if (!a) {
        setMessage(a.error().message, true);
        return false;
    }
    // Checked again with the file chooser's rules: outside the data folder, replacing nothing.
    const QFileInfo given(localPathFrom(path));
    const Result<QString> checked
        = checkedSavePath(vault(), given.filePath(), given.suffix().isEmpty() ? QString() : u'.' + given.suffix());
    if (!checked) {
        setMessage(checked.error().message, true);
        return false;
    }
    const QString& target = checked.value();
    if (Status s = attachments::saveCopy(*store, a.value(), target, strip); !s) {
        setMessage(s.error().message, true);
        return false;
    }
    const bool stripped = strip && attachments::isStrippablePicture(a.value().type.mime) && a.value().details.any();
    setMessage(stripped
            ? tr("Saved a copy as %1, without its hidden details. It is not encrypted: anyone who can open "
                 "that folder can see it.")
                  .arg(target)
            : tr("Saved a copy as %1. It is not encrypted: anyone who can open that folder can see it.").arg(target),
        false);
    return true;
}

bool AttachmentListModel::deleteAddedOriginals()
{
    QStringList problems;
    for (const QString& path : std::as_const(m_addedOriginals)) {
        if (Status s = attachments::deleteOriginal(path); !s) {
            problems << s.error().message;
        }
    }
    m_addedOriginals.clear();
    emit addedOriginalsChanged();
    setMessage(problems.isEmpty() ? tr("The originals were deleted from where they were. On SSDs, in cloud-synced "
                                       "folders and in backups a copy may still exist.")
                                  : problems.join(u' '),
        !problems.isEmpty());
    return problems.isEmpty();
}

void AttachmentListModel::keepAddedOriginals()
{
    m_addedOriginals.clear();
    emit addedOriginalsChanged();
}

void AttachmentListModel::clearMessage()
{
    setMessage({}, false);
}

int AttachmentListModel::indexOf(qint64 attachmentId) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).id == attachmentId) {
            return i;
        }
    }
    return -1;
}

QVariantMap AttachmentListModel::file(qint64 attachmentId) const
{
    const int row = indexOf(attachmentId);
    QVariantMap map;
    if (row < 0) {
        return map;
    }
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return map;
}

QString AttachmentListModel::suggestedSaveName(const QString& name) const
{
    return attachments::safeFileName(name);
}

void AttachmentListModel::setMessage(const QString& message, bool problem)
{
    if (message != m_message || problem != m_problem) {
        m_message = message;
        m_problem = problem;
        emit messageChanged();
    }
}

} // namespace tideline::app
