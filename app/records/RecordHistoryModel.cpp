#include "app/records/RecordHistoryModel.h"

#include "app/records/RecordFormat.h"
#include "app/records/RecordsAccess.h"

namespace tideline::app {

RecordHistoryModel::RecordHistoryModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
    connect(&RecordChanges::instance(), &RecordChanges::changed, this, &RecordHistoryModel::reload);
    connect(&RecordChanges::instance(), &RecordChanges::filesChanged, this, &RecordHistoryModel::reload);
}

void RecordHistoryModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] { setRecordId(0); });
}

int RecordHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QString RecordHistoryModel::changes(int index) const
{
    if (index == 0) {
        return tr("First written");
    }
    const records::RecordVersion& now = m_versions.at(index);
    const records::RecordVersion& before = m_versions.at(index - 1);
    const records::RecordFields& a = before.fields;
    const records::RecordFields& b = now.fields;
    QStringList fields;
    if (a.day != b.day || a.time != b.time || a.approximate != b.approximate) {
        fields << tr("when it happened");
    }
    if (before.kindLabels != now.kindLabels) {
        fields << tr("kind");
    }
    const std::pair<bool, QString> texts[]
        = {{a.place != b.place, tr("where")}, {a.whatHappened != b.whatHappened, tr("what happened")},
            {a.injuries != b.injuries, tr("injuries")}, {a.witnesses != b.witnesses, tr("who was there")},
            {a.told != b.told, tr("who you told")}, {a.sawDoctor != b.sawDoctor, tr("seeing a doctor")},
            {a.reported != b.reported, tr("reporting it")}, {a.sensitive != b.sensitive, tr("covered in lists")}};
    for (const auto& [differs, name] : texts) {
        if (differs) {
            fields << name;
        }
    }
    QStringList parts;
    if (!fields.isEmpty()) {
        parts << tr("Changed: %1").arg(fields.join(QStringLiteral(", ")));
    }
    QStringList added;
    QStringList removed;
    for (const records::VersionFile& file : now.files) {
        if (std::none_of(before.files.cbegin(), before.files.cend(),
                [&](const records::VersionFile& f) { return f.sha256 == file.sha256 && f.name == file.name; })) {
            added << file.name;
        }
    }
    for (const records::VersionFile& file : before.files) {
        if (std::none_of(now.files.cbegin(), now.files.cend(),
                [&](const records::VersionFile& f) { return f.sha256 == file.sha256 && f.name == file.name; })) {
            removed << file.name;
        }
    }
    if (!added.isEmpty()) {
        parts << tr("added %1").arg(added.join(QStringLiteral(", ")));
    }
    if (!removed.isEmpty()) {
        parts << tr("removed %1").arg(removed.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? tr("Saved again") : parts.join(QStringLiteral("; "));
}

QVariant RecordHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int stored = count() - 1 - index.row(); // newest first
    const records::RecordVersion& v = m_versions.at(stored);
    switch (role) {
    case SavedRole:
        return RecordFormat::momentLabel(v.savedAt);
    case Qt::DisplayRole:
    case ChangesRole:
        return changes(stored);
    case WhenRole:
        return RecordFormat::whenLabel(v.fields.day, v.fields.time, v.fields.approximate);
    case KindsRole:
        return v.kindLabels.join(QStringLiteral(", "));
    case PlaceRole:
        return v.fields.place;
    case WhatHappenedRole:
        return v.fields.whatHappened;
    case InjuriesRole:
        return v.fields.injuries;
    case WitnessesRole:
        return v.fields.witnesses;
    case ToldRole:
        return v.fields.told;
    case FilesRole: {
        QStringList names;
        for (const records::VersionFile& f : v.files) {
            names << f.name;
        }
        return names.join(QStringLiteral(", "));
    }
    case FirstRole:
        return stored == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordHistoryModel::roleNames() const
{
    return {{SavedRole, "saved"}, {ChangesRole, "changes"}, {WhenRole, "when"}, {KindsRole, "kinds"},
        {PlaceRole, "place"}, {WhatHappenedRole, "whatHappened"}, {InjuriesRole, "injuries"},
        {WitnessesRole, "witnesses"}, {ToldRole, "told"}, {FilesRole, "files"}, {FirstRole, "first"}};
}

void RecordHistoryModel::setRecordId(qint64 id)
{
    if (id != m_recordId) {
        m_recordId = id;
        emit recordIdChanged();
    }
    reload();
}

void RecordHistoryModel::reload()
{
    QList<records::RecordVersion> versions;
    if (m_recordId > 0) {
        if (auto repo = openRecords(vault())) {
            if (Result<QList<records::RecordVersion>> history = repo->history(m_recordId)) {
                versions = history.value();
            }
        }
    }
    beginResetModel();
    m_versions = versions;
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app
