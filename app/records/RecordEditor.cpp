#include "app/records/RecordEditor.h"

#include "app/records/RecordFormat.h"
#include "app/records/RecordsAccess.h"
#include "core/common/Day.h"

namespace tideline::app {

namespace {

constexpr int kDraftDelayMs = 700;

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
