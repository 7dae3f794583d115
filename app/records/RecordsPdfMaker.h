#pragma once

#include "app/VaultClient.h"
#include "app/summary/PdfPageMaker.h"
#include "core/attachments/AttachmentExport.h"
#include "core/report/RecordsPdf.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace tideline::app {

class RecordPickModel;
class SummaryEntryModel;
class TaskProgress;

// "Share records": the records (and journal entries) the person ticks, as a PDF for an advocate,
// a lawyer or a court (preview first, then save), or as a new folder of the original files with
// a manifest of their hashes. Nothing leaves Tideline until they save; the preview lives only in
// memory and goes when the vault locks. The records are read, their pictures decoded and the
// pages painted on a worker, on a connection of its own, so the window never waits for them;
// the vault's closing stops the worker and waits for it.
class RecordsPdfMaker : public PdfPageMaker, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_MOC_INCLUDE("app/records/RecordPickModel.h")
    Q_MOC_INCLUDE("app/summary/SummaryEntryModel.h")
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordsPdfMaker)
    Q_PROPERTY(tideline::app::RecordPickModel* records READ records CONSTANT)
    Q_PROPERTY(tideline::app::SummaryEntryModel* entries READ entries CONSTANT)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY requestChanged)
    // Print what pictures carry besides their pixels (place, phone, time) under each.
    Q_PROPERTY(bool pictureDetails MEMBER m_pictureDetails NOTIFY requestChanged)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY requestChanged)
    // busy, progress, previewPages and cancel(): PdfPageMaker (the PDF).
    // The copy of the original files: its bar and Stop.
    Q_PROPERTY(tideline::app::TaskProgress* filesTask READ filesTask CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY messageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit RecordsPdfMaker(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    RecordPickModel* records() const { return m_records; }
    SummaryEntryModel* entries() const { return m_entries; }
    TaskProgress* filesTask() const { return m_filesTask; }
    int chosenCount() const;
    QString lastError() const { return m_lastError; }
    QString message() const { return m_message; }

    Q_INVOKABLE void makePreview(int widthPx);
    // The PDF at path (a local path or a file: URL; ".pdf" added when missing). Never replaces a file.
    Q_INVOKABLE void saveTo(const QString& path);
    // Starts making a NEW folder at path with the ticked records' and entries' files exactly as
    // they came in, and manifest.csv, manifest.json and SHA256SUMS, on filesTask's worker; false
    // (and why, as lastError) when it could not start. filesSaved follows when it is made.
    Q_INVOKABLE bool exportOriginals(const QString& path);
    // "records-2026-03-12.pdf", a calm default name.
    Q_INVOKABLE QString suggestedName(const QString& extension) const;

signals:
    void requestChanged();
    void messageChanged();
    void saved(const QString& path);
    void filesSaved(const QString& folder);

private:
    void vaultAttached() override;
    // What the person chose, or nullopt (and the message) while locked.
    std::optional<report::RecordsPdfRequest> request();
    // The job's own connection, or null (and why, as the message).
    std::shared_ptr<Database> connection();
    void jobSaved(const QString& path) override;
    void jobFailed(const QString& message) override;
    void filesExported(const Result<attachments::ExportedFiles>& done);
    void setMessage(const QString& message, const QString& error);
    void forget();

    RecordPickModel* m_records;
    SummaryEntryModel* m_entries;
    TaskProgress* m_filesTask;
    QString m_name;
    bool m_pictureDetails = false;
    QString m_lastError;
    QString m_message;
};

} // namespace tideline::app
