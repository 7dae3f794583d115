// Runs the tst_*.qml files against the real Tideline modules and a real Session.
#include "app/AppSettings.h"
#include "app/QmlSetup.h"
#include "app/desktop/DesktopIdentity.h"
#include "app/i18n/LanguageFollower.h"
#include "app/lock/Session.h"

#include "GatedTask.h"
#include "MarkupFixture.h"
#include "TestVault.h"
#include "core/demo/DemoGenerator.h"
#include "core/exchange/Backup.h"
#include "core/journal/JournalRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqml.h>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Tideline_AppPlugin)
Q_IMPORT_QML_PLUGIN(TidelinePlugin)

using namespace tideline;
using namespace tideline::app;

// For the layout tests: TIDELINE_LAYOUT_SHOTS names a folder to save a picture of each page at
// each size and theme into (empty: none are saved), to look at what the tests walked.
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString shotsFolder READ shotsFolder CONSTANT)

public:
    QString shotsFolder() const { return qEnvironmentVariable("TIDELINE_LAYOUT_SHOTS"); }

    // What the journal editor does when its last save before a lock meets a full disk (which a
    // QML test cannot make): hands its words to the vault access to hold (tst_HeldWords). A blank
    // body stands for words that will not go in at the next try either.
    Q_INVOKABLE void holdWords(const QString& title, const QString& body)
    {
        journal::EntryDraft draft;
        draft.title = title;
        draft.body = body;
        m_access->holdEntry(journal::HeldEntry(0, draft, true));
    }

    VaultAccess* m_access = nullptr;
};

class QmlTestSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // "vault": a vault with test::kTestPin, as on a later start; "inuse": the same vault
        // held open by another Vault, as by a second Tideline; "empty": a first start;
        // "demo": the vault with a year of invented history ending today (Trends, Review);
        // "markup": the demo vault with HTML where the person's words go (MarkupFixture.h).
        const QString fixture = qEnvironmentVariable("TIDELINE_QML_FIXTURE");
        if (fixture == QStringLiteral("vault") || fixture == QStringLiteral("inuse")
            || fixture == QStringLiteral("demo") || fixture == QStringLiteral("markup")) {
            m_vault = std::make_unique<test::TestVault>();
            m_paths = m_vault->paths;
            if (fixture == QStringLiteral("demo") || fixture == QStringLiteral("markup")) {
                const demo::DemoOptions options{1, 11, 60, 120};
                const auto filled = demo::fillDemoVault(m_vault->vault->database(), options, SystemClock::instance());
                if (!filled) {
                    qFatal("the demo fixture could not be made: %s", qPrintable(filled.error().message));
                }
            }
            if (fixture == QStringLiteral("markup")) {
                test::addMarkupCanaries(m_vault->vault->database());
            }
            if (fixture == QStringLiteral("inuse")) {
                m_vault->vault->lock(); // locked, but still holding the folder's lock file
            } else {
                m_vault->vault.reset(); // release the folder; the session claims it
            }
        } else if (fixture == QStringLiteral("backup")) {
            // A first start (an empty "vault" folder) with a backup beside it to restore:
            // ../fixture.tidelinebackup from the data folder, backup passphrase kFixtureBackupWords.
            makeBackupFixture();
            m_paths = VaultPaths{QDir(m_emptyDir.path()).filePath(QStringLiteral("vault"))};
        } else {
            m_paths = VaultPaths{m_emptyDir.path()};
        }
        m_settings = std::make_unique<AppSettings>(m_paths.settings());
        AppSettings::setQmlInstance(m_settings.get());
        // The menu entry of neutral mode goes to this run's own folder, never the person's.
        m_desktop = std::make_unique<DesktopIdentity>(
            *m_settings, QDir(m_desktopDir.path()).filePath(QStringLiteral("applications/tideline.desktop")));
        DesktopIdentity::setQmlInstance(m_desktop.get());
        m_session = std::make_unique<Session>(m_paths, test::fastKdf());
        Session::setQmlInstance(m_session.get());
        m_session->start();
        selectQuickStyle();
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        prepareQmlEngine(*engine);
        VaultAccess::provideTo(*engine, &m_session->vaultAccess());
        // A long task whose pace the test sets (tst_TaskProgress).
        qmlRegisterType<test::GatedTask>("TidelineTest", 1, 0, "GatedTask");
        // English unless a test asks for another language (TIDELINE_LANGUAGE), whatever the
        // machine's locale: the tests read English text. A choice in Settings still applies.
        if (!qEnvironmentVariableIsSet("TIDELINE_LANGUAGE")) {
            qputenv("TIDELINE_LANGUAGE", "en");
        }
        applyStartLanguage(*m_settings);
        followLanguageChoice(*m_settings, *engine);
        m_environment.m_access = &m_session->vaultAccess();
        qmlRegisterSingletonInstance("TidelineTest", 1, 0, "TestEnvironment", &m_environment);
        // TIDELINE_SHOTS_DIR: tests that look at screens save pictures of them there (for people,
        // never compared by the tests).
        engine->globalObject().setProperty(
            QStringLiteral("tidelineShotsFolder"), qEnvironmentVariable("TIDELINE_SHOTS_DIR"));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_desktop.reset();
        m_settings.reset();
    }

private:
    void makeBackupFixture()
    {
        test::TestVault source;
        journal::EntryDraft draft;
        draft.title = QStringLiteral("Kept safe");
        draft.body = QStringLiteral("A walk by the estuary");
        if (!journal::JournalRepository(source.vault->database(), source.clock).create(draft)) {
            qFatal("the backup fixture's entry could not be written");
        }
        const Status made = exchange::backupVault(source.vault->database(), source.paths.dir,
            QDir(m_emptyDir.path()).filePath(QStringLiteral("fixture.tidelinebackup")),
            SecureBuffer::fromString("fixture backup words"), false, test::fastKdf());
        if (!made) {
            qFatal("the backup fixture could not be made: %s", qPrintable(made.error().message));
        }
    }

    TestEnvironment m_environment;
    QTemporaryDir m_emptyDir;
    std::unique_ptr<test::TestVault> m_vault;
    VaultPaths m_paths;
    std::unique_ptr<AppSettings> m_settings;
    QTemporaryDir m_desktopDir;
    std::unique_ptr<DesktopIdentity> m_desktop;
    std::unique_ptr<Session> m_session;
};

// QUICK_TEST_MAIN_WITH_SETUP, but with a QApplication as the app has: Qt Charts' ChartView
// (the Trends page) needs QtWidgets. Qt Quick Test uses the application that already exists.
int main(int argc, char** argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    // A home of the test's own, with Documents and Desktop, so the file chooser starts in a
    // folder the test may write to and nothing lands in the real home.
    // Named plainly: the neutral-mode walk reads every path the chooser shows.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/home-XXXXXX"));
    // Its cache too: a build without compiled QML (TIDELINE_QML_CACHEGEN off) caches it there.
    for (const char* folder : {"Documents", "Desktop", ".config", ".cache"}) {
        QDir(home.path()).mkpath(QString::fromLatin1(folder));
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral(".cache"))));
    qunsetenv("XDG_DOCUMENTS_DIR");
    qunsetenv("XDG_DESKTOP_DIR");
    QApplication application(argc, argv);
    QmlTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "tideline_qml_tests", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "QmlTestSetup.moc"
