#include "TestVault.h"
#include "core/safety/GroundingNotes.h"
#include "core/safety/OwnResourceRepository.h"
#include "core/safety/RegionSetting.h"
#include "core/safety/ResourceCatalogue.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace tideline;
using namespace tideline::test;
using namespace Qt::StringLiterals;

namespace {

QStringList phonesOf(const ResourceCatalogue::Region& region)
{
    QStringList phones;
    for (const auto& entry : region.entries) {
        phones.append(entry.phone);
    }
    return phones;
}

} // namespace

TEST_CASE("Resources: the shipped catalogue loads with the US numbers of the design", "[safety]")
{
    const ResourceCatalogue& catalogue = ResourceCatalogue::bundled();
    REQUIRE(catalogue.regions().size() >= 2);
    CHECK(catalogue.defaultRegionCode() == u"US"_s);
    const auto& us = catalogue.regionOrDefault(u"US"_s);
    CHECK(us.name == u"United States"_s);
    const QStringList phones = phonesOf(us);
    CHECK(phones.contains(u"800-799-7233"_s)); // National Domestic Violence Hotline
    CHECK(phones.contains(u"800-950-6264"_s)); // NAMI HelpLine
    CHECK(phones.contains(u"988"_s));
    CHECK(phones.contains(u"911"_s));

    // Every region names an emergency line, and "Elsewhere" has only the local number.
    for (const auto& region : catalogue.regions()) {
        CHECK(region.entries.first().name == u"Emergency services"_s);
    }
    REQUIRE(catalogue.hasRegion(u"XX"_s));
    CHECK(phonesOf(catalogue.regionOrDefault(u"XX"_s)) == QStringList{u"Your local emergency number"_s});

    // An unknown code (a region dropped in an update) still shows numbers: the default's.
    CHECK(catalogue.regionOrDefault(u"ZZ"_s).code == u"US"_s);
}

TEST_CASE("Resources: every region says where legal help and protection orders come from, with sources", "[safety]")
{
    const ResourceCatalogue& catalogue = ResourceCatalogue::bundled();
    for (const auto& region : catalogue.regions()) {
        INFO(region.code.toStdString());
        bool legal = false;
        for (const auto& help : region.help) {
            legal = legal || help.kind == ResourceCatalogue::Help::Kind::Legal;
            CHECK_FALSE(help.note.isEmpty());
            // Addresses are shown as text to type, never as a link: no scheme, nothing to click.
            CHECK_FALSE(help.address.contains(u"://"_s));
        }
        CHECK(legal);
    }
    // What a crisis centre is, where there is one known to be right.
    const auto& us = catalogue.regionOrDefault(u"US"_s);
    QStringList addresses;
    bool centre = false;
    for (const auto& help : us.help) {
        addresses.append(help.address);
        centre = centre || (help.kind == ResourceCatalogue::Help::Kind::Centre && help.note.contains(u"free"_s));
    }
    CHECK(addresses.contains(u"womenslaw.org"_s));
    CHECK(centre);
    CHECK(catalogue.regionOrDefault(u"IE"_s).help.last().phone == u"1800 77 8888"_s);

    // Each help entry of the shipped files names its source, in every language.
    for (const QString& path : {u":/assets/resources.json"_s, u":/assets/es/resources.json"_s}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const auto& region : root.value(u"regions"_s).toArray()) {
            for (const auto& help : region.toObject().value(u"help"_s).toArray()) {
                CHECK(help.toObject().value(u"source"_s).toString().size() > 5);
            }
        }
    }
    // A help entry without a kind or a note is a damaged file.
    CHECK(ResourceCatalogue::fromJson(
              R"({"defaultRegion":"US","regions":[{"code":"US","name":"U","entries":[{"name":"a","phone":"1"}],
                  "help":[{"kind":"legal","name":"x"}]}]})")
              .code()
        == ErrorCode::DamagedDatabase);
}

TEST_CASE("Resources: a malformed catalogue is refused plainly", "[safety]")
{
    CHECK(ResourceCatalogue::fromJson("not json").code() == ErrorCode::DamagedDatabase);
    CHECK(ResourceCatalogue::fromJson(R"({"defaultRegion":"US","regions":[]})").code() == ErrorCode::DamagedDatabase);
    CHECK(ResourceCatalogue::fromJson(R"({"defaultRegion":"US","regions":[{"code":"US","name":"U","entries":[]}]})")
              .code()
        == ErrorCode::DamagedDatabase);
    CHECK(ResourceCatalogue::fromJson(
              R"({"defaultRegion":"GB","regions":[{"code":"US","name":"U","entries":[{"name":"a","phone":"1"}]}]})")
              .code()
        == ErrorCode::DamagedDatabase);
    const auto good = ResourceCatalogue::fromJson(
        R"({"defaultRegion":"US","regions":[{"code":"US","name":"U","entries":[{"name":"a","phone":"1"}]}]})");
    REQUIRE(good.ok());
    CHECK(good.value().regions().first().entries.first().note.isEmpty());
}

TEST_CASE("Resources: the chosen region lives in the vault and survives a restart", "[safety]")
{
    TestVault tv;
    {
        RegionSetting region(tv.vault->database());
        CHECK(region.chosen().value().isEmpty()); // not chosen yet
        REQUIRE(region.choose(u"GB"_s).ok());
        CHECK(region.chosen().value() == u"GB"_s);
        REQUIRE(region.choose(u"AU"_s).ok());
        CHECK(region.choose(u"Atlantis"_s).code() == ErrorCode::InvalidInput);
    }
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
    CHECK(RegionSetting(tv.vault->database()).chosen().value() == u"AU"_s);
}

TEST_CASE("Resources: the person's own numbers are added, listed and removed", "[safety]")
{
    TestVault tv;
    OwnResourceRepository own(tv.vault->database());
    const auto shelter = own.add({0, u"GB"_s, u"Local refuge 🏠"_s, u"01234 567890"_s, u"ask for Jo"_s});
    REQUIRE(shelter.ok());
    CHECK(own.add({0, u"GB"_s, u"No number"_s, u" "_s, {}}).code() == ErrorCode::InvalidInput);
    CHECK(own.add({0, u"GB"_s, u""_s, u"123"_s, {}}).code() == ErrorCode::InvalidInput);
    const auto list = own.resources(10).value();
    REQUIRE(list.size() == 1);
    CHECK(list.first().name == u"Local refuge 🏠"_s);
    CHECK(list.first().region == u"GB"_s);
    REQUIRE(own.remove(shelter.value()).ok());
    CHECK(own.resources(10).value().isEmpty());
    CHECK(own.remove(shelter.value()).code() == ErrorCode::NotFound);
}

TEST_CASE("Grounding notes are kept as a journal entry for today, only with text", "[safety]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    CHECK(keepGroundingNotes(db, tv.clock, u"5-4-3-2-1"_s, u"  \u200B "_s).code() == ErrorCode::InvalidInput);
    const auto kept = keepGroundingNotes(db, tv.clock, u"5-4-3-2-1"_s, u"I can see the window"_s);
    REQUIRE(kept.ok());
    auto row = db.queryFirst("SELECT title, body, day, is_draft FROM entry;");
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    CHECK(row.value()->columnText(0) == u"5-4-3-2-1"_s);
    CHECK(row.value()->columnText(1) == u"I can see the window"_s);
    CHECK(row.value()->columnText(2) == tv.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate));
    CHECK(row.value()->columnInt(3) == 0);
    CHECK(keepGroundingNotes(db, tv.clock, u"t"_s, QString(kGroundingNotesMaxLength + 1, u'a')).code()
        == ErrorCode::InvalidInput);
}
