#include "app/records/RecordKindModel.h"

#include "app/records/RecordsAccess.h"

namespace tideline::app {

RecordKindModel::RecordKindModel(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    connect(&RecordChanges::instance(), &RecordChanges::changed, this, &RecordKindModel::reload);
    attachVault(vault);
}

void RecordKindModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &RecordKindModel::reload);
    connect(vault(), &VaultAccess::opened, this, &RecordKindModel::reload);
    reload();
}

int RecordKindModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecordKindModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const records::RecordKind& k = m_kinds.at(index.row());
    switch (role) {
    case KindIdRole:
        return k.id;
    case Qt::DisplayRole:
    case LabelRole:
        return k.label;
    case BuiltinRole:
        return k.builtin;
    case HiddenRole:
        return k.hidden;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordKindModel::roleNames() const
{
    return {{KindIdRole, "kindId"}, {LabelRole, "label"}, {BuiltinRole, "builtin"}, {HiddenRole, "hidden"}};
}

void RecordKindModel::setIncludeHidden(bool include)
{
    if (include != m_includeHidden) {
        m_includeHidden = include;
        emit includeHiddenChanged();
        reload();
    }
}

void RecordKindModel::reload()
{
    QList<records::RecordKind> kinds;
    if (auto repo = openKinds(vault())) {
        if (Result<QList<records::RecordKind>> all = repo->all(m_includeHidden)) {
            kinds = all.value();
        }
    }
    beginResetModel();
    m_kinds = kinds;
    endResetModel();
    emit countChanged();
}

bool RecordKindModel::report(const Status& status)
{
    const QString message = status ? QString() : status.error().message;
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
    if (status) {
        RecordChanges::instance().notify();
    }
    return status.ok();
}

bool RecordKindModel::add(const QString& label)
{
    auto repo = openKinds(vault());
    if (!repo) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    Result<qint64> id = repo->add(label);
    return report(id ? Status() : Status(id.error()));
}

bool RecordKindModel::rename(qint64 id, const QString& label)
{
    auto repo = openKinds(vault());
    return report(repo ? repo->rename(id, label) : Status(Error::make(ErrorCode::NotUnlocked, lockedMessage())));
}

bool RecordKindModel::setHidden(qint64 id, bool hidden)
{
    auto repo = openKinds(vault());
    return report(repo ? repo->setHidden(id, hidden) : Status(Error::make(ErrorCode::NotUnlocked, lockedMessage())));
}

bool RecordKindModel::remove(qint64 id)
{
    auto repo = openKinds(vault());
    return report(repo ? repo->remove(id) : Status(Error::make(ErrorCode::NotUnlocked, lockedMessage())));
}

} // namespace tideline::app
