// app/VaultAccess and VaultClient: how models reach the vault (given to them, never the global
// Session), the parts split out of the Session (the lockout countdown, onboarding), and the
// mood scale as QML sees it.
#include "app/VaultAccess.h"
#include "Wait.h"
#include "app/journal/JournalEditor.h"
#include "app/journal/MoodScaleInfo.h"
#include "app/lock/LockoutCountdown.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/onboarding/Onboarding.h"
#include "app/today/CheckinModel.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/MoodScale.h"
#include "core/journal/JournalRepository.h"

#include "TodaySession.h"

#include <catch2/catch.hpp>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QtQml/qqml.h>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("VaultAccess gives core's services while open and nothing while locked", "[vault]")
{
    test::TodaySession ts;
    VaultAccess& vault = ts.session->vaultAccess();
    REQUIRE(vault.isOpen());
    CHECK(vault.today() == QDate(2026, 3, 10));
    CHECK(&vault.clock() == &ts.clock);
    auto metrics = vault.open<MetricRepository>();
    REQUIRE(metrics.has_value());
    CHECK(metrics->byKey(u"mood"_s).ok());
    // A service that takes a clock gets the session's.
    auto journal = vault.open<journal::JournalRepository>();
    REQUIRE(journal.has_value());
    CHECK(journal->today() == QDate(2026, 3, 10));
    auto count = vault.run([](Database& db, int plus) { return db.isOpen() ? 1 + plus : 0; }, 1);
    REQUIRE(count.has_value());
    CHECK(count.value() == 2);

    // The lock: closing while the vault can still be written, then closed, with nothing left.
    QSignalSpy closing(&vault, &VaultAccess::closing);
    QSignalSpy closed(&vault, &VaultAccess::closed);
    bool openWhileClosing = false;
    QObject::connect(&vault, &VaultAccess::closing, [&] { openWhileClosing = vault.isOpen(); });
    ts.session->lock();
    CHECK(closing.count() == 1);
    CHECK(closed.count() == 1);
    CHECK(openWhileClosing);
    CHECK_FALSE(vault.isOpen());
    CHECK_FALSE(vault.open<MetricRepository>().has_value());
    CHECK_FALSE(vault.run([](Database&) { return 1; }).has_value());

    QSignalSpy opened(&vault, &VaultAccess::opened);
    ts.unlock();
    CHECK(opened.count() == 1);
    CHECK(vault.isOpen());
}

TEST_CASE("A model is given its vault, and without one it shows nothing, as while locked", "[vault]")
{
    test::TodaySession ts;
    CheckinModel without;
    CHECK(without.vault() == nullptr);
    CHECK(without.rowCount() == 0);
    CHECK_FALSE(without.setValue(0, 5));
    CHECK(without.lastError().contains(u"locked"_s));

    CheckinModel with(ts.vault());
    CHECK(with.vault() == ts.vault());
    CHECK(with.rowCount() > 0);
    // Only the first access counts.
    VaultAccess other(ts.clock, QString(), std::nullopt);
    with.attachVault(&other);
    CHECK(with.vault() == ts.vault());
}

TEST_CASE("An object QML makes takes the vault its engine was given", "[vault]")
{
    test::TodaySession ts;
    qmlRegisterType<CheckinModel>("VaultAccessTest", 1, 0, "CheckinModel");
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import VaultAccessTest\nCheckinModel {}\n", QUrl());
    // Without an access given to the engine, the model behaves as while locked.
    std::unique_ptr<QObject> alone(component.create());
    REQUIRE(alone);
    CHECK(qobject_cast<CheckinModel*>(alone.get())->vault() == nullptr);

    VaultAccess::provideTo(engine, ts.vault());
    CHECK(VaultAccess::of(alone.get()) == ts.vault());
    std::unique_ptr<QObject> made(component.create());
    REQUIRE(made);
    auto* model = qobject_cast<CheckinModel*>(made.get());
    REQUIRE(model != nullptr);
    CHECK(model->vault() == ts.vault());
    CHECK(model->rowCount() > 0);
    ts.session->lock();
    CHECK(model->rowCount() == 0); // closed: no row of user content stays
}

TEST_CASE("The lockout countdown: tries left, a wait counted down, a gentle hint", "[vault]")
{
    LockoutCountdown lockout(nullptr);
    lockout.show(0, 0);
    CHECK(lockout.triesBeforeWait() == 5);
    CHECK(lockout.triesHint().isEmpty());
    lockout.show(0, 3);
    CHECK(lockout.triesBeforeWait() == 2);
    CHECK(lockout.triesHint() == u"2 more tries before a short wait."_s);
    lockout.show(0, 4);
    CHECK(lockout.triesHint() == u"One more try before a short wait."_s);
    lockout.show(0, 5);
    CHECK(lockout.triesHint() == u"If the next try doesn't open it, there will be a short wait."_s);

    QSignalSpy over(&lockout, &LockoutCountdown::waitOver);
    lockout.show(1, 5);
    CHECK(lockout.waiting());
    CHECK(lockout.triesBeforeWait() == -1);
    CHECK(lockout.nextTryCountdown() == u"0:01"_s);
    REQUIRE(test::waitUntil([&] { return over.count() == 1; }));
    lockout.reset();
    CHECK_FALSE(lockout.waiting());
    CHECK(lockout.secondsUntilNextTry() == 0);
}

TEST_CASE("Onboarding holds the recovery code until the person has kept it", "[vault]")
{
    Onboarding onboarding(nullptr);
    QSignalSpy active(&onboarding, &Onboarding::activeChanged);
    onboarding.begin();
    CHECK(onboarding.active());
    onboarding.showRecoveryCode(SecureBuffer::fromString("ABCD-EFGH"));
    CHECK(onboarding.showingCode());
    CHECK(onboarding.recoveryGroupCount() == 2);
    CHECK(onboarding.recoveryGroup(1) == QByteArrayView("EFGH"));
    CHECK(onboarding.recoveryGroup(2).isEmpty());
    onboarding.acknowledgeRecoveryCode();
    CHECK_FALSE(onboarding.showingCode());
    CHECK(onboarding.recoveryCodeBytes().isEmpty());
    CHECK(onboarding.recoveryGroupCount() == 0);
    CHECK_FALSE(onboarding.active());
    CHECK(active.count() == 2);
}

TEST_CASE("QML's MoodScale is core's mood scale", "[mood]")
{
    CHECK(MoodScaleInfo::minimum() == MoodScale::kMin);
    CHECK(MoodScaleInfo::maximum() == MoodScale::kMax);
    const QVariantList values = MoodScaleInfo::values();
    REQUIRE(values.size() == MoodScale::kMax - MoodScale::kMin + 1);
    CHECK(values.first().toInt() == 0);
    CHECK(values.last().toInt() == 10);
    JournalEditor editor;
    editor.setMood(MoodScale::kMax + 1); // off the scale: "not said"
    CHECK(editor.mood() == -1);
    editor.setMood(MoodScale::kMax);
    CHECK(editor.mood() == MoodScale::kMax);
}
