// The rules for files that leave the vault or come into it (core/files): above all, nothing is
// ever written into the vault's own folder, whichever way the path is spelled.
#include "core/files/FileRules.h"
#include "FileProbe.h"
#include "TestVault.h"
#include "core/common/Clock.h"
#include "core/exchange/JsonExport.h"
#include "core/files/FolderListing.h"
#include "core/files/LastFolder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace tideline;
using namespace tideline::files;
using namespace Qt::StringLiterals;

namespace {

// A home-like folder holding the vault's data folder and an ordinary folder beside it.
struct Layout
{
    QTemporaryDir root;
    QString vault = root.filePath(u"vault"_s);
    QString outside = root.filePath(u"outside"_s);
    VaultPaths paths{vault};

    Layout()
    {
        REQUIRE(QDir().mkpath(vault + u"/inner"_s));
        REQUIRE(QDir().mkpath(outside));
        REQUIRE(test::writeAll(paths.keyslots(), "k"));
    }
};

bool refused(const QString& path, const VaultPaths& paths)
{
    return !refuseDataFolder(path, paths, Purpose::Save).ok();
}

} // namespace

TEST_CASE("The data folder and anything inside it is refused, however the path is written", "[files]")
{
    Layout l;
    CHECK(refused(l.vault, l.paths));
    CHECK(refused(l.vault + u"/"_s, l.paths));
    CHECK(refused(l.vault + u"/summary.pdf"_s, l.paths)); // not there yet
    CHECK(refused(l.vault + u"/inner/new/deeper.pdf"_s, l.paths));
    CHECK(refused(l.paths.keyslots(), l.paths));
    // ../ tricks, absolute and relative.
    CHECK(refused(l.outside + u"/../vault/x.pdf"_s, l.paths));
    CHECK(refused(l.vault + u"/inner/../x.pdf"_s, l.paths));
    CHECK(refused(l.outside + u"/../outside/../vault"_s, l.paths));
    const QString previous = QDir::currentPath();
    REQUIRE(QDir::setCurrent(l.outside));
    CHECK(refused(u"../vault/x.pdf"_s, l.paths));
    CHECK(refused(u"./../vault"_s, l.paths));
    REQUIRE(QDir::setCurrent(previous));
    // Symlinks: to the folder, to a folder inside it, and a symlinked parent followed by "..".
    REQUIRE(QFile::link(l.vault, l.outside + u"/looks-harmless"_s));
    REQUIRE(QFile::link(l.vault + u"/inner"_s, l.outside + u"/inner-link"_s));
    CHECK(refused(l.outside + u"/looks-harmless"_s, l.paths));
    CHECK(refused(l.outside + u"/looks-harmless/x.pdf"_s, l.paths));
    CHECK(refused(l.outside + u"/inner-link/x.pdf"_s, l.paths));
    CHECK(refused(l.outside + u"/inner-link/../x.pdf"_s, l.paths)); // the link's parent is the vault
    // A vault reached through a symlinked data folder is still the vault.
    REQUIRE(QFile::link(l.vault, l.root.filePath(u"vault-link"_s)));
    const VaultPaths throughLink{l.root.filePath(u"vault-link"_s)};
    CHECK(refused(l.vault + u"/x.pdf"_s, throughLink));

    // Beside the vault is fine, including a folder whose name starts the same way.
    REQUIRE(QDir().mkpath(l.root.filePath(u"vault-2"_s)));
    CHECK_FALSE(refused(l.root.filePath(u"vault-2/x.pdf"_s), l.paths));
    CHECK_FALSE(refused(l.outside + u"/x.pdf"_s, l.paths));
    CHECK_FALSE(refused(l.root.path(), l.paths));

    // The reason is plain and says what to do instead.
    const Status save = refuseDataFolder(l.vault, l.paths, Purpose::Save);
    CHECK(save.error().message.contains(u"keeps your encrypted vault"_s));
    CHECK(save.error().message.contains(u"choose another folder"_s));
    const Status open = refuseDataFolder(l.vault + u"/tideline.db"_s, l.paths, Purpose::Open);
    CHECK(open.error().message.contains(u"nothing is brought in from there"_s));
}

