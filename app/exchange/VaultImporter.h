#pragma once

#include "app/VaultClient.h"
#include "core/exchange/DaylioImport.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class TaskProgress;

// Settings → Bring in data: a Tideline JSON export or a Daylio CSV export, added to the open
// vault in two steps. inspect() reads the chosen file and says what would come in (for Daylio
// also the moods Tideline cannot place, which the person decides about); importChosen() adds it
// in one transaction, or nothing with the line of the mistake (docs/IMPORT-DAYLIO.md,
// docs/EXPORT-FORMAT.md). Only the file's path is kept between the steps, never its content:
// the file is read again, and checked again, when the person confirms.
// Both steps run on a worker (the import with its own connection to the vault), with progress
// and a Stop that leaves the vault as it was; a Tideline JSON file is read as a stream.
class VaultImporter : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(VaultImporter)
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")

    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    // A file was read and can be brought in (once every unknown mood is decided).
    Q_PROPERTY(bool ready READ ready NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    // What will come in, in a sentence.
    Q_PROPERTY(QString preview READ preview NOTIFY stateChanged)
    // Daylio mood names that are not the defaults, as written in the file.
    Q_PROPERTY(QStringList unknownMoods READ unknownMoods NOTIFY stateChanged)
    // How many of them still need a value or "leave out".
    Q_PROPERTY(int moodsLeft READ moodsLeft NOTIFY stateChanged)
    // What the last import added, in a sentence.
    Q_PROPERTY(QString result READ result NOTIFY stateChanged)
    // Reading or bringing in a file: what, how far, and Stop.
    Q_PROPERTY(tideline::app::TaskProgress* progress READ progress CONSTANT)

public:
    enum Format { TidelineJson, DaylioCsv };
    Q_ENUM(Format)

    explicit VaultImporter(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString lastError() const { return m_lastError; }
    bool ready() const { return !m_path.isEmpty(); }
    QString fileName() const;
    QString preview() const { return m_preview; }
    QStringList unknownMoods() const { return m_unknownMoods; }
    int moodsLeft() const;
    QString result() const { return m_result; }
    TaskProgress* progress() const { return m_progress; }

    // Starts reading file (a path from the file chooser, or a file: URL) to tell what it holds;
    // then ready and preview, or lastError when the file cannot be read, lies in the data folder,
    // or has a mistake (its line is named). False when it could not start.
    Q_INVOKABLE bool inspect(const QString& file, Format format);
    // The person's decision for an unknown mood: a value on the mood scale, or -1 to leave that mood out.
    Q_INVOKABLE void decideMood(const QString& name, int value);
    // The decision taken back ("choose a value" again).
    Q_INVOKABLE void undecideMood(const QString& name);
    // Starts adding the inspected file to the vault; then result, or lastError when nothing was
    // imported. False when it could not start.
    Q_INVOKABLE bool importChosen();
    // Forgets the chosen file and any decisions.
    Q_INVOKABLE void clear();

signals:
    void stateChanged();

private:
    void vaultAttached() override {} // reads nothing of its own until asked
    void fail(const QString& message);
    void finishImport(Format format, const Result<exchange::ImportSummary>& summary);

    TaskProgress* m_progress;
    QString m_path;
    Format m_format = DaylioCsv;
    QString m_preview;
    QStringList m_unknownMoods;
    exchange::DaylioMoodMapping m_moods;
    QString m_lastError;
    QString m_result;
};

} // namespace tideline::app
