#include "app/records/RecordEditor.h"

#include "app/journal/JournalFormat.h"
#include "app/records/RecordFormat.h"
#include "app/records/RecordsAccess.h"
#include "core/common/Day.h"

#include <QLocale>

namespace tideline::app {

namespace {

constexpr int kDraftDelayMs = 700;

int fromYesNo(const std::optional<bool>& value)
{
    return value ? (*value ? 1 : 0) : -1;
}

std::optional<bool> toYesNo(int value)
{
    return value < 0 ? std::nullopt : std::optional<bool>(value > 0);
}

} // namespace

RecordEditor::RecordEditor(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &RecordEditor::keepDraftNow);
    attachVault(vault);
}

void RecordEditor::vaultAttached()
{
    // The vault is still open while it is closing: what was typed goes into the draft now.
    connect(vault(), &VaultAccess::closing, this, &RecordEditor::keepDraftNow);
    connect(vault(), &VaultAccess::closed, this, &RecordEditor::clear);
}

RecordEditor::~RecordEditor()
{
    if (m_draftDirty) {
        keepDraftNow();
    }
}

QString RecordEditor::day() const
{
    return m_fields.day.toString(Qt::ISODate);
}

void RecordEditor::setDay(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || day == m_fields.day) {
        return;
    }
    if (day > Day::today(clock())) {
        setLastError(tr("That day has not come yet. Choose the day it happened, or today."));
        return;
    }
    m_fields.day = day;
    changed();
}

QString RecordEditor::dayLabel() const
{
    return m_fields.day.isValid() ? QLocale().toString(m_fields.day, QLocale::LongFormat) : QString();
}

void RecordEditor::setTime(const QString& time)
{
    if (time != m_time) {
        m_time = time;
        changed();
    }
}

void RecordEditor::setApproximate(bool approximate)
{
    if (approximate != m_fields.approximate) {
        m_fields.approximate = approximate;
        changed();
    }
}

void RecordEditor::setText(QString& field, const QString& text)
{
    if (text != field) {
        field = text;
        changed();
    }
}

void RecordEditor::setPlace(const QString& text)
{
    setText(m_fields.place, text);
}

void RecordEditor::setWhatHappened(const QString& text)
{
    setText(m_fields.whatHappened, text);
}

void RecordEditor::setInjuries(const QString& text)
{
    setText(m_fields.injuries, text);
}

void RecordEditor::setWitnesses(const QString& text)
{
    setText(m_fields.witnesses, text);
}

void RecordEditor::setTold(const QString& text)
{
    setText(m_fields.told, text);
}

int RecordEditor::sawDoctor() const
{
    return fromYesNo(m_fields.sawDoctor);
}

void RecordEditor::setSawDoctor(int value)
{
    if (toYesNo(value) != m_fields.sawDoctor) {
        m_fields.sawDoctor = toYesNo(value);
        changed();
    }
}

int RecordEditor::reported() const
{
    return fromYesNo(m_fields.reported);
}

void RecordEditor::setReported(int value)
{
    if (toYesNo(value) != m_fields.reported) {
        m_fields.reported = toYesNo(value);
        changed();
    }
}

void RecordEditor::setSensitive(bool sensitive)
{
    if (sensitive != m_fields.sensitive) {
        m_fields.sensitive = sensitive;
        changed();
    }
}

QVariantList RecordEditor::kindIds() const
{
    QVariantList ids;
    for (const qint64 id : m_fields.kindIds) {
        ids.append(id);
    }
    return ids;
}

bool RecordEditor::hasKind(qint64 kindId) const
{
    return m_fields.kindIds.contains(kindId);
}

void RecordEditor::toggleKind(qint64 kindId)
{
    if (!m_fields.kindIds.removeOne(kindId)) {
        m_fields.kindIds.append(kindId);
    }
    changed();
}

void RecordEditor::setDraftDelay(int ms)
{
    ms = qBound(50, ms, 10000);
    if (ms != m_draftTimer.interval()) {
        m_draftTimer.setInterval(ms);
        emit draftDelayChanged();
    }
}

void RecordEditor::changed()
{
    emit fieldsChanged();
    setUnsaved(true);
    m_draftDirty = true;
    if (!m_draftTimer.isActive()) {
        m_draftTimer.start();
    }
}

void RecordEditor::startNew()
{
    clear();
    m_fields.day = Day::today(clock());
    setActive(true);
    emit fieldsChanged();
}

void RecordEditor::load(const records::Record& record)
{
    m_fields = record.fields;
    m_time = record.fields.time.isValid() ? record.fields.time.toString(QStringLiteral("HH:mm")) : QString();
    setRecordId(record.id);
    refreshSavedLabels(record);
    emit fieldsChanged();
}

