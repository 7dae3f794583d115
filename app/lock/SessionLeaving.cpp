#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/vault/Vault.h"

#include <QLoggingCategory>

// Session::confirmLeaving: the secret typed again before a copy leaves the vault. Its own file
// because it is its own flow; the state machine is in Session.cpp and SessionSteps.cpp.

namespace tideline::app {

void Session::confirmLeaving(SecretEntry* secret)
{
    if (secret == nullptr || m_state != State::Unlocked || isWorking()) {
        if (secret != nullptr) {
            secret->clear();
        }
        emit leavingConfirmed(false);
        return;
    }
    clearError();
    auto bytes = std::make_shared<SecureBuffer>(secret->take());
    auto status = std::make_shared<std::optional<Status>>();
    setWorking(true);
    // Argon2id takes a moment: on the worker, as every step that stretches a secret.
    runInBackground([this, bytes, status] { status->emplace(m_vault->confirmSecret(*bytes)); },
        [this, status] {
            setWorking(false);
            const Status& confirmed = status->value();
            if (confirmed && m_access.isOpen()) {
                m_access.grantLeave();
                emit leavingConfirmed(true);
                return;
            }
            if (!confirmed) {
                refreshLockout(); // a wrong try may have started a wait
                const Error& error = confirmed.error();
                if (error.code == tideline::ErrorCode::WrongSecret) {
                    // Core's words say that nothing left; the hint says how many tries remain.
                    const QString hint = m_lockout.triesHint();
                    setError(ErrorCode::WrongSecret, hint.isEmpty() ? error.message : error.message + u' ' + hint);
                } else {
                    showWrongSecret(error);
                }
            }
            emit leavingConfirmed(false);
        });
}

} // namespace tideline::app
