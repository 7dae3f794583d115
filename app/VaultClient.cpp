#include "app/VaultClient.h"

#include "core/common/Day.h"

namespace tideline::app {

void VaultClient::attachVault(VaultAccess* vault)
{
    if (m_vault != nullptr || vault == nullptr) {
        return;
    }
    m_vault = vault;
    vaultAttached();
}

QDate VaultClient::today() const
{
    return Day::today(clock());
}

void VaultClient::classBegin()
{
    attachVault(VaultAccess::of(m_self));
}

} // namespace tideline::app
