#pragma once

#include "app/settings/SettingsFile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tideline::app {

// Preferences that must be known before unlock (DESIGN.md section 3): a plain INI file beside
// the vault. It holds no user content and no secret, only these few switches.
class AppSettings final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(AppSettings)

    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QList<int> autoLockChoices READ autoLockChoices CONSTANT)
    Q_PROPERTY(bool coverWhenInactive READ coverWhenInactive WRITE setCoverWhenInactive NOTIFY coverWhenInactiveChanged)
    Q_PROPERTY(bool lockWhenMinimized READ lockWhenMinimized WRITE setLockWhenMinimized NOTIFY lockWhenMinimizedChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY reduceMotionChanged)
    // Text size in percent of the usual (85 to 200; Theme.fontScale follows it at once).
    Q_PROPERTY(int textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<int> textScaleChoices READ textScaleChoices CONSTANT)
    // Neutral mode: the window, the task bar and the lock screen say "Notes" and nothing about
    // journaling or trauma, for someone whose screen may be seen by the person who harmed them.
    Q_PROPERTY(bool neutralMode READ neutralMode WRITE setNeutralMode NOTIFY neutralModeChanged)
    // The name to show wherever the app names itself: "Tideline", or "Notes" in neutral mode
    // (core/common/AppName.h, the one place that knows both).
    Q_PROPERTY(QString appName READ appName NOTIFY neutralModeChanged)
    // The language chosen in Settings ("en", "es"), or empty to follow the system's.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The language in use now: the choice, else the one chosen at start (the system's when
    // Tideline speaks it, else "en"; app/i18n/LanguageFollower).
    Q_PROPERTY(QString languageInUse READ languageInUse NOTIFY languageChanged)
    // Codes and names ("English", "Español") of the languages Tideline speaks, for the choice.
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QStringList languageNames READ languageNames CONSTANT)
    // The name neutral mode uses, for the words that offer it.
    Q_PROPERTY(QString neutralName READ neutralName CONSTANT)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    // The instance QML sees; main.cpp (or a test) creates it and registers it here.
    static void setQmlInstance(AppSettings* settings);
    static AppSettings* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    static QList<int> autoLockChoices();
    bool coverWhenInactive() const;
    void setCoverWhenInactive(bool cover);
    bool lockWhenMinimized() const;
    void setLockWhenMinimized(bool lock);
    Theme theme() const;
    void setTheme(Theme theme);
    bool reduceMotion() const;
    void setReduceMotion(bool reduce);
    int textScale() const;
    // A value that is not one of textScaleChoices() is taken to the nearest one.
    void setTextScale(int percent);
    static QList<int> textScaleChoices();
    bool neutralMode() const;
    void setNeutralMode(bool neutral);
    QString appName() const;
    QString language() const;
    void setLanguage(const QString& code);
    QString languageInUse() const;
    static QStringList languages();
    static QStringList languageNames();
    static QString neutralName();

    QString fileName() const { return m_settings.fileName(); }

signals:
    void autoLockMinutesChanged();
    void coverWhenInactiveChanged();
    void lockWhenMinimizedChanged();
    void themeChanged();
    void reduceMotionChanged();
    void textScaleChanged();
    void neutralModeChanged();
    void languageChanged();

private:
    void write(const QString& key, const QVariant& value);

    SettingsFile m_settings;
};

} // namespace tideline::app
