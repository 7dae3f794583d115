#include "app/journal/EntrySummaryModel.h"

#include "app/journal/JournalChanges.h"
#include "app/journal/JournalFormat.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/ListPreview.h"

namespace tideline::app {

namespace {

// What a list shows of the body: cut previews end at a whole word, with "…".
QString shownPreview(const QString& preview)
{
    const journal::ListPreview shown = journal::listPreview(preview);
    return shown.cut ? JournalFormat::endOfCutPreview(shown.text) : shown.text;
}

} // namespace

EntrySummaryModel::EntrySummaryModel(QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    // Any save, delete or undo elsewhere shows here at once.
    connect(&JournalChanges::instance(), &JournalChanges::changed, this, [this] { reload(); });
}

void EntrySummaryModel::vaultAttached()
{
    followVault();
    reload();
}

void EntrySummaryModel::followVault()
{
    connect(vault(), &VaultAccess::closed, this, &EntrySummaryModel::clearRows);
    connect(vault(), &VaultAccess::opened, this, [this] { reload(); });
}

int EntrySummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EntrySummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const journal::EntrySummary& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case EntryIdRole:
        return row.id;
    case DayRole:
        return row.day.toString(Qt::ISODate);
    case DayLabelRole:
        return JournalFormat::dayLabel(row.day, m_today);
    case Qt::DisplayRole:
    case TitleRole:
        return JournalFormat::oneLine(row.title);
    case PreviewRole:
        return JournalFormat::oneLine(shownPreview(row.preview));
    case MoodRole:
        return row.mood.value_or(-1);
    case IsDraftRole:
        return row.isDraft;
    case SensitiveRole:
        return row.sensitive;
    case TagCountRole:
        return row.tagCount;
    case YearsAgoRole:
        return m_today.year() - row.day.year();
    case PreviewParagraphsRole:
        return JournalFormat::paragraphs(shownPreview(row.preview), 2);
    default:
        return {};
    }
}

QHash<int, QByteArray> EntrySummaryModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {DayRole, "day"},
        {DayLabelRole, "dayLabel"},
        {TitleRole, "title"},
        {PreviewRole, "preview"},
        {MoodRole, "mood"},
        {IsDraftRole, "isDraft"},
        {SensitiveRole, "sensitive"},
        {TagCountRole, "tagCount"},
        {YearsAgoRole, "yearsAgo"},
        {PreviewParagraphsRole, "previewParagraphs"},
    };
}

void EntrySummaryModel::resetRows(std::vector<journal::EntrySummary> rows)
{
    auto journal = service<journal::JournalRepository>();
    beginResetModel();
    m_today = journal ? journal->today() : QDate();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void EntrySummaryModel::appendRows(std::vector<journal::EntrySummary> rows)
{
    if (rows.empty()) {
        return;
    }
    const int first = count();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
    emit countChanged();
}

void EntrySummaryModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void EntrySummaryModel::clearRows()
{
    resetRows({});
    setLastError({});
}

} // namespace tideline::app
