#include "app/checkup/CheckupTaker.h"

#include "app/VaultAccess.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/common/Day.h"

#include <QLocale>

namespace tideline::app {

using namespace checkup;

CheckupTaker::CheckupTaker(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void CheckupTaker::vaultAttached()
{
    // Every answer is saved as it is given, so there is nothing to keep at a lock: only the
    // rows in memory go.
    connect(vault(), &VaultAccess::closed, this, &CheckupTaker::drop);
}

int CheckupTaker::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_form.items.size());
}

QVariant CheckupTaker::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Item& item = m_form.items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case NumberRole:
        return index.row() + 1;
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case OptionsRole: {
        QVariantList options;
        for (const Option& o : item.options) {
            options.append(QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label}});
        }
        return options;
    }
    case AnswerRole:
        return m_answers.value(item.id, -1);
    case AnsweredRole:
        return m_answers.contains(item.id);
    case SensitiveRole:
        return item.sensitive;
    case ScoredRole:
        return item.scored;
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckupTaker::roleNames() const
{
    return {{ItemIdRole, "itemId"}, {NumberRole, "number"}, {TextRole, "text"}, {OptionsRole, "options"},
        {AnswerRole, "answer"}, {AnsweredRole, "answered"}, {SensitiveRole, "sensitive"}, {ScoredRole, "scored"}};
}

QString CheckupTaker::recallSentence() const
{
    return m_form.key.isEmpty() ? QString() : checkup::recallSentence(m_form);
}

QString CheckupTaker::languageNote() const
{
    return m_form.key.isEmpty() ? QString() : checkup::languageNote(m_form);
}

bool CheckupTaker::showSupport() const
{
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (needsSupport(m_form, it.key(), it.value())) {
            return true;
        }
    }
    return false;
}

void CheckupTaker::setFormKey(const QString& key)
{
    if (key == m_form.key) {
        return;
    }
    if (!vaultOpen()) {
        setError(lockedMessage());
        return;
    }
    Result<Form> form = service<FormCatalogue>()->find(key);
    if (!form) {
        setError(form.error().message);
        return;
    }
    beginResetModel();
    m_form = form.value();
    m_checkupId = 0;
    m_finished = false;
    m_answers.clear();
    m_resultTotal.clear();
    m_resultBand.clear();
    m_resultChange.clear();
    endResetModel();
    emit formChanged();
    load();
}

void CheckupTaker::load()
{
    if (!vaultOpen() || m_form.key.isEmpty()) {
        return;
    }
    Result<std::optional<Checkup>> open = service<CheckupRepository>()->unfinished(m_form.key);
    if (!open) {
        setError(open.error().message);
        return;
    }
    m_resumable = open.value().has_value();
    emit progressChanged();
}

bool CheckupTaker::begin()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    CheckupRepository checkups = *service<CheckupRepository>();
    Result<std::optional<Checkup>> open = checkups.unfinished(m_form.key);
    if (!open) {
        setError(open.error().message);
        return false;
    }
    Checkup sitting;
    if (open.value()) {
        sitting = *open.value();
    } else {
        Result<Checkup> started = checkups.start(m_form, today());
        if (!started) {
            setError(started.error().message);
            return false;
        }
        sitting = started.value();
    }
    m_checkupId = sitting.id;
    m_answers = sitting.answers;
    m_resumable = false;
    m_finished = false;
    clearError();
    emit dataChanged(index(0), index(rowCount() - 1));
    emit progressChanged();
    return true;
}

bool CheckupTaker::startAgain()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    CheckupRepository checkups = *service<CheckupRepository>();
    Result<std::optional<Checkup>> open = checkups.unfinished(m_form.key);
    if (open && open.value()) {
        if (Status s = checkups.discard(open.value()->id); !s) {
            setError(s.error().message);
            return false;
        }
    }
    m_checkupId = 0;
    m_answers.clear();
    return begin();
}

bool CheckupTaker::answer(int row, int value)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= rowCount() || (m_checkupId == 0 && !begin())) {
        return false;
    }
    const Item& item = m_form.items.at(row);
    if (Status s = service<CheckupRepository>()->answer(m_form, m_checkupId, item.id, value); !s) {
        setError(s.error().message);
        emit dataChanged(index(row), index(row)); // the choice snaps back to what is stored
        return false;
    }
    clearError();
    m_answers.insert(item.id, value);
    emit dataChanged(index(row), index(row));
    emit progressChanged();
    return true;
}

bool CheckupTaker::skip(int row)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= rowCount() || m_checkupId == 0) {
        return false;
    }
    const Item& item = m_form.items.at(row);
    if (Status s = service<CheckupRepository>()->skip(m_checkupId, item.id); !s) {
        setError(s.error().message);
        return false;
    }
    m_answers.remove(item.id);
    emit dataChanged(index(row), index(row));
    emit progressChanged();
    return true;
}

bool CheckupTaker::finish()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (m_checkupId == 0 && !begin()) {
        return false;
    }
    if (Status s = service<CheckupRepository>()->finish(m_checkupId); !s) {
        setError(s.error().message);
        return false;
    }
    m_finished = true;
    computeResult();
    emit progressChanged();
    return true;
}

void CheckupTaker::computeResult()
{
    if (!vaultOpen()) {
        return;
    }
    const Score score = scoreAnswers(m_form, m_answers);
    m_resultChange.clear();
    if (!score.total) {
        m_resultTotal = noTotalSentence(m_form, score);
        m_resultBand.clear();
        return;
    }
    m_resultTotal = tr("Your total: %1.").arg(totalText(m_form, score));
    m_resultBand = bandSentence(m_form, *score.total);
    CheckupRepository checkups = *service<CheckupRepository>();
    Result<Checkup> self = checkups.get(m_checkupId);
    if (!self) {
        return;
    }
    Result<std::optional<Checkup>> before = checkups.previous(self.value());
    if (!before || !before.value()) {
        m_resultChange = tr("This is your first %1 here, so there is nothing to compare with yet. %2")
                             .arg(m_form.name, changeRuleSentence(m_form))
                             .trimmed();
        return;
    }
    const Score earlier = scoreAnswers(m_form, before.value()->answers);
    if (earlier.total) {
        m_resultChange = changeSentence(m_form, *earlier.total, *score.total, before.value()->day);
    } else {
        m_resultChange = tr("Last time (%1) had no total, so there is nothing to compare with.")
                             .arg(QLocale().toString(before.value()->day, QLocale::LongFormat));
    }
}

bool CheckupTaker::discard()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (m_checkupId > 0) {
        if (Status s = service<CheckupRepository>()->discard(m_checkupId); !s) {
            setError(s.error().message);
            return false;
        }
    }
    m_checkupId = 0;
    m_answers.clear();
    m_finished = false;
    m_resultTotal.clear();
    m_resultBand.clear();
    m_resultChange.clear();
    emit dataChanged(index(0), index(rowCount() - 1));
    load();
    return true;
}

void CheckupTaker::drop()
{
    beginResetModel();
    m_form = Form();
    m_checkupId = 0;
    m_answers.clear();
    m_finished = false;
    m_resumable = false;
    m_resultTotal.clear();
    m_resultBand.clear();
    m_resultChange.clear();
    endResetModel();
    emit formChanged();
    emit progressChanged();
}

void CheckupTaker::setError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void CheckupTaker::clearError()
{
    setError({});
}

} // namespace tideline::app
