#include "app/journal/JournalSearchModel.h"

#include "app/journal/JournalChanges.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"

#include "app/journal/JournalFormat.h"
#include <QScopedValueRollback>

namespace tideline::app {

namespace {

constexpr int kPageSize = 50;

QDate parseDay(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// The box searches as the person types, so the word still being typed is the start of a word:
// "rive" already finds "river". A word finished with a space or a closing quote is whole.
QString withWordBeingTyped(const QString& typed)
{
    if (typed.isEmpty() || !typed.back().isLetterOrNumber()) {
        return typed;
    }
    return typed + u'*';
}

} // namespace

JournalSearchModel::JournalSearchModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    m_query.limit = kPageSize;
    connect(&JournalChanges::instance(), &JournalChanges::changed, this, &JournalSearchModel::refresh);
    attachVault(vault);
}

void JournalSearchModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        // The words searched for are user content too.
        m_query.text.clear();
        m_query.tag.clear();
        emit queryChanged();
        emit tagChanged();
        clearHits();
    });
}

int JournalSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant JournalSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const journal::SearchHit& hit = m_hits[static_cast<size_t>(index.row())];
    switch (role) {
    case EntryIdRole:
        return hit.id;
    case DayRole:
        return hit.day.toString(Qt::ISODate);
    case DayLabelRole:
        return JournalFormat::dayLabel(hit.day, m_today);
    case Qt::DisplayRole:
    case TitleRole:
        return JournalFormat::styledSnippet(hit.title);
    case SnippetRole:
        return JournalFormat::styledSnippet(hit.snippet);
    case IsDraftRole:
        return hit.isDraft;
    case SensitiveRole:
        return hit.sensitive;
    case SnippetParagraphsRole:
        return JournalFormat::styledParagraphs(hit.snippet, 2);
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalSearchModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {DayRole, "day"},
        {DayLabelRole, "dayLabel"},
        {TitleRole, "titleText"},
        {SnippetRole, "snippetText"},
        {IsDraftRole, "isDraft"},
        {SensitiveRole, "sensitive"},
        {SnippetParagraphsRole, "snippetParagraphs"},
    };
}

bool JournalSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JournalSearchModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        m_atEnd = true;
        return;
    }
    journal::SearchQuery next = m_query;
    next.text = withWordBeingTyped(m_query.text);
    next.offset = count();
    auto hits = journal->search(next);
    if (!hits) {
        setLastError(hits.error().message);
        m_atEnd = true;
        emit countChanged(); // now complete: what is loaded is all there is to show
        return;
    }
    m_atEnd = static_cast<int>(hits.value().size()) < kPageSize;
    if (hits.value().empty()) {
        emit countChanged(); // the last page was full and nothing came after it: complete
        return;
    }
    beginInsertRows({}, count(), count() + static_cast<int>(hits.value().size()) - 1);
    m_hits.insert(m_hits.end(), hits.value().begin(), hits.value().end());
    endInsertRows();
    emit countChanged();
}

void JournalSearchModel::setQuery(const QString& query)
{
    if (query != m_query.text) {
        m_query.text = query;
        emit queryChanged();
        refresh();
    }
}

void JournalSearchModel::setTag(const QString& tag)
{
    if (tag != m_query.tag) {
        m_query.tag = tag;
        emit tagChanged();
        refresh();
    }
}

QString JournalSearchModel::from() const
{
    return m_query.from.toString(Qt::ISODate);
}

void JournalSearchModel::setFrom(const QString& day)
{
    const QDate parsed = parseDay(day);
    if (parsed != m_query.from) {
        m_query.from = parsed;
        emit fromChanged();
        refresh();
    }
}

QString JournalSearchModel::to() const
{
    return m_query.to.toString(Qt::ISODate);
}

void JournalSearchModel::setTo(const QString& day)
{
    const QDate parsed = parseDay(day);
    if (parsed != m_query.to) {
        m_query.to = parsed;
        emit toChanged();
        refresh();
    }
}

void JournalSearchModel::setWithinMonths(int months)
{
    months = qBound(0, months, 1200);
    if (months == m_withinMonths) {
        return;
    }
    m_withinMonths = months;
    emit withinMonthsChanged();
    auto journal = service<journal::JournalRepository>();
    const QDate today = journal ? journal->today() : QDate();
    m_query.from = months > 0 && today.isValid() ? today.addMonths(-months) : QDate();
    m_query.to = QDate();
    emit fromChanged();
    emit toChanged();
    refresh();
}

bool JournalSearchModel::hasQuery() const
{
    return !journal::toFtsQuery(m_query.text).isEmpty();
}

QString JournalSearchModel::message() const
{
    if (m_query.text.trimmed().isEmpty() || count() > 0) {
        return {};
    }
    if (!hasQuery()) {
        return tr("Type a word to look for. Signs and emoji on their own are not searched.");
    }
    return tr("Nothing matches that yet. Fewer words, or a shorter start of a word, finds more.");
}

void JournalSearchModel::refresh()
{
    auto journal = service<journal::JournalRepository>();
    if (!journal || !hasQuery()) {
        clearHits();
        return;
    }
    journal::SearchQuery first = m_query;
    first.text = withWordBeingTyped(m_query.text);
    first.offset = 0;
    auto hits = journal->search(first);
    beginResetModel();
    m_today = journal->today();
    if (hits) {
        m_hits = std::move(hits.value());
        m_atEnd = static_cast<int>(m_hits.size()) < kPageSize;
    } else {
        m_hits.clear();
        m_atEnd = true;
    }
    {
        // Qt's delegate model asks for the next page from inside endResetModel
        // (QQmlDelegateModel::_q_modelReset calls fetchMore), which ran a second search on every
        // keystroke. A new search loads one page; the next comes when the view scrolls to it.
        const QScopedValueRollback<bool> oneSearch(m_fetching, true);
        endResetModel();
    }
    setLastError(hits ? QString() : hits.error().message);
    emit countChanged();
}

void JournalSearchModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void JournalSearchModel::clearHits()
{
    beginResetModel();
    m_hits.clear();
    m_atEnd = true;
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app
