#pragma once

#include "core/common/Result.h"
#include "core/vault/KeySlotFile.h"
#include "core/vault/VaultPaths.h"

namespace tideline {

// What the two copies of the keyslots file looked like when they were read.
struct KeySlotHealth
{
    enum class Copy {
        Intact, // read, checked, and the same as the one used
        Missing,
        Damaged, // unreadable, cut short or changed: its checksum or a field failed
        Different, // intact but not the same as the first copy (a write cut short between the two)
    };
    Copy first = Copy::Intact;
    Copy second = Copy::Intact;

    bool whole() const { return first == Copy::Intact && second == Copy::Intact; }
    // The vault opened with the second copy because the first was missing or damaged.
    bool usedSecond() const { return first == Copy::Missing || first == Copy::Damaged; }
};

struct LoadedKeySlots
{
    KeySlotFile file;
    KeySlotHealth health;
    // The slots came from keyslots.next: a key renewal put its database in place but could not
    // yet write them into keyslots (repair() does, then removes keyslots.next).
    bool fromRenewal = false;
};

// The keyslots file and its second copy (DESIGN.md section 3; docs/VAULT-FORMAT.md): both hold the
// same bytes, each written atomically, the first before the second. One damaged file must not lose
// the vault: a first copy that is missing or damaged falls back to the second.
class KeySlotStore
{
public:
    explicit KeySlotStore(VaultPaths paths) : m_paths(std::move(paths)) {}

    // Either copy is there.
    bool exists() const;

    // The first copy when it is intact, else the second; but the slots of a renewal whose database
    // is already in place (keyslots.next naming tideline.db's salt) before either. NoVault when neither exists;
    // DamagedKeyslots when neither is intact; NewerVersion when the first (or, without it, the
    // second) was written by a newer Tideline: an older second copy is then never used instead.
    Result<LoadedKeySlots> load() const;

    // Writes the first copy, then the second. Succeeds exactly when the first copy holds `file`
    // afterwards (that is when a new PIN is in force), even if a later step failed: a second copy
    // that could not be written is only logged, and rewritten by repair() at the next unlock.
    Status save(const KeySlotFile& file) const;

    // After the vault opened with loaded.file (so it is known to be right): rewrites a copy that
    // was missing, damaged or different. Logged, never fatal: the vault is open either way.
    void repair(const LoadedKeySlots& loaded) const;

private:
    VaultPaths m_paths;
};

} // namespace tideline
