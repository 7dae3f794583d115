#include "app/checkup/CheckupListModel.h"

#include "app/files/ChosenPath.h"

#include "app/VaultAccess.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/FormParser.h"
#include "core/common/Day.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace tideline::app {

using namespace checkup;

CheckupListModel::CheckupListModel(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void CheckupListModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &CheckupListModel::drop);
    connect(vault(), &VaultAccess::opened, this, &CheckupListModel::reload);
    reload();
}

int CheckupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CheckupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.form.key;
    case Qt::DisplayRole:
    case NameRole:
        return row.form.name;
    case TitleRole:
        return row.form.title;
    case AboutRole:
        return row.form.about;
    case QuestionsRole:
        return row.form.scoredCount();
    case RecallRole:
        return row.form.recall;
    case BuiltinRole:
        return row.form.builtin;
    case ChosenRole:
        return row.chosen;
    case EveryWeeksRole:
        return row.everyWeeks;
    case DueRole:
        return row.due;
    case UnfinishedRole:
        return row.unfinished;
    case LastResultRole:
        return row.lastResult;
    case SourceRole:
        return row.form.source + u' ' + row.form.terms;
    case QuestionsAboutRole:
        return questionsAbout(row.form, row.form.scoredCount());
    case LanguageNoteRole:
        return languageNote(row.form);
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckupListModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {TitleRole, "title"}, {AboutRole, "about"},
        {QuestionsRole, "questions"}, {RecallRole, "recall"}, {BuiltinRole, "builtin"}, {ChosenRole, "chosen"},
        {EveryWeeksRole, "everyWeeks"}, {DueRole, "due"}, {UnfinishedRole, "unfinished"},
        {LastResultRole, "lastResult"}, {SourceRole, "source"}, {QuestionsAboutRole, "questionsAbout"},
        {LanguageNoteRole, "languageNote"}};
}

void CheckupListModel::setDueOnly(bool dueOnly)
{
    if (dueOnly != m_dueOnly) {
        m_dueOnly = dueOnly;
        emit dueOnlyChanged();
        reload();
    }
}

void CheckupListModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    const QDate today = VaultClient::today();
    Result<QList<Form>> forms = service<FormCatalogue>()->all();
    CheckupSchedule schedule = *service<CheckupSchedule>();
    Result<QList<Choice>> choices = schedule.choices();
    Result<QStringList> due = schedule.due(today);
    if (!forms || !choices || !due) {
        setError(!forms ? forms.error().message : !choices ? choices.error().message : due.error().message);
        return;
    }
    CheckupRepository checkups = *service<CheckupRepository>();
    QList<Row> rows;
    for (const Form& form : std::as_const(forms.value())) {
        Row row{form, false, 0, due.value().contains(form.key), false, {}};
        for (const Choice& c : std::as_const(choices.value())) {
            if (c.formKey == form.key) {
                row.chosen = true;
                row.everyWeeks = c.everyWeeks;
            }
        }
        if (m_dueOnly && !row.due) {
            continue;
        }
        const Result<std::optional<Checkup>> open = checkups.unfinished(form.key);
        row.unfinished = open && open.value().has_value();
        const Result<std::optional<Checkup>> last = checkups.latest(form.key);
        if (last && last.value()) {
            const Score score = scoreAnswers(form, last.value()->answers);
            const QString day = QLocale().toString(
                last.value()->day, QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day"));
            row.lastResult = score.total
                ? tr("Last time: %1 on %2 (%3)").arg(totalText(form, score), day, bandLabel(form, *score.total))
                : tr("Last time: %1, with no total").arg(day);
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

bool CheckupListModel::setEvery(int row, int everyWeeks)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= count()) {
        return false;
    }
    CheckupSchedule schedule = *service<CheckupSchedule>();
    const QString key = m_rows.at(row).form.key;
    const Status done = everyWeeks < 0 ? schedule.unchoose(key) : schedule.choose(key, everyWeeks);
    if (!done) {
        setError(done.error().message);
        return false;
    }
    setError({});
    reload();
    return true;
}

bool CheckupListModel::notNow(int row)
{
    if (!vaultOpen() || row < 0 || row >= count()) {
        setError(!vaultOpen() ? lockedMessage() : QString());
        return false;
    }
    if (Status s = service<CheckupSchedule>()->notNow(m_rows.at(row).form.key, today()); !s) {
        setError(s.error().message);
        return false;
    }
    reload();
    return true;
}

bool CheckupListModel::stopSuggesting(int row)
{
    if (!vaultOpen() || row < 0 || row >= count()) {
        setError(!vaultOpen() ? lockedMessage() : QString());
        return false;
    }
    if (Status s = service<CheckupSchedule>()->stopSuggesting(m_rows.at(row).form.key); !s) {
        setError(s.error().message);
        return false;
    }
    reload();
    return true;
}

bool CheckupListModel::previewFile(const QUrl& file)
{
    cancelPreview();
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    // The chooser's checks again (a file, not inside the data folder), as every importer does.
    const Result<QString> checked = checkedOpenPath(vault(), file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!checked) {
        setError(checked.error().message);
        return false;
    }
    const QString& path = checked.value();
    const QFileInfo info(path);
    if (info.size() > kMaxFormBytes) {
        setError(tr("This file is too large to be a check-up form (over %1 KB). Nothing was added.")
                     .arg(kMaxFormBytes / 1024));
        return false;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("The file could not be read (%1). Nothing was added.").arg(in.errorString()));
        return false;
    }
    const QByteArray json = in.read(kMaxFormBytes + 1);
    Result<Form> form = service<FormCatalogue>()->check(json);
    if (!form) {
        setError(form.error().message);
        return false;
    }
    setError({});
    const Form& f = form.value();
    QStringList lines;
    lines << tr("%1 (%2)").arg(f.title, f.name);
    lines << questionsAbout(f, static_cast<int>(f.items.size()));
    if (const QString note = languageNote(f); !note.isEmpty()) {
        lines << note;
    }
    lines << tr("From: %1").arg(f.source);
    lines << tr("Terms: %1").arg(f.terms);
    for (qsizetype i = 0; i < f.items.size() && i < 3; ++i) {
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(f.items.at(i).text);
    }
    if (f.items.size() > 3) {
        lines << tr("… and %1 more.").arg(f.items.size() - 3);
    }
    m_previewJson = json;
    m_previewText = lines.join(u'\n');
    emit previewChanged();
    return true;
}

bool CheckupListModel::addPreviewed()
{
    if (!vaultOpen() || m_previewJson.isEmpty()) {
        setError(!vaultOpen() ? lockedMessage() : tr("Choose a form file first."));
        return false;
    }
    Result<Form> added = service<FormCatalogue>()->add(m_previewJson);
    if (!added) {
        setError(added.error().message);
        return false;
    }
    m_previewJson.clear();
    m_previewText.clear();
    m_addedMessage = tr("Added “%1”. Choose below how often, if you want it suggested.").arg(added.value().name);
    emit previewChanged();
    reload();
    return true;
}

void CheckupListModel::cancelPreview()
{
    m_previewJson.clear();
    m_previewText.clear();
    m_addedMessage.clear();
    emit previewChanged();
}

void CheckupListModel::setError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void CheckupListModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_previewJson.clear();
    m_previewText.clear();
    m_addedMessage.clear();
    emit previewChanged();
    emit countChanged();
}

} // namespace tideline::app
