#pragma once

#include "app/VaultAccess.h"

#include <QDate>
#include <QQmlParserStatus>

#include <optional>
#include <utility>

class QObject;

namespace tideline::app {

// What every model and controller over the vault shares: the VaultAccess it reads and writes
// through, given when it is made (C++ and tests: the constructor's vault) or, for an object QML
// makes, taken from that engine as the object begins (classBegin), before any property is set.
// Once it has one, vaultAttached() connects what the object does when the vault opens, is about
// to close and has closed, and reads its first rows. A class that uses it also says
// Q_INTERFACES(QQmlParserStatus).
class VaultClient : public QQmlParserStatus
{
public:
    // The access, or nullptr before the object has one (it then behaves as while locked).
    VaultAccess* vault() const { return m_vault; }
    bool vaultOpen() const { return m_vault && m_vault->isOpen(); }
    // The vault's clock, or the system clock before there is an access.
    const Clock& clock() const { return m_vault ? m_vault->clock() : SystemClock::instance(); }
    // Today where the person is, by that clock.
    QDate today() const;
    // The one-copy permission to let something leave the vault (VaultAccess::takeLeaveGrant),
    // used up by asking; false without an access.
    bool takeLeaveGrant() const { return m_vault && m_vault->takeLeaveGrant(); }

    // VaultAccess::open and ::run for this object: nullopt while locked or without an access.
    template<typename Service, typename... Args>
    std::optional<Service> service(Args&&... args) const
    {
        return m_vault ? m_vault->open<Service>(std::forward<Args>(args)...) : std::nullopt;
    }
    template<typename Call, typename... Args>
    auto runInVault(Call&& call, Args&&... args) const -> std::optional<std::invoke_result_t<Call, Database&, Args...>>
    {
        if (!m_vault) {
            return std::nullopt;
        }
        return m_vault->run(std::forward<Call>(call), std::forward<Args>(args)...);
    }
    // Gives the object its access; only the first one counts. For an object that makes another
    // (a page and its list), to hand its own on.
    void attachVault(VaultAccess* vault);

protected:
    explicit VaultClient(QObject* self) : m_self(self) {}
    virtual void vaultAttached() = 0;

    void classBegin() override;
    void componentComplete() override {}

private:
    QObject* m_self;
    VaultAccess* m_vault = nullptr;
};

} // namespace tideline::app
