// settings.ini (app/AppSettings.h): the few preferences read before unlock, from a plain file.
// Promises checked: whatever the file holds, every preference reads as one of its allowed values,
// and a preference set now reads back at once.
#include "FuzzSupport.h"

#include "app/AppSettings.h"

using namespace tideline;
using tideline::app::AppSettings;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeScratchFile(QStringLiteral("settings.ini"), fuzz::bytesOf(data, size));
    AppSettings settings(path);
    FUZZ_CHECK(AppSettings::autoLockChoices().contains(settings.autoLockMinutes()));
    const AppSettings::Theme theme = settings.theme();
    FUZZ_CHECK(
        theme == AppSettings::Theme::System || theme == AppSettings::Theme::Light || theme == AppSettings::Theme::Dark);
    (void)settings.coverWhenInactive();
    (void)settings.lockWhenMinimized();
    (void)settings.reduceMotion();
    const QString name = settings.appName();
    FUZZ_CHECK(name == QStringLiteral("Tideline") || name == QStringLiteral("Notes"));
    FUZZ_CHECK(name == (settings.neutralMode() ? QStringLiteral("Notes") : QStringLiteral("Tideline")));

    const int minutes = settings.autoLockMinutes() == 10 ? 15 : 10;
    settings.setAutoLockMinutes(minutes);
    FUZZ_CHECK(settings.autoLockMinutes() == minutes);
    settings.setNeutralMode(!settings.neutralMode());
    settings.setTheme(theme == AppSettings::Theme::Dark ? AppSettings::Theme::Light : AppSettings::Theme::Dark);
    FUZZ_CHECK(settings.theme() != theme);
    return 0;
}
