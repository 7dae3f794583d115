#pragma once

#include "app/VaultClient.h"
#include "app/summary/PdfPageMaker.h"
#include "core/report/RecordsPdf.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace tideline::app {

class RecordPickModel;
class SummaryEntryModel;

// "Share records": the records (and journal entries) the person ticks, as a PDF for an advocate,
// a lawyer or a court (preview first, then save), or as a new folder of the original files with
// a manifest of their hashes. Nothing leaves Tideline until they save; the preview lives only in
// memory and goes when the vault locks. Pictures are read and decoded on this thread (the
// vault's), the pages painted on a worker.
class RecordsPdfMaker : public PdfPageMaker, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_MOC_INCLUDE("app/records/RecordPickModel.h")
    Q_MOC_INCLUDE("app/summary/SummaryEntryModel.h")
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordsPdfMaker)
    Q_PROPERTY(tideline::app::RecordPickModel* records READ records CONSTANT)
    Q_PROPERTY(tideline::app::SummaryEntryModel* entries READ entries CONSTANT)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY requestChanged)
    // Print what pictures carry besides their pixels (place, phone, time) under each.
    Q_PROPERTY(bool pictureDetails MEMBER m_pictureDetails NOTIFY requestChanged)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY requestChanged)
    // busy, progress, previewPages and cancel(): PdfPageMaker.
    Q_PROPERTY(QString lastError READ lastError NOTIFY messageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit RecordsPdfMaker(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    RecordPickModel* records() const { return m_records; }
    SummaryEntryModel* entries() const { return m_entries; }
    int chosenCount() const;
    QString lastError() const { return m_lastError; }
    QString message() const { return m_message; }

    Q_INVOKABLE void makePreview(int widthPx);
    // The PDF at path (a local path or a file: URL; ".pdf" added when missing). Never replaces a file.
    Q_INVOKABLE void saveTo(const QString& path);
    // A NEW folder at path with the ticked records' and entries' files exactly as they came in,
    // and manifest.csv, manifest.json and SHA256SUMS.
    Q_INVOKABLE bool exportOriginals(const QString& path);
    // "records-2026-03-12.pdf", a calm default name.
    Q_INVOKABLE QString suggestedName(const QString& extension) const;

signals:
    void requestChanged();
    void messageChanged();
    void saved(const QString& path);

private:
    void vaultAttached() override;
    report::RecordsPdfDataPtr collect();
    void jobSaved(const QString& path) override;
    void jobFailed(const QString& message) override;
    void setMessage(const QString& message, const QString& error);
    void forget();

    RecordPickModel* m_records;
    SummaryEntryModel* m_entries;
    QString m_name;
    bool m_pictureDetails = false;
    QString m_lastError;
    QString m_message;
};

} // namespace tideline::app