TEST_CASE("A new file is checked before anything is written, and nothing is replaced", "[files]")
{
    Layout l;
    auto made = newFileIn(l.outside, u"  my summary  "_s, u".pdf"_s, l.paths);
    REQUIRE(made.ok());
    CHECK(made.value() == l.outside + u"/my summary.pdf"_s);
    CHECK(newFileIn(l.outside, u"kept.PDF"_s, u".pdf"_s, l.paths).value() == l.outside + u"/kept.PDF"_s);
    CHECK(newFileAt(l.outside + u"/plan"_s, u".pdf"_s, l.paths).value() == l.outside + u"/plan.pdf"_s);

    CHECK_FALSE(newFileIn(l.vault, u"x"_s, u".pdf"_s, l.paths).ok());
    CHECK_FALSE(newFileIn(l.vault + u"/inner"_s, u"x"_s, u".pdf"_s, l.paths).ok());
    CHECK_FALSE(newFileIn(l.outside, u"../vault/x"_s, u".pdf"_s, l.paths).ok()); // a slash
    CHECK_FALSE(newFileAt(l.outside + u"/../vault/x"_s, u".pdf"_s, l.paths).ok());
    CHECK_FALSE(newFileAt(l.outside + u"/"_s, u".pdf"_s, l.paths).ok());
    CHECK_FALSE(newFileIn(l.outside + u"/missing"_s, u"x"_s, u".pdf"_s, l.paths).ok());
    CHECK_FALSE(newFileIn(u"relative/folder"_s, u"x"_s, u".pdf"_s, l.paths).ok());
    for (const QString& bad : {u""_s, u"   "_s, u"."_s, u".."_s, u"a/b"_s, u"tab\there"_s, QString(300, u'x')}) {
        INFO(bad.toStdString());
        CHECK_FALSE(newFileIn(l.outside, bad, u".pdf"_s, l.paths).ok());
    }
    // Emoji, right-to-left and zero-width characters are names like any other.
    CHECK(newFileIn(l.outside, u"ملخص 🌊\u200B"_s, u".pdf"_s, l.paths).ok());

    REQUIRE(test::writeAll(l.outside + u"/taken.pdf"_s, "old"));
    const auto taken = newFileIn(l.outside, u"taken"_s, u".pdf"_s, l.paths);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().message.contains(u"already a file called taken.pdf"_s));
    CHECK(taken.error().message.contains(u"nothing was replaced"_s));
    CHECK(test::readAll(l.outside + u"/taken.pdf"_s) == "old");
    // A folder by that name is called a folder (the folder of originals is made this way).
    REQUIRE(QDir(l.outside).mkdir(u"originals"_s));
    const auto folder = newFileIn(l.outside, u"originals"_s, QString(), l.paths);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(u"already a folder called originals"_s));
    // A file is not a folder.
    CHECK_FALSE(newFileIn(l.outside + u"/taken.pdf"_s, u"x"_s, u".pdf"_s, l.paths).ok());

    if (::geteuid() != 0) { // root may write anywhere: the check is the kernel's, so it agrees
        REQUIRE(QDir().mkpath(l.outside + u"/read-only"_s));
        REQUIRE(QFile::setPermissions(l.outside + u"/read-only"_s, QFile::ReadOwner | QFile::ExeOwner));
        const auto readOnly = newFileIn(l.outside + u"/read-only"_s, u"x"_s, u".pdf"_s, l.paths);
        CHECK(readOnly.code() == ErrorCode::CannotWrite);
        QFile::setPermissions(l.outside + u"/read-only"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST_CASE("A file to bring in must be there, readable and outside the data folder", "[files]")
{
    Layout l;
    REQUIRE(test::writeAll(l.outside + u"/daylio.csv"_s, "date\n"));
    CHECK(fileToOpen(l.outside + u"/daylio.csv"_s, l.paths).value() == l.outside + u"/daylio.csv"_s);
    CHECK(fileToOpen(l.outside + u"/../outside/daylio.csv"_s, l.paths).value() == l.outside + u"/daylio.csv"_s);
    CHECK(fileToOpen(l.outside + u"/gone.csv"_s, l.paths).code() == ErrorCode::NotFound);
    CHECK_FALSE(fileToOpen(l.outside, l.paths).ok());
    CHECK_FALSE(fileToOpen(u"daylio.csv"_s, l.paths).ok());
    CHECK_FALSE(fileToOpen(l.paths.keyslots(), l.paths).ok());
    REQUIRE(QFile::link(l.paths.keyslots(), l.outside + u"/innocent.csv"_s));
    CHECK_FALSE(fileToOpen(l.outside + u"/innocent.csv"_s, l.paths).ok());
}

TEST_CASE("A folder typed into the path bar", "[files]")
{
    Layout l;
    CHECK(folderFromTyped(u"~"_s, l.outside).value() == QDir::homePath());
    CHECK(folderFromTyped(u"  ~/  "_s, l.outside).value() == QDir::homePath());
    CHECK(folderFromTyped(u"../vault/inner"_s, l.outside).value() == l.vault + u"/inner"_s);
    CHECK(folderFromTyped(l.outside + u"/"_s, QString()).value() == l.outside);
    CHECK(folderFromTyped(u"nowhere"_s, l.outside).code() == ErrorCode::NotFound);
    CHECK_FALSE(folderFromTyped(u""_s, l.outside).ok());
    REQUIRE(test::writeAll(l.outside + u"/file"_s, "x"));
    CHECK_FALSE(folderFromTyped(l.outside + u"/file"_s, QString()).ok());
}

TEST_CASE("A folder is listed folders first, in the person's order, without hidden entries", "[files]")
{
    QTemporaryDir dir;
    for (const char* name : {"b", "A", ".hidden-folder"}) {
        REQUIRE(QDir(dir.path()).mkdir(QString::fromLatin1(name)));
    }
    for (const char* name : {"report10.pdf", "report2.pdf", "Notes.PDF", "photo.jpg", ".secret.pdf"}) {
        REQUIRE(test::writeAll(dir.filePath(QString::fromLatin1(name)), "x"));
    }
    REQUIRE(QFile::link(dir.filePath(u"gone"_s), dir.filePath(u"broken.pdf"_s)));

    auto listed = listFolder(dir.path(), {u"*.pdf"_s});
    REQUIRE(listed.ok());
    QStringList names;
    for (const auto& entry : listed.value()) {
        names << (entry.isFolder ? u"[%1]"_s.arg(entry.name) : entry.name);
    }
    INFO(names.join(u" "_s).toStdString());
    CHECK(names == QStringList{u"[A]"_s, u"[b]"_s, u"Notes.PDF"_s, u"report2.pdf"_s, u"report10.pdf"_s});
    auto foldersOnly = listFolder(dir.path(), {});
    REQUIRE(foldersOnly.ok());
    CHECK(foldersOnly.value().size() == 2);
    CHECK(listFolder(dir.filePath(u"missing"_s), {}).code() == ErrorCode::NotFound);

    CHECK(extensionFromFilters({u"*.pdf"_s}) == u".pdf"_s);
    CHECK(extensionFromFilters({u"*.tidelinebackup"_s, u"*"_s}) == u".tidelinebackup"_s);
    CHECK(extensionFromFilters({u"*"_s}).isEmpty());
    CHECK(extensionFromFilters({u"*.p?f"_s}).isEmpty());
    CHECK(extensionFromFilters({}).isEmpty());
}

TEST_CASE("The last folder is kept in the vault and left out of exports", "[files]")
{
    test::TestVault tv;
    LastFolder last(tv.vault->database());
    CHECK(last.get().value().isEmpty());
    REQUIRE(last.remember(u"/home/someone/Documents/therapy/"_s).ok());
    CHECK(last.get().value() == u"/home/someone/Documents/therapy"_s);
    CHECK_FALSE(last.remember(u"relative"_s).ok());
    // In the vault's setting table, so never in the plain settings file or anywhere on disk.
    CHECK(test::filesContaining(tv.dir.path(), u"Documents/therapy"_s).isEmpty());

    auto json = exchange::exportJson(tv.vault->database(), tv.clock);
    REQUIRE(json.ok());
    CHECK_FALSE(json.value().contains("files.last_folder"));
    CHECK_FALSE(json.value().contains("therapy"));
}
