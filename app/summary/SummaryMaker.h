#pragma once

#include "app/VaultClient.h"
#include "app/summary/PdfPageMaker.h"
#include "core/report/Summary.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace tideline::app {

class RecordPickModel;
class SummaryEntryModel;

// The Share page: a summary for a therapist (or anyone the person chooses) of a period, with
// the sections they pick and only the journal entries they tick. The choices are gathered on
// this thread; the vault is read and the pages painted on a worker, on a connection of its own,
// with a progress bar and Stop, so the window stays responsive. Nothing is written anywhere
// until the person saves, and the preview lives only in memory: it is dropped when the vault
// locks.
class SummaryMaker : public PdfPageMaker, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SummaryMaker)
    Q_MOC_INCLUDE("app/records/RecordPickModel.h")
    Q_MOC_INCLUDE("app/summary/SummaryEntryModel.h")

    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)
    // "1 March – 30 April 2026", or a plain word when the period cannot be used.
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    Q_PROPERTY(bool periodValid READ periodValid NOTIFY periodChanged)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY requestChanged)
    Q_PROPERTY(QString agenda MEMBER m_agenda NOTIFY requestChanged)
    Q_PROPERTY(bool charts MEMBER m_charts NOTIFY requestChanged)
    Q_PROPERTY(bool averages MEMBER m_averages NOTIFY requestChanged)
    Q_PROPERTY(bool routines MEMBER m_routines NOTIFY requestChanged)
    Q_PROPERTY(bool review MEMBER m_review NOTIFY requestChanged)
    Q_PROPERTY(bool moments MEMBER m_moments NOTIFY requestChanged)
    // Thoughts of self-harm go in only when ticked, and the tick is offered only when the person
    // has turned that measure on.
    Q_PROPERTY(bool sensitive MEMBER m_sensitive NOTIFY requestChanged)
    Q_PROPERTY(bool sensitiveOffered READ sensitiveOffered NOTIFY requestChanged)
    // Check-ups: off by default; the answers to each question of the latest one when asked; a
    // sensitive question's answer (PHQ-9 item 9) only when ticked, the tick offered only when
    // such a check-up was ever taken.
    Q_PROPERTY(bool checkups MEMBER m_checkups NOTIFY requestChanged)
    Q_PROPERTY(bool checkupAnswers MEMBER m_checkupAnswers NOTIFY requestChanged)
    Q_PROPERTY(bool checkupSensitive MEMBER m_checkupSensitive NOTIFY requestChanged)
    Q_PROPERTY(bool checkupSensitiveOffered READ checkupSensitiveOffered NOTIFY requestChanged)
    Q_PROPERTY(tideline::app::SummaryEntryModel* entries READ entries CONSTANT)
    // Records of the period with tick boxes: none goes in unless ticked (app/records).
    Q_PROPERTY(tideline::app::RecordPickModel* records READ records CONSTANT)

    // busy, progress, previewPages (0: none made, or the choices changed since) and cancel():
    // PdfPageMaker.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedPathChanged)

public:
    explicit SummaryMaker(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString from() const;
    QString to() const;
    void setFrom(const QString& day);
    void setTo(const QString& day);
    QString periodLabel() const;
    bool periodValid() const;
    SummaryEntryModel* entries() const { return m_entries; }
    RecordPickModel* records() const { return m_records; }
    bool sensitiveOffered() const;
    bool checkupSensitiveOffered() const;
    QString lastError() const { return m_lastError; }
    QString savedPath() const { return m_savedPath; }

    // The period ending today that is `days` long (14, 30, 90, 365).
    Q_INVOKABLE void useLastDays(int days);
    // Paints the pages widthPx wide for the preview, on a worker.
    Q_INVOKABLE void makePreview(int widthPx);
    // Writes the PDF to path (from the file chooser; ".pdf" added when missing), on a worker,
    // checked again with core's rules: never in the data folder, never over an existing file.
    Q_INVOKABLE void saveTo(const QString& path);
    // 'YYYY-MM-DD' written out short in the person's language ("25 Oct 2026").
    Q_INVOKABLE QString dayLabel(const QString& day) const;

signals:
    void periodChanged();
    void requestChanged();
    void lastErrorChanged();
    void savedPathChanged();
    // A save finished and the file is there (savedPath).
    void saved();

private:
    void vaultAttached() override;
    // The summary as chosen now; nothing (and lastError) when it cannot be made.
    std::optional<report::SummaryRequest> request();
    // The job's own connection to the vault; null (and lastError) when it cannot be opened.
    std::shared_ptr<Database> connection();
    void jobSaved(const QString& path) override;
    void jobFailed(const QString& message) override;
    void setLastError(const QString& message);
    void forget(); // on lock: stop the work and drop everything read from the vault

    SummaryEntryModel* m_entries;
    RecordPickModel* m_records;
    QString m_name;
    QString m_agenda;
    bool m_charts = true;
    bool m_averages = true;
    bool m_routines = true;
    bool m_review = true;
    bool m_moments = false;
    bool m_sensitive = false;
    bool m_checkups = false;
    bool m_checkupAnswers = false;
    bool m_checkupSensitive = false;

    QString m_lastError;
    QString m_savedPath;
};

} // namespace tideline::app
