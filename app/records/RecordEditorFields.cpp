#include "app/records/RecordEditor.h"

#include "core/common/Day.h"

#include <QLocale>

// The record form's fields: each setter that changes a value marks the form unsaved and keeps a
// draft a moment later (changed()). Opening, saving and drafts are in RecordEditor.cpp.
namespace tideline::app {

namespace {

int fromYesNo(const std::optional<bool>& value)
{
    return value ? (*value ? 1 : 0) : -1;
}

std::optional<bool> toYesNo(int value)
{
    return value < 0 ? std::nullopt : std::optional<bool>(value > 0);
}

} // namespace

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

} // namespace tideline::app
