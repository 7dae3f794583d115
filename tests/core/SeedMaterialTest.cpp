// migrations/0003_seed_material.sql: the emergency bag, the close-at-hand list and the healing
// routines as the source material names them; lines the person edited or removed are theirs.
#include "FileProbe.h"
#include "LanguageScope.h"
#include "TestVault.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/i18n/Language.h"
#include "core/routines/RoutineRepository.h"
#include "core/safety/PlanSeeds.h"
#include "core/safety/SafetyPlanRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::test;
using namespace Qt::StringLiterals;
using Section = SafetyPlanRepository::Section;

namespace {

// "text|seed_key|checked" for each line of a section, in the person's order.
QStringList lines(Database& db, const char* section)
{
    auto st = db.prepare("SELECT text, coalesce(seed_key, '-'), checked FROM safety_plan_item WHERE section = ? "
                         "ORDER BY sort_order, id");
    REQUIRE(st.ok());
    st.value().bind(1, QString::fromLatin1(section));
    QStringList out;
    REQUIRE(st.value()
                .forEachRow([&](const Statement& row) {
                    out.append(u"%1|%2|%3"_s.arg(row.columnText(0), row.columnText(1)).arg(row.columnInt(2)));
                })
                .ok());
    return out;
}

QStringList column(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    REQUIRE(st.ok());
    QStringList out;
    REQUIRE(st.value().forEachRow([&](const Statement& row) { out.append(row.columnText(0)); }).ok());
    return out;
}

// A database at schema version 2 (the last one before 0003), so a test can make it look like a
// vault someone has used before upgrading.
struct OldVault
{
    OldVault()
    {
        REQUIRE(db.open(dir.filePath(u"t.db"_s), SecureBuffer::random(32), true).ok());
        REQUIRE(db.configure().ok());
        const QStringList files = Migrator::migrationFiles();
        REQUIRE(files.size() >= 3);
        REQUIRE(Migrator::migrate(db, files.mid(0, 2)).ok());
        REQUIRE(db.userVersion().value() == 2);
    }

    QTemporaryDir dir;
    Database db;
};

const QStringList kNewBag{u"Clothes|clothes|0"_s, u"Extra keys|keys|0"_s, u"Phone charger|phone_charger|0"_s,
    u"Passport|passport|0"_s, u"Cash|cash|0"_s, u"Prescription medications|medications|0"_s,
    u"Other important papers|documents|0"_s, u"Social security card or national ID card|id_card|0"_s};

const QStringList kCloseAtHand{u"My phone, charged|phone|0"_s, u"My house and car keys|everyday_keys|0"_s,
    u"My wallet or purse, with some money|wallet|0"_s, u"Important numbers, written on paper|numbers|0"_s,
    u"A place of safety in mind, and how to get there|place_in_mind|0"_s};

} // namespace

TEST_CASE("A new vault has the source material's emergency bag, close-at-hand list and routines", "[seed]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    CHECK(lines(db, "emergency_bag") == kNewBag);
    CHECK(lines(db, "close_at_hand") == kCloseAtHand);
    CHECK(column(db, "SELECT seed_key FROM safety_plan_removed_seed").isEmpty());
    const QStringList routines = column(db, "SELECT label FROM routine WHERE builtin = 1 ORDER BY sort_order, id");
    CHECK(routines.contains(u"Time outdoors in a green space"_s));
    CHECK(routines.last() == u"Healthier food"_s);
    // What the issue lists as already there stays.
    for (const auto& label : {u"Drink some water"_s, u"Regular meals"_s, u"A 30-minute walk"_s,
             u"Meditation, yoga, tai chi or dancing"_s, u"Journaling"_s, u"7–9 hours of sleep"_s, u"Less caffeine"_s,
             u"Bed for sleep only"_s, u"Avoiding alcohol and drugs"_s}) {
        CHECK(routines.contains(label));
    }
}

