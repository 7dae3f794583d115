#include "core/vault/KeySlotStore.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>

namespace tideline {

namespace {

struct ReadCopy
{
    std::optional<Result<KeySlotFile>> parsed; // empty when the file is missing
    QByteArray bytes;
};

ReadCopy readCopy(const QString& path)
{
    ReadCopy copy;
    if (!QFile::exists(path)) {
        return copy;
    }
    copy.parsed.emplace(KeySlotFile::load(path));
    if (copy.parsed->ok()) {
        copy.bytes = copy.parsed->value().serialize();
    }
    return copy;
}

KeySlotHealth::Copy stateOf(const ReadCopy& copy)
{
    if (!copy.parsed) {
        return KeySlotHealth::Copy::Missing;
    }
    return copy.parsed->ok() ? KeySlotHealth::Copy::Intact : KeySlotHealth::Copy::Damaged;
}

Error bothDamaged()
{
    return Error::make(ErrorCode::DamagedKeyslots,
        QCoreApplication::translate("Vault",
            "Both copies of this vault's key file (keyslots and keyslots.copy) are damaged or were "
            "changed, so the vault cannot be opened with them. Your PIN was not the problem. If you "
            "have a backup copy of the folder, put its keyslots file back."));
}

} // namespace

bool KeySlotStore::exists() const
{
    return QFile::exists(m_paths.keyslots()) || QFile::exists(m_paths.keyslotsCopy());
}

Result<LoadedKeySlots> KeySlotStore::load() const
{
    if (QFile::exists(m_paths.keyslotsNext())) {
        Result<KeySlotFile> next = KeySlotFile::load(m_paths.keyslotsNext());
        QFile database(m_paths.database());
        if (next && next.value().databaseSalt.size() == 16 && database.open(QIODevice::ReadOnly)
            && database.read(16) == next.value().databaseSalt) {
            LoadedKeySlots pending{
                next.value(), {KeySlotHealth::Copy::Different, KeySlotHealth::Copy::Different}, true};
            pending.file.databaseSalt.clear();
            return pending;
        }
    }
    const ReadCopy first = readCopy(m_paths.keyslots());
    const ReadCopy second = readCopy(m_paths.keyslotsCopy());
    KeySlotHealth health{stateOf(first), stateOf(second)};

    // A file Tideline may read but not understand, or may not read at all, is reported as it is;
    // the other copy would hide a newer vault or a permission problem.
    for (const ReadCopy* copy : {&first, &second}) {
        if (copy->parsed && !copy->parsed->ok()) {
            const ErrorCode code = copy->parsed->code();
            if (code == ErrorCode::NewerVersion || code == ErrorCode::CannotWrite) {
                if (copy == &first || !first.parsed) {
                    return copy->parsed->error();
                }
            }
        }
    }
    if (health.first == KeySlotHealth::Copy::Intact) {
        if (health.second == KeySlotHealth::Copy::Intact && second.bytes != first.bytes) {
            health.second = KeySlotHealth::Copy::Different;
        }
        return LoadedKeySlots{first.parsed->value(), health};
    }
    if (health.second == KeySlotHealth::Copy::Intact) {
        qCWarning(lcVault) << "keyslots: the first copy is" << (first.parsed ? "damaged" : "missing")
                           << "; using the second";
        return LoadedKeySlots{second.parsed->value(), health};
    }
    if (!first.parsed && !second.parsed) {
        return Error::make(ErrorCode::NoVault,
            QCoreApplication::translate("Vault", "There is no %1 vault in this folder yet.").arg(appName()));
    }
    if (first.parsed && !second.parsed) {
        return first.parsed->error(); // the only copy there is: its own words
    }
    if (!first.parsed) {
        return second.parsed->error();
    }
    return bothDamaged();
}

Status KeySlotStore::save(const KeySlotFile& file) const
{
    const QByteArray bytes = file.serialize();
    if (Status first = writeFileAtomically(m_paths.keyslots(), bytes, SavedFile::KeySlots); !first) {
        // The rename may have happened before a later step (the folder's fsync) failed: what
        // counts is what the first copy holds now.
        QFile written(m_paths.keyslots());
        if (!written.open(QIODevice::ReadOnly) || written.readAll() != bytes) {
            return first;
        }
        qCWarning(lcVault) << "keyslots: written, but a later step of the write failed";
    }
    // Slots saved now supersede those of a renewal still waiting in keyslots.next (they were
    // loaded from it, or the renewal itself is saving them).
    QFile::remove(m_paths.keyslotsNext());
    if (Status second = writeFileAtomically(m_paths.keyslotsCopy(), bytes, SavedFile::KeySlots); !second) {
        qCWarning(lcVault) << "keyslots: the second copy could not be written; it is rewritten at the next unlock";
    }
    return {};
}

void KeySlotStore::repair(const LoadedKeySlots& loaded) const
{
    if (loaded.health.whole()) {
        return;
    }
    const QByteArray bytes = loaded.file.serialize();
    if (loaded.fromRenewal) {
        if (save(loaded.file)) {
            QFile::remove(m_paths.keyslotsNext());
            qCInfo(lcVault) << "keyslots: a renewal's slots were put in place";
        }
        return;
    }
    if (loaded.health.first != KeySlotHealth::Copy::Intact) {
        if (Status s = writeFileAtomically(m_paths.keyslots(), bytes, SavedFile::KeySlots); !s) {
            qCWarning(lcVault) << "keyslots: the first copy could not be rewritten";
        } else {
            qCInfo(lcVault) << "keyslots: the first copy was rewritten from the second";
        }
    }
    if (loaded.health.second != KeySlotHealth::Copy::Intact) {
        if (Status s = writeFileAtomically(m_paths.keyslotsCopy(), bytes, SavedFile::KeySlots); !s) {
            qCWarning(lcVault) << "keyslots: the second copy could not be rewritten";
        } else {
            qCInfo(lcVault) << "keyslots: the second copy was rewritten";
        }
    }
}

} // namespace tideline
