#pragma once

#include "app/VaultClient.h"
#include "core/records/Record.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The record being written or changed. Nothing is required but the day (today unless changed).
// What is typed is kept as an encrypted draft within a second (RecordDraftStore), so a quick
// exit, an auto-lock or a killed process loses at most that; the record itself, and a version of
// its history, is written only when the person saves (save()), so the history holds what they
// meant to keep, not every keystroke. Not `final`: QML creates it through a subclass in Qt 6.4.
class RecordEditor : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordEditor)

    // 0 for a record not saved yet.
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY recordIdChanged)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // 'YYYY-MM-DD'; a day after today is refused and leaves the day as it was.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY fieldsChanged)
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY fieldsChanged)
    // "HH:MM" as typed, or empty for no time; checked on save.
    Q_PROPERTY(QString time READ time WRITE setTime NOTIFY fieldsChanged)
    Q_PROPERTY(bool approximate READ approximate WRITE setApproximate NOTIFY fieldsChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY fieldsChanged)
    Q_PROPERTY(QString whatHappened READ whatHappened WRITE setWhatHappened NOTIFY fieldsChanged)
    Q_PROPERTY(QString injuries READ injuries WRITE setInjuries NOTIFY fieldsChanged)
    Q_PROPERTY(QString witnesses READ witnesses WRITE setWitnesses NOTIFY fieldsChanged)
    Q_PROPERTY(QString told READ told WRITE setTold NOTIFY fieldsChanged)
    // -1 not said, 0 no, 1 yes.
    Q_PROPERTY(int sawDoctor READ sawDoctor WRITE setSawDoctor NOTIFY fieldsChanged)
    Q_PROPERTY(int reported READ reported WRITE setReported NOTIFY fieldsChanged)
    Q_PROPERTY(bool sensitive READ sensitive WRITE setSensitive NOTIFY fieldsChanged)
    // Ids of the kinds ticked (RecordKindModel lists them).
    Q_PROPERTY(QVariantList kindIds READ kindIds NOTIFY fieldsChanged)
    // "Written on 3 March 2026, 09:12" for a saved record; empty for a new one.
    Q_PROPERTY(QString writtenLabel READ writtenLabel NOTIFY savedChanged)
    // Every later save, oldest first: "4 March 2026, 10:00".
    Q_PROPERTY(QStringList changedLabels READ changedLabels NOTIFY savedChanged)
    // True when something typed is not saved in the record yet (it is in the draft).
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int draftDelay READ draftDelay WRITE setDraftDelay NOTIFY draftDelayChanged)

public:
    explicit RecordEditor(VaultAccess* vault = nullptr, QObject* parent = nullptr);
    ~RecordEditor() override;

    qint64 recordId() const { return m_recordId; }
    bool active() const { return m_active; }
    QString day() const;
    void setDay(const QString& day);
    QString dayLabel() const;
    QString time() const { return m_time; }
    void setTime(const QString& time);
    bool approximate() const { return m_fields.approximate; }
    void setApproximate(bool approximate);
    QString place() const { return m_fields.place; }
    void setPlace(const QString& text);
    QString whatHappened() const { return m_fields.whatHappened; }
    void setWhatHappened(const QString& text);
    QString injuries() const { return m_fields.injuries; }
    void setInjuries(const QString& text);
    QString witnesses() const { return m_fields.witnesses; }
    void setWitnesses(const QString& text);
    QString told() const { return m_fields.told; }
    void setTold(const QString& text);
    int sawDoctor() const;
    void setSawDoctor(int value);
    int reported() const;
    void setReported(int value);
    bool sensitive() const { return m_fields.sensitive; }
    void setSensitive(bool sensitive);
    QVariantList kindIds() const;
    QString writtenLabel() const { return m_writtenLabel; }
    QStringList changedLabels() const { return m_changedLabels; }
    bool unsaved() const { return m_unsaved; }
    QString lastError() const { return m_lastError; }
    int draftDelay() const { return m_draftTimer.interval(); }
    void setDraftDelay(int ms);

    // A new record about today.
    Q_INVOKABLE void startNew();
    // A saved record, to read or change; false when it is gone.
    Q_INVOKABLE bool open(qint64 id);
    // Continues the draft left by a quick exit, a lock or a crash; false when there is none.
    Q_INVOKABLE bool openDraft();
    Q_INVOKABLE void toggleKind(qint64 kindId);
    Q_INVOKABLE bool hasKind(qint64 kindId) const;
    // Keeps the record (and a version in its history when anything changed). False, with
    // lastError and everything typed still here, when it could not.
    Q_INVOKABLE bool save();
    // Puts back the record as last saved (or empties a new one) and forgets the draft.
    Q_INVOKABLE void discardChanges();
    // Saves the draft now if anything changed.
    Q_INVOKABLE void keepDraftNow();
    Q_INVOKABLE void close();

signals:
    void recordIdChanged();
    void activeChanged();
    void fieldsChanged();
    void savedChanged();
    void unsavedChanged();
    void lastErrorChanged();
    void draftDelayChanged();
    // save() wrote the record.
    void saved(qint64 recordId);

private:
    void vaultAttached() override;

    void changed();
    void load(const records::Record& record);
    void setText(QString& field, const QString& text);
    void setUnsaved(bool unsaved);
    void setLastError(const QString& message);
    void setRecordId(qint64 id);
    void setActive(bool active);
    void clear();
    void refreshSavedLabels(const records::Record& record);

    qint64 m_recordId = 0;
    bool m_active = false;
    records::RecordFields m_fields;
    QString m_time;
    QString m_writtenLabel;
    QStringList m_changedLabels;
    bool m_unsaved = false;
    bool m_draftDirty = false;
    QString m_lastError;
    QTimer m_draftTimer;
};

} // namespace tideline::app