TEST_CASE("The released v1 vault gains the new lines in their new words and keeps its content", "[seed]")
{
    const QDir fixtures(QStringLiteral(TIDELINE_FIXTURES_DIR));
    QTemporaryDir dir;
    for (const auto& name : QDir(fixtures.filePath(u"v1"_s)).entryList(QDir::Files)) {
        REQUIRE(QFile::copy(fixtures.filePath(u"v1/"_s + name), QDir(dir.path()).filePath(name)));
        QFile::setPermissions(QDir(dir.path()).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    Vault vault(VaultPaths{dir.path()});
    REQUIRE(vault.unlock(secret(kTestPin)).ok());
    Database& db = vault.database();
    CHECK(lines(db, "emergency_bag") == kNewBag);
    CHECK(lines(db, "close_at_hand") == kCloseAtHand);
    CHECK(column(db, "SELECT label FROM routine WHERE key = 'healthy_food'") == QStringList{u"Healthier food"_s});
    CHECK(column(db, "SELECT label FROM routine WHERE key = 'outdoors'")
        == QStringList{u"Time outdoors in a green space"_s});
    CHECK(column(db, "SELECT title FROM entry") == QStringList{u"A first entry 🌊"_s});
    REQUIRE(vault.verify().ok());
}

TEST_CASE("The upgrade keeps what the person edited, removed, ticked or wrote, and adds nothing twice", "[seed]")
{
    OldVault old;
    Database& db = old.db;
    // As the app would have left them: a line reworded, one removed, one ticked, one of their
    // own in the words of a new built-in, a duplicate built-in from an import.
    REQUIRE(db.exec("UPDATE safety_plan_item SET text = 'Spare key with Sam' WHERE text = 'Keys';").ok());
    REQUIRE(db.exec("DELETE FROM safety_plan_item WHERE text = 'Medications';").ok());
    REQUIRE(db.exec("UPDATE safety_plan_item SET checked = 1 WHERE text = 'Cash';").ok());
    REQUIRE(db.exec("UPDATE safety_plan_item SET sort_order = 0 WHERE text = 'Important documents';").ok());
    REQUIRE(db.exec("INSERT INTO safety_plan_item (section, text, builtin, sort_order, created_at, updated_at) "
                    "VALUES ('emergency_bag', 'Social security card or national ID card', 0, 9, "
                    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
                    "('emergency_bag', 'Cash', 1, 10, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
                    "('warning_sign', 'I stop eating 🍞', 0, 1, '2026-01-01T00:00:00.000Z', "
                    "'2026-01-01T00:00:00.000Z');")
                .ok());
    REQUIRE(db.exec("UPDATE routine SET label = 'Park time' WHERE key = 'outdoors';").ok());
    REQUIRE(db.exec("UPDATE routine SET hidden = 1 WHERE key = 'walk';").ok());
    REQUIRE(db.exec("INSERT INTO routine (label, builtin, sort_order, created_at) "
                    "VALUES ('healthier FOOD', 0, 12, '2026-01-01T00:00:00.000Z');")
                .ok());

    REQUIRE(Migrator::migrate(db).ok());
    REQUIRE(db.userVersion().value() == Migrator::latestVersion());

    CHECK(lines(db, "emergency_bag")
        == QStringList{u"Other important papers|documents|0"_s, u"Clothes|clothes|0"_s,
            u"Spare key with Sam|keys|0"_s, // reworded: the same line, still known as the keys
            u"Phone charger|phone_charger|0"_s, u"Passport|passport|0"_s, u"Cash|cash|1"_s,
            u"Social security card or national ID card|-|0"_s, // theirs, not added again
            u"Cash|-|0"_s});
    CHECK(column(db, "SELECT seed_key FROM safety_plan_removed_seed") == QStringList{u"medications"_s});
    CHECK(lines(db, "close_at_hand") == kCloseAtHand);
    CHECK(lines(db, "warning_sign") == QStringList{u"I stop eating 🍞|-|0"_s});

    CHECK(column(db, "SELECT label FROM routine WHERE key = 'outdoors'") == QStringList{u"Park time"_s});
    CHECK(column(db, "SELECT hidden FROM routine WHERE key = 'walk'") == QStringList{u"1"_s});
    CHECK(column(db, "SELECT count(*) FROM routine WHERE key = 'healthy_food'") == QStringList{u"0"_s});
    CHECK(column(db, "SELECT label FROM routine WHERE key IS NULL") == QStringList{u"healthier FOOD"_s});
}

TEST_CASE("A removed built-in line leaves only its key behind, and undo puts it back as it was", "[seed]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    SafetyPlanRepository plan(db, tv.clock);
    const auto bag = plan.items(Section::EmergencyBag, 100).value();
    const auto keys = bag.at(1);
    REQUIRE(keys.seedKey == u"keys"_s);
    REQUIRE(plan.setChecked(keys.id, true).ok());

    const auto removed = plan.remove(keys.id);
    REQUIRE(removed.ok());
    CHECK(removed.value().storedText == u"Extra keys"_s);
    CHECK(removed.value().builtin);
    CHECK(column(db, "SELECT seed_key FROM safety_plan_removed_seed") == QStringList{u"keys"_s});
    CHECK(plan.count(Section::EmergencyBag).value() == 7);

    REQUIRE(plan.restore(removed.value()).ok());
    CHECK(column(db, "SELECT seed_key FROM safety_plan_removed_seed").isEmpty());
    CHECK(lines(db, "emergency_bag").at(1) == u"Extra keys|keys|1"_s);
    CHECK(plan.restore(removed.value()).code() == ErrorCode::InvalidInput); // already back

    // A built-in line is shown in the current language, also after undo.
    {
        LanguageScope spanish(u"es"_s);
        CHECK(plan.items(Section::EmergencyBag, 100).value().at(1).text != u"Extra keys"_s);
    }
    // The person's own line comes back as theirs.
    const auto own = plan.add(Section::CloseAtHand, u"My glasses 👓"_s);
    REQUIRE(own.ok());
    const auto gone = plan.remove(own.value());
    REQUIRE(gone.ok());
    CHECK(column(db, "SELECT seed_key FROM safety_plan_removed_seed").isEmpty());
    REQUIRE(plan.restore(gone.value()).ok());
    CHECK(lines(db, "close_at_hand").last() == u"My glasses 👓|-|0"_s);
    // Ticks belong to the two checklists only.
    CHECK(plan.setChecked(own.value(), true).ok());
    const auto sign = plan.add(Section::WarningSign, u"Not sleeping"_s);
    CHECK(plan.setChecked(sign.value(), true).code() == ErrorCode::InvalidInput);
}

TEST_CASE("Exports name built-in lines by key, and older exports find the line by its former words", "[seed]")
{
    TestVault source;
    Database& from = source.vault->database();
    SafetyPlanRepository plan(from, source.clock);
    const auto bag = plan.items(Section::EmergencyBag, 100).value();
    REQUIRE(plan.setChecked(bag.at(1).id, true).ok()); // Extra keys
    const auto exported = exchange::exportJson(from, source.clock);
    REQUIRE(exported.ok());
    const QJsonObject document = QJsonDocument::fromJson(exported.value()).object();
    bool keyed = false;
    for (const auto& item : document.value(u"safety_plan"_s).toArray()) {
        keyed = keyed || item.toObject().value(u"key"_s).toString() == u"keys"_s;
    }
    CHECK(keyed);

    // Into a vault where the person removed that line: it comes back with its key, ticked.
    TestVault target;
    Database& to = target.vault->database();
    SafetyPlanRepository theirs(to, target.clock);
    REQUIRE(theirs.remove(theirs.items(Section::EmergencyBag, 100).value().at(1).id).ok());
    REQUIRE(exchange::importJson(to, exported.value()).ok());
    CHECK(lines(to, "emergency_bag").contains(u"Extra keys|keys|1"_s));
    CHECK(column(to, "SELECT seed_key FROM safety_plan_removed_seed").isEmpty());
    CHECK(lines(to, "emergency_bag").size() == 8);

    // An export from before the rewording: "Keys", built-in, ticked, without a key.
    TestVault older;
    const QByteArray file = R"({"format":"tideline-export","version":1,"safety_plan":[
        {"section":"emergency_bag","text":"Keys","checked":true,"builtin":true,"sort_order":2,
         "updated_at":"2026-01-01T00:00:00.000Z"}]})";
    const auto imported = exchange::importJson(older.vault->database(), file);
    INFO((imported.ok() ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(lines(older.vault->database(), "emergency_bag").contains(u"Extra keys|keys|1"_s));
    CHECK(lines(older.vault->database(), "emergency_bag").size() == 8);
    CHECK(seedKeyForWords(u"emergency_bag"_s, u"Important documents"_s) == u"documents"_s);
    CHECK(seedKeyForWords(u"warning_sign"_s, u"Keys"_s).isEmpty());
}
