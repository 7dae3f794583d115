#pragma once

#include "core/vault/Vault.h"

#include <functional>
#include <utility>

namespace tideline {

// Reaches into a Vault for what only a test should see or do: the data key's bytes, and a hook at
// each named step of create, restore and key renewal (VaultStep), to fail it or to end the process
// there as a crash would.
struct VaultTestAccess
{
    static const SecureBuffer& dataKey(const Vault& vault) { return vault.m_dataKey; }
    static void setStepHook(Vault& vault, std::function<Status(VaultStep)> hook) { vault.m_stepHook = std::move(hook); }
};

} // namespace tideline