void RecordEditor::refreshSavedLabels(const records::Record& record)
{
    m_writtenLabel = tr("Written on %1").arg(RecordFormat::momentLabel(record.createdAt));
    m_changedLabels.clear();
    for (const QDateTime& at : record.changedAt) {
        m_changedLabels.append(RecordFormat::momentLabel(at));
    }
    emit savedChanged();
}

bool RecordEditor::open(qint64 id)
{
    auto repo = openRecords(vault());
    if (!repo) {
        setLastError(lockedMessage());
        return false;
    }
    Result<records::Record> record = repo->get(id);
    if (!record) {
        setLastError(record.error().message);
        return false;
    }
    clear();
    load(record.value());
    setActive(true);
    return true;
}

bool RecordEditor::openDraft()
{
    auto drafts = openRecordDraft(vault());
    if (!drafts) {
        return false;
    }
    Result<std::optional<records::RecordDraft>> draft = drafts->load();
    if (!draft || !draft.value()) {
        return false;
    }
    const records::RecordDraft d = *draft.value();
    clear();
    if (d.recordId > 0) {
        if (auto repo = openRecords(vault())) {
            Result<records::Record> record = repo->get(d.recordId);
            if (record) {
                setRecordId(d.recordId);
                refreshSavedLabels(record.value());
            }
        }
    }
    m_fields = d.fields;
    if (!m_fields.day.isValid()) {
        m_fields.day = Day::today(clock());
    }
    m_time = d.fields.time.isValid() ? d.fields.time.toString(QStringLiteral("HH:mm")) : QString();
    setActive(true);
    emit fieldsChanged();
    setUnsaved(true);
    return true;
}

bool RecordEditor::save()
{
    auto repo = openRecords(vault());
    if (!repo) {
        setLastError(lockedMessage());
        return false;
    }
    records::RecordFields fields = m_fields;
    const QString time = m_time.trimmed();
    fields.time = time.isEmpty() ? QTime() : QTime::fromString(time, QStringLiteral("H:mm"));
    if (!time.isEmpty() && !fields.time.isValid()) {
        setLastError(tr("Write the time as hours and minutes, like 21:30, or leave it empty."));
        return false;
    }
    qint64 id = m_recordId;
    if (id == 0) {
        Result<qint64> created = repo->create(fields);
        if (!created) {
            setLastError(created.error().message);
            return false;
        }
        id = created.value();
    } else if (Status s = repo->update(id, fields); !s) {
        setLastError(s.error().message);
        return false;
    }
    m_draftTimer.stop();
    m_draftDirty = false;
    if (auto drafts = openRecordDraft(vault())) {
        (void)drafts->clear();
    }
    setLastError({});
    setRecordId(id);
    if (Result<records::Record> stored = repo->get(id)) {
        load(stored.value());
    }
    setUnsaved(false);
    RecordChanges::instance().notify();
    emit saved(id);
    return true;
}

void RecordEditor::discardChanges()
{
    m_draftTimer.stop();
    m_draftDirty = false;
    if (auto drafts = openRecordDraft(vault())) {
        (void)drafts->clear();
    }
    const qint64 id = m_recordId;
    if (id > 0) {
        open(id);
    } else {
        startNew();
    }
    setUnsaved(false);
    setLastError({});
}

void RecordEditor::keepDraftNow()
{
    m_draftTimer.stop();
    if (!m_draftDirty || !m_active) {
        return;
    }
    auto drafts = openRecordDraft(vault());
    if (!drafts) {
        return;
    }
    records::RecordDraft draft;
    draft.recordId = m_recordId;
    draft.fields = m_fields;
    draft.fields.time = QTime::fromString(m_time.trimmed(), QStringLiteral("H:mm"));
    if (Status s = drafts->save(draft); !s) {
        setLastError(tr("What you typed could not be kept as a draft (%1). It is still here.").arg(s.error().message));
        return;
    }
    m_draftDirty = false;
}

void RecordEditor::close()
{
    m_draftTimer.stop();
    m_draftDirty = false;
    setActive(false);
}

void RecordEditor::clear()
{
    m_draftTimer.stop();
    m_draftDirty = false;
    m_fields = records::RecordFields{};
    m_time.clear();
    m_writtenLabel.clear();
    m_changedLabels.clear();
    setRecordId(0);
    setActive(false);
    setUnsaved(false);
    setLastError({});
    emit fieldsChanged();
    emit savedChanged();
}

void RecordEditor::setUnsaved(bool unsaved)
{
    if (unsaved != m_unsaved) {
        m_unsaved = unsaved;
        emit unsavedChanged();
    }
}

void RecordEditor::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void RecordEditor::setRecordId(qint64 id)
{
    if (id != m_recordId) {
        m_recordId = id;
        emit recordIdChanged();
    }
}

void RecordEditor::setActive(bool active)
{
    if (active != m_active) {
        m_active = active;
        emit activeChanged();
    }
}

} // namespace tideline::app
