#include "app/records/RecordActions.h"

#include "app/lock/Session.h"
#include "app/records/RecordsAccess.h"

namespace tideline::app {

RecordActions::RecordActions(QObject* parent) : QObject(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::locked, this, [this] {
            m_deleted.clear(); // deleted for good by the lock
            emit deletedChanged();
            refreshDraft();
        });
        connect(session, &Session::unlocked, this, &RecordActions::refreshDraft);
    }
    connect(&RecordChanges::instance(), &RecordChanges::changed, this, &RecordActions::refreshDraft);
    refreshDraft();
}

bool RecordActions::deleteRecord(qint64 id)
{
    auto repo = openRecords();
    if (!repo) {
        return report(lockedMessage());
    }
    if (Status s = repo->remove(id); !s) {
        return report(s.error().message);
    }
    m_deleted.append(id);
    emit deletedChanged();
    RecordChanges::instance().notify();
    return report({});
}

bool RecordActions::undoDelete()
{
    if (m_deleted.isEmpty()) {
        return false;
    }
    auto repo = openRecords();
    if (!repo) {
        return report(lockedMessage());
    }
    if (Status s = repo->undoRemove(m_deleted.last()); !s) {
        return report(s.error().message);
    }
    m_deleted.removeLast();
    emit deletedChanged();
    RecordChanges::instance().notify();
    return report({});
}

void RecordActions::refreshDraft()
{
    bool available = false;
    if (auto drafts = openRecordDraft()) {
        Result<std::optional<records::RecordDraft>> draft = drafts->load();
        available = draft && draft.value().has_value();
    }
    if (available != m_draftAvailable) {
        m_draftAvailable = available;
        emit draftChanged();
    }
}

void RecordActions::dropDraft()
{
    if (auto drafts = openRecordDraft()) {
        (void)drafts->clear();
    }
    refreshDraft();
}

bool RecordActions::report(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
    return message.isEmpty();
}

} // namespace tideline::app
